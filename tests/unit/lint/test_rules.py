"""Every rule ships must-flag and must-pass examples, and they hold."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import pytest

from pmdesk.errors import UserFacingError
from pmdesk.lint import LintContext, RuleSet, lint, load_rules
from pmdesk.lint._rules import RESOURCES, Rule, _lexicon, _reassemble, _rule

RULESET = load_rules()
RULES = [(lang, rule) for lang, pack in sorted(RULESET.packs.items()) for rule in pack.rules]
CATEGORIES = {
    "counterfactual",
    "hindsight",
    "minimizing",
    "human_error",
    "person_failure",
    "negligence",
    "character",
    "group_blame",
    "passive_blame",
    "rule_violation",
    "culprit",
    "person_remedy",
    "accusatory_question",
}


def _only(lang: str, rule: Rule) -> LintContext:
    """A context whose rule set holds just ``rule``, to test it in isolation."""
    pack = RULESET.packs[lang]
    single = _reassemble(pack, (rule,), pack.lexicon, "test")
    # The learned reader is left out: it is no rule (tests/unit/lint/test_learned.py).
    return LintContext(rules=RuleSet(packs={**RULESET.packs, lang: single}), learned=False)


def _cases(kind: str) -> list[tuple[str, str, str]]:
    cases = []
    for lang, rule in RULES:
        examples = rule.examples_flag if kind == "flag" else rule.examples_pass
        cases.extend((lang, rule.id, example) for example in examples)
    return cases


@pytest.mark.parametrize(("lang", "rule"), RULES, ids=[f"{lang}:{r.id}" for lang, r in RULES])
def test_rule_has_examples_and_texts(lang: str, rule: Rule) -> None:
    assert rule.examples_flag, f"{rule.id} has no must-flag examples"
    assert rule.examples_pass, f"{rule.id} has no must-pass examples"
    assert rule.category in CATEGORIES
    assert rule.message
    assert rule.question
    assert "you " not in rule.message.lower().replace("you can", "")  # describe text, not writer


@pytest.mark.parametrize(("lang", "rule_id", "example"), _cases("flag"))
def test_must_flag(lang: str, rule_id: str, example: str) -> None:
    rule = next(r for r in RULESET.packs[lang].rules if r.id == rule_id)
    found = lint(example, lang=lang, context=_only(lang, rule))
    assert [f.rule_id for f in found] == [rule_id], example
    assert lint(example, lang=lang), "the full rule set must flag it too"


@pytest.mark.parametrize(("lang", "rule_id", "example"), _cases("pass"))
def test_must_pass(lang: str, rule_id: str, example: str) -> None:
    rule = next(r for r in RULESET.packs[lang].rules if r.id == rule_id)
    assert lint(example, lang=lang, context=_only(lang, rule)) == [], example


def test_rule_ids_are_unique_and_dotted() -> None:
    for pack in RULESET.packs.values():
        ids = [rule.id for rule in pack.rules]
        assert len(ids) == len(set(ids))
        assert all("." in rule_id for rule_id in ids)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_word_list_of_a_pack_names_a_word_twice(lang: str) -> None:
    """A second copy of a word in a lexicon or cue list changes nothing but hides which list
    a later edit should touch."""
    pack = tomllib.loads((RESOURCES / f"{lang}.toml").read_text(encoding="utf-8"))
    for section in ("lexicon", "cue_sets"):
        for name, words in pack.get(section, {}).items():
            if isinstance(words, list):
                twice = sorted({w for w in words if words.count(w) > 1})
                assert not twice, f"{lang}.toml [{section}] {name}: {twice}"


def test_a_rule_without_examples_is_detected() -> None:
    rule = RULES[0][1]
    stripped = replace(rule, examples_pass=())
    assert not stripped.examples_pass


def test_a_lexicon_flag_must_be_true_or_false() -> None:
    """A pack's `weak_plurals = "yes"` is a mistake in the file, told in one sentence."""
    assert _lexicon({"weak_plurals": True}, "de.toml [lexicon]").weak_plurals
    assert not _lexicon({}, "en.toml [lexicon]").weak_plurals
    with pytest.raises(UserFacingError, match="'weak_plurals' must be true or false"):
        _lexicon({"weak_plurals": "yes"}, "de.toml [lexicon]")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # A verb of the shared list found for a team as for a person: the team rule once
        # lacked its cue, so the verb passed unless another cue happened to be near.
        ("The hosting company reformatted the drive with our data on it.", "en"),
        ("Eine Tiefbaufirma hat die Leitung gekappt.", "de"),
    ],
)
def test_a_team_is_found_for_every_verb_a_person_is_found_for(sentence: str, lang: str) -> None:
    assert any(f.severity == "warning" for f in lint(sentence, lang=lang))


def test_a_cable_named_leitung_is_no_management() -> None:
    """„Leitung“ is the cable that was cut, not the management that cut it."""
    sentence = (
        "Der Verdacht, dass bei den Tiefbauarbeiten eine Leitung beschädigt wurde, "
        "bestätigte sich nicht."
    )
    assert not any(f.severity == "warning" for f in lint(sentence, lang="de"))


def test_an_unknown_cue_set_is_told_in_one_sentence() -> None:
    raw = {"id": "x.y", "message": "m", "question": "q", "cues": ["%NOPE%"], "patterns": ["x"]}
    with pytest.raises(UserFacingError, match="the cue set '%NOPE%' is not in \\[cue_sets\\]"):
        _rule(raw, {}, {"FAILVERB": ("cut",)}, "en.toml")
    expanded = _rule(
        {**raw, "cues": ["Left", "%FAILVERB%", "cut"]}, {}, {"FAILVERB": ("cut",)}, "en.toml"
    )
    assert expanded.cues == ("left", "cut")
