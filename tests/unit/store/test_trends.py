"""Trends against a small library whose numbers were worked out by hand."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest

from pmdesk.cli import run
from pmdesk.domain.actions import new_action_item
from pmdesk.models import ActionStatus, KeyMoment, TimelineEvent, WhyNode
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem
from pmdesk.store.trends import ActionDue, MonthTimes, Trends, library_trends

TODAY = date(2026, 12, 3)


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}:00").replace(tzinfo=UTC)


def event(moment: KeyMoment, when: datetime) -> TimelineEvent:
    return TimelineEvent(
        occurred_at=when, text=moment.value, key_moment=moment, fingerprint=f"{moment}{when}"
    )


def root_cause(category: str | None) -> WhyNode:
    return WhyNode(text="because", is_root_cause=True, category=category)


def action(due: str, status: ActionStatus, completed: str | None = None) -> object:
    item = new_action_item(title=f"due {due}")
    item.due_on, item.status = date.fromisoformat(due), status
    item.completed_on = date.fromisoformat(completed) if completed else None
    return item


@pytest.fixture
def hand_computed(db: Database) -> Database:
    fill_hand_computed(db)
    return db


def fill_hand_computed(db: Database) -> None:
    """Four post-mortems whose trends are worked out in the test below."""
    with db.transaction() as session:
        a = create_postmortem(
            session, "A", severity=2, incident_start=at("2026-09-10", "10:00"),
            services=["checkout", "pgbouncer"],
        )  # fmt: skip
        a.timeline_events = [
            event(KeyMoment.IMPACT_START, at("2026-09-10", "10:00")),
            event(KeyMoment.DETECTED, at("2026-09-10", "10:12")),
            event(KeyMoment.RESOLVED, at("2026-09-10", "11:30")),
        ]
        a.why_nodes = [root_cause("configuration"), root_cause(None)]
        a.action_items = [
            action("2026-09-30", ActionStatus.DONE, "2026-09-28"),  # on time
            action("2026-09-30", ActionStatus.DONE, "2026-10-05"),  # late
        ]
        b = create_postmortem(
            session, "B", severity=2, incident_start=at("2026-09-25", "08:00"),
            services=["checkout"],
        )  # fmt: skip
        b.timeline_events = [
            event(KeyMoment.IMPACT_START, at("2026-09-25", "08:00")),
            # Marked twice: the earliest counts, as on the post-mortem's own metrics.
            event(KeyMoment.DETECTED, at("2026-09-25", "08:40")),
            event(KeyMoment.DETECTED, at("2026-09-25", "08:30")),
            event(KeyMoment.RESOLVED, at("2026-09-25", "09:00")),
        ]
        b.why_nodes = [root_cause("configuration")]
        b.action_items = [
            action("2026-11-10", ActionStatus.OPEN),  # due, not done
            action("2026-11-20", ActionStatus.DONE),  # done before the day was noted: left out
            action("2026-12-10", ActionStatus.OPEN),  # not due yet
            action("2026-12-03", ActionStatus.OPEN),  # due today: not yet late
        ]
        c = create_postmortem(
            session, "C", severity=1, incident_start=at("2026-11-02", "22:00"), services=["edge"]
        )
        c.timeline_events = [
            event(KeyMoment.IMPACT_START, at("2026-11-02", "22:00")),
            event(KeyMoment.DETECTED, at("2026-11-02", "22:05")),
        ]
        c.why_nodes = [root_cause("capacity")]
        d = create_postmortem(session, "D")
        d.created_at = at("2026-11-15", "12:00")


def test_trends_match_the_hand_computed_numbers(hand_computed: Database) -> None:
    assert_hand_computed(library_trends(hand_computed, TODAY))


def assert_hand_computed(trends: Trends) -> None:
    assert trends.months == ["2026-09", "2026-10", "2026-11"]
    assert trends.severities == ["1", "2", "unknown"]
    assert trends.postmortems_by_severity == {
        "2026-09": {"2": 2},
        "2026-10": {},
        "2026-11": {"1": 1, "unknown": 1},
    }
    assert trends.times == [
        MonthTimes("2026-09", 21.0, 75.0, 2, 2),
        MonthTimes("2026-10", None, None, 0, 0),
        MonthTimes("2026-11", 5.0, None, 1, 0),
    ]
    assert trends.actions_due == [
        ActionDue("2026-09", 2, 1),
        ActionDue("2026-10", 0, 0),
        ActionDue("2026-11", 1, 0),
    ]
    assert trends.share_done_on_time == pytest.approx(1 / 3)
    assert trends.top_services == [("checkout", 2), ("edge", 1), ("pgbouncer", 1)]
    assert trends.top_root_cause_categories == [
        ("configuration", 2),
        ("capacity", 1),
        ("uncategorised", 1),
    ]


def test_an_empty_library_has_no_trends(db: Database) -> None:
    trends = library_trends(db, TODAY)
    assert trends.months == []
    assert trends.share_done_on_time is None
    assert trends.summary_lines() == ["No post-mortems yet."]


def test_cli_prints_trends_as_json(paths: Paths, hand_computed: Database) -> None:
    # The command counts what is due by the user's today (the numbers on TODAY are
    # worked out above): the same trends as the library's for that day.
    expected = library_trends(hand_computed, datetime.now(UTC).astimezone().date()).as_json()
    hand_computed.close()
    out, err = io.StringIO(), io.StringIO()
    assert run(["trends", "--json"], paths=paths, stdout=out, stderr=err) == 0
    printed = json.loads(out.getvalue())
    assert printed == json.loads(json.dumps(expected))
    assert printed["months"] == ["2026-09", "2026-10", "2026-11"]
    assert printed["top_services"][0] == {"name": "checkout", "count": 2}
    assert printed["times"][0]["median_minutes_to_detect"] == 21.0
