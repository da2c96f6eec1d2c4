"""Building engines and sessions for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.util import identity_key

from pmdesk.models import Base, Postmortem, PrivateNote, Publication, SyncPoint, utc_now
from pmdesk.models.postmortem import database_user
from pmdesk.store import live, revisions

log = logging.getLogger(__name__)

__all__ = [
    "SQLITE_BEGIN",
    "begin_write",
    "build_engine",
    "changed_instances",
    "is_sqlite_file",
    "make_session_factory",
]

# Execution option: how an SQLite transaction starts. "IMMEDIATE" (the default) takes
# the write lock up front, so a unit of work never fails half-way when it upgrades a
# stale read snapshot to a write (SQLITE_BUSY_SNAPSHOT, which busy_timeout cannot
# cure); "DEFERRED" is for units that only read; "" emits no BEGIN at all: every
# statement is its own short transaction until `begin_write` starts one. An open
# post-mortem reads that way, so it never holds a snapshot between user actions.
SQLITE_BEGIN = "pmdesk_sqlite_begin"
# How long a writer waits for another one to finish before SQLite says "busy".
BUSY_TIMEOUT_MS = 15_000


def is_sqlite_file(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")


def build_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """Create the engine for `url` with pmdesk's per-connection setup.

    SQLite gets WAL, foreign keys, synchronous=FULL (a committed edit survives a power
    cut) and real transactions, so that savepoints nest. A `read_only` SQLite database
    is opened with `mode=ro` and never asks for the write lock.
    """
    parsed = make_url(url)
    # Statements and their parameters carry post-mortem text: keep them out of
    # exception messages, and so out of the log.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)

    timeout = BUSY_TIMEOUT_MS / 1000
    if read_only and parsed.database not in (None, "", ":memory:"):
        import sqlite3

        from pmdesk.store.database import read_only_uri

        uri = read_only_uri(Path(str(parsed.database)))
        # The URI goes to the driver as it is: SQLAlchemy would parse its query part.
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=timeout),
            **kwargs,
        )
    else:
        engine = create_engine(url, connect_args={"timeout": timeout}, **kwargs)
    default_begin = "DEFERRED" if read_only else "IMMEDIATE"

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if parsed.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "checkin")
    def _reset_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        # `begin_write` may have shortened it for a connection the GUI uses.
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN, default_begin)
        if read_only and mode == "IMMEDIATE":
            mode = "DEFERRED"
        if mode:
            connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def begin_write(session: Session, *, busy_timeout_ms: int | None = None) -> None:
    """Start `session`'s write transaction now, taking SQLite's write lock up front.

    For sessions bound with `SQLITE_BEGIN=""`, whose reads hold no transaction. Raises
    OperationalError ("database is locked") when another writer keeps the lock for
    longer than `busy_timeout_ms`; nothing has been written then.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is None or dbapi_connection.in_transaction:
        return
    if busy_timeout_ms is not None:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={busy_timeout_ms}")
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _owning_postmortem(instance: object) -> Postmortem | None:
    if isinstance(instance, SyncPoint):
        return None  # bookkeeping of push and pull, no change to the post-mortem
    if isinstance(instance, Postmortem):
        return instance
    postmortem = getattr(instance, "postmortem", None)
    if isinstance(postmortem, Postmortem):
        return postmortem
    # Just taken out of its post-mortem (a delete-orphan collection), it still names it
    # until the flush deletes it: its removal is a change to that post-mortem.
    state = inspect(instance, raiseerr=False)
    former_id = getattr(instance, "postmortem_id", None)
    if state is None or state.session is None or former_id is None:
        return None
    former = state.session.identity_map.get(identity_key(Postmortem, former_id))
    return former if isinstance(former, Postmortem) else None


def changed_instances(session: Session) -> dict[Postmortem, list[object]]:
    """What the next flush of `session` writes, by the post-mortem it belongs to."""
    # session.dirty and .deleted build a new set on every access: take them once.
    dirty = session.dirty
    deleted = session.deleted
    touched: dict[Postmortem, list[object]] = {}
    for instance in [*session.new, *dirty, *deleted]:
        if instance in dirty and not session.is_modified(instance):
            continue
        postmortem = _owning_postmortem(instance)
        if postmortem is not None and postmortem not in deleted:
            touched.setdefault(postmortem, []).append(instance)
    return touched


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context: Any, _instances: Any) -> None:
    """Bump `version` and `updated_at` of every post-mortem touched by this flush, and
    note what changed in it for its revision (see store.revisions).

    The counter is what conflict detection compares, so any change to a part
    (an event, a why, an action item…) counts as a change to the post-mortem.
    """
    for instance in session.dirty:
        if isinstance(instance, Publication) and session.is_modified(instance):
            raise ValueError("a publication record cannot be changed once stored")
    touched = changed_instances(session)
    revisions.collect(session, touched)
    now: datetime = utc_now()
    for postmortem in touched:
        if postmortem in session.new:
            continue
        # Counted by the database, not from the copy in memory, which another writer
        # may have overtaken; the attribute is read back when next used.
        postmortem.version = Postmortem.version + 1
        postmortem.updated_at = now


@event.listens_for(Session, "after_flush")
def _gather_revisions(session: Session, _context: Any) -> None:
    _write_private_notes(session)
    revisions.gather(session)


def _write_private_notes(session: Session) -> None:
    """Store the facilitator notes that changed in this flush, as the current database
    user's own row (models.PrivateNote; row-level security on PostgreSQL)."""
    changed = [
        pm
        for pm in [*session.new, *session.dirty]
        if isinstance(pm, Postmortem) and inspect(pm).attrs.facilitator_notes.history.added
    ]
    if not changed:
        return
    from sqlalchemy.dialects import postgresql, sqlite

    connection = session.connection()
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    for pm in changed:
        statement = dialect.insert(PrivateNote).values(
            postmortem_id=pm.id, owner=database_user(), text=pm.facilitator_notes or ""
        )
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["postmortem_id", "owner"], set_={"text": statement.excluded.text}
            )
        )


@event.listens_for(Session, "before_commit")
def _write_revisions(session: Session) -> None:
    versions = revisions.write(session)
    if versions:
        live.announce(session.connection(), versions)


@event.listens_for(Session, "after_transaction_end")
def _end_revisions(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        revisions.forget(session)


# session.info key: the post-mortems the flush under way touches, and those it deletes.
_SEARCH_CHANGES = "pmdesk_search_changes"


@event.listens_for(Session, "before_flush")
def _note_search_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Remember which post-mortems this flush changes, for `_refresh_search_index`."""
    deleted = session.deleted
    touched: set[Postmortem] = set()
    for instance in [*session.new, *session.dirty, *deleted]:
        postmortem = _owning_postmortem(instance)
        if postmortem is not None:
            touched.add(postmortem)
    session.info[_SEARCH_CHANGES] = touched


@event.listens_for(Session, "after_flush")
def _refresh_search_index(session: Session, _context: Any) -> None:
    """Rebuild the full-text index rows of what this flush wrote, in its transaction:
    the index never runs ahead of or behind the data."""
    touched: set[Postmortem] = session.info.pop(_SEARCH_CHANGES, set())
    ids = {postmortem.id for postmortem in touched if postmortem.id is not None}
    if ids:
        from pmdesk.store.search_index import refresh_search_index

        refresh_search_index(session.connection(), ids)


def create_schema(engine: Engine) -> None:
    """Create all tables directly (tests of pure logic; the app uses migrations)."""
    from pmdesk.store.search_index import create_ranking_vector, create_search_index

    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        create_search_index(connection)
        create_ranking_vector(connection)
