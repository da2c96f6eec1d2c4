"""Trends across the library: what the Trends window charts and `pmdesk trends` prints.

Four questions an organisation asks of its post-mortems: are incidents becoming rarer
or milder (post-mortems per month by severity), do we notice and fix them faster
(median time to detect and to resolve per month), do we do what we promised (share
of action items done by their due date), and where does it keep hurting (services and
root-cause categories named most often).

The library is read in four statements without ORM objects; the numbers come from
`compute_trends`, a pure function of those rows, which the tests hold against a
library computed by hand. A month is the incident's start month in UTC (the
post-mortem's creation month when the start is not known). Times are measured from
the key moment "impact start", as on a post-mortem's own metrics.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pmdesk.store.database import Database
from pmdesk.store.followup import read_rows

__all__ = [
    "ActionDue",
    "MonthTimes",
    "Trends",
    "compute_trends",
    "library_trends",
]

# How many services and categories the "most frequent" lists keep.
TOP_COUNT = 10
UNKNOWN_SEVERITY = "unknown"
UNCATEGORISED = "uncategorised"

POSTMORTEMS_SQL = (
    "SELECT id, severity, incident_start, created_at, services FROM postmortems ORDER BY id"
)
MOMENTS_SQL = """
SELECT postmortem_id, key_moment, MIN(occurred_at) FROM timeline_events
WHERE key_moment IN ('impact_start', 'detected', 'resolved')
GROUP BY postmortem_id, key_moment
"""
ACTIONS_SQL = "SELECT due_on, status, completed_on FROM action_items WHERE due_on IS NOT NULL"
CATEGORIES_SQL = "SELECT category FROM why_nodes WHERE is_root_cause"


def _moment(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _month(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


@dataclass(frozen=True)
class MonthTimes:
    """Median minutes from impact start to detection and to resolution in one month,
    over the post-mortems whose timeline marks both moments (None: none did)."""

    month: str
    median_minutes_to_detect: float | None
    median_minutes_to_resolve: float | None
    detected_count: int
    resolved_count: int


@dataclass(frozen=True)
class ActionDue:
    """Action items whose due date has passed, by the month they were due."""

    month: str
    due: int
    done_on_time: int

    @property
    def share_done_on_time(self) -> float:
        return self.done_on_time / self.due if self.due else 0.0


@dataclass(frozen=True)
class Trends:
    """The library's trends; months ascending, every month from the first to the last."""

    months: list[str]
    # Per month: severity ("1".."5", or "unknown") -> number of post-mortems.
    postmortems_by_severity: dict[str, dict[str, int]]
    times: list[MonthTimes]
    actions_due: list[ActionDue]
    top_services: list[tuple[str, int]]
    top_root_cause_categories: list[tuple[str, int]]
    severities: list[str] = field(default_factory=list)

    @property
    def share_done_on_time(self) -> float | None:
        due = sum(item.due for item in self.actions_due)
        return sum(item.done_on_time for item in self.actions_due) / due if due else None

    def as_json(self) -> dict[str, Any]:
        return {
            "months": self.months,
            "severities": self.severities,
            "postmortems_by_severity": self.postmortems_by_severity,
            "times": [
                {
                    "month": t.month,
                    "median_minutes_to_detect": t.median_minutes_to_detect,
                    "median_minutes_to_resolve": t.median_minutes_to_resolve,
                    "detected_count": t.detected_count,
                    "resolved_count": t.resolved_count,
                }
                for t in self.times
            ],
            "actions_due": [
                {
                    "month": a.month,
                    "due": a.due,
                    "done_on_time": a.done_on_time,
                    "share_done_on_time": round(a.share_done_on_time, 4),
                }
                for a in self.actions_due
            ],
            "share_done_on_time": (
                None if self.share_done_on_time is None else round(self.share_done_on_time, 4)
            ),
            "top_services": [{"name": n, "count": c} for n, c in self.top_services],
            "top_root_cause_categories": [
                {"name": n, "count": c} for n, c in self.top_root_cause_categories
            ],
        }

    def summary_lines(self) -> list[str]:
        """The trends as a few lines of plain text for the terminal."""
        if not self.months:
            return ["No post-mortems yet."]
        lines = [f"Post-mortems per month ({self.months[0]} to {self.months[-1]}):"]
        for month in self.months:
            counts = self.postmortems_by_severity[month]
            parts = ", ".join(f"SEV {s}: {counts[s]}" for s in self.severities if counts.get(s))
            lines.append(f"  {month}  {sum(counts.values()):>4}  {parts}")
        share = self.share_done_on_time
        lines.append(
            "Actions done by their due date: "
            + ("no action was due yet" if share is None else f"{share:.0%}")
        )
        lines.append(
            "Most frequent services: "
            + (", ".join(f"{n} ({c})" for n, c in self.top_services) or "none named")
        )
        lines.append(
            "Most frequent root-cause categories: "
            + (", ".join(f"{n} ({c})" for n, c in self.top_root_cause_categories) or "none")
        )
        return lines


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def compute_trends(
    postmortems: Iterable[Sequence[Any]],
    moments: Iterable[Sequence[Any]],
    actions: Iterable[Sequence[Any]],
    categories: Iterable[Sequence[Any]],
    today: date,
) -> Trends:
    """The trends of a library from its rows (see the module's SQL for their shape).

    An action counts as due once its due date is before `today`; it was done on time
    when its status is done and the day it was done is on or before the due date.
    Actions done before pmdesk noted that day are left out: whether they were on
    time is not known.
    """
    by_severity: dict[str, Counter[str]] = defaultdict(Counter)
    month_of: dict[int, str] = {}
    services: Counter[str] = Counter()
    for ident, severity, start, created, names in postmortems:
        month = _month(_moment(start if start is not None else created))
        month_of[int(ident)] = month
        by_severity[month][str(severity) if severity else UNKNOWN_SEVERITY] += 1
        listed = json.loads(names) if isinstance(names, str) else names
        services.update({str(name) for name in listed or ()})

    marked: dict[int, dict[str, datetime]] = defaultdict(dict)
    for ident, moment, at in moments:
        marked[int(ident)][str(moment)] = _moment(at)
    detect: dict[str, list[float]] = defaultdict(list)
    resolve: dict[str, list[float]] = defaultdict(list)
    for ident, found in marked.items():
        start = found.get("impact_start")
        if start is None or ident not in month_of:
            continue
        for name, bucket in (("detected", detect), ("resolved", resolve)):
            if name in found:
                bucket[month_of[ident]].append((found[name] - start).total_seconds() / 60)

    due: Counter[str] = Counter()
    on_time: Counter[str] = Counter()
    for due_value, status, completed_value in actions:
        due_on, completed_on = _day(due_value), _day(completed_value)
        if due_on is None or due_on >= today:
            continue
        if status == "done" and completed_on is None:
            continue
        month = _month(datetime(due_on.year, due_on.month, 1, tzinfo=UTC))
        due[month] += 1
        if status == "done" and completed_on is not None and completed_on <= due_on:
            on_time[month] += 1

    kinds: Counter[str] = Counter(str(category or UNCATEGORISED) for (category,) in categories)

    seen_months = sorted(by_severity)
    months = _month_range(seen_months[0], seen_months[-1]) if seen_months else []
    severities = sorted(
        {s for counts in by_severity.values() for s in counts},
        key=lambda s: (s == UNKNOWN_SEVERITY, s),
    )
    return Trends(
        months=months,
        severities=severities,
        postmortems_by_severity={m: dict(sorted(by_severity[m].items())) for m in months},
        times=[
            MonthTimes(
                month,
                _median(detect[month]),
                _median(resolve[month]),
                len(detect[month]),
                len(resolve[month]),
            )
            for month in months
        ],
        actions_due=[
            ActionDue(month, due[month], on_time[month])
            for month in _month_range(min(due), max(due))
        ]
        if due
        else [],
        # Most first; ties in alphabetical order, so the list is stable.
        top_services=sorted(services.items(), key=lambda item: (-item[1], item[0]))[:TOP_COUNT],
        top_root_cause_categories=sorted(kinds.items(), key=lambda item: (-item[1], item[0]))[
            :TOP_COUNT
        ],
    )


def library_trends(db: Database, today: date) -> Trends:
    """The trends of every post-mortem in `db` on `today`."""
    return compute_trends(
        read_rows(db, POSTMORTEMS_SQL),
        read_rows(db, MOMENTS_SQL),
        read_rows(db, ACTIONS_SQL),
        read_rows(db, CATEGORIES_SQL),
        today,
    )
