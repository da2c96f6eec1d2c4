"""Exact replacements: applying one removes the finding it belongs to."""

from __future__ import annotations

import pytest

from pmdesk.lint import apply_replacement, lint, load_rules


def _rules_with_replacements() -> list[tuple[str, str, str]]:
    rules = load_rules()
    cases = []
    for language in ("en", "de"):
        for rule in rules.pack(language).rules:
            if rule.replacement is not None:
                cases.extend((language, rule.id, example) for example in rule.examples_flag)
    return cases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obviously Carlos forgot the cache key.", "Carlos forgot the cache key."),
        (
            "Clearly the on-call engineer did not read the alert text.",
            "The on-call engineer did not read the alert text.",
        ),
        ("The engineer clearly did not read it.", "The engineer did not read it."),
        ("At 09:40, obviously, Dana missed the page.", "At 09:40, Dana missed the page."),
    ],
)
def test_dropping_a_judging_adverb(text: str, expected: str) -> None:
    (finding,) = [f for f in lint(text, lang="en") if f.replacement is not None]
    fixed = apply_replacement(text, finding)
    assert fixed == expected
    assert finding.rule_id not in {f.rule_id for f in lint(fixed, lang="en")}


def test_every_replacement_removes_its_finding_from_the_rule_examples() -> None:
    cases = _rules_with_replacements()
    assert cases, "at least one rule offers an exact replacement"
    for language, rule_id, example in cases:
        findings = [f for f in lint(example, lang=language) if f.rule_id == rule_id]
        assert findings, (rule_id, example)
        fixed = apply_replacement(example, findings[0])
        assert rule_id not in {f.rule_id for f in lint(fixed, lang=language)}, (rule_id, fixed)


def test_advice_only_findings_offer_no_replacement() -> None:
    (finding,) = lint("This was caused by human error.", lang="en")
    assert finding.replacement is None
    assert finding.suggestion
    with pytest.raises(ValueError, match="offers no replacement"):
        apply_replacement("This was caused by human error.", finding)
