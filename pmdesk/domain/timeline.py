"""Timeline logic: event fingerprints, the metrics that follow from key moments, and
the incident's times read as one set of facts.

Each fact has one source. The key moments are marked on timeline events; the incident
start is typed in the Incident step; the incident end is the "Resolved" key moment once
one is marked (the end typed in the Incident step stands in until then, and is kept).
`time_contradictions` finds the places where these facts cannot all be true.
"""

from __future__ import annotations

import enum
import hashlib
import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import KeyMoment, Postmortem, TimelineEvent

__all__ = [
    "MOMENTS_CONTEXT",
    "MOMENT_NAMES",
    "OUT_OF_ORDER",
    "IncidentBound",
    "IncidentMetrics",
    "IncidentWindow",
    "Moment",
    "TimeContradiction",
    "TimesTracker",
    "event_fingerprint",
    "format_duration",
    "format_moment",
    "incident_metrics",
    "incident_window",
    "time_contradictions",
]


class IncidentBound(enum.StrEnum):
    """The incident's own start and end, beside the key moments."""

    START = "incident_start"
    END = "incident_end"


Moment = KeyMoment | IncidentBound

MOMENTS_CONTEXT = "Moments"
MOMENT_NAMES: dict[Moment, str] = {
    KeyMoment.IMPACT_START: QT_TRANSLATE_NOOP("Moments", "Impact start"),
    KeyMoment.DETECTED: QT_TRANSLATE_NOOP("Moments", "Detected"),
    KeyMoment.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Moments", "Acknowledged"),
    KeyMoment.MITIGATED: QT_TRANSLATE_NOOP("Moments", "Mitigated"),
    KeyMoment.RESOLVED: QT_TRANSLATE_NOOP("Moments", "Resolved"),
    IncidentBound.START: QT_TRANSLATE_NOOP("Moments", "Incident start"),
    IncidentBound.END: QT_TRANSLATE_NOOP("Moments", "Incident end"),
}
# A contradiction in words, as the Publish gate lists it (a template of its MESSAGES):
# the moments by their MOMENT_NAMES, the earlier one in lower case.
OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "Gates", "{later} ({later_time}) is before {earlier} ({earlier_time})."
)


