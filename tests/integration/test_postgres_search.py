"""Full-text search on PostgreSQL: tsvector + GIN, stemmed in the post-mortem's language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pmdesk.models import ActionItem, Language, Lesson, LessonKind, TimelineEvent, WhyNode
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.library import LibraryFilter, LibraryQuery, library_rows, open_reader, search_hits
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
