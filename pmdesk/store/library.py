"""The library: which post-mortems a search and filters select, in which order, and
what is shown of each.

This is the one definition of searching post-mortems; the library window,
`pmdesk list --search` and `pmdesk search` all go through it. Matching and ranking
are done by the database's full-text index (see `pmdesk.store.search`).

Selecting is split from showing so that a library of ten thousand post-mortems stays
quick: `matching_ids` returns the ordered ids only, and the rows (`rows_by_id`) and
snippets (`snippets_by_id`) are read for the few that are shown.

For an SQLite file everything is read with the stdlib driver, so the app can show its
first window before SQLAlchemy is imported; any other database goes through the engine.
Both run the same SQL.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from pmdesk.domain.limits import TITLE_MAX_CHARS
from pmdesk.store.database import Database
from pmdesk.store.search import (
    FIELDS,
    SEARCH_TABLE,
    Execute,
    Snippet,
    match_sql,
    search_words,
    snippets_for,
)

__all__ = [
    "Facets",
    "LibraryFilter",
    "LibraryQuery",
    "LibraryReader",
    "LibraryRow",
    "SearchHit",
    "Sort",
    "library_rows",
    "matching_ids",
    "open_reader",
    "rows_by_id",
    "search_hits",
    "search_library",
    "snippets_by_id",
]

# A title is read only as far as a list can show it: a 50 MB title (from an older pmdesk,
# or typed into the database) must not be copied out whole on every refresh. One
# character more than the limit tells the view that the title goes on.
_ROWS_SQL = f"""
SELECT p.id, p.key, substr(p.title, 1, {TITLE_MAX_CHARS + 1}), p.status, p.severity,
       COALESCE(t.override_verdict, t.verdict), p.created_at, p.updated_at
FROM postmortems AS p
LEFT JOIN trigger_assessments AS t ON t.postmortem_id = p.id
WHERE p.id IN {{ids}}
"""
_OPEN_ACTION_STATES = "('open', 'in_progress')"
# Ids inlined into one statement at most (they are integers, never text).
_BATCH = 1000


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


class Sort(enum.StrEnum):
    """What the library is ordered by. RELEVANCE is the search's ranking; without a
    search, newest first."""

    RELEVANCE = "relevance"
    KEY = "key"
    TITLE = "title"
    SEVERITY = "severity"
    STATUS = "status"
    VERDICT = "verdict"
    CREATED = "created"
    UPDATED = "updated"


_SORT_SQL = {
    Sort.KEY: "p.key",
    Sort.TITLE: "lower(p.title)",
    # No severity sorts after SEV 5, whichever the direction.
    Sort.SEVERITY: "COALESCE(p.severity, 99)",
    Sort.STATUS: "p.status",
    Sort.VERDICT: "COALESCE(t.override_verdict, t.verdict, '')",
    Sort.CREATED: "p.created_at",
    Sort.UPDATED: "p.updated_at",
}


@dataclass(frozen=True)
class LibraryFilter:
    """Which post-mortems to keep; an empty part keeps all. Within a part any value
    matches (tags: any of them), parts must all match. `verdicts` may hold "" for
    "not assessed"; dates are the incident's start (its creation when unknown)."""

    severities: frozenset[int] = frozenset()
    statuses: frozenset[str] = frozenset()
    verdicts: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    services: frozenset[str] = frozenset()
    facilitator: str = ""
    since: date | None = None
    until: date | None = None
    has_open_actions: bool | None = None

    @property
    def is_empty(self) -> bool:
        return self == LibraryFilter()


@dataclass(frozen=True)
class LibraryQuery:
    search: str = ""
    filters: LibraryFilter = field(default_factory=LibraryFilter)
    sort: Sort = Sort.RELEVANCE
    descending: bool = False


@dataclass(frozen=True)
class SearchHit:
    """One post-mortem found by a search, with where the words matched."""

    row: LibraryRow
    snippets: tuple[Snippet, ...]


