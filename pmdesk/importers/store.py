"""Storing imported events in a post-mortem, and removing one import in one step.

The command line stores an import straight into a session: the caller owns the session
and the transaction (``with Session(engine) as s, s.begin(): …``), and these helpers
only add and delete objects in it. The window reads a file off the UI thread
(`prepare_import`, which makes only unattached objects) and then adds what it read as
one undoable `import_edit`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmdesk.domain.corroboration import link_corroborations
from pmdesk.domain.edits import Compound, Edit, InsertItem, RemoveItem, SetValue
from pmdesk.domain.pseudonyms import Pseudonymiser, is_authored_by_a_person
from pmdesk.domain.timeline_edits import (
    ReplaceTimelineEvents,
    delete_events_edit,
    merged_in_time_order,
)
from pmdesk.models import ImportBatch, Participant, Postmortem, TimelineEvent

from ._model import ImportedEvent, ImportedPerson, ImportOptions, ImportResult
from ._sink import ImportCancelledError
from .api import import_path

__all__ = [
    "PreparedImport",
    "add_imported_events",
    "import_edit",
    "participant_edits",
    "people_in",
    "prepare_import",
    "remove_import",
    "remove_import_edit",
    "timeline_event_for",
]

log = logging.getLogger(__name__)


def timeline_event_for(
    imported: ImportedEvent, fingerprint: str, batch: ImportBatch | None
) -> TimelineEvent:
    """The timeline event an imported event becomes (not yet in any post-mortem)."""
    flags = list(imported.flags)
    if imported.zone_assumed:
        # The zone came from the user, not the file: keep that visible.
        flags.append("zone_assumed")
    return TimelineEvent(
        occurred_at=imported.time_utc,
        text=imported.text,
        original_time=imported.original_time,
        source_zone=imported.source_zone,
        source=imported.source,
        author=imported.author,
        kind=imported.kind,
        key_moment=None,
        fingerprint=fingerprint,
        flags=flags,
        is_internal_only=False,
        level=imported.level,
        import_batch=batch,
    )


def people_in(result: ImportResult) -> list[ImportedPerson]:
    """The people an import names: those its user list knows (real name and handles),
    then every other author of a message that is not a program's or a bot's."""
    people = list(result.people)
    known = {value.casefold() for person in people for value in (person.name, *person.handles)}
    for event in result.events:
        author = (event.author or "").strip()
        if is_authored_by_a_person(event) and author.casefold() not in known:
            known.add(author.casefold())
            people.append(ImportedPerson(author, (author,)))
    return people


def participant_edits(
    pm: Postmortem, people: list[ImportedPerson], label: str = "Import"
) -> list[Edit]:
    """What the participants table needs so the public report can name nobody.

    A person who is already a participant (by name or any handle) gets the handles the
    import knows for them; anyone else joins the table with their handles and no role,
    for the facilitator to complete. An unlisted author would be "Participant A" in the
    public report anyway; in the table the facilitator sees them and can give a role.
    """
    names = Pseudonymiser(pm.participants)
    added: dict[str, Participant] = {}
    edits: list[Edit] = []
    for person in people:
        participant = next(
            (found for v in (person.name, *person.handles) if (found := names.participant(v))),
            added.get(person.name.casefold()),
        )
        if participant is None:
            participant = Participant(
                name=person.name, role="", team="", handles=list(person.handles), position=0
            )
            added[person.name.casefold()] = participant
            edits.append(InsertItem(pm, "participants", participant, None, label))
            continue
        handles = list(participant.handles or [])
        new = [h for h in person.handles if h.casefold() not in {x.casefold() for x in handles}]
        if new and participant not in added.values():
            edits.append(SetValue(participant, "handles", [*handles, *new], label))
    return edits


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
    the number of such duplicates. An event that another source already put in the
    timeline corroborates that event (`link_corroborations`). The people the import
    names join the participants table, or lend their handles to the participant they
    are (`participant_edits`).

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
    before = list(postmortem.timeline_events)
    added: list[TimelineEvent] = []
    for event in result.events:
        fingerprint = event.fingerprint
        if fingerprint in existing:
            continue
        existing.add(fingerprint)
        added.append(timeline_event_for(event, fingerprint, batch))
    link_corroborations(before, added)
    for timeline_event in added:
        timeline_event.postmortem = postmortem
        session.add(timeline_event)
    batch.event_count = len(added)
    for edit in participant_edits(postmortem, people_in(result), f"Import {file_name}"):
        edit.apply()
    log.info(
        "Import batch %s: %d events added, %d already present",
        source_label,
        len(added),
        len(result.events) - len(added),
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


@dataclass
class PreparedImport:
    """What a finished read produced: the report, and the new events ready to add."""

    path: Path
    result: ImportResult
    batch: ImportBatch
    events: list[TimelineEvent]
    already_present: int
    zone_assumed: bool


def prepare_import(
    path: Path,
    options: ImportOptions,
    existing_fingerprints: frozenset[str],
    *,
    format_names: Mapping[str, str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreparedImport:
    """Read `path` and build (unattached) timeline events from it; safe off the UI thread.

    Only transient objects are made here; nothing touches a session.

    Args:
        existing_fingerprints: the events the post-mortem holds already (not added again).
        format_names: the batch's source label by format name (the format's own name
            when it has none).

    Raises:
        ImportCancelledError: `cancelled()` became true.
        ZoneRequiredError: the source has times without a zone and none was given.
    """
    result = import_path(path, options, progress=progress, cancelled=cancelled)
    batch = ImportBatch(
        source_label=format_names.get(result.format, result.format),
        file_name=path.name,
        format=result.format,
        imported_at=datetime.now(UTC),
        event_count=0,
        skipped_count=result.skipped_count,
    )
    events: list[TimelineEvent] = []
    already = 0
    zone_assumed = False
    for number, imported in enumerate(result.events):
        if number % 4096 == 0 and cancelled is not None and cancelled():
            raise ImportCancelledError
        fingerprint = imported.fingerprint
        if fingerprint in existing_fingerprints:
            already += 1
            continue
        zone_assumed = zone_assumed or imported.zone_assumed
        events.append(timeline_event_for(imported, fingerprint, batch))
    batch.event_count = len(events)
    return PreparedImport(path, result, batch, events, already, zone_assumed)


def import_edit(pm: Postmortem, prepared: PreparedImport) -> Compound:
    """One undoable step: the batch and its events join the post-mortem, and the
    people they name join the participants table (or lend it their handles).

    The timeline may have changed since the read: an event whose fingerprint it holds
    by now is left out (`prepared` then lists only the events added), so no fingerprint
    is ever added twice.
    """
    taken = {e.fingerprint for e in pm.timeline_events}
    if any(e.fingerprint in taken for e in prepared.events):
        prepared.events = [e for e in prepared.events if e.fingerprint not in taken]
        for event in [e for e in prepared.batch.events if e.fingerprint in taken]:
            event.import_batch = None
        prepared.batch.event_count = len(prepared.events)
    label = f"Import {prepared.path.name}"
    # On the UI thread: the links point at the post-mortem's own events. Undo removes
    # the new events, and their links with them.
    link_corroborations(pm.timeline_events, prepared.events)
    # Events first: on redo after a save, ReplaceTimelineEvents revives the deleted
    # events and their batch before anything cascades them back into the session.
    return Compound(
        (
            ReplaceTimelineEvents(
                pm, merged_in_time_order(pm.timeline_events, prepared.events), label
            ),
            InsertItem(pm, "import_batches", prepared.batch, None, label),
            *participant_edits(pm, people_in(prepared.result), label),
        ),
        label,
    )


def remove_import_edit(pm: Postmortem, batch: ImportBatch) -> Edit:
    """One undoable step that removes an import and all its events (and their links)."""
    label = "Remove import"
    events = [event for event in pm.timeline_events if event.import_batch is batch]
    # Batch first, events second: the inverse then revives the events (and with them
    # the batch) before the batch rejoins the post-mortem.
    return Compound(
        (
            RemoveItem(pm, "import_batches", batch, label),
            delete_events_edit(pm, events, label, bulk=True),
        ),
        label,
    )
