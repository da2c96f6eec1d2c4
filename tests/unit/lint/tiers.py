"""The tier a sentence lands in under the rules, as the real-text class tests ask it.

The learned reader is left out: these tests pin what each rule class does with a real
sentence and its near neighbour; the learned reader has its own tests (test_learned.py) and
its figures on real text come from the blind sets (tests/data/lint/real/README.md).
"""

from __future__ import annotations

from pmdesk.lint import LintContext, lint

RULES_ONLY = LintContext(learned=False)

__all__ = ["blocks", "check_class", "check_false_alarm", "hints_only", "tier"]


def tier(sentence: str, lang: str = "en") -> str:
    """The tier of a sentence: block (a warning), hint (only info findings) or clean."""
    findings = lint(sentence, lang=lang, context=RULES_ONLY)
    if any(f.severity == "warning" for f in findings):
        return "block"
    return "hint" if findings else "clean"


def blocks(sentence: str, lang: str = "en") -> bool:
    """Whether the sentence gets a finding that blocks publishing."""
    return tier(sentence, lang) == "block"


def hints_only(sentence: str, lang: str = "en") -> bool:
    """Flagged, but only with quiet "consider" hints."""
    return tier(sentence, lang) == "hint"


def check_class(real: str, neighbour: str, lang: str = "en") -> None:
    """A class of blame: the real sentence blocks, its near neighbour does not."""
    assert blocks(real, lang)
    assert not blocks(neighbour, lang)


def check_false_alarm(real: str, look_alike: str, lang: str = "en") -> None:
    """A false alarm fixed: the clean real sentence does not block, its look-alike does."""
    assert tier(real, lang) != "block"
    assert blocks(look_alike, lang)
