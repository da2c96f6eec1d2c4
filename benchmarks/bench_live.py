"""Live co-editing on PostgreSQL: how soon an open window shows what others commit.

Five writer processes (five laptops in the review meeting) add timeline events to one
post-mortem, each in a save of its own, while a post-mortem window (offscreen) has it
open. For every event: the time from the writer's commit to the row showing in the
window's timeline. Goal: median ≤ 500 ms, and no event lost (stored, then shown).

Usage:
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_live.py [--events 1000]
        [--writers 5] [--pause-ms 100] [--url postgresql+psycopg://…]

Without --url it starts a throwaway server (the test suite's, from the system's
PostgreSQL package).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.ui.app import create_application
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.timeline_step import TimelineStep

WRITER = """
import json, sys, time
from datetime import UTC, datetime, timedelta
from pmdesk.models import TimelineEvent
from pmdesk.store import open_database
from pmdesk.store.queries import find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY
url, name, count, pause = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
db = open_database(url)
start = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
time.sleep(1.0)  # the window is open by then
for number in range(count):
    text = f"{name} event {number}"
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = name
        pm = find_postmortem(session, "PM-0001")
        pm.timeline_events.append(
            TimelineEvent(occurred_at=start + timedelta(seconds=number), text=text,
                          fingerprint=f"{name}-{number}")
        )
    print(json.dumps([text, time.time()]), flush=True)
    time.sleep(pause)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=5)
    parser.add_argument("--pause-ms", type=float, default=100.0)
    parser.add_argument("--url", help="a PostgreSQL database to use (it gets a post-mortem)")
    args = parser.parse_args()

    server: AbstractContextManager[str]
    if args.url:
        server = nullcontext(args.url)
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.integration.conftest import running_postgres

        server = running_postgres()
    with server as url:
        run(url, args.events, args.writers, args.pause_ms / 1000)


def run(url: str, events: int, writers: int, pause: float) -> None:
    root = Path(tempfile.mkdtemp())
    paths = Paths(root / "data", root / "config", root / "logs")
    app = create_application()
    db = open_database(url)
    with db.transaction() as session:
        postmortem_id = create_postmortem(session, "Live meeting").id
    window = PostmortemWindow(db, postmortem_id, paths)
    window.show()
    timeline = window.page_for[Step.TIMELINE]
    assert isinstance(timeline, TimelineStep)
    model = timeline.model
    shown_at: dict[str, float] = {}

    def rows_inserted(_parent: QModelIndex, first: int, last: int) -> None:
        now = time.time()
        for row in range(first, last + 1):
            shown_at.setdefault(model.event_at(row).text, now)

    model.rowsInserted.connect(rows_inserted)
    model.modelReset.connect(lambda: rows_inserted(QModelIndex(), 0, model.rowCount() - 1))
    each = events // writers
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, f"writer{n}", str(each), str(pause)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    deadline = time.monotonic() + 30 + events * pause

    def quit_when_done() -> None:
        writing = any(process.poll() is None for process in processes)
        if not writing and (len(shown_at) >= each * writers or time.monotonic() > deadline):
            app.quit()

    check = QTimer()
    check.timeout.connect(quit_when_done)
    check.start(100)
    app.exec()
    committed: dict[str, float] = {}
    for process in processes:
        out, _ = process.communicate()
        committed.update((text, at) for text, at in map(json.loads, out.splitlines()))
    with db.reading() as session:
        stored = {event.text for event in find_postmortem(session, "PM-0001").timeline_events}
    delays = sorted(
        (shown_at[text] - at) * 1000 for text, at in committed.items() if text in shown_at
    )
    print(f"writers: {writers}, events committed: {len(committed)} (pause {pause * 1000:.0f} ms)")
    print(f"lost in the database: {len(set(committed) - stored)}")
    print(f"never shown in the window: {len(set(committed) - set(shown_at))}")
    if delays:
        print(
            f"commit to visible: median {statistics.median(delays):.0f} ms, "
            f"p95 {delays[int(len(delays) * 0.95) - 1]:.0f} ms, max {delays[-1]:.0f} ms"
        )


if __name__ == "__main__":
    main()
