"""Full-text search on PostgreSQL: tsvector + GIN, stemmed in the post-mortem's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pmdesk.models import ActionItem, Language, Lesson, LessonKind, TimelineEvent, WhyNode
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.library import (
    LibraryFilter,
    LibraryQuery,
    library_rows,
    matching_ids,
    open_reader,
    search_hits,
)
from pmdesk.store.queries import create_postmortem, find_postmortem
from tests.schema_rewind import rewind_schema


def keys(db: Database, search: str | LibraryQuery) -> list[str]:
    return [row.key for row in library_rows(db, search)]


def test_every_part_is_found_with_stemming_by_language(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            english = create_postmortem(
                session, "Replica failing over", summary="The pooler kept stale connections."
            )
            english.timeline_events = [
                TimelineEvent(
                    occurred_at=datetime(2026, 3, 1, tzinfo=UTC),
                    text="could not write pg_wal/xlogtemp",
                    author="marmot",
                    fingerprint="a",
                )
            ]
            english.why_nodes = [WhyNode(text="The narwhal job had no owner", is_root_cause=True)]
            english.action_items = [ActionItem(title="Add an axolotl alert")]
            english.lessons = [Lesson(kind=LessonKind.LUCKY, text="The pangolin was idle")]
            german = create_postmortem(
                session,
                "Ausfall der Datenbanken",
                summary="Die Verbindungen wurden nicht neu aufgebaut.",
                language=Language.DE,
                tags=["Zahlungen"],
            )
        assert german.key == "PM-0002"
        # English stemming: "failed" and "connection" find "failing" and "connections".
        assert keys(db, "failed connection") == ["PM-0001"]
        # German stemming: "Datenbank" finds "Datenbanken", "Verbindung" "Verbindungen".
        assert keys(db, "datenbank verbindung") == ["PM-0002"]
        # Parts of a word from its start, identifiers, every part of the post-mortem.
        for word in ("pool", "pg_wal", "marmot", "narwhal", "axolotl", "pangolin", "zahlung"):
            assert len(keys(db, word)) == 1, word
        with open_reader(db) as reader:
            (hit,) = search_hits(reader.execute, reader.dialect, LibraryQuery("axolotl"))
        assert [(s.location, s.marked()) for s in hit.snippets] == [
            ("Action item 1", "Add an [axolotl] alert")
        ]
        assert keys(db, LibraryQuery("", filters=LibraryFilter(tags=frozenset({"Zahlungen"})))) == [
            "PM-0002"
        ]

        with db.transaction() as session:
            find_postmortem(session, "PM-0001").action_items[0].title = "Add a gecko alert"
        assert keys(db, "axolotl") == []
        assert keys(db, "gecko") == ["PM-0001"]
        with db.transaction() as session:
            session.delete(find_postmortem(session, "PM-0002"))
        assert keys(db, "datenbank") == []
    finally:
        db.close()


def test_the_migration_indexes_an_existing_library_on_postgres(
    postgres_url: str, sample_document: dict[str, Any]
) -> None:
    db = open_database(postgres_url)
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    db.close()
    rewind_schema(postgres_url, "0006")
    upgraded = open_database(postgres_url)
    try:
        assert keys(upgraded, "xlogtemp") == ["PM-0001"]
        with upgraded.engine.connect() as connection:
            plan = "\n".join(
                row[0]
                for row in connection.execute(
                    text(
                        "EXPLAIN SELECT postmortem_id FROM search_index "
                        "WHERE document @@ to_tsquery('english', 'pooler:*')"
                    )
                )
            )
        assert "ix_search_index_document" in plan or "Seq Scan" in plan
    finally:
        upgraded.close()


def test_the_library_window_searches_a_postgres_library(
    postgres_url: str, sample_document: dict[str, Any], qtbot: QtBot, tmp_path: Path
) -> None:
    from pmdesk.settings import Paths
    from pmdesk.ui.main_window import MainWindow

    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            load_postmortem(session, sample_document)
            create_postmortem(session, "Cache stampede after deploy")
        window = MainWindow(db, Paths(tmp_path / "d", tmp_path / "c", tmp_path / "l"))
        qtbot.addWidget(window)
        window.show()
        qtbot.keyClicks(window.search, "reloads")  # stemmed: "reload" in the root cause
        qtbot.waitUntil(lambda: not window.is_searching, timeout=3000)
        assert window.model.rowCount() == 1
        assert window.model.index(0, 0).data() == "PM-0001"
        assert str(window.model.index(0, 2).data()).startswith(("Summary: ", "Root cause"))
        window.close()
    finally:
        db.close()


def fill_ranked(db: Database) -> dict[str, str]:
    """Post-mortems that all mention "replication", each in another part; their keys."""
    event = TimelineEvent(
        occurred_at=datetime(2026, 3, 1, tzinfo=UTC), text="replication noise", fingerprint="x"
    )
    with db.transaction() as session:
        older_timeline = create_postmortem(session, "Checkout errors")
        older_timeline.timeline_events = [event]
        title = create_postmortem(session, "Replication lag on the orders database")
        summary = create_postmortem(session, "Slow orders", summary="Replication fell behind.")
        cause = create_postmortem(session, "Stale reads")
        cause.why_nodes = [WhyNode(text="Replication had no alert", is_root_cause=True)]
        newer_timeline = create_postmortem(session, "Cart errors")
        newer_timeline.timeline_events = [
            TimelineEvent(occurred_at=event.occurred_at, text=event.text, fingerprint="y")
        ]
        german = create_postmortem(session, "Replikation hing", language=Language.DE)
        create_postmortem(session, "Nothing to do with it")
    return {
        "title": title.key,
        "summary": summary.key,
        "cause": cause.key,
        "older timeline": older_timeline.key,
        "newer timeline": newer_timeline.key,
        "german": german.key,
    }


def test_matches_rank_by_where_the_word_is_and_come_from_the_index(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        found = fill_ranked(db)
        # The title weighs most, then the summary and the root causes (as much as each
        # other: the newer post-mortem first); a match only in the timeline ranks last.
        assert keys(db, "replication") == [
            found["title"],
            found["cause"],
            found["summary"],
            found["newer timeline"],
            found["older timeline"],
        ]
        assert keys(db, "replikation") == [found["german"]]

        # A word in every post-mortem is answered by each language's index: no row's
        # whole document is read back to test or rank it.
        plans: list[str] = []
        with db.engine.connect() as connection:

            def explaining(sql: str, params: Mapping[str, Any]) -> Any:
                if sql.startswith("SELECT hit.id"):
                    plan = connection.execute(text("EXPLAIN " + sql), dict(params))
                    plans.append("\n".join(row[0] for row in plan))
                return connection.execute(text(sql), dict(params))

            ids = matching_ids(explaining, "postgresql", LibraryQuery("replication"))
            assert len(ids) == 5
            # The planner is left as it was for what the connection runs next.
            setting = connection.execute(text("SHOW enable_seqscan")).scalar()
        (plan,) = plans
        assert "Seq Scan" not in plan
        assert "ix_search_index_english" in plan
        assert "ix_search_index_german" in plan
        assert setting == "on"
    finally:
        db.close()


def test_the_ranking_migration_keeps_an_existing_library_searchable(
    postgres_url: str, sample_document: dict[str, Any]
) -> None:
    db = open_database(postgres_url)
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    found = fill_ranked(db)
    db.close()
    # As a library written before the ranking vector existed.
    rewind_schema(postgres_url, "0010")

    upgraded = open_database(postgres_url)
    try:
        assert keys(upgraded, "xlogtemp") == ["PM-0001"]
        assert keys(upgraded, "pgbouncer reload") == ["PM-0001"]
        assert keys(upgraded, "replication")[:3] == [
            found["title"],
            found["cause"],
            found["summary"],
        ]
        with upgraded.transaction() as session:
            find_postmortem(session, found["cause"]).title = "Replication stalled"
        assert keys(upgraded, "replication")[:2] == [found["cause"], found["title"]]
    finally:
        upgraded.close()
