"""A team library on PostgreSQL: the same schema, migrations and interchange as SQLite."""

from __future__ import annotations

import io
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pmdesk.cli import run
from pmdesk.domain.edits import SetValue
from pmdesk.errors import UserFacingError
from pmdesk.models import TimelineEvent
from pmdesk.settings import Paths
from pmdesk.store import HEAD_REVISION, Database, open_database
from pmdesk.store.interchange import dump_postmortem, load_postmortem
from pmdesk.store.library import library_rows
from pmdesk.store.merge import Choice
from pmdesk.store.publications import publish
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, history
from pmdesk.ui.document import PostmortemDocument


def test_migrations_create_the_schema_on_postgres(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        assert db.is_new
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
    finally:
        db.close()
    again = open_database(postgres_url)
    assert not again.is_new
    again.close()


def test_the_sample_round_trips_exactly_through_postgres(
    postgres_url: str, sample_document: dict[str, Any]
) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            load_postmortem(session, sample_document)
        with db.transaction() as session:
            assert dump_postmortem(find_postmortem(session, "PM-0001")) == sample_document
        rows = library_rows(db)
        assert [(row.key, row.verdict, row.severity) for row in rows] == [
            ("PM-0001", "mandatory", 2)
        ]
        assert rows[0].created_at == datetime(2026, 10, 14, 11, 10, tzinfo=UTC)
        # The search reads tags and services, which PostgreSQL hands back as lists.
        assert [row.key for row in library_rows(db, "PGBOUNCER Failover")] == ["PM-0001"]
        assert library_rows(db, "zeppelin") == []
    finally:
        db.close()


def test_versions_bump_and_constraints_hold_on_postgres(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            pm = create_postmortem(session, "Replica lag")
            start = pm.version
        with db.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            pm.timeline_events.append(
                TimelineEvent(
                    occurred_at=datetime(2026, 3, 1, 12, tzinfo=UTC),
                    text="lag 30 s",
                    fingerprint="a",
                )
            )
        with db.transaction() as session:
            assert find_postmortem(session, "PM-0001").version == start + 1
        with db.sessions() as session:
            pm = find_postmortem(session, "PM-0001")
            pm.timeline_events.append(
                TimelineEvent(
                    occurred_at=datetime(2026, 3, 1, 12, tzinfo=UTC), text="dup", fingerprint="a"
                )
            )
            with pytest.raises(IntegrityError, match="uq_timeline_events_fingerprint"):
                session.flush()
    finally:
        db.close()


def test_the_cli_works_against_postgres(postgres_url: str, paths: Paths) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(
            ["--database", postgres_url, "new", "--title", "Shared library"],
            paths=paths,
            stdout=out,
            stderr=err,
        )
        == 0
    )
    out = io.StringIO()
    assert (
        run(["--database", postgres_url, "list", "--json"], paths=paths, stdout=out, stderr=err)
        == 0
    )
    assert [item["title"] for item in json.loads(out.getvalue())] == ["Shared library"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        # PostgreSQL cannot store NUL in text; SQLite can, so only the check stops it here.
        ("summary", "before\x00after", "summary: must be text without NUL characters"),
        # psycopg would send "2" as text and PostgreSQL would refuse it for an integer column.
        ("severity", "2", 'severity: must be a whole number or null, not "2"'),
    ],
)
def test_the_cli_refuses_what_postgres_cannot_store_without_a_traceback(
    postgres_url: str,
    paths: Paths,
    tmp_path: Path,
    sample_document: dict[str, Any],
    field: str,
    value: str,
    message: str,
) -> None:
    def load(path: Path) -> tuple[int, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--database", postgres_url, "load", str(path)]
        return run(argv, paths=paths, stdout=out, stderr=err), err.getvalue()

    stored = tmp_path / "stored.json"
    stored.write_text(json.dumps(sample_document), encoding="utf-8")
    assert load(stored) == (0, "")
    kept = (sample_document["postmortem"]["summary"], sample_document["postmortem"]["severity"])
    hostile = tmp_path / "hostile.json"
    sample_document["postmortem"][field] = value
    hostile.write_text(json.dumps(sample_document), encoding="utf-8")

    status, err = load(hostile)

    assert status == 2
    assert err.startswith(f"pmdesk: {message}")
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert (pm.summary, pm.severity) == kept
    finally:
        db.close()


def test_a_newer_schema_on_postgres_is_refused(postgres_url: str) -> None:
    open_database(postgres_url).close()
    db = open_database(postgres_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(UserFacingError, match="newer version of pmdesk"):
        open_database(postgres_url)


def test_keys_are_never_reused_and_never_shared_on_postgres(postgres_url: str) -> None:
    db = open_database(postgres_url)
    try:
        for title in ("Queue backlog", "Disk full"):
            with db.transaction() as session:
                create_postmortem(session, title)
        with db.transaction() as session:
            session.delete(find_postmortem(session, "PM-0002"))

        # Two people add a post-mortem at the same moment: the second waits for the
        # first's transaction and gets the next key, not the same one.
        first = db.sessions()
        first.begin()
        assert create_postmortem(first, "Certificate expiry").key == "PM-0003"
        keys: list[str] = []

        def second() -> None:
            with db.transaction() as session:
                keys.append(create_postmortem(session, "Replica lag").key)

        waiting = threading.Thread(target=second)
        waiting.start()
        waiting.join(timeout=0.5)
        assert waiting.is_alive()  # held by the first transaction's lock on the counter
        first.commit()
        first.close()
        waiting.join(timeout=10)
        assert keys == ["PM-0004"]
    finally:
        db.close()


# --- several people on one team database ------------------------------------------------


def _open_twice(db: Database, key: str) -> tuple[PostmortemDocument, PostmortemDocument]:
    with db.reading() as session:
        postmortem_id = find_postmortem(session, key).id
    documents = (PostmortemDocument(db, postmortem_id), PostmortemDocument(db, postmortem_id))
    for document, author in zip(documents, ("Lena", "Ben"), strict=True):
        document.session.info[AUTHOR_KEY] = author
    return documents


def test_two_windows_on_postgres_merge_other_fields_and_ask_about_the_same_one(
    qtbot: QtBot, postgres_url: str, sample_document: dict[str, Any]
) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            load_postmortem(session, sample_document)
        lena, ben = _open_twice(db, "PM-0001")
        lena.push(SetValue(lena.postmortem, "title", "Lena's title"))
        ben.push(SetValue(ben.postmortem, "customer_impact", "Ben's impact"))
        assert lena.save()
        assert ben.save()
        assert ben.postmortem.title == "Lena's title"

        lena.push(SetValue(lena.postmortem, "summary", "Lena's summary"))
        ben.push(SetValue(ben.postmortem, "summary", "Ben's summary"))
        assert lena.save()
        with qtbot.waitSignal(ben.conflicts_found):
            assert not ben.save()
        (conflict,) = ben.conflicts
        assert (conflict.mine, conflict.theirs, conflict.authors) == (
            "Ben's summary",
            "Lena's summary",
            ("Lena",),
        )
        ben.resolve([(conflict, Choice.KEEP_MINE, None)])
        assert ben.save()
        with db.reading() as session:
            pm = find_postmortem(session, "PM-0001")
            assert (pm.title, pm.customer_impact, pm.summary) == (
                "Lena's title",
                "Ben's impact",
                "Ben's summary",
            )
            assert [r.author for r in history(session, pm.id)[:4]] == ["Ben", "Lena", "Ben", "Lena"]
        for document in (lena, ben):
            document.session.close()
    finally:
        db.close()


def test_a_save_on_postgres_waits_for_one_in_progress_and_merges_it(
    qtbot: QtBot, postgres_url: str
) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            create_postmortem(session, "Replica lag")
        (window, _unused) = _open_twice(db, "PM-0001")
        window.push(SetValue(window.postmortem, "summary", "Typed meanwhile"))
        # Someone saves the title at this very moment; their transaction is open.
        other = db.sessions()
        other.begin()
        find_postmortem(other, "PM-0001").title = "Replica lag on db-02"
        other.flush()
        committer = threading.Timer(0.5, other.commit)
        committer.start()
        assert window.save()  # it waited for the other save, then merged it
        committer.join()
        other.close()
        with db.reading() as session:
            pm = find_postmortem(session, "PM-0001")
            assert (pm.title, pm.summary) == ("Replica lag on db-02", "Typed meanwhile")
        assert window.postmortem.title == "Replica lag on db-02"
        window.session.close()
        _unused.session.close()
    finally:
        db.close()


def test_a_stale_load_on_postgres_merges_or_refuses_and_keeps_the_history(
    postgres_url: str, sample_document: dict[str, Any]
) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            load_postmortem(session, sample_document)
        with db.reading() as session:
            dumped = dump_postmortem(find_postmortem(session, "PM-0001"))
        with db.transaction() as session:
            publish(
                session,
                find_postmortem(session, "PM-0001"),
                formats=["md"],
                profile="internal",
                content_hash="a" * 64,
            )
        lena = json.loads(json.dumps(dumped))
        lena["postmortem"]["title"] = "Lena's title"
        ben = json.loads(json.dumps(dumped))
        ben["postmortem"]["summary"] = "Ben's summary"
        for document in (lena, ben):
            with db.transaction() as session:
                load_postmortem(session, document)
        clash = json.loads(json.dumps(dumped))
        clash["postmortem"]["title"] = "A third title"
        with (
            pytest.raises(UserFacingError, match="in the same thing the file changes: Title"),
            db.transaction() as session,
        ):
            load_postmortem(session, clash)
        with db.reading() as session:
            pm = find_postmortem(session, "PM-0001")
            assert (pm.title, pm.summary) == ("Lena's title", "Ben's summary")
            assert [p.version for p in pm.publications] == [1]
            fields = [c.get("field") for r in history(session, pm.id) for c in r.changes]
            assert {"title", "summary", "status"} <= set(fields)
    finally:
        db.close()
