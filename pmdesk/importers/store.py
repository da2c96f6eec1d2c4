"""Storing imported events in a post-mortem, and removing one import in one step.

The caller owns the session and the transaction (``with Session(engine) as s,
s.begin(): …``); these helpers only add and delete objects in it.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmdesk.models import ImportBatch, Postmortem, TimelineEvent

from ._model import ImportResult

__all__ = ["add_imported_events", "remove_import"]

log = logging.getLogger(__name__)


def add_imported_events(
    session: Session,
    postmortem: Postmortem,
    result: ImportResult,
    *,
    source_label: str,
    file_name: str,
) -> ImportBatch:
    """Add the events of an import to ``postmortem`` as one :class:`ImportBatch`.

    Events whose fingerprint the post-mortem already holds (from an earlier import
    of the same file, or the same fact from another source) are not added again,
    so re-importing is idempotent. ``len(result.events) - batch.event_count`` is
    the number of such duplicates.

    Returns:
        The new batch; ``event_count`` is the number of events actually added.
    """
    if postmortem.id is None:
        session.flush()
    existing = set(
        session.scalars(
            select(TimelineEvent.fingerprint).where(TimelineEvent.postmortem_id == postmortem.id)
        )
    )
    batch = ImportBatch(
        postmortem=postmortem,
        source_label=source_label,
        file_name=file_name,
        format=result.format,
        event_count=0,
        skipped_count=result.skipped_count,
    )
    session.add(batch)
    added = 0
    for event in result.events:
        fingerprint = event.fingerprint
        if fingerprint in existing:
            continue
        existing.add(fingerprint)
        flags = list(event.flags)
        if event.zone_assumed:
            flags.append("zone_assumed")
        session.add(
            TimelineEvent(
                postmortem=postmortem,
                occurred_at=event.time_utc,
                text=event.text,
                original_time=event.original_time,
                source_zone=event.source_zone,
                source=event.source,
                author=event.author,
                kind=event.kind,
                fingerprint=fingerprint,
                flags=flags,
                import_batch=batch,
            )
        )
        added += 1
    batch.event_count = added
    log.info(
        "Import batch %s: %d events added, %d already present",
        source_label,
        added,
        len(result.events) - added,
    )
    return batch


def remove_import(session: Session, batch: ImportBatch) -> int:
    """Remove one import: its batch and every event that came with it.

    Returns:
        The number of events removed.
    """
    postmortem = batch.postmortem
    events = list(batch.events)
    for event in events:
        if event in postmortem.timeline_events:
            postmortem.timeline_events.remove(event)
        session.delete(event)
    if batch in postmortem.import_batches:
        postmortem.import_batches.remove(batch)
    session.delete(batch)
    return len(events)
