"""Reading the library without the ORM: the rows of one statement, and the overdue count.

The library window shows how many action items are overdue as soon as it opens; this
module imports neither SQLAlchemy's ORM nor the models, so counting them does not slow
the first window down (for an SQLite file the stdlib driver reads, as in
`store.library`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from pmdesk.store.database import Database

__all__ = [
    "ReadRows",
    "library_signature",
    "overdue_count",
    "read_day",
    "read_rows",
    "row_reader",
]

OVERDUE_COUNT_SQL = """
SELECT COUNT(*) FROM action_items
WHERE status IN ('open', 'in_progress') AND due_on < :today
"""


# Runs one read-only statement with named (`:name`) parameters and returns its rows.
ReadRows = Callable[[str, Mapping[str, Any] | None], list[Any]]


@contextmanager
def row_reader(db: Database) -> Iterator[ReadRows]:
    """A reader of rows for several statements over one connection and snapshot."""
    path = db.sqlite_file
    if path is not None and not db.has_engine:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        reader.isolation_level = None
        try:
            # One snapshot for every statement, as the engine's transaction gives.
            reader.execute("BEGIN")

            def read_sqlite(sql: str, parameters: Mapping[str, Any] | None = None) -> list[Any]:
                # SQLite stores days as ISO text; its stdlib driver is told so explicitly.
                plain = {
                    k: v.isoformat() if isinstance(v, date) else v
                    for k, v in (parameters or {}).items()
                }
                return list(reader.execute(sql, plain))

            yield read_sqlite
        finally:
            reader.close()
        return
    from sqlalchemy import text

    from pmdesk.store.engine import SQLITE_BEGIN

    # A reader never asks for SQLite's write lock (nor waits for a writer's).
    reading = db.engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"})
    with reading.connect() as connection:

        def read_engine(sql: str, parameters: Mapping[str, Any] | None = None) -> list[Any]:
            return list(connection.execute(text(sql), dict(parameters or {})))

        yield read_engine


def read_rows(db: Database, sql: str, parameters: Mapping[str, Any] | None = None) -> list[Any]:
    """The rows of one read-only statement; `parameters` are named in it as `:name`."""
    with row_reader(db) as read:
        return read(sql, parameters)


def read_day(value: Any) -> date | None:
    """A stored date: ISO text from SQLite, a `date` from PostgreSQL."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def overdue_count(db: Database, today: date) -> int:
    """How many action items in the library are open or in progress past their due
    date on `today` (the rule of `domain.followup.is_overdue`)."""
    return int(read_rows(db, OVERDUE_COUNT_SQL, {"today": today})[0][0])


SIGNATURE_SQL = "SELECT COUNT(*), MAX(updated_at) FROM postmortems"


def library_signature(db: Database) -> tuple[Any, ...]:
    """Changes whenever a post-mortem, or any part of one, is added, changed or deleted
    (every change bumps its post-mortem's `updated_at`)."""
    return tuple(read_rows(db, SIGNATURE_SQL)[0])
