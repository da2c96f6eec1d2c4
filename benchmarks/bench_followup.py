"""Opening the Actions and Trends windows on a library of 10,000 post-mortems.

The library is generated with bulk inserts (SQLAlchemy Core, one executemany per
table): post-mortems over three years with severities, services and tags, a timeline
of twenty events each (impact start, detection and resolution marked), five whys with
two root causes, and four action items in every state, some late, some done with a
review date. Each window is timed from construction until its first paint has been
processed; the first opening of each (imports included) and the median of the next
ones are printed. Target: ≤ 300 ms. The library window starts without SQLAlchemy, so the
first of these windows imports it (and the models); `--orm-loaded` measures the first
opening once a post-mortem has been opened, which imports them too.

Run: .venv/bin/python benchmarks/bench_followup.py [--postmortems N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SERVICES = (
    "checkout", "payments", "search", "edge", "pgbouncer", "postgres", "kafka", "auth",
    "notifications", "billing", "cdn", "dns", "inventory", "recommendations", "api-gateway",
)  # fmt: skip
OWNERS = ("SRE", "Database team", "Platform", "Payments team", "On-call lead", "Security")
CATEGORIES = (None, "configuration", "capacity", "code", "deployment", "monitoring", "process")
WORDS = [
    "pooler",
    "connection",
    "failover",
    "replica",
    "lag",
    "certificate",
    "expiry",
    "queue",
    "backlog",
    "disk",
    "full",
    "retry",
    "storm",
    "cache",
    "stampede",
    "timeout",
    "deploy",
    "rollback",
    "alert",
    "threshold",
    "runbook",
    "dns",
    "ttl",
    "index",
    "bloat",
    "memory",
    "leak",
    "rate",
    "limit",
    "quota",
    "config",
    "drift",
    "feature",
    "flag",
    "migration",
    "lock",
]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generate_library(url: str, count: int, *, seed: int = 7, today: date | None = None) -> None:
    """Fill the (empty, migrated) pmdesk database at `url` with `count` post-mortems."""
    from sqlalchemy import insert

    from pmdesk.models import ActionItem, KeyCounter, Postmortem, TimelineEvent, WhyNode
    from pmdesk.store import open_database

    rng = random.Random(seed)
    today = today or datetime.now(UTC).date()
    start = datetime.combine(today, datetime.min.time(), UTC) - timedelta(days=3 * 365)
    postmortems, events, whys, actions = [], [], [], []
    why_id = 0
    for number in range(1, count + 1):
        began = start + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        postmortems.append(
            {
                "id": number,
                "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
                "key": f"PM-{number:04d}",
                "title": _sentence(rng, 5),
                "summary": _sentence(rng, 40),
                "customer_impact": _sentence(rng, 20),
                "severity": rng.choice((1, 2, 2, 3, 3, 3, 4, None)),
                "incident_start": began,
                "incident_end": began + timedelta(hours=2),
                "status": rng.choice(("draft", "in_review", "published", "published")),
                "facilitator": "",
                "language": "en",
                "tags": rng.sample(("database", "network", "deploy", "capacity"), 2),
                "services": rng.sample(SERVICES, rng.randint(1, 3)),
                "created_at": began + timedelta(days=1),
                "updated_at": began + timedelta(days=2),
                "version": 1,
                "facilitator_notes": "",
            }
        )
        detect = rng.randint(1, 90)
        marks = {0: "impact_start", 3: "detected", 19: "resolved"}
        for index in range(20):
            minutes = {0: 0, 3: detect, 19: detect + rng.randint(10, 400)}.get(index, index * 7)
            events.append(
                {
                    "postmortem_id": number,
                    "occurred_at": began + timedelta(minutes=minutes),
                    "text": _sentence(rng, 12),
                    "original_time": "",
                    "source_zone": "UTC",
                    "source": "manual",
                    "kind": "note",
                    "key_moment": marks.get(index),
                    "fingerprint": f"{number}-{index}",
                    "flags": [],
                    "is_internal_only": False,
                }
            )
        for index in range(5):
            why_id += 1
            whys.append(
                {
                    "id": why_id,
                    "postmortem_id": number,
                    "position": index,
                    "text": _sentence(rng, 14),
                    "is_root_cause": index >= 3,
                    "category": rng.choice(CATEGORIES) if index >= 3 else None,
                }
            )
        for index in range(4):
            due = began.date() + timedelta(days=rng.randint(7, 90))
            status = rng.choice(("open", "in_progress", "done", "done", "done", "wont_do"))
            done = status == "done"
            actions.append(
                {
                    "postmortem_id": number,
                    "title": _sentence(rng, 6),
                    "description": _sentence(rng, 20),
                    "type": rng.choice(("code_change", "monitoring", "process", "test")),
                    "owner": rng.choice(OWNERS),
                    "priority": rng.choice(("P0", "P1", "P2", "P2", "P3")),
                    "due_on": due,
                    "status": status,
                    "tracker_url": "",
                    "position": index,
                    "completed_on": due + timedelta(days=rng.randint(-20, 15)) if done else None,
                    "success_criterion": _sentence(rng, 8) if index == 0 else "",
                    "review_on": due + timedelta(days=60) if index == 0 else None,
                    "review_note": "",
                    "reviewed_by": "",
                }
            )
    db = open_database(url)
    try:
        with db.transaction() as session:
            for model, rows in (
                (Postmortem, postmortems),
                (TimelineEvent, events),
                (WhyNode, whys),
                (ActionItem, actions),
            ):
                session.execute(insert(model), rows)
            session.execute(
                insert(KeyCounter).prefix_with("OR REPLACE"),
                [{"name": "postmortem", "last_value": count}],
            )
    finally:
        db.close()


def _time_window(make: object) -> float:
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    window = make()  # type: ignore[operator]
    window.show()
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postmortems", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--orm-loaded",
        action="store_true",
        help="import SQLAlchemy's ORM and the models first, as opening any post-mortem does",
    )
    options = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'library.sqlite'}"
        started = time.perf_counter()
        generate_library(url, options.postmortems)
        print(
            f"generated {options.postmortems} post-mortems in {time.perf_counter() - started:.1f} s"
        )
        from PySide6.QtWidgets import QApplication

        from pmdesk.store import open_database

        app = QApplication.instance() or QApplication(sys.argv[:1])
        db = open_database(url)
        if options.orm_loaded:
            import pmdesk.domain.edits
            import pmdesk.models  # noqa: F401
        try:
            for name, module in (("Actions", "actions_window"), ("Trends", "trends_window")):

                def make(name: str = name, module: str = module) -> object:
                    window_class = getattr(
                        __import__(f"pmdesk.ui.{module}", fromlist=["x"]), f"{name}Window"
                    )
                    return window_class(db)

                first = _time_window(make)
                again = [_time_window(make) for _ in range(options.runs)]
                print(
                    f"{name} window: first {first:6.0f} ms (imports included), "
                    f"then median {statistics.median(again):6.0f} ms of {options.runs}  "
                    "(target <= 300 ms)"
                )
        finally:
            db.close()
        del app


if __name__ == "__main__":
    main()
