"""The incident's times as one set of facts: the window, and where the facts contradict."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.timeline import (
    IncidentBound,
    TimeContradiction,
    TimesTracker,
    incident_metrics,
    incident_window,
    time_contradictions,
)
from pmdesk.models import KeyMoment, Postmortem, TimelineEvent

T0 = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def incident(**moments: int) -> Postmortem:
    """A post-mortem whose timeline marks `moments` (minutes after 09:00)."""
    pm = Postmortem(key="PM-1", title="t", timeline_events=[])
    for number, (name, minutes) in enumerate(moments.items(), 1):
        event = TimelineEvent(
            occurred_at=at(minutes), text=name, fingerprint=str(number), key_moment=KeyMoment(name)
        )
        event.id = number
        pm.timeline_events.append(event)
    return pm


def test_the_resolved_moment_is_the_incident_end() -> None:
    pm = incident(impact_start=2, resolved=76)
    pm.incident_start, pm.incident_end = at(0), at(90)
    window = incident_window(pm)
    assert (window.start, window.end) == (at(0), at(76))
    assert window.resolved_event is pm.timeline_events[1]
    assert window.duration == timedelta(minutes=76)
    # Until the timeline marks it, the end typed in the Incident step stands.
    pm.timeline_events[1].key_moment = None
    assert incident_window(pm).end == at(90)


def test_times_in_order_contradict_nothing() -> None:
    pm = incident(impact_start=2, detected=13, acknowledged=14, mitigated=67, resolved=76)
    pm.incident_start = at(2)
    assert time_contradictions(pm) == []
    assert time_contradictions(incident()) == []


def test_resolved_before_mitigated_is_a_contradiction() -> None:
    pm = incident(impact_start=2, detected=13, mitigated=67, resolved=60)
    metrics = incident_metrics(pm.timeline_events)
    assert metrics.time_to_resolve is not None
    assert metrics.time_to_mitigate is not None
    assert metrics.time_to_resolve < metrics.time_to_mitigate
    (found,) = time_contradictions(pm)
    assert found == TimeContradiction(
        KeyMoment.MITIGATED,
        at(67),
        KeyMoment.RESOLVED,
        at(60),
        Location.of_part(LocationKind.EVENT, 4),
    )
    assert found.message == "Resolved (10:00:00 UTC) is before mitigated (10:07:00 UTC)."


def test_a_moment_before_the_impact_start_makes_its_metric_negative() -> None:
    pm = incident(impact_start=10, detected=5, mitigated=8)
    found = time_contradictions(pm)
    assert [(c.earlier, c.later) for c in found] == [
        (KeyMoment.IMPACT_START, KeyMoment.DETECTED),
        (KeyMoment.IMPACT_START, KeyMoment.MITIGATED),
    ]
    assert str(found[1].location) == "event:3"


def test_the_end_before_the_start_is_a_contradiction() -> None:
    pm = incident()
    pm.incident_start, pm.incident_end = at(60), at(30)
    (found,) = time_contradictions(pm)
    assert (found.earlier, found.later) == (IncidentBound.START, IncidentBound.END)
    assert str(found.location) == "field:incident_end"
    assert found.message == "Incident end (09:30:00 UTC) is before incident start (10:00:00 UTC)."


def test_key_moments_lie_within_the_incident() -> None:
    pm = incident(impact_start=2, mitigated=67)
    pm.incident_start, pm.incident_end = at(5), at(60)
    assert [(c.earlier, c.later, str(c.location)) for c in time_contradictions(pm)] == [
        (IncidentBound.START, KeyMoment.IMPACT_START, "event:1"),
        (KeyMoment.MITIGATED, IncidentBound.END, "field:incident_end"),
    ]


def test_an_end_resolved_before_the_start_points_at_the_resolved_event() -> None:
    pm = incident(resolved=30)
    pm.incident_start = at(45)
    pm.incident_start += timedelta(days=1)
    found = time_contradictions(pm)
    # Once, not also as "Incident end": the Resolved moment is the end.
    assert [(c.earlier, c.later, str(c.location)) for c in found] == [
        (IncidentBound.START, KeyMoment.RESOLVED, "event:1"),
    ]
    assert found[0].message == (
        "Resolved (14 Oct 09:30:00 UTC) is before incident start (15 Oct 09:45:00 UTC)."
    )


def test_the_tracker_reads_the_timeline_again_only_when_the_times_can_change() -> None:
    pm = incident(impact_start=2, mitigated=67)
    pm.timeline_events.append(TimelineEvent(occurred_at=at(30), text="note", fingerprint="n"))
    tracker = TimesTracker(pm)
    assert tracker.metrics.time_to_mitigate == timedelta(minutes=65)
    pm.summary = "Typing in the summary."
    assert not tracker.update([pm])
    assert not tracker.update([pm.timeline_events[2]])  # an event that marks nothing
    pm.timeline_events[2].key_moment = KeyMoment.RESOLVED
    assert tracker.update([pm.timeline_events[2]])
    assert tracker.window.end == at(30)
    pm.timeline_events[2].key_moment = None  # unmarked: it marked something before
    assert tracker.update([pm.timeline_events[2]])
    assert tracker.window.resolved_event is None
    pm.incident_end = at(90)
    assert tracker.update([pm])
    assert tracker.window.end == at(90)
