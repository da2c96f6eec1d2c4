"""Building engines and sessions for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from pmdesk.models import Base, Postmortem, Publication, utc_now

log = logging.getLogger(__name__)

__all__ = ["build_engine", "is_sqlite_file", "make_session_factory"]


def is_sqlite_file(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")


def build_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for `url` with pmdesk's per-connection setup.

    SQLite gets WAL, foreign keys, synchronous=FULL (a committed edit survives a power
    cut) and real transactions, so that savepoints nest.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)

    engine = create_engine(url, connect_args={"timeout": 15}, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if parsed.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _owning_postmortem(instance: object) -> Postmortem | None:
    if isinstance(instance, Postmortem):
        return instance
    postmortem = getattr(instance, "postmortem", None)
    return postmortem if isinstance(postmortem, Postmortem) else None


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context: Any, _instances: Any) -> None:
    """Bump `version` and `updated_at` of every post-mortem touched by this flush.

    The counter is what conflict detection compares, so any change to a part
    (an event, a why, an action item…) counts as a change to the post-mortem.
    """
    # session.dirty and .deleted build a new set on every access: take them once.
    dirty = session.dirty
    deleted = session.deleted
    for instance in dirty:
        if isinstance(instance, Publication) and session.is_modified(instance):
            raise ValueError("a publication record cannot be changed once stored")
    touched: set[Postmortem] = set()
    now: datetime = utc_now()
    for instance in [*session.new, *dirty, *deleted]:
        if instance in dirty and not session.is_modified(instance):
            continue
        postmortem = _owning_postmortem(instance)
        if postmortem is not None and postmortem not in deleted:
            touched.add(postmortem)
    for postmortem in touched:
        if postmortem in session.new:
            continue
        postmortem.version = (postmortem.version or 0) + 1
        postmortem.updated_at = now


def create_schema(engine: Engine) -> None:
    """Create all tables directly (tests of pure logic; the app uses migrations)."""
    Base.metadata.create_all(engine)
