"""A team library on PostgreSQL: the same schema, migrations and interchange as SQLite."""

from __future__ import annotations

import io
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pmdesk.cli import run
from pmdesk.errors import UserFacingError
from pmdesk.models import TimelineEvent
from pmdesk.settings import Paths
from pmdesk.store import HEAD_REVISION, open_database
from pmdesk.store.interchange import dump_postmortem, load_postmortem
from pmdesk.store.library import library_rows
from pmdesk.store.queries import create_postmortem, find_postmortem


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
