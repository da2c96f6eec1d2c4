"""The library listing: one row per post-mortem, for the main window.

For an SQLite file it is read with the stdlib driver, so the app can show its first
window before SQLAlchemy is imported; any other database goes through the engine.
Both run the same SQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pmdesk.domain.limits import TITLE_MAX_CHARS
from pmdesk.store.database import Database

__all__ = ["LibraryRow", "library_rows"]

# A title is read only as far as a list can show it: a 50 MB title (from an older pmdesk,
# or typed into the database) must not be copied out whole on every refresh. One
# character more than the limit tells the view that the title goes on.
LIBRARY_SQL = f"""
SELECT p.id, p.key, substr(p.title, 1, {TITLE_MAX_CHARS + 1}), p.status, p.severity,
       COALESCE(t.override_verdict, t.verdict), p.created_at, p.updated_at
FROM postmortems AS p
LEFT JOIN trigger_assessments AS t ON t.postmortem_id = p.id
ORDER BY p.created_at DESC, p.id DESC
"""


@dataclass(frozen=True)
class LibraryRow:
    """What the library shows of one post-mortem; `title` is cut after one character
    more than `TITLE_MAX_CHARS`."""

    id: int
    key: str
    title: str
    status: str
    severity: int | None
    verdict: str | None
    created_at: datetime
    updated_at: datetime


def _utc(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _row(values: tuple[Any, ...]) -> LibraryRow:
    ident, key, title, status, severity, verdict, created, updated = values
    return LibraryRow(
        int(ident), key, title or "", status, severity, verdict, _utc(created), _utc(updated)
    )


def library_rows(db: Database) -> list[LibraryRow]:
    """Every post-mortem, newest first."""
    path = db.sqlite_file
    if path is not None and not db.has_engine:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [_row(values) for values in reader.execute(LIBRARY_SQL)]
        finally:
            reader.close()
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return [_row(tuple(values)) for values in connection.execute(text(LIBRARY_SQL))]
