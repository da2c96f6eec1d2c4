"""How the Timeline step copes with 100,000 events.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timeline_model.py [COUNT]

Prints the time to build the model and the whole page, the row count, the time to
scroll through the table page by page (scrollTo + processEvents, so every page is
really laid out and painted), sorting and filtering, one key-moment edit round
trip, and one paint of the timeline strip. The document is an in-memory stand-in
(no database), so the figures are the UI's own cost.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication
from sqlalchemy.orm.attributes import set_committed_value

from pmdesk.domain.edits import Edit
from pmdesk.domain.findings import FindingsCollector
from pmdesk.lint import Finding
from pmdesk.models import KeyMoment, Postmortem, TimelineEvent
from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_SOURCE, COLUMN_TEXT, COLUMN_TIME
from pmdesk.ui.steps.timeline_step import TimelineStep


class StubDocument(QObject):
    """The part of PostmortemDocument the page uses, without a database."""

    edited = Signal(tuple)

    def __init__(self, postmortem: Postmortem) -> None:
        super().__init__()
        self.postmortem = postmortem
        # Cells are linted as they are painted, as in the app.
        self.findings = FindingsCollector()
        self.underlines_visible = True

    def open_findings(self, location: str, text: str, section: str) -> list[Finding]:
        return self.findings.findings_for(text, section, "en")

    def push(self, edit: Edit) -> None:
        self.edited.emit(edit.apply().touched)

    def save(self) -> bool:
        return True


def build_postmortem(count: int) -> Postmortem:
    pm = Postmortem(key="PM-BENCH", title="Log storm")
    start = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
    sources = ("journald db-01", "slack #inc-checkout", "nginx checkout-lb", "pagerduty")
    events = [
        TimelineEvent(
            occurred_at=start + timedelta(milliseconds=(i * 37) % 3_600_000 + i // 1000),
            text=f"request {i} failed: connection refused" if i % 7 == 0 else f"request {i} ok",
            original_time="",
            source_zone="UTC",
            source=sources[i % 4],
            author=f"app-{i % 13:02d}",
            kind="log",
            key_moment=KeyMoment.IMPACT_START if i == 500 else None,
            fingerprint=str(i),
            flags=[],
            is_internal_only=False,
        )
        for i in range(count)
    ]
    # Attached as if loaded from the database: no per-item collection events.
    set_committed_value(pm, "timeline_events", events)
    return pm


def timed(label: str, action: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - started:8.3f} s")
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication(sys.argv)
    pm = timed(f"build {count:,} TimelineEvent objects", lambda: build_postmortem(count))
    document = StubDocument(pm)
    step: TimelineStep = timed(
        "build the Timeline page (model, strip, metrics)",
        lambda: TimelineStep(document),  # type: ignore[arg-type]
    )
    model = step.model
    print(f"{'row count':<44} {model.rowCount():8,}")
    step.resize(1400, 900)

    def show() -> None:
        step.show()
        app.processEvents()

    timed("show and first paint", show)

    table = step.table
    visible_rows = max(1, table.viewport().height() // table.verticalHeader().defaultSectionSize())
    pages = 200

    def scroll() -> None:
        stride = max(1, model.rowCount() // pages)
        for row in range(0, model.rowCount(), stride):
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            app.processEvents()

    elapsed = time.perf_counter()
    scroll()
    elapsed = time.perf_counter() - elapsed
    print(
        f"{f'scroll through {pages} pages of ~{visible_rows} rows':<44} {elapsed:8.3f} s"
        f"  ({elapsed / pages * 1000:.1f} ms per page)"
    )

    timed(
        "sort by text (descending)", lambda: model.sort(COLUMN_TEXT, Qt.SortOrder.DescendingOrder)
    )
    timed("sort by source", lambda: model.sort(COLUMN_SOURCE, Qt.SortOrder.AscendingOrder))
    timed("sort by time", lambda: model.sort(COLUMN_TIME, Qt.SortOrder.AscendingOrder))
    timed("filter: 'refused'", lambda: model.set_query("refused"))
    print(f"{'  rows shown':<44} {model.rowCount():8,}")
    timed(
        "filter: 'source:pagerduty author:app-03'",
        lambda: model.set_query("source:pagerduty author:app-03"),
    )
    print(f"{'  rows shown':<44} {model.rowCount():8,}")
    timed("clear filter", lambda: model.set_query(""))
    table.selectRow(1234)
    timed(
        "mark a key moment (edit + metrics + strip)", lambda: step.mark_selected(KeyMoment.DETECTED)
    )
    timed("add an event", step.add_event)
    timed("paint the strip", lambda: step.strip.grab())
    step.strip.zoom(50.0)
    timed("paint the strip zoomed in 50x", lambda: step.strip.grab())
    timed(
        "switch display zone", lambda: (step.set_display_zone("Europe/Berlin"), app.processEvents())
    )
    step.close()


if __name__ == "__main__":
    main()
