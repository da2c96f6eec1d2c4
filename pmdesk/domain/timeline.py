"""Timeline logic: event fingerprints and the metrics that follow from key moments."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pmdesk.models import KeyMoment, TimelineEvent

__all__ = ["IncidentMetrics", "event_fingerprint", "format_duration", "incident_metrics"]


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


def incident_metrics(events: Iterable[TimelineEvent]) -> IncidentMetrics:
    """Compute the standard incident metrics, all measured from impact start.

    When a key moment is marked on several events, the earliest counts.
    """
    moments: dict[KeyMoment, datetime] = {}
    for event in events:
        if event.key_moment is None:
            continue
        current = moments.get(event.key_moment)
        if current is None or event.occurred_at < current:
            moments[event.key_moment] = event.occurred_at

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
    )


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
