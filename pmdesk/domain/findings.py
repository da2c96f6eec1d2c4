"""Lint findings across a whole post-mortem, with acknowledgements applied.

Each text is linted once per distinct content: `FindingsCollector` keeps a cache
keyed by (text, section, language), so re-collecting after an edit costs the
edited fields only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pmdesk.domain.edits import Edit, InsertItem
from pmdesk.domain.texts import TextField, lintable_texts
from pmdesk.lint import (
    Finding,
    IncrementalLinter,
    LintContext,
    Participant,
    RuleSet,
    Section,
    lint,
)
from pmdesk.models import AcknowledgementKind, LintAcknowledgement, Postmortem

__all__ = ["FieldFinding", "FindingsCollector", "keep_edit", "participants_of"]

LONG_TEXT = 2_000  # characters


@dataclass(frozen=True)
class FieldFinding:
    """A finding in one field of the post-mortem."""

    field: TextField
    finding: Finding
    acknowledged_reason: str | None = None

    @property
    def is_open(self) -> bool:
        return self.acknowledged_reason is None


def participants_of(pm: Postmortem) -> tuple[Participant, ...]:
    return tuple(Participant(p.name, p.role, p.team) for p in pm.participants)


@dataclass
class FindingsCollector:
    """Lints every text of a post-mortem, reusing results for unchanged texts."""

    rules: RuleSet | None = None
    _cache: dict[tuple[str, str, str, tuple[Participant, ...]], list[Finding]] = field(
        default_factory=dict
    )
    # Long texts (a summary of many paragraphs) are re-linted paragraph by paragraph.
    _incremental: dict[tuple[str, str, tuple[Participant, ...]], IncrementalLinter] = field(
        default_factory=dict
    )

    def findings_for(
        self, text: str, section: str, language: str, participants: tuple[Participant, ...] = ()
    ) -> list[Finding]:
        key = (text, section, language, participants)
        cached = self._cache.get(key)
        if cached is None:
            context = LintContext(
                participants=participants, section=Section(section), rules=self.rules
            )
            cached = lint(text, lang=language, context=context) if text.strip() else []
            if len(self._cache) > 20_000:  # a bounded cache: texts come and go while typing
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def collect(
        self, pm: Postmortem, fields: Iterable[TextField] | None = None
    ) -> list[FieldFinding]:
        participants = participants_of(pm)
        acknowledged = {
            (ack.location, ack.fingerprint): ack.reason
            for ack in pm.acknowledgements
            if ack.kind is AcknowledgementKind.LINT
        }
        results: list[FieldFinding] = []
        for text_field in fields if fields is not None else lintable_texts(pm):
            for finding in self.findings_for(
                text_field.text, text_field.section, pm.language.value, participants
            ):
                reason = acknowledged.get((str(text_field.location), finding.fingerprint))
                results.append(FieldFinding(text_field, finding, reason))
        return results


def keep_edit(
    pm: Postmortem,
    kind: AcknowledgementKind,
    *,
    fingerprint: str,
    rule_id: str,
    location: str,
    excerpt: str,
    reason: str,
    label: str = "Keep",
) -> Edit:
    """Keep a finding on purpose, with a reason, so it stops being reported: one undo step.

    Args:
        excerpt: what the finding is about, as people may read it (never a secret).
    """
    acknowledgement = LintAcknowledgement(
        kind=kind,
        fingerprint=fingerprint,
        rule_id=rule_id,
        location=location,
        excerpt=excerpt,
        reason=reason,
    )
    return InsertItem(pm, "acknowledgements", acknowledgement, label=label)
