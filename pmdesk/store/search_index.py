"""Keeping the full-text index (see `pmdesk.store.search`) in step with the data.

The index row of a post-mortem is rebuilt from the stored tables in the transaction
that wrote them: the session's flush hooks (pmdesk.store.engine) call
`refresh_search_index` for every post-mortem a flush touched, so an edit, an undo, a
load or a delete is findable (or gone) the moment it is committed, and never when it
is rolled back. The migration that adds the index and the benchmark's bulk inserts
rebuild it for every post-mortem the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, text

from pmdesk.store.search import FIELDS, LANGUAGE_BRANCHES, SEARCH_TABLE, SearchField

__all__ = [
    "create_ranking_vector",
    "create_search_index",
    "drop_ranking_vector",
    "drop_search_index",
    "refresh_search_index",
]

# (table, column) indexes the library needs. Rebuilding one post-mortem's row on every
# save reads its parts: without them each save scanned the whole of every table (50 ms
# in a library of 10,000). The library lists newest first without sorting every row.
_LIBRARY_INDEXES = (
    ("why_nodes", "postmortem_id"),
    ("action_items", "postmortem_id"),
    ("lessons", "postmortem_id"),
    ("contributing_factors", "postmortem_id"),
    ("postmortems", "created_at"),
)

_COLUMNS = [field.column for field in FIELDS]
_DOCUMENT_INDEX = f"CREATE INDEX ix_{SEARCH_TABLE}_document ON {SEARCH_TABLE} USING GIN (document)"
# A batch of post-mortems read and written at once when the whole index is rebuilt.
_BATCH = 500


def create_search_index(connection: Connection) -> None:
    """Create the (empty) index: an FTS5 table on SQLite, a tsvector + GIN on PostgreSQL;
    and the indexes that find a post-mortem's parts."""
    for table, column in _LIBRARY_INDEXES:
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_{table}_{column} ON {table} ({column})"
        )
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
            f"{', '.join(_COLUMNS)}, tokenize = 'trigram')"
        )
        return
    connection.exec_driver_sql(
        f"CREATE TABLE {SEARCH_TABLE} ("
        "postmortem_id INTEGER PRIMARY KEY REFERENCES postmortems (id) ON DELETE CASCADE, "
        "language VARCHAR(8) NOT NULL, "
        + "".join(f"{column} TEXT NOT NULL DEFAULT '', " for column in _COLUMNS)
        + f"document tsvector GENERATED ALWAYS AS ({_by_language(_weighted_vector)}) STORED)"
    )
    connection.exec_driver_sql(_DOCUMENT_INDEX)


def _rank(weight: float) -> str:
    # The four ranks PostgreSQL knows, from the fields' weights.
    return "A" if weight >= 5 else "B" if weight >= 2 else "C" if weight > 1 else "D"


def _stemmed(config: str, fields: Iterable[SearchField]) -> str:
    return " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, {field.column}), '{_rank(field.weight)}')"
        for field in fields
    )


def _weighted_vector(config: str) -> str:
    # The parser keeps a path or a host name ("pg_wal/xlogtemp.3187") as one token:
    # every run of letters and digits is indexed on its own too, as written.
    every_text = " || ' ' || ".join(field.column for field in FIELDS)
    pieces = (
        f"to_tsvector('simple'::regconfig, regexp_replace({every_text}, '[^[:alnum:]]+', ' ', 'g'))"
    )
    return f"{_stemmed(config, FIELDS)} || setweight({pieces}, 'D')"


def _by_language(vector: Callable[[str], str]) -> str:
    return f"CASE WHEN language = 'de' THEN {vector('german')} ELSE {vector('english')} END"


def create_ranking_vector(connection: Connection) -> None:
    """Add the small vector PostgreSQL ranks matches by (see `search.match_sql`), and
    split the GIN index of `document` by language.

    `document` matches every part, but it is some 6 KB a post-mortem, stored out of
    line: ranking ten thousand matches by it read each one back (100-270 ms for a
    word found everywhere). The ranking vector holds only the fields that weigh more
    than the rest (key, title, summary, root causes, actions, tags, services…), about
    1.3 KB, kept in the row itself (STORAGE MAIN), so ranking reads no more than the
    row. A match only in the timeline, the whys or the lessons ranks below every match
    in those fields, among equals newest first.

    A query has one branch a language; with one index a language, a match the index
    cannot settle alone (a phrase such as "pg_wal") is checked once, not once a branch.
    """
    if connection.dialect.name != "postgresql":
        return  # FTS5's bm25 ranks by the index itself
    ranked = [field for field in FIELDS if _rank(field.weight) != "D"]
    # One statement: the table is rewritten once, with the new column already inline.
    connection.exec_driver_sql(
        f"ALTER TABLE {SEARCH_TABLE} "
        "ADD COLUMN ranking tsvector GENERATED ALWAYS AS "
        f"({_by_language(lambda config: _stemmed(config, ranked))}) STORED, "
        "ALTER COLUMN ranking SET STORAGE MAIN"
    )
    for config, language in LANGUAGE_BRANCHES:
        connection.exec_driver_sql(
            f"CREATE INDEX ix_{SEARCH_TABLE}_{config} ON {SEARCH_TABLE} "
            f"USING GIN (document) WHERE {language}"
        )
    connection.exec_driver_sql(f"DROP INDEX ix_{SEARCH_TABLE}_document")


