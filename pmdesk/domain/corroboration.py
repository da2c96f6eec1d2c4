"""Corroborating evidence: the same moment seen by several sources, shown once.

A PagerDuty alert, the Slack message its integration posts and the alert log's line
are one fact. An import links each new event that repeats an event already in the
timeline, from another source, to that event (`TimelineEvent.corroborates`): the
timeline shows the fact once, with its sources, and keeps every piece of evidence.

Linking is conservative, because two different facts must never become one: the
events are at most `CORROBORATION_WINDOW` apart, come from different kinds of source
(two Slack messages are two facts), say nearly the same words, and disagree on no
number and no state ("triggered" and "resolved" of the same alert are two moments).
A wrong link is undone by the user (`split_edit`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import timedelta

from pmdesk.domain.edits import Compound, Edit, SetValue
from pmdesk.models import TimelineEvent

__all__ = [
    "CORROBORATION_WINDOW",
    "cluster_members",
    "link_corroborations",
    "say_the_same",
    "source_family",
    "sources_of",
    "split_edit",
]

CORROBORATION_WINDOW = timedelta(seconds=90)
# Share of the two texts' words they must have in common (Jaccard), and at least this
# many words: "DB down" and "DB up" share too little to say anything.
_SIMILARITY = 0.6
_MIN_SHARED = 3
_MANUAL_SOURCE = "manual"  # events the facilitator wrote take no part

_WORD_RE = re.compile(r"[^\W_]+(?:[.,][^\W_]+)*")
_NUMBER_RE = re.compile(r"\d")
# Words that name an alert's or a service's state: the same alert in two states is two
# moments. Synonyms map to one name, so "FIRING" in Alertmanager's message and
# "Triggered" in PagerDuty's agree.
_STATES = {
    "triggered": "triggered",
    "firing": "triggered",
    "alerting": "triggered",
    "open": "triggered",
    "opened": "triggered",
    "acknowledged": "acknowledged",
    "acked": "acknowledged",
    "ack": "acknowledged",
    "resolved": "resolved",
    "recovered": "resolved",
    "ok": "resolved",
    "closed": "resolved",
    "mitigated": "mitigated",
    "escalated": "escalated",
    "investigating": "investigating",
    "identified": "identified",
    "monitoring": "monitoring",
    "degraded": "degraded",
    "operational": "operational",
    "up": "up",
    "down": "down",
    "started": "started",
    "stopped": "stopped",
    "failed": "failed",
    "succeeded": "succeeded",
    "success": "succeeded",
    "not": "not",
    "no": "not",
    "never": "not",
    "kein": "not",
    "nicht": "not",
}


def source_family(source: str | None) -> str:
    """The kind of source: "slack" for "slack #inc-db", "log" for "log app-01"."""
    return (source or "").split(" ", 1)[0].casefold()


def _words(text: str) -> set[str]:
    return {_STATES.get(word, word) for word in _WORD_RE.findall(text.casefold())}


def say_the_same(first: str, second: str) -> bool:
    """Whether two texts report the same fact (see the module's rules)."""
    a, b = _words(first), _words(second)
    shared = a & b
    if len(shared) < _MIN_SHARED or len(shared) / len(a | b) < _SIMILARITY:
        return False
    different = a ^ b
    if any(word in _STATES.values() for word in different):
        return False
    # A number only one side has is a detail (an incident number); numbers both have
    # and that differ are different facts ("5xx at 38 %" and "5xx at 12 %").
    only_a = {w for w in a - b if _NUMBER_RE.search(w)}
    only_b = {w for w in b - a if _NUMBER_RE.search(w)}
    return not (only_a and only_b)


def _may_link(event: TimelineEvent) -> bool:
    return event.source != _MANUAL_SOURCE and bool(event.text)


def link_corroborations(
    existing: Iterable[TimelineEvent], added: Iterable[TimelineEvent]
) -> list[TimelineEvent]:
    """Link each `added` event to the `existing` event it corroborates, if any.

    `added` events are linked only to events that were there before (one file is one
    source), and only to events that corroborate nothing themselves; of several
    candidates the nearest in time is taken.

    Returns:
        The added events that were linked.
    """
    primaries = sorted(
        (e for e in existing if e.corroborates is None and _may_link(e)),
        key=lambda e: e.occurred_at,
    )
    times = [e.occurred_at for e in primaries]
    linked: list[TimelineEvent] = []
    for event in added:
        if not _may_link(event):
            continue
        family = source_family(event.source)
        start = bisect.bisect_left(times, event.occurred_at - CORROBORATION_WINDOW)
        end = bisect.bisect_right(times, event.occurred_at + CORROBORATION_WINDOW)
        candidates = [
            candidate
            for candidate in primaries[start:end]
            if source_family(candidate.source) != family
            and say_the_same(candidate.text, event.text)
        ]
        if candidates:
            event.corroborates = min(
                candidates, key=lambda c: abs(c.occurred_at - event.occurred_at)
            )
            linked.append(event)
    return linked


def cluster_members(events: Iterable[TimelineEvent]) -> dict[int, list[TimelineEvent]]:
    """The events that corroborate each event, by `id()` of the corroborated event."""
    members: dict[int, list[TimelineEvent]] = {}
    for event in events:
        primary = event.corroborates
        if primary is not None:
            members.setdefault(id(primary), []).append(event)
    return members


def sources_of(event: TimelineEvent, members: Sequence[TimelineEvent]) -> list[str]:
    """Every source that saw `event`'s moment: its own first, each once."""
    return list(dict.fromkeys([event.source, *(member.source for member in members)]))


def split_edit(events: Sequence[TimelineEvent], label: str) -> Edit:
    """One undoable step that makes each of `events` stand alone again."""
    edits = tuple(SetValue(event, "corroborates", None, label) for event in events)
    return edits[0] if len(edits) == 1 else Compound(edits, label)