def _normalise(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def event_fingerprint(occurred_at: datetime, author: str | None, text: str) -> str:
    """A dedupe key: the same event at the same second by the same author."""
    second = occurred_at.astimezone(UTC).replace(microsecond=0).isoformat()
    payload = "\x1f".join((second, _normalise(author), _normalise(text)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class IncidentMetrics:
    """Durations between key moments; None where a moment is not marked yet."""

    moments: dict[KeyMoment, datetime]
    time_to_detect: timedelta | None
    time_to_acknowledge: timedelta | None
    time_to_mitigate: timedelta | None
    time_to_resolve: timedelta | None
    impact_duration: timedelta | None
    # The event that marks each moment (the earliest, where several do).
    events: dict[KeyMoment, TimelineEvent] = field(default_factory=dict)


def incident_metrics(events: Iterable[TimelineEvent]) -> IncidentMetrics:
    """Compute the standard incident metrics, all measured from impact start.

    When a key moment is marked on several events, the earliest counts.
    """
    moments: dict[KeyMoment, datetime] = {}
    marking: dict[KeyMoment, TimelineEvent] = {}
    for event in events:
        if event.key_moment is None:
            continue
        current = moments.get(event.key_moment)
        if current is None or event.occurred_at < current:
            moments[event.key_moment] = event.occurred_at
            marking[event.key_moment] = event

    start = moments.get(KeyMoment.IMPACT_START)

    def since_start(moment: KeyMoment) -> timedelta | None:
        at = moments.get(moment)
        return at - start if start is not None and at is not None else None

    return IncidentMetrics(
        moments=moments,
        time_to_detect=since_start(KeyMoment.DETECTED),
        time_to_acknowledge=since_start(KeyMoment.ACKNOWLEDGED),
        time_to_mitigate=since_start(KeyMoment.MITIGATED),
        time_to_resolve=since_start(KeyMoment.RESOLVED),
        impact_duration=since_start(KeyMoment.MITIGATED) or since_start(KeyMoment.RESOLVED),
        events=marking,
    )


@dataclass(frozen=True)
class IncidentWindow:
    """When the incident started and ended.

    Attributes:
        resolved_event: the event marked "Resolved", when there is one: its time is the
            end (`Postmortem.incident_end` then is only a stored fallback).
    """

    start: datetime | None
    end: datetime | None
    resolved_event: TimelineEvent | None = None

    @property
    def duration(self) -> timedelta | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start


def incident_window(pm: Postmortem, metrics: IncidentMetrics | None = None) -> IncidentWindow:
    """The incident's start (as typed) and end (the Resolved key moment, else as typed).

    Args:
        metrics: `incident_metrics(pm.timeline_events)`, when the caller has it already.
    """
    if metrics is None:
        metrics = incident_metrics(pm.timeline_events)
    resolved = metrics.events.get(KeyMoment.RESOLVED)
    if resolved is not None:
        return IncidentWindow(pm.incident_start, resolved.occurred_at, resolved)
    return IncidentWindow(pm.incident_start, pm.incident_end)


@dataclass(frozen=True)
class TimeContradiction:
    """Two facts of the incident in an order that cannot be: `later` is marked before
    `earlier`.

    Attributes:
        location: where to correct it: the event that marks `later` ("event:12"), or
            the Incident step's field ("field:incident_end").
    """

    earlier: Moment
    earlier_at: datetime
    later: Moment
    later_at: datetime
    location: Location

    @property
    def message(self) -> str:
        with_date = self.earlier_at.date() != self.later_at.date()
        return OUT_OF_ORDER.format(
            later=MOMENT_NAMES[self.later],
            later_time=format_moment(self.later_at, with_date=with_date),
            earlier=MOMENT_NAMES[self.earlier].lower(),
            earlier_time=format_moment(self.earlier_at, with_date=with_date),
        )


def format_moment(at: datetime, *, with_date: bool = False) -> str:
    """ "09:13:02 UTC", or "14 Oct 09:13:02 UTC"."""
    utc = at.astimezone(UTC)
    return f"{utc.day} {utc:%b %H:%M:%S} UTC" if with_date else f"{utc:%H:%M:%S} UTC"


# A fact of the incident's time: which moment, when (None: not known), where to correct it.
_Fact = tuple[Moment, datetime | None, Location]


def time_contradictions(
    pm: Postmortem, metrics: IncidentMetrics | None = None
) -> list[TimeContradiction]:
    """Where the incident's times contradict each other.

    The key moments must follow each other (impact start, detected, acknowledged,
    mitigated, resolved; every metric is measured from the impact start, so none may
    come before it), lie within the incident's start and end, and the end must not
    come before the start. Moments that are not marked are not checked.
    """
    if metrics is None:
        metrics = incident_metrics(pm.timeline_events)
    window = incident_window(pm, metrics)
    ordered = [moment for moment in KeyMoment if moment in metrics.moments]
    times = [metrics.moments[moment] for moment in ordered]
    marked: list[_Fact] = [
        (moment, at, Location.of_part(LocationKind.EVENT, metrics.events[moment].id))
        for moment, at in zip(ordered, times, strict=True)
    ]
    start: _Fact = (IncidentBound.START, window.start, Location.of_field("incident_start"))
    # A marked Resolved moment is the end.
    end = (
        marked[-1]
        if window.resolved_event is not None
        else (IncidentBound.END, window.end, Location.of_field("incident_end"))
    )
    pairs: list[tuple[_Fact, _Fact]] = list(itertools.pairwise(marked))
    if marked and marked[0][0] is KeyMoment.IMPACT_START:
        pairs += [(marked[0], later) for later in marked[2:]]
    if marked:
        pairs.insert(0, (start, marked[times.index(min(times))]))
        if window.resolved_event is None:  # else the Resolved moment is the end
            pairs.append((marked[times.index(max(times))], end))
    pairs.append((start, end))
    found: list[TimeContradiction] = []
    for (earlier, earlier_at, _), (later, later_at, location) in pairs:
        if (
            earlier_at is not None
            and later_at is not None
            and later_at < earlier_at
            and not any((c.earlier, c.later) == (earlier, later) for c in found)
        ):
            found.append(TimeContradiction(earlier, earlier_at, later, later_at, location))
    return found


class TimesTracker:
    """The key moments and the window of one post-mortem, kept current through edits,
    for views that refresh after every edit (a keystroke in the summary, say).

    Reading the key moments scans the timeline, about a tenth of a second for 100,000
    events, so it is read again only when an edit can have changed a key moment or the
    incident's start or end.
    """

    def __init__(self, pm: Postmortem) -> None:
        self.pm = pm
        self.refresh()

    def refresh(self) -> None:
        self.metrics = incident_metrics(self.pm.timeline_events)
        self.window = incident_window(self.pm, self.metrics)
        self._marking = {id(event) for event in self.metrics.events.values()}
        self._signature = self._signature_now()

    def _signature_now(self) -> tuple[object, ...]:
        events = self.pm.timeline_events
        shape = (len(events), id(events[0]), id(events[-1])) if events else (0,)
        return (*shape, self.pm.incident_start, self.pm.incident_end)

    def update(self, touched: Iterable[object]) -> bool:
        """Read the times again if an edit of `touched` can have changed them.

        Returns:
            Whether they were read again.
        """
        touched = tuple(touched)
        if (
            not touched  # no list: anything may have changed
            or any(
                isinstance(obj, TimelineEvent)
                and (obj.key_moment is not None or id(obj) in self._marking)
                for obj in touched
            )
            or self._signature_now() != self._signature
        ):
            self.refresh()
            return True
        return False


def format_duration(value: timedelta | None) -> str:
    """ "1 h 14 min", "11 min", "45 s", or "—" when unknown."""
    if value is None:
        return "—"
    seconds = int(value.total_seconds())
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours} h {minutes} min"
    if minutes:
        return f"{sign}{minutes} min" if not secs else f"{sign}{minutes} min {secs} s"
    return f"{sign}{secs} s"
