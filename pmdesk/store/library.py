"""The library listing and its search: one row per post-mortem, newest first.

`search_library` is the one definition of what searching post-mortems means; the
library window and `pmdesk list --search` both go through it, so a change to the
search (full-text search, say) is made here once.

For an SQLite file the listing is read with the stdlib driver, so the app can show its
first window before SQLAlchemy is imported; any other database goes through the engine.
Both run the same SQL.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pmdesk.domain.limits import TITLE_MAX_CHARS
from pmdesk.store.database import Database

__all__ = ["LibraryRow", "library_rows", "search_library"]

# A title is read only as far as a list can show it: a 50 MB title (from an older pmdesk,
# or typed into the database) must not be copied out whole on every refresh. One
# character more than the limit tells the view that the title goes on. The first eight
# columns are shown; the last four are only searched.
LIBRARY_SQL = f"""
SELECT p.id, p.key, substr(p.title, 1, {TITLE_MAX_CHARS + 1}), p.status, p.severity,
       COALESCE(t.override_verdict, t.verdict), p.created_at, p.updated_at,
       p.summary, p.facilitator, p.tags, p.services
FROM postmortems AS p
LEFT JOIN trigger_assessments AS t ON t.postmortem_id = p.id
ORDER BY p.created_at DESC, p.id DESC
"""

# Runs one SQL statement and returns its rows: a sqlite3 connection's or a session's.
Execute = Callable[[str], Iterable[Sequence[Any]]]


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


def _row(values: Sequence[Any]) -> LibraryRow:
    ident, key, title, status, severity, verdict, created, updated = values[:8]
    return LibraryRow(
        int(ident), key, title or "", status, severity, verdict, _utc(created), _utc(updated)
    )


def _folded(text: str) -> str:
    # Case- and normalisation-blind: "über" finds "Übertragung", a pasted decomposed
    # "ü" finds a typed one.
    return unicodedata.normalize("NFC", text).casefold()


def _names(value: Any) -> list[str]:
    # Tags and services are JSON lists: text from SQLite, lists from PostgreSQL.
    names = json.loads(value) if isinstance(value, str) else value
    return [str(name) for name in names or ()]


def _searched_text(values: Sequence[Any]) -> str:
    key, title = values[1], values[2]
    summary, facilitator, tags, services = values[8:12]
    parts = [key, title or "", summary or "", facilitator or "", *_names(tags), *_names(services)]
    return _folded("\n".join(parts))


def _matches(values: Sequence[Any], words: list[str]) -> bool:
    if not words:
        return True
    text = _searched_text(values)
    return all(word in text for word in words)


def search_library(execute: Execute, search: str = "") -> list[LibraryRow]:
    """The post-mortems that match `search`, newest first.

    A post-mortem matches when every word of `search` occurs, ignoring case, in its
    key, title, summary, facilitator, tags or services; an empty search matches every
    post-mortem. The matching is done here rather than in SQL so that case folding is
    right beyond ASCII on SQLite and PostgreSQL alike; a full-text index would take
    its place here.

    Args:
        execute: runs the listing's SQL, e.g. a sqlite3 connection's `execute`.
    """
    words = _folded(search).split()
    return [_row(values) for values in execute(LIBRARY_SQL) if _matches(values, words)]


def library_rows(db: Database, search: str = "") -> list[LibraryRow]:
    """The post-mortems in `db` that match `search` (see `search_library`), newest first."""
    path = db.sqlite_file
    if path is not None and not db.has_engine:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return search_library(reader.execute, search)
        finally:
            reader.close()
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return search_library(lambda sql: connection.execute(text(sql)), search)