def drop_ranking_vector(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    connection.exec_driver_sql(_DOCUMENT_INDEX)
    for config, _language in LANGUAGE_BRANCHES:
        connection.exec_driver_sql(f"DROP INDEX ix_{SEARCH_TABLE}_{config}")
    connection.exec_driver_sql(f"ALTER TABLE {SEARCH_TABLE} DROP COLUMN ranking")


def drop_search_index(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    for table, column in _LIBRARY_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{table}_{column}")


def refresh_search_index(connection: Connection, ids: Collection[int] | None = None) -> None:
    """Rebuild the index rows of the post-mortems `ids` (all when None) from the tables.

    A post-mortem that no longer exists loses its row.
    """
    if ids is None:
        every = [row[0] for row in connection.execute(text("SELECT id FROM postmortems"))]
        _delete_rows(connection, None)
        for start in range(0, len(every), _BATCH):
            _write_rows(connection, every[start : start + _BATCH])
        return
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start : start + _BATCH]
        _delete_rows(connection, batch)
        _write_rows(connection, batch)


def _in(ids: Sequence[int]) -> str:
    # Integer ids only, never text: inlined so that one statement serves any batch.
    return "(" + ", ".join(str(int(ident)) for ident in ids) + ")"


def _delete_rows(connection: Connection, ids: Sequence[int] | None) -> None:
    key = "rowid" if connection.dialect.name == "sqlite" else "postmortem_id"
    where = "" if ids is None else f" WHERE {key} IN {_in(ids)}"
    connection.execute(text(f"DELETE FROM {SEARCH_TABLE}{where}"))


def _one_line(value: Any) -> str:
    # One line per item: the line number tells which item matched.
    return " ".join(str(value or "").split())


def _lines(rows: Iterable[Sequence[Any]]) -> dict[int, list[str]]:
    by_postmortem: dict[int, list[str]] = defaultdict(list)
    for postmortem_id, *parts in rows:
        line = " — ".join(_one_line(part) for part in parts if _one_line(part))
        by_postmortem[int(postmortem_id)].append(line)
    return by_postmortem


def _names(value: Any) -> list[str]:
    import json

    names = json.loads(value) if isinstance(value, str) else value
    return [_one_line(name) for name in names or ()]


def _write_rows(connection: Connection, ids: Sequence[int]) -> None:
    if not ids:
        return
    where = f"WHERE postmortem_id IN {_in(ids)}"

    def lines(sql: str) -> dict[int, list[str]]:
        return _lines(connection.execute(text(sql)))

    timeline = lines(
        "SELECT postmortem_id, author, text FROM timeline_events "
        f"{where} ORDER BY postmortem_id, occurred_at, id"
    )
    whys = lines(
        "SELECT postmortem_id, text FROM why_nodes "
        f"{where} AND NOT is_root_cause ORDER BY postmortem_id, parent_id, position, id"
    )
    root_causes = lines(
        "SELECT postmortem_id, text, category FROM why_nodes "
        f"{where} AND is_root_cause ORDER BY postmortem_id, parent_id, position, id"
    )
    actions = lines(
        "SELECT postmortem_id, title, description, owner FROM action_items "
        f"{where} ORDER BY postmortem_id, position, id"
    )
    lessons = lines(
        f"SELECT postmortem_id, text FROM lessons {where} ORDER BY postmortem_id, position, id"
    )
    factors = lines(
        "SELECT postmortem_id, text FROM contributing_factors "
        f"{where} ORDER BY postmortem_id, position, id"
    )
    documents = []
    for row in connection.execute(
        text(
            "SELECT id, language, key, title, summary, customer_impact, facilitator, tags, "
            f"services FROM postmortems WHERE id IN {_in(ids)}"
        )
    ):
        ident, language, key, title, summary, impact, facilitator, tags, services = row
        parts = {
            "key": key,
            "title": _one_line(title),
            "summary": _one_line(summary),
            "impact": _one_line(impact),
            "root_causes": root_causes.get(ident, []),
            "whys": whys.get(ident, []),
            "factors": factors.get(ident, []),
            "actions": actions.get(ident, []),
            "lessons": lessons.get(ident, []),
            "timeline": timeline.get(ident, []),
            "tags": _names(tags),
            "services": _names(services),
            "facilitator": _one_line(facilitator),
        }
        document = {
            column: "\n".join(value) if isinstance(value, list) else str(value or "")
            for column, value in parts.items()
        }
        documents.append({"id": ident, "language": language, **document})
    if not documents:
        return
    names = ", ".join(_COLUMNS)
    values = ", ".join(f":{column}" for column in _COLUMNS)
    if connection.dialect.name == "sqlite":
        sql = f"INSERT INTO {SEARCH_TABLE} (rowid, {names}) VALUES (:id, {values})"
    else:
        sql = (
            f"INSERT INTO {SEARCH_TABLE} (postmortem_id, language, {names}) "
            f"VALUES (:id, :language, {values})"
        )
    connection.execute(text(sql), documents)