def _utc(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _row(values: Sequence[Any]) -> LibraryRow:
    ident, key, title, status, severity, verdict, created, updated = values[:8]
    return LibraryRow(
        int(ident), key, title or "", status, severity, verdict, _utc(created), _utc(updated)
    )


def _in(ids: Sequence[int]) -> str:
    return "(" + ", ".join(str(int(ident)) for ident in ids) + ")"


def _names_condition(dialect: str, column: str, names: frozenset[str], prefix: str) -> str:
    # Tags and services are JSON lists of names.
    placeholders = ", ".join(f":{prefix}{index}" for index in range(len(names)))
    if dialect == "postgresql":
        elements = f"json_array_elements_text(p.{column}) AS element(value)"
        return f"EXISTS (SELECT 1 FROM {elements} WHERE element.value IN ({placeholders}))"
    return f"EXISTS (SELECT 1 FROM json_each(p.{column}) WHERE json_each.value IN ({placeholders}))"


def _filter_sql(dialect: str, wanted: LibraryFilter) -> tuple[list[str], dict[str, Any]]:
    conditions: list[str] = []
    params: dict[str, Any] = {}

    def values(prefix: str, items: frozenset[str]) -> str:
        for index, item in enumerate(sorted(items)):
            params[f"{prefix}{index}"] = item
        return ", ".join(f":{prefix}{index}" for index in range(len(items)))

    if wanted.severities:
        conditions.append(f"p.severity IN {_in(sorted(wanted.severities))}")
    if wanted.statuses:
        conditions.append(f"p.status IN ({values('status', wanted.statuses)})")
    if wanted.verdicts:
        verdict = "COALESCE(t.override_verdict, t.verdict, '')"
        conditions.append(f"{verdict} IN ({values('verdict', wanted.verdicts)})")
    for column, names in (("tags", wanted.tags), ("services", wanted.services)):
        if names:
            values(column, names)
            conditions.append(_names_condition(dialect, column, names, column))
    if wanted.facilitator:
        params["facilitator"] = wanted.facilitator
        conditions.append("p.facilitator = :facilitator")
    incident_date = "COALESCE(p.incident_start, p.created_at)"
    # SQLite keeps times as ISO text, which compares as the times do.
    if wanted.since is not None:
        params["since"] = wanted.since.isoformat() if dialect == "sqlite" else wanted.since
        conditions.append(f"{incident_date} >= :since")
    if wanted.until is not None:
        after = wanted.until + timedelta(days=1)
        params["until"] = after.isoformat() if dialect == "sqlite" else after
        conditions.append(f"{incident_date} < :until")
    if wanted.has_open_actions is not None:
        exists = (
            "EXISTS (SELECT 1 FROM action_items AS a WHERE a.postmortem_id = p.id "
            f"AND a.status IN {_OPEN_ACTION_STATES})"
        )
        conditions.append(exists if wanted.has_open_actions else f"NOT {exists}")
    return conditions, params


def matching_ids(
    execute: Execute, dialect: str, query: LibraryQuery, limit: int | None = None
) -> list[int]:
    """The ids of the post-mortems `query` selects, in its order (the first `limit`).

    A post-mortem matches a search when every word occurs somewhere in it (see
    `pmdesk.store.search`); an empty search matches every post-mortem.
    """
    conditions, params = _filter_sql(dialect, query.filters)
    words = search_words(query.search)
    joins = ""
    if query.filters.verdicts or query.sort is Sort.VERDICT:
        joins = "LEFT JOIN trigger_assessments AS t ON t.postmortem_id = p.id"
    if words:
        clause, rank, match_params = match_sql(dialect, words)
        params.update(match_params)
        # Equal ranks: the newer post-mortem (the higher id) first.
        relevance = f"hit.{rank}, hit.id DESC"
        if not conditions and not joins and query.sort is Sort.RELEVANCE:
            # The index alone answers: reading ten thousand post-mortem rows only
            # to order them as ranked doubled the time of a word that is everywhere.
            sql = f"SELECT hit.id FROM ({clause}) AS hit ORDER BY {relevance}{_limit(limit)}"
            if dialect != "postgresql":
                return [int(row[0]) for row in execute(sql, params)]
            # For a word in nearly every post-mortem the planner reads the whole table
            # and tests each row's document, fetching its 6 KB back from TOAST storage
            # first; it cannot know that the GIN index answers without reading them.
            execute("SET LOCAL enable_seqscan = off", {})
            try:
                return [int(row[0]) for row in execute(sql, params)]
            finally:
                execute("RESET enable_seqscan", {})
        joins += f" JOIN ({clause}) AS hit ON hit.id = p.id"
    else:
        relevance = "p.created_at DESC, p.id DESC"
    if query.sort is Sort.RELEVANCE:
        order = relevance
    else:
        direction = "DESC" if query.descending else "ASC"
        order = f"{_SORT_SQL[query.sort]} {direction}, p.id {direction}"
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = f"SELECT p.id FROM postmortems AS p {joins} {where} ORDER BY {order}{_limit(limit)}"
    return [int(row[0]) for row in execute(sql, params)]


def _limit(limit: int | None) -> str:
    return "" if limit is None else f" LIMIT {int(limit)}"


def rows_by_id(execute: Execute, ids: Sequence[int]) -> list[LibraryRow]:
    """The library rows of `ids`, in that order (those that still exist)."""
    found: dict[int, LibraryRow] = {}
    for start in range(0, len(ids), _BATCH):
        sql = _ROWS_SQL.format(ids=_in(ids[start : start + _BATCH]))
        found.update((int(values[0]), _row(values)) for values in execute(sql, {}))
    return [found[ident] for ident in ids if ident in found]


def snippets_by_id(
    execute: Execute, dialect: str, ids: Sequence[int], search: str
) -> dict[int, list[Snippet]]:
    """Where `search` matched each of `ids`, read from the full-text index."""
    words = search_words(search)
    if not ids or not words:
        return {}
    key = "rowid" if dialect == "sqlite" else "postmortem_id"
    columns = [search_field.column for search_field in FIELDS]
    sql = f"SELECT {key}, {', '.join(columns)} FROM {SEARCH_TABLE} WHERE {key} IN {_in(ids)}"
    return {
        int(ident): snippets_for(dict(zip(columns, texts, strict=True)), words)
        for ident, *texts in execute(sql, {})
    }


def search_library(execute: Execute, dialect: str, query: LibraryQuery) -> list[LibraryRow]:
    """Every post-mortem `query` selects, in its order."""
    return rows_by_id(execute, matching_ids(execute, dialect, query))


def search_hits(
    execute: Execute, dialect: str, query: LibraryQuery, limit: int | None = None
) -> list[SearchHit]:
    """The best `limit` post-mortems `query` selects, with their snippets."""
    ids = matching_ids(execute, dialect, query, limit)
    snippets = snippets_by_id(execute, dialect, ids, query.search)
    return [SearchHit(row, tuple(snippets.get(row.id, ()))) for row in rows_by_id(execute, ids)]


@dataclass(frozen=True)
class Facets:
    """The values the library's filters offer: what is in use, sorted."""

    tags: list[str]
    services: list[str]
    facilitators: list[str]


class LibraryReader:
    """Reads the library of one database connection (see `open_reader`)."""

    def __init__(self, execute: Execute, dialect: str) -> None:
        self.execute = execute
        self.dialect = dialect

    def ids(self, query: LibraryQuery) -> list[int]:
        return matching_ids(self.execute, self.dialect, query)

    def rows(self, ids: Sequence[int]) -> list[LibraryRow]:
        return rows_by_id(self.execute, ids)

    def snippets(self, ids: Sequence[int], search: str) -> dict[int, list[Snippet]]:
        return snippets_by_id(self.execute, self.dialect, ids, search)

    def facets(self) -> Facets:
        def names(column: str) -> list[str]:
            if self.dialect == "postgresql":
                source = f"postmortems AS p, json_array_elements_text(p.{column}) AS e(value)"
            else:
                source = f"postmortems AS p, json_each(p.{column}) AS e"
            rows = self.execute(f"SELECT DISTINCT e.value FROM {source}", {})
            return sorted((str(row[0]) for row in rows), key=str.casefold)

        facilitators = self.execute(
            "SELECT DISTINCT facilitator FROM postmortems WHERE facilitator <> ''", {}
        )
        return Facets(
            names("tags"),
            names("services"),
            sorted((str(row[0]) for row in facilitators), key=str.casefold),
        )


@contextmanager
def open_reader(db: Database) -> Iterator[LibraryReader]:
    """A reader on one short read-only connection to `db`."""
    path = db.sqlite_file
    if path is not None and not db.has_engine:
        from pmdesk.store.database import read_only_uri

        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            yield LibraryReader(connection.execute, "sqlite")
        finally:
            connection.close()
        return
    from sqlalchemy import text

    from pmdesk.store.engine import SQLITE_BEGIN

    # Only reads: never the write lock an SQLite engine takes by default.
    reading = db.engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"})
    with reading.connect() as engine_connection:

        def execute(sql: str, params: Mapping[str, Any]) -> Any:
            return engine_connection.execute(text(sql), dict(params))

        yield LibraryReader(execute, engine_connection.dialect.name)


def library_rows(db: Database, search: str | LibraryQuery = "") -> list[LibraryRow]:
    """The post-mortems in `db` that a search (or a whole query) selects, in its order."""
    query = search if isinstance(search, LibraryQuery) else LibraryQuery(search)
    with open_reader(db) as reader:
        return reader.rows(reader.ids(query))
