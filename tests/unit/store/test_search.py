"""Full-text search over every part of every post-mortem (SQLite; PostgreSQL in
tests/integration/test_postgres_search.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from pmdesk.domain.edits import RemoveItem, SetValue
from pmdesk.models import (
    ActionItem,
    ActionStatus,
    ContributingFactor,
    Lesson,
    LessonKind,
    TimelineEvent,
    WhyNode,
)
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.library import (
    LibraryFilter,
    LibraryQuery,
    Sort,
    library_rows,
    open_reader,
    search_hits,
)
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.search import snippets_for
from tests.schema_rewind import rewind_schema


def keys(db: Database, search: str | LibraryQuery) -> list[str]:
    return [row.key for row in library_rows(db, search)]


def locations(db: Database, search: str) -> dict[str, list[str]]:
    with open_reader(db) as reader:
        hits = search_hits(reader.execute, reader.dialect, LibraryQuery(search))
    return {hit.row.key: [snippet.location for snippet in hit.snippets] for hit in hits}


def fill_every_part(db: Database) -> None:
    """PM-0001 holds one word of its own in each part; PM-0002 is unrelated."""
    with db.transaction() as session:
        pm = create_postmortem(
            session,
            "Quokka outage",
            summary="The wombat summary.",
            customer_impact="Customers saw a platypus page.",
            facilitator="Dana Echidna",
            tags=["kestrel"],
            services=["ledger-heron"],
        )
        pm.timeline_events = [
            TimelineEvent(
                occurred_at=datetime(2026, 3, 1, 12, tzinfo=UTC),
                text="pg_wal filled the disk",
                author="marmot.oncall",
                fingerprint="a",
            )
        ]
        cause = WhyNode(text="The narwhal job had no owner", is_root_cause=True)
        pm.why_nodes = [WhyNode(text="Why did the ocelot stall?", children=[cause]), cause]
        pm.action_items = [ActionItem(title="Add an axolotl alert", description="for the gecko")]
        pm.lessons = [Lesson(kind=LessonKind.LUCKY, text="The pangolin was idle")]
        pm.contributing_factors = [ContributingFactor(text="A tapir runbook was stale")]
        create_postmortem(session, "Unrelated cache stampede")


def test_every_part_of_a_post_mortem_is_found_and_says_where(db: Database) -> None:
    fill_every_part(db)
    expected = {
        "quokka": "Title",
        "wombat": "Summary",
        "platypus": "Customer impact",
        "echidna": "Facilitator",
        "kestrel": "Tag 1",
        "heron": "Service 1",
        "disk": "Timeline event 1",
        "marmot": "Timeline event 1",  # the event's author
        "ocelot": "Why 1",
        "narwhal": "Root cause 1",
        "axolotl": "Action item 1",
        "gecko": "Action item 1",  # the action's description
        "pangolin": "Lesson 1",
        "tapir": "Contributing factor 1",
        "pm-0001": "Key",
    }
    for word, where in expected.items():
        assert locations(db, word) == {"PM-0001": [where]}, word


def test_parts_of_words_identifiers_and_any_case_match(db: Database) -> None:
    fill_every_part(db)
    assert keys(db, "pg_wal") == ["PM-0001"]
    assert keys(db, "PG_WA") == ["PM-0001"]
    assert keys(db, "xolot") == ["PM-0001"]
    assert keys(db, "CACHE stamp") == ["PM-0002"]
    # Every word must occur, each anywhere in the post-mortem.
    assert keys(db, "quokka tapir") == ["PM-0001"]
    assert keys(db, "quokka stampede") == []
    # Words shorter than a trigram still match, and quotes are no syntax.
    assert keys(db, 'pg "wal"') == ["PM-0001"]
    assert keys(db, "zq") == []


def test_a_match_in_the_title_ranks_above_one_in_the_timeline(db: Database) -> None:
    with db.transaction() as session:
        title_match = create_postmortem(session, "Replication lag on the orders database")
        timeline_match = create_postmortem(session, "Checkout errors")
        timeline_match.timeline_events = [
            TimelineEvent(
                occurred_at=datetime(2026, 3, 1, tzinfo=UTC),
                text="some replication noise",
                fingerprint="x",
            )
        ]
        create_postmortem(session, "Nothing to do with it")
    assert keys(db, "replication") == [title_match.key, timeline_match.key]
    # Without a search: newest first.
    assert keys(db, "") == ["PM-0003", "PM-0002", "PM-0001"]


def test_snippets_cut_long_text_around_the_match_and_mark_every_word() -> None:
    long_line = "lorem ipsum " * 30 + "the pooler kept stale connections " + "dolor sit " * 30
    (snippet,) = snippets_for({"summary": long_line, "title": "Pooler trouble"}, ["stale"])
    assert snippet.location == "Summary"
    assert snippet.cut_before
    assert snippet.cut_after
    assert "[stale]" in snippet.marked()
    assert len(snippet.text) <= 120
    (both,) = snippets_for({"summary": long_line, "title": "Pooler trouble"}, ["pooler", "stale"])
    assert "[pooler] kept [stale]" in both.marked()
    # The title shows "pooler"; the summary adds "stale"; nothing repeats.
    two = snippets_for({"summary": long_line, "title": "Pooler trouble"}, ["trouble", "stale"])
    assert [s.location for s in two] == ["Title", "Summary"]
    assert two[0].marked() == "Pooler [trouble]"


def test_the_index_follows_edits_undo_and_deletes(db: Database) -> None:
    fill_every_part(db)
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        SetValue(pm.lessons[0], "text", "The capybara was idle").apply()
    assert keys(db, "pangolin") == []
    assert keys(db, "capybara") == ["PM-0001"]

    with db.sessions() as session:
        pm = find_postmortem(session, "PM-0001")
        undo = RemoveItem(pm, "action_items", pm.action_items[0]).apply()
        session.commit()
        assert keys(db, "axolotl") == []
        undo.apply()  # the removed action comes back, as Undo does it
        session.commit()
    assert keys(db, "axolotl") == ["PM-0001"]

    with db.transaction() as session:
        session.delete(find_postmortem(session, "PM-0001"))
    assert keys(db, "quokka") == []
    with open_reader(db) as reader:
        assert list(reader.execute("SELECT count(*) FROM search_index", {})) == [(1,)]


def test_what_a_rolled_back_transaction_wrote_is_not_found(db: Database) -> None:
    session = db.sessions()
    with session.begin():
        create_postmortem(session, "Jabberwock incident")
        session.flush()
        session.rollback()
    session.close()
    assert keys(db, "jabberwock") == []


def test_a_loaded_post_mortem_is_found_by_its_timeline(
    db: Database, sample_document: dict[str, Any]
) -> None:
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    assert locations(db, "xlogtemp") == {"PM-0001": ["Timeline event 2"]}


def test_the_migration_indexes_an_existing_library(
    paths: Paths, sample_document: dict[str, Any]
) -> None:
    db = open_database(paths.database_url, backups_dir=paths.backups_dir)
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    db.close()
    # As a library written before the index existed.
    rewind_schema(paths.database_url, "0006")

    upgraded = open_database(paths.database_url, backups_dir=paths.backups_dir)
    try:
        assert keys(upgraded, "xlogtemp") == ["PM-0001"]
        assert keys(upgraded, "pgbouncer reload") == ["PM-0001"]
    finally:
        upgraded.close()


def test_an_upgrade_to_the_ranking_vector_keeps_the_library_searchable(
    paths: Paths, sample_document: dict[str, Any]
) -> None:
    # 0011 adds PostgreSQL's ranking vector; an SQLite library is searched as before.
    db = open_database(paths.database_url, backups_dir=paths.backups_dir)
    with db.transaction() as session:
        load_postmortem(session, sample_document)
        create_postmortem(session, "Quokka outage")
    db.close()
    rewind_schema(paths.database_url, "0010")

    upgraded = open_database(paths.database_url, backups_dir=paths.backups_dir)
    try:
        assert keys(upgraded, "xlogtemp") == ["PM-0001"]
        assert keys(upgraded, "quokka") == ["PM-0002"]
    finally:
        upgraded.close()


def test_filters_and_sorting(db: Database) -> None:
    with db.transaction() as session:
        first = create_postmortem(
            session,
            "Alpha",
            severity=1,
            facilitator="Ana",
            tags=["network"],
            incident_start=datetime(2026, 1, 10, 8, tzinfo=UTC),
        )
        first.action_items = [ActionItem(title="fix", status=ActionStatus.OPEN)]
        second = create_postmortem(
            session,
            "beta",
            severity=3,
            facilitator="Ben",
            services=["billing"],
            incident_start=datetime(2026, 2, 20, 8, tzinfo=UTC),
        )
        second.action_items = [ActionItem(title="fix", status=ActionStatus.DONE)]
        create_postmortem(session, "Gamma")

    def filtered(**parts: Any) -> list[str]:
        return [row.title for row in library_rows(db, LibraryQuery(filters=LibraryFilter(**parts)))]

    assert filtered(severities=frozenset({1, 2})) == ["Alpha"]
    assert filtered(tags=frozenset({"network"})) == ["Alpha"]
    assert filtered(services=frozenset({"billing"})) == ["beta"]
    assert filtered(facilitator="Ben") == ["beta"]
    assert filtered(has_open_actions=True) == ["Alpha"]
    assert filtered(has_open_actions=False) == ["Gamma", "beta"]
    assert filtered(since=date(2026, 2, 1), until=date(2026, 2, 20)) == ["beta"]
    assert filtered(statuses=frozenset({"draft"}), verdicts=frozenset({""})) == [
        "Gamma",
        "beta",
        "Alpha",
    ]
    assert filtered(statuses=frozenset({"published"})) == []

    def sorted_by(sort: Sort, descending: bool = False) -> list[str]:
        return [
            row.title
            for row in library_rows(db, LibraryQuery("", sort=sort, descending=descending))
        ]

    assert sorted_by(Sort.TITLE) == ["Alpha", "beta", "Gamma"]  # not by case
    assert sorted_by(Sort.SEVERITY) == ["Alpha", "beta", "Gamma"]  # none last
    assert sorted_by(Sort.KEY, descending=True) == ["Gamma", "beta", "Alpha"]

    with open_reader(db) as reader:
        facets = reader.facets()
    assert (facets.tags, facets.services, facets.facilitators) == (
        ["network"],
        ["billing"],
        ["Ana", "Ben"],
    )
