"""Push and pull: one post-mortem between two databases — a laptop's SQLite file and the
team's PostgreSQL — found by its UUID, with the same merge rules as saving and loading.

Either command leaves both databases holding the same post-mortem. What each side
changed since the last push or pull between the two (its `SyncPoint`) is merged
three-way against what both held then (store.load_merge): changes to different
fields and parts are all kept; when both sides changed the same thing, nothing is
written anywhere and the error names it. Running it again changes nothing.

Each database keeps its own history: the transfer is a revision in each, by whoever
ran it, naming what it brought. Publication records stay where they were made.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from pmdesk.errors import UserFacingError
from pmdesk.models import DatabaseIdentity, Postmortem, SyncPoint, utc_now
from pmdesk.store.database import Database
from pmdesk.store.interchange import dump_postmortem, load_postmortem
from pmdesk.store.load_merge import MergeConflict
from pmdesk.store.queries import find_postmortem

__all__ = ["SyncResult", "database_uuid", "display_url", "sync"]

# What may differ between two databases' copies of one post-mortem that agree.
_PER_DATABASE = ("key", "version", "updated_at", "publications")


@dataclass(frozen=True)
class SyncResult:
    """What a push or pull did."""

    key: str  # the post-mortem's key in this (the local) database
    remote_key: str
    created_here: bool = False
    created_there: bool = False
    sent: bool = False  # the other database took changes from this one
    received: bool = False  # this database took changes from the other one


def database_uuid(session: Session) -> str:
    """This database's own UUID, made on first use."""
    found = session.scalars(select(DatabaseIdentity.uuid)).first()
    if found is not None:
        return found
    made = str(uuid.uuid4())
    session.add(DatabaseIdentity(uuid=made))
    session.flush()
    return made


def display_url(url: str) -> str:
    """`url` fit to print: never with its password."""
    return make_url(url).render_as_string(hide_password=True)


def sync(local: Database, remote: Database, ident: str, *, named_remotely: bool) -> SyncResult:
    """Bring the post-mortem `ident` (a key or UUID in `remote` when `named_remotely`,
    else in `local`) to the same state in both databases.

    Raises:
        UserFacingError: it is in neither database, or both changed the same thing
            (nothing was written), or the two copies were never pushed or pulled
            between these databases and differ.
    """
    with local.transaction() as here, remote.transaction() as there:
        named = find_postmortem(there if named_remotely else here, ident)
        mine, theirs = _by_uuid(here, named.uuid), _by_uuid(there, named.uuid)
        peer = database_uuid(there)
        if mine is None or theirs is None:
            # New on one side: a copy, created as it is.
            target = here if mine is None else there
            copied, _created = load_postmortem(target, dump_postmortem(named))
            mine, theirs = (copied, named) if mine is None else (named, copied)
            _remember((here, mine), (there, theirs), peer)
            return SyncResult(
                mine.key, theirs.key, created_here=target is here, created_there=target is there
            )
        point = here.scalars(
            select(SyncPoint).where(SyncPoint.postmortem_id == mine.id, SyncPoint.peer == peer)
        ).first()
        if point is None:
            if _comparable(dump_postmortem(mine)) != _comparable(dump_postmortem(theirs)):
                raise UserFacingError(
                    f"{mine.key} is in both databases with different contents, and was "
                    "never pushed or pulled between them, so what each side changed "
                    "cannot be told apart; nothing was changed.",
                    f"Dump {mine.key} from one of them, load it into the other, then push.",
                )
            _remember((here, mine), (there, theirs), peer)
            return SyncResult(mine.key, theirs.key)
        sent = mine.version != point.version
        received = theirs.version != point.peer_version
        if sent:
            # My changes since the shared state, merged with theirs since then.
            _merge(there, theirs, dump_postmortem(mine), since=point.peer_version)
        if received:
            # Theirs now holds both sides' changes: this side becomes the same.
            _merge(here, mine, dump_postmortem(theirs), since=mine.version)
        if sent or received:
            _remember((here, mine), (there, theirs), peer, point)
        return SyncResult(mine.key, theirs.key, sent=sent, received=received)


def _by_uuid(session: Session, uuid_text: str) -> Postmortem | None:
    # Locked on PostgreSQL until the commit: no one saves it while it moves.
    query = select(Postmortem).where(Postmortem.uuid == uuid_text).with_for_update()
    return session.scalars(query).first()


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    postmortem = {
        field: value
        for field, value in document["postmortem"].items()
        if field not in _PER_DATABASE
    }
    return {**document, "postmortem": postmortem}


def _merge(session: Session, pm: Postmortem, document: dict[str, Any], *, since: int) -> None:
    document["postmortem"]["version"] = since
    try:
        load_postmortem(session, document)
    except MergeConflict as conflict:
        things = "thing" if len(conflict.conflicts) == 1 else "things"
        raise UserFacingError(
            f"Nothing was changed: {pm.key} was changed in both databases since they "
            f"last agreed, in the same {things}: {'; '.join(conflict.conflicts)}.",
            f"Open {pm.key} in one of them, make it what it should be, and try again.",
        ) from conflict
    session.flush()


def _remember(
    here: tuple[Session, Postmortem],
    there: tuple[Session, Postmortem],
    peer: str,
    point: SyncPoint | None = None,
) -> None:
    """Both hold the same now: note the two versions, the base of the next merge."""
    for session, pm in (here, there):
        session.flush()
        session.refresh(pm, ["version"])
    session, mine = here
    if point is None:
        point = SyncPoint(postmortem_id=mine.id, peer=peer, version=0, peer_version=0)
        session.add(point)
    point.version = mine.version
    point.peer_version = there[1].version
    point.synced_at = utc_now()
    session.flush()
