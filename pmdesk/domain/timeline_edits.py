"""Timeline logic of the Timeline step that needs no Qt: manual events, and the edits
that add, move and delete events in time order (display zones and typed times are in
`pmdesk.domain.moments`)."""

from __future__ import annotations

import uuid
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from pmdesk.domain.edits import Compound, Edit, MoveItem, RemoveItem, SetValue, revive
from pmdesk.domain.timeline import event_fingerprint
from pmdesk.models import Postmortem, TimelineEvent, WhyNode

__all__ = [
    "MANUAL_SOURCE",
    "ReplaceTimelineEvents",
    "citing_whys",
    "delete_events_edit",
    "field_edit",
    "merged_in_time_order",
    "new_manual_event",
    "sorted_position",
]

MANUAL_SOURCE = "manual"

# --- edits ---------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class ReplaceTimelineEvents(Edit):
    """Set the whole event list in one go: bulk add or remove in O(n).

    `InsertItem`/`RemoveItem` find their item by a linear scan, which makes
    removing an import of 50,000 events quadratic; assigning the collection lets
    SQLAlchemy diff it by identity instead (removed events are deleted as orphans).
    """

    postmortem: Postmortem
    events: tuple[TimelineEvent, ...]
    label: str = "Edit timeline"

    def apply(self) -> Edit:
        old = tuple(self.postmortem.timeline_events)
        present = {id(event) for event in old}
        revived_batches: set[int] = set()
        returning = [event for event in self.events if id(event) not in present]
        # An event that corroborates another comes back after it (its link cascades).
        returning.sort(key=lambda event: event.corroborates is not None)
        for event in returning:
            revive(event)
            # An undone import: its batch must be alive again before the events
            # cascade into the session, or SQLAlchemy refuses the deleted batch.
            batch = event.import_batch
            if batch is not None and id(batch) not in revived_batches:
                revived_batches.add(id(batch))
                revive(batch)
        self.postmortem.timeline_events = list(self.events)
        return ReplaceTimelineEvents(self.postmortem, old, self.label)

    @property
    def touched(self) -> tuple[object, ...]:
        return (self.postmortem,)


# Up to this many events are deleted one by one (cheap, order-keeping RemoveItems);
# more go through one ReplaceTimelineEvents, which is O(n) whatever the count.
_ITEMWISE_DELETE_LIMIT = 100


def delete_events_edit(
    postmortem: Postmortem,
    events: Sequence[TimelineEvent],
    label: str = "Delete events",
    *,
    bulk: bool | None = None,
) -> Edit:
    """One undoable step that deletes `events` and the evidence links citing them.

    An event that corroborated a deleted one (`pmdesk.domain.corroboration`) and is
    not deleted itself stands alone again.

    Args:
        bulk: force (True) or avoid (False) the one-pass `ReplaceTimelineEvents`;
            by default it is used above a hundred events. Removing an import needs
            it, because only it revives the import's batch on undo.
    """
    doomed = {id(event) for event in events}
    # Corroborating events go first, so that undo brings back what they corroborate
    # before them.
    events = sorted(events, key=lambda event: event.corroborates is None)
    unlinks: list[Edit] = [
        RemoveItem(why, "evidence", cited, label)
        for why in postmortem.why_nodes
        for cited in why.evidence
        if id(cited) in doomed
    ]
    unlinks += [
        SetValue(event, "corroborates", None, label)
        for event in postmortem.timeline_events
        if event.corroborates is not None
        and id(event.corroborates) in doomed
        and id(event) not in doomed
    ]
    removals: list[Edit]
    if bulk is None:
        bulk = len(doomed) > _ITEMWISE_DELETE_LIMIT
    if not bulk:
        removals = [RemoveItem(postmortem, "timeline_events", event, label) for event in events]
    else:
        kept = tuple(e for e in postmortem.timeline_events if id(e) not in doomed)
        removals = [ReplaceTimelineEvents(postmortem, kept, label)]
    return Compound((*unlinks, *removals), label)


def sorted_position(
    postmortem: Postmortem, moment: datetime, exclude: TimelineEvent | None = None
) -> int:
    """Where an event at `moment` goes in the time-ordered list (after equal times).

    The domain list is kept in time order (exports and other pages read it as is);
    `exclude` is the event being moved, which is not counted.
    """
    times = [e.occurred_at for e in postmortem.timeline_events if e is not exclude]
    return bisect_right(times, moment)


def merged_in_time_order(
    current: Sequence[TimelineEvent], added: Sequence[TimelineEvent]
) -> tuple[TimelineEvent, ...]:
    """`current` plus `added`, in time order; existing events keep their relative order."""
    return tuple(sorted((*current, *added), key=attrgetter("occurred_at")))


def citing_whys(postmortem: Postmortem, event: TimelineEvent) -> list[WhyNode]:
    """The whys that cite `event` as evidence."""
    return [why for why in postmortem.why_nodes if any(e is event for e in why.evidence)]


def _unique_fingerprint(
    postmortem: Postmortem,
    occurred_at: datetime,
    author: str | None,
    text: str,
    exclude: TimelineEvent | None = None,
) -> str:
    taken = {e.fingerprint for e in postmortem.timeline_events if e is not exclude}
    fingerprint = event_fingerprint(occurred_at, author, text)
    if fingerprint in taken:
        # Two hand-written notes may say the same at the same second; both are kept.
        fingerprint = event_fingerprint(occurred_at, author, f"{text}\x1f{uuid.uuid4().hex}")
    return fingerprint


def new_manual_event(
    postmortem: Postmortem, occurred_at: datetime, text: str = "", author: str | None = None
) -> TimelineEvent:
    """A hand-written event, not yet in the timeline (push an `InsertItem` for that)."""
    occurred_at = occurred_at.astimezone(UTC)
    return TimelineEvent(
        occurred_at=occurred_at,
        text=text,
        original_time=occurred_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        source_zone="UTC",
        source=MANUAL_SOURCE,
        author=author,
        kind="note",
        key_moment=None,
        fingerprint=_unique_fingerprint(postmortem, occurred_at, author, text),
        flags=[],
        is_internal_only=False,
        import_batch=None,
    )


def field_edit(
    postmortem: Postmortem, event: TimelineEvent, attribute: str, value: Any, label: str
) -> Edit:
    edit: Edit = SetValue(event, attribute, value, label)
    is_manual = event.import_batch is None and event.source == MANUAL_SOURCE
    if is_manual and attribute in ("occurred_at", "author", "text"):
        occurred_at = value if attribute == "occurred_at" else event.occurred_at
        author = value if attribute == "author" else event.author
        text = value if attribute == "text" else event.text
        fingerprint = _unique_fingerprint(postmortem, occurred_at, author, text, exclude=event)
        if fingerprint != event.fingerprint:
            edit = Compound((edit, SetValue(event, "fingerprint", fingerprint, label)), label)
    if attribute == "occurred_at":
        # Keep the domain list in time order: move the event to its new place.
        position = sorted_position(postmortem, value, exclude=event)
        edit = Compound(
            (edit, MoveItem(postmortem, "timeline_events", event, position, label)), label
        )
    return edit
