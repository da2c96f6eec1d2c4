"""Trends across the library: what the Trends window charts and `pmdesk trends` prints.

Four questions an organisation asks of its post-mortems: are incidents becoming rarer
or milder (post-mortems per month by severity), do we notice and fix them faster
(median time to detect and to resolve per month), do we do what we promised (share
of action items done by their due date), and where does it keep hurting (services and
root-cause categories named most often).

The library is read in five statements without ORM objects, which let the database
count and group where the SQL is the same on SQLite and PostgreSQL; the numbers come
from `compute_trends`, a pure function of those rows, which the tests hold against a
library computed by hand. A month is the incident's start month in UTC (the
post-mortem's creation month when the start is not known); times to detect and to
resolve are measured from the key moment "impact start", as on a post-mortem's own
metrics, and counted in the month of that moment.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pmdesk.store.database import Database
from pmdesk.store.overdue import row_reader

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


# A month as "YYYY-MM": the text of a date or a timestamp starts with it, on SQLite
# and PostgreSQL alike.
def _month_sql(column: str) -> str:
    return f"substr(CAST({column} AS TEXT), 1, 7)"


_POSTMORTEM_MONTH = _month_sql("COALESCE(p.incident_start, p.created_at)")
POSTMORTEMS_SQL = f"""
SELECT {_POSTMORTEM_MONTH}, p.severity, COUNT(*) FROM postmortems AS p GROUP BY 1, 2
"""
SERVICES_SQL = "SELECT CAST(services AS TEXT), COUNT(*) FROM postmortems GROUP BY 1"
# One row per post-mortem with key moments: the first time each moment is marked.
MOMENTS_SQL = """
SELECT MIN(CASE WHEN key_moment = 'impact_start' THEN occurred_at END),
       MIN(CASE WHEN key_moment = 'detected' THEN occurred_at END),
       MIN(CASE WHEN key_moment = 'resolved' THEN occurred_at END)
FROM timeline_events
WHERE key_moment IN ('impact_start', 'detected', 'resolved')
GROUP BY postmortem_id
"""
# Per month due: the actions due by then, and those done by their due date. Done
# before pmdesk noted the day (completed_on unknown): whether on time is not known,
# so they are left out.
ACTIONS_SQL = f"""
SELECT {_month_sql("due_on")}, COUNT(*),
       COALESCE(SUM(CASE WHEN status = 'done' AND completed_on <= due_on THEN 1 ELSE 0 END), 0)
FROM action_items
WHERE due_on < :today AND NOT (status = 'done' AND completed_on IS NULL)
GROUP BY 1
"""
CATEGORIES_SQL = "SELECT category, COUNT(*) FROM why_nodes WHERE is_root_cause GROUP BY category"


def _naive_utc(value: Any) -> datetime:
    # Stored as naive UTC: ISO text from SQLite, a naive datetime from PostgreSQL.
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class MonthTimes:
    """Median minutes from impact start to detection and to resolution, over the
    post-mortems whose impact started in `month` and whose timeline marks the moment
    (None: none did)."""

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
    services: Iterable[Sequence[Any]],
    moments: Iterable[Sequence[Any]],
    actions: Iterable[Sequence[Any]],
    categories: Iterable[Sequence[Any]],
) -> Trends:
    """The trends of a library from the rows of the module's five statements.

    An action counts once its due date has passed; it was done on time when it is
    done and the day it was done is on or before the due date.
    """
    by_severity: dict[str, Counter[str]] = defaultdict(Counter)
    for month, severity, count in postmortems:
        by_severity[month][str(severity) if severity else UNKNOWN_SEVERITY] += int(count)

    named: Counter[str] = Counter()
    for names, count in services:
        named.update(dict.fromkeys(set(json.loads(names) if names else ()), int(count)))

    detect: dict[str, list[float]] = defaultdict(list)
    resolve: dict[str, list[float]] = defaultdict(list)
    for impact_start, detected, resolved in moments:
        if impact_start is None:
            continue
        start = _naive_utc(impact_start)
        month = f"{start.year:04d}-{start.month:02d}"
        for moment, bucket in ((detected, detect), (resolved, resolve)):
            if moment is not None:
                bucket[month].append((_naive_utc(moment) - start).total_seconds() / 60)

    due: Counter[str] = Counter()
    on_time: Counter[str] = Counter()
    for month, count, done in actions:
        due[month] += int(count)
        on_time[month] += int(done)

    kinds: Counter[str] = Counter()
    for category, count in categories:
        kinds[str(category or UNCATEGORISED)] += int(count)

    seen_months = sorted(by_severity)
    months = _month_range(seen_months[0], seen_months[-1]) if seen_months else []
    severities = sorted(
        {s for counts in by_severity.values() for s in counts},
        key=lambda s: (s == UNKNOWN_SEVERITY, s),
    )

    def ranked(counts: Counter[str]) -> list[tuple[str, int]]:
        # Most first; ties in alphabetical order, so the list is stable.
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_COUNT]

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
        top_services=ranked(named),
        top_root_cause_categories=ranked(kinds),
    )


def library_trends(db: Database, today: date, *, published_only: bool = False) -> Trends:
    """The trends of every post-mortem in `db` on `today`; with `published_only`, of
    those published at least once (a site must not tell of the others)."""

    def scoped(sql: str, column: str) -> str:
        if not published_only:
            return sql
        condition = f"{column} IN (SELECT postmortem_id FROM publications)"
        joiner = "AND" if "WHERE" in sql else "WHERE"
        before, group_by, after = sql.rpartition("GROUP BY")
        return f"{before}{joiner} {condition} {group_by}{after}"

    with row_reader(db) as read:
        return compute_trends(
            read(scoped(POSTMORTEMS_SQL, "p.id"), None),
            read(scoped(SERVICES_SQL, "id"), None),
            read(scoped(MOMENTS_SQL, "postmortem_id"), None),
            read(scoped(ACTIONS_SQL, "postmortem_id"), {"today": today}),
            read(scoped(CATEGORIES_SQL, "postmortem_id"), None),
        )
