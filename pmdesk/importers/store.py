"""Storing imported events in a post-mortem, and removing one import in one step.

The caller owns the session and the transaction (``with Session(engine) as s,
s.begin(): …``); these helpers only add and delete objects in it.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmdesk.domain.corroboration import link_corroborations
from pmdesk.domain.edits import Edit, InsertItem, SetValue
from pmdesk.domain.pseudonyms import Pseudonymiser, is_authored_by_a_person
from pmdesk.models import ImportBatch, Participant, Postmortem, TimelineEvent

from ._model import ImportedEvent, ImportedPerson, ImportResult

__all__ = [
    "add_imported_events",
    "participant_edits",
    "people_in",
    "remove_import",
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
