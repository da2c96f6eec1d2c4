"""The tier a sentence lands in, as the real-text tests ask it."""

from __future__ import annotations

from pmdesk.lint import lint

__all__ = ["blocks", "hints_only", "tier"]


def tier(sentence: str, lang: str = "en") -> str:
    """The tier of a sentence: block (a warning), hint (only info findings) or clean."""
    findings = lint(sentence, lang=lang)
    if any(f.severity == "warning" for f in findings):
        return "block"
    return "hint" if findings else "clean"


def blocks(sentence: str, lang: str = "en") -> bool:
    """Whether the sentence gets a finding that blocks publishing."""
    return tier(sentence, lang) == "block"


def hints_only(sentence: str, lang: str = "en") -> bool:
    """Flagged, but only with quiet "consider" hints."""
    return tier(sentence, lang) == "hint"
