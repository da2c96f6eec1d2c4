"""Corroborating evidence: the same moment from several sources is linked, never two facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pmdesk.domain.corroboration import (
    cluster_members,
    link_corroborations,
    say_the_same,
    sources_of,
)
from pmdesk.domain.timeline_edits import delete_events_edit
from pmdesk.models import Postmortem, TimelineEvent

AT = datetime(2026, 10, 14, 8, 51, 43, tzinfo=UTC)


def event(source: str, text: str, seconds: float = 0) -> TimelineEvent:
    return TimelineEvent(
        occurred_at=AT + timedelta(seconds=seconds),
        source=source,
        text=text,
        fingerprint=f"{source}-{text}-{seconds}",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # PagerDuty, and the message its Slack integration posts (with the incident number).
        (
            "Triggered: Checkout API 5xx rate above 5 % for 10 minutes",
            ":rotating_light: Triggered #4711: Checkout API 5xx rate above 5 % for 10 minutes",
        ),
        # Alertmanager's FIRING is PagerDuty's Triggered.
        (
            "[FIRING:1] Checkout API 5xx rate above 5 % for 10 minutes",
            "Triggered: Checkout API 5xx rate above 5 % for 10 minutes",
        ),
    ],
)
def test_the_same_fact_in_other_words_is_recognised(first: str, second: str) -> None:
    assert say_the_same(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The same alert, another state: two moments.
        (
            "Triggered: Checkout API 5xx rate above 5 % for 10 minutes",
            "Resolved: Checkout API 5xx rate above 5 % for 10 minutes",
        ),
        ("db-01 is down", "db-01 is up"),
        ("Replication to db-02 is healthy", "Replication to db-02 is not healthy"),
        # The same measurement, another value.
        ("5xx rate on /api/checkout at 38 %", "5xx rate on /api/checkout at 12 %"),
        # Too few words to say anything.
        ("DB down", "DB down"),
        # Related, but not the same fact.
        (
            "Checkout API 5xx rate above 5 % for 10 minutes",
            "Checkout errors are connection refused from the pooler",
        ),
    ],
)
def test_different_facts_are_never_one(first: str, second: str) -> None:
    assert not say_the_same(first, second)


def test_a_new_event_corroborates_the_nearest_event_of_another_source() -> None:
    alert = event("pagerduty", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes")
    later = event("pagerduty", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes", 80)
    chat = event("slack #support", "Two merchants report failed card payments", 5)
    relayed = event(
        "slack #inc-checkout",
        "Triggered #4711: Checkout API 5xx rate above 5 % for 10 minutes",
        12,
    )
    same_family = event("pagerduty", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes", 3)
    too_late = event("alertmanager", "[FIRING] Checkout API 5xx rate above 5 % for 10 minutes", 200)

    linked = link_corroborations([alert, later, chat], [relayed, same_family, too_late])

    assert linked == [relayed]
    assert relayed.corroborates is alert
    assert same_family.corroborates is None
    assert too_late.corroborates is None
    members = cluster_members([alert, later, chat, relayed, same_family, too_late])
    assert members == {id(alert): [relayed]}
    assert sources_of(alert, members[id(alert)]) == ["pagerduty", "slack #inc-checkout"]


def test_events_the_facilitator_wrote_take_no_part() -> None:
    note = event("manual", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes")
    alert = event("pagerduty", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes", 2)
    assert link_corroborations([note], [alert]) == []


def test_an_event_that_corroborates_is_no_target() -> None:
    alert = event("pagerduty", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes")
    relayed = event("slack #inc", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes", 4)
    relayed.corroborates = alert
    logged = event("alertmanager", "[FIRING] Checkout API 5xx rate above 5 % for 10 minutes", 6)
    link_corroborations([alert, relayed], [logged])
    assert logged.corroborates is alert


def test_deleting_a_moment_leaves_the_evidence_of_another_import_standing() -> None:
    # Removing the PagerDuty import must not take the Slack message with it.
    pm = Postmortem(title="Checkout outage")
    alert = event("pagerduty", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes")
    relayed = event("slack #inc", "Triggered: Checkout API 5xx rate above 5 % for 10 minutes", 4)
    pm.timeline_events = [alert, relayed]
    link_corroborations([alert], [relayed])
    undo = delete_events_edit(pm, [alert]).apply()
    assert pm.timeline_events == [relayed]
    assert relayed.corroborates is None
    undo.apply()
    assert pm.timeline_events == [alert, relayed]
    assert relayed.corroborates is alert
