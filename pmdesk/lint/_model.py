"""Value types of the blame-language linter: sections, participants, context, findings."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pmdesk.lint._rules import RuleSet

__all__ = ["Finding", "LintContext", "Participant", "Section"]


class Section(enum.StrEnum):
    """The part of a post-mortem a text belongs to; it changes how some cues read."""

    PROSE = "prose"
    SUMMARY = "summary"
    TIMELINE = "timeline"
    WHY = "why"
    ACTION_ITEM = "action_item"
    LESSON = "lesson"
    TITLE = "title"


@dataclass(frozen=True)
class Participant:
    """Someone who took part in the incident or the review."""

    name: str
    role: str = ""
    team: str = ""


@dataclass(frozen=True)
class LintContext:
    """What the linter knows about the text besides its words.

    Args:
        participants: names, roles and teams of the people involved; strengthens agent
            detection (a listed name is always a person, a listed team always a team).
        section: the part of the post-mortem the text comes from.
        rules: the rule set to use; ``None`` means the bundled packs.
        hints: whether to report the quiet "consider" tier (severity ``info``): quoted or
            reported blame, first-person admissions. Only severity ``warning`` blocks
            publishing.
        mixed_languages: whether a paragraph clearly written in the other language (a
            German chat quoted in an English post-mortem) is linted with that language's
            rules; ``False`` lints every paragraph in the language asked for.
        learned: whether the learned reader also reads each sentence the rules let pass
            (``learned.reads_as_blame``, trained on labelled real text); ``False`` leaves
            the rules alone.
    """

    participants: tuple[Participant, ...] = ()
    section: Section = Section.PROSE
    rules: RuleSet | None = None
    hints: bool = True
    mixed_languages: bool = True
    learned: bool = True


@dataclass(frozen=True)
class Finding:
    """One piece of wording that hinders learning, with a reframe.

    Offsets are 0-based character offsets into the linted text (end exclusive); lines and
    columns are 1-based.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    rule_id: str
    category: str
    message: str
    suggestion: str | None
    question: str
    # "warning": blaming wording a facilitator acts on (blocks publishing); "info": a quiet
    # "consider" hint (quoted or reported blame, a first-person admission).
    severity: str = "warning"
    fingerprint: str = ""
    # Exact wording that can replace the span ("" = delete it), where the rule can
    # offer one; `suggestion` is then still the advice shown beside it.
    replacement: str | None = None
    # The (start, end) the replacement takes the place of when that is more than the span:
    # a whole clause ("Dana forgot to renew the certificate" -> "The certificate was not
    # renewed") for a span that is only its verb.
    replaces: tuple[int, int] | None = None

    @property
    def replaced_range(self) -> tuple[int, int]:
        """Where the replacement goes: ``replaces``, or else the span."""
        return self.replaces or (self.start, self.end)

    @property
    def is_hint(self) -> bool:
        """A quiet "consider" hint, which never blocks publishing."""
        return self.severity == "info"
