"""Storing imports: idempotent re-import, cross-source duplicates, removal per import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmdesk.importers import ImportedEvent, ImportOptions, ImportResult, import_path
from pmdesk.importers.store import add_imported_events, remove_import
from pmdesk.models import ImportBatch, Postmortem, TimelineEvent
from pmdesk.store import build_engine, create_schema

from .conftest import DATA


@pytest.fixture
def session() -> Iterator[Session]:
    engine = build_engine("sqlite://")
    create_schema(engine)
    with Session(engine) as session, session.begin():
        yield session
    engine.dispose()


def _count(session: Session, postmortem: Postmortem) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(TimelineEvent)
            .where(TimelineEvent.postmortem_id == postmortem.id)
        )
        or 0
    )


def test_add_and_reimport_is_idempotent(session: Session) -> None:
    postmortem = Postmortem(key="PM-1", title="DB failover")
    session.add(postmortem)
    result = import_path(DATA / "slack_export", ImportOptions())
    batch = add_imported_events(
        session, postmortem, result, source_label="slack export", file_name="slack_export"
    )
    session.flush()
    assert batch.event_count == len(result.events) == 8
    assert batch.format == "slack"
    assert _count(session, postmortem) == 8
    stored = session.scalars(
        select(TimelineEvent).where(TimelineEvent.original_time == "1686751502.118204")
    ).one()
    assert stored.occurred_at == result.events[1].time_utc
    assert stored.source == "slack #inc-db-failover"
    assert stored.import_batch is batch

    again = add_imported_events(
        session, postmortem, result, source_label="slack export", file_name="slack_export"
    )
    session.flush()
    assert again.event_count == 0
    assert len(result.events) - again.event_count == 8
    assert _count(session, postmortem) == 8


def test_cross_source_duplicate_is_not_doubled(session: Session, tmp_path: Path) -> None:
    postmortem = Postmortem(key="PM-2")
    session.add(postmortem)
    journal = import_path(DATA / "journal.json", ImportOptions())
    add_imported_events(session, postmortem, journal, source_label="journal", file_name="j")
    syslog_path = tmp_path / "s.log"
    syslog_path.write_text(
        "Jun 14 16:05:02 db-01 postgres[2291]: FATAL:  the database system is shutting down\n"
        "Jun 14 16:05:09 db-01 postgres[2291]: LOG:  database system is shut down\n"
    )
    syslog = import_path(syslog_path, ImportOptions(tz="Europe/Berlin", reference_year=2023))
    batch = add_imported_events(session, postmortem, syslog, source_label="syslog", file_name="s")
    session.flush()
    assert batch.event_count == 1
    assert _count(session, postmortem) == 4
    assume = session.scalars(
        select(TimelineEvent).where(TimelineEvent.import_batch_id == batch.id)
    ).one()
    assert "zone_assumed" in assume.flags
    assert assume.source_zone == "Europe/Berlin"


def test_same_file_into_two_postmortems(session: Session) -> None:
    first, second = Postmortem(key="PM-3"), Postmortem(key="PM-4")
    session.add_all([first, second])
    result = import_path(DATA / "pagerduty_log_entries.json", ImportOptions())
    add_imported_events(session, first, result, source_label="pd", file_name="pd.json")
    batch = add_imported_events(session, second, result, source_label="pd", file_name="pd.json")
    session.flush()
    assert batch.event_count == 5


def test_remove_import(session: Session) -> None:
    postmortem = Postmortem(key="PM-5")
    session.add(postmortem)
    manual = TimelineEvent(
        postmortem=postmortem,
        occurred_at=import_path(DATA / "ecs.jsonl", ImportOptions()).events[0].time_utc,
        text="manual entry",
        fingerprint="manual-1",
    )
    session.add(manual)
    result = import_path(DATA / "ecs.jsonl", ImportOptions())
    batch = add_imported_events(session, postmortem, result, source_label="app", file_name="e")
    session.flush()
    assert _count(session, postmortem) == 7
    removed = remove_import(session, batch)
    session.flush()
    assert removed == 6
    assert _count(session, postmortem) == 1
    assert session.scalars(select(ImportBatch)).all() == []
    assert [e.text for e in postmortem.timeline_events] == ["manual entry"]
    # and it can be imported again afterwards
    again = add_imported_events(session, postmortem, result, source_label="app", file_name="e")
    session.flush()
    assert again.event_count == 6


def test_log_lines_keep_their_level(session: Session) -> None:
    postmortem = Postmortem(key="PM-6")
    session.add(postmortem)
    result = import_path(DATA / "ecs.jsonl", ImportOptions())
    add_imported_events(session, postmortem, result, source_label="app", file_name="e")
    session.flush()
    session.expire_all()
    stored = session.scalars(
        select(TimelineEvent.level).where(TimelineEvent.postmortem_id == postmortem.id)
    ).all()
    assert sorted(stored) == sorted(event.level for event in result.events)
    assert "error" in stored


def _result(source: str, *lines: tuple[int, str]) -> ImportResult:
    events = [
        ImportedEvent(
            time_utc=datetime(2026, 10, 14, 8, 51, tzinfo=UTC) + timedelta(seconds=seconds),
            original_time="",
            source_zone="UTC",
            zone_assumed=False,
            source=source,
            author=None,
            text=text,
            kind="log",
            native_id=None,
        )
        for seconds, text in lines
    ]
    return ImportResult("pagerduty", 1.0, events, [], 0, [], 0)


def test_the_same_moment_from_another_source_corroborates_it(session: Session) -> None:
    postmortem = Postmortem(key="PM-7")
    session.add(postmortem)
    alert = "Triggered: Checkout API 5xx rate above 5 % for 10 minutes"
    pagerduty = _result("pagerduty", (0, alert), (600, "Resolved: Checkout API 5xx rate above 5 %"))
    add_imported_events(session, postmortem, pagerduty, source_label="pd", file_name="pd.json")
    slack = _result(
        "slack #inc-checkout",
        (4, f"Triggered #4711: {alert.removeprefix('Triggered: ')}"),
        (30, "I'm on it, looking at the checkout errors"),
    )
    batch = add_imported_events(session, postmortem, slack, source_label="slack", file_name="s")
    session.flush()
    session.expire_all()

    # Kept, not dropped: two events from Slack, one of them evidence for the alert.
    assert batch.event_count == 2
    relayed, chat = sorted(batch.events, key=lambda e: e.occurred_at)
    assert relayed.corroborates is not None
    assert relayed.corroborates.text == alert
    assert relayed.corroborates.source == "pagerduty"
    assert chat.corroborates is None
    linked = select(func.count()).where(TimelineEvent.corroborates_id.is_not(None))
    assert session.scalar(linked) == 1
