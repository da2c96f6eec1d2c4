"""The Timeline step: table, key moments, metrics, strip, filters, undo, 100,000 events."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm.attributes import set_committed_value

from pmdesk.domain.corroboration import link_corroborations
from pmdesk.domain.findings import FindingsCollector
from pmdesk.domain.location import Location
from pmdesk.domain.timeline_edits import ReplaceTimelineEvents, merged_in_time_order
from pmdesk.lint import Finding
from pmdesk.models import KeyMoment, Postmortem, TimelineEvent, WhyNode, why_evidence
from pmdesk.store import Database
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.itemmodels.timeline_table_model import (
    COLUMN_AUTHOR,
    COLUMN_KEY_MOMENT,
    COLUMN_LEVEL,
    COLUMN_SOURCE,
    COLUMN_TEXT,
    COLUMN_TIME,
    TimelineTableModel,
)
from pmdesk.ui.mime import TIMELINE_EVENTS_MIME
from pmdesk.ui.steps import timeline_step
from pmdesk.ui.steps.timeline_step import TimelineStep

IMPORTS = Path(__file__).parent.parent / "data" / "imports"


@pytest.fixture
def step(qtbot: QtBot, document: PostmortemDocument) -> TimelineStep:
    page = TimelineStep(document)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def stored_events(db: Database) -> list[TimelineEvent]:
    with db.sessions() as session:
        return list(session.scalars(select(TimelineEvent).order_by(TimelineEvent.occurred_at)))


def wait_saved(qtbot: QtBot, document: PostmortemDocument) -> None:
    qtbot.waitUntil(lambda: not document.is_dirty, timeout=3000)


def row_of_text(step: TimelineStep, fragment: str) -> int:
    model = step.model
    for row in range(model.rowCount()):
        if fragment in model.event_at(row).text:
            return row
    raise AssertionError(f"no row with {fragment!r}")


def shown(step: TimelineStep, row: int, column: int) -> str:
    return str(step.model.index(row, column).data())


def test_shows_the_sample_in_time_order(step: TimelineStep, qtmodeltester: Any) -> None:
    model = step.model
    assert model.rowCount() == 30
    times = [model.event_at(row).occurred_at for row in range(model.rowCount())]
    assert times == sorted(times)
    assert shown(step, 0, COLUMN_TIME) == "08:41:12"  # one day: no date
    impact = row_of_text(step, "First HTTP 502")
    assert shown(step, impact, COLUMN_KEY_MOMENT) == "Impact start"
    assert model.index(impact, COLUMN_TEXT).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, COLUMN_TEXT).data(Qt.ItemDataRole.BackgroundRole) is None
    assert isinstance(model.index(0, 0).data(Role.ITEM), TimelineEvent)
    tooltip = model.index(0, COLUMN_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert "08:41:12 (UTC)" in tooltip
    assert step.count_label.text() == "30 events"
    qtmodeltester.check(model)


def test_metrics_panel_shows_the_sample_durations(step: TimelineStep) -> None:
    panel = step.metrics_panel
    assert panel.value_text("time_to_detect") == "10 min 31 s"
    assert panel.value_text("time_to_acknowledge") == "12 min 16 s"
    assert panel.value_text("time_to_mitigate") == "1 h 4 min"
    assert panel.value_text("time_to_resolve") == "1 h 13 min"
    assert panel.value_text("impact_duration") == "1 h 4 min"


def test_key_moment_shortcut_moves_the_marker_and_updates_metrics(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    row = row_of_text(step, "5xx rate on /api/checkout at 38 %")
    step.table.selectRow(row)
    # The shortcut works where the table has the focus, as when a person clicked it;
    # on a busy machine the window becomes active a moment after it is shown.
    qtbot.waitUntil(lambda: step.isActiveWindow())
    step.table.setFocus()
    qtbot.waitUntil(step.table.hasFocus)
    qtbot.keyClick(step.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    assert shown(step, row, COLUMN_KEY_MOMENT) == "Detected"
    assert shown(step, row_of_text(step, "Triggered: Checkout"), COLUMN_KEY_MOMENT) == ""
    assert step.metrics_panel.value_text("time_to_detect") == "1 min 29 s"
    wait_saved(qtbot, document)
    detected = [e.text for e in stored_events(db) if e.key_moment is KeyMoment.DETECTED]
    assert detected == ["5xx rate on /api/checkout at 38 % (per-minute aggregate)"]

    document.undo_stack.undo()
    assert step.metrics_panel.value_text("time_to_detect") == "10 min 31 s"
    wait_saved(qtbot, document)
    detected = [e.text for e in stored_events(db) if e.key_moment is KeyMoment.DETECTED]
    assert detected == ["Triggered: Checkout API 5xx rate above 5 % for 10 minutes"]


def test_times_out_of_order_are_shown_as_such_and_lead_to_the_event(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    panel = step.metrics_panel
    assert not panel.warning_label.isVisible()
    row = row_of_text(step, "Error rate is back to baseline")
    step.table.selectRow(row)
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    # Resolved at 10:01:12, mitigated at 10:07:26: time to resolve < time to mitigate.
    assert panel.value_text("time_to_resolve") == "58 min 41 s"
    assert panel.warning_label.isVisible()
    assert "Resolved (10:01:12 UTC) is before Mitigated (10:07:26 UTC)." in panel.warning_text()

    step.table.selectRow(0)
    panel.warning_label.setFocus()
    qtbot.keyClick(panel.warning_label, Qt.Key.Key_Tab)  # to the link
    qtbot.keyClick(panel.warning_label, Qt.Key.Key_Return)
    assert step.table.currentIndex().row() == row

    document.undo_stack.undo()
    assert not panel.warning_label.isVisible()
    assert panel.warning_text() == ""


def test_ctrl_delete_clears_and_same_shortcut_toggles(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    row = row_of_text(step, "Resolved by Mei Lin")
    step.table.selectRow(row)
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert shown(step, row, COLUMN_KEY_MOMENT) == ""
    assert step.metrics_panel.value_text("time_to_resolve") == "—"
    qtbot.keyClick(step.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert shown(step, row, COLUMN_KEY_MOMENT) == "Resolved"
    qtbot.keyClick(step.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert shown(step, row, COLUMN_KEY_MOMENT) == ""
    document.undo_stack.undo()
    assert shown(step, row, COLUMN_KEY_MOMENT) == "Resolved"


def test_ctrl_delete_in_a_text_field_deletes_a_word_not_the_key_moment(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    row = row_of_text(step, "Resolved by Mei Lin")
    index = step.model.index(row, COLUMN_TEXT)
    step.table.scrollTo(index)
    center = step.table.visualRect(index).center()
    qtbot.mouseClick(step.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(step.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert editor.text().startswith("by Mei Lin")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    step.search.setFocus()
    qtbot.keyClicks(step.search, "Resolved by")
    qtbot.keyClick(step.search, Qt.Key.Key_Home)
    qtbot.keyClick(step.search, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert step.search.text() == "by"
    assert shown(step, row_of_text(step, "Resolved by Mei Lin"), COLUMN_KEY_MOMENT) == "Resolved"
    assert document.undo_stack.count() == 0


def test_add_event_with_ctrl_enter_then_type_its_text(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    step.table.selectRow(row_of_text(step, "systemctl reload pgbouncer on app-03"))
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert step.model.rowCount() == 31
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Checked the pooler config on app-04")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: document.undo_stack.count() == 2)

    row = row_of_text(step, "Checked the pooler config")
    # Added right after the selected event, at its time.
    assert shown(step, row, COLUMN_TIME) == "09:41:10"
    assert shown(step, row, COLUMN_SOURCE) == "manual"
    assert shown(step, row - 1, COLUMN_TEXT) == "systemctl reload pgbouncer on app-03"
    pm_events = document.postmortem.timeline_events
    assert pm_events[pm_events.index(step.model.event_at(row)) - 1].text.startswith("systemctl")
    wait_saved(qtbot, document)
    texts = [e.text for e in stored_events(db)]
    assert "Checked the pooler config on app-04" in texts

    document.undo_stack.undo()  # the text
    document.undo_stack.undo()  # the row
    assert step.model.rowCount() == 30
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 30
    document.undo_stack.redo()
    document.undo_stack.redo()
    wait_saved(qtbot, document)
    assert "Checked the pooler config on app-04" in [e.text for e in stored_events(db)]


def test_add_button_and_insert_key(step: TimelineStep, qtbot: QtBot, qtmodeltester: Any) -> None:
    qtmodeltester.check(step.model, force_py=True)
    step.add_button.click()
    assert step.model.rowCount() == 31
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Escape)
    qtbot.keyClick(step.table, Qt.Key.Key_Insert)
    assert step.model.rowCount() == 32


def test_edit_time_by_typing_in_the_display_zone(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    step.zone_combo.setCurrentText("Europe/Berlin")
    step.zone_combo.lineEdit().editingFinished.emit()
    row = row_of_text(step, "First HTTP 502")
    assert shown(step, row, COLUMN_TIME) == "11:02:31"
    assert step.model.headerData(COLUMN_TIME, Qt.Orientation.Horizontal) == "Time (Europe/Berlin)"

    index = step.model.index(row, COLUMN_TIME)
    step.table.setCurrentIndex(index)
    step.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "11:01:00")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.undo_stack.count() == 1)

    impact = next(e for e in document.postmortem.timeline_events if e.text.startswith("First"))
    assert impact.occurred_at == datetime(2026, 10, 14, 9, 1, 0, tzinfo=UTC)
    # Re-sorted: it now comes before "Leader key expired" (09:01:55).
    assert step.model.row_of(impact) == row - 2
    assert step.metrics_panel.value_text("time_to_detect") == "12 min 2 s"
    wait_saved(qtbot, document)
    stored = next(e for e in stored_events(db) if e.text.startswith("First HTTP 502"))
    assert stored.occurred_at == datetime(2026, 10, 14, 9, 1, 0, tzinfo=UTC)
    # The domain list itself stays in time order (exports read it as is).
    in_order = [e.occurred_at for e in document.postmortem.timeline_events]
    assert in_order == sorted(in_order)
    document.undo_stack.undo()
    assert impact.occurred_at == datetime(2026, 10, 14, 9, 2, 31, tzinfo=UTC)
    in_order = [e.occurred_at for e in document.postmortem.timeline_events]
    assert in_order == sorted(in_order)


@pytest.mark.parametrize(
    ("typed", "stored_at"),
    [
        ("2026-10-14T11:01", datetime(2026, 10, 14, 9, 1, tzinfo=UTC)),
        ("2026-10-14 11:01:05", datetime(2026, 10, 14, 9, 1, 5, tzinfo=UTC)),
        ("2026-10-14 09:01 UTC", datetime(2026, 10, 14, 9, 1, tzinfo=UTC)),
    ],
)
def test_typing_a_full_moment_into_the_time_cell(
    step: TimelineStep,
    qtbot: QtBot,
    document: PostmortemDocument,
    db: Database,
    typed: str,
    stored_at: datetime,
) -> None:
    assert step.set_display_zone("Europe/Berlin")
    row = row_of_text(step, "First HTTP 502")
    index = step.model.index(row, COLUMN_TIME)
    step.table.setCurrentIndex(index)
    step.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.undo_stack.count() == 1)
    event = next(e for e in document.postmortem.timeline_events if e.text.startswith("First"))
    assert event.occurred_at == stored_at
    wait_saved(qtbot, document)
    saved = next(e for e in stored_events(db) if e.text.startswith("First HTTP 502"))
    assert saved.occurred_at == stored_at


@pytest.mark.parametrize("typed", ["0001-01-01 00:30", "2026-10-14", "2026-10-14 25:00"])
def test_an_impossible_time_in_the_cell_is_refused(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, typed: str
) -> None:
    # Year 1 at UTC+1 used to overflow while converting to UTC.
    assert step.set_display_zone("Europe/Berlin")
    index = step.model.index(0, COLUMN_TIME)
    step.table.setCurrentIndex(index)
    step.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not a time pmdesk can read" in step.status.text())
    assert document.undo_stack.count() == 0
    assert step.model.event_at(0).occurred_at == datetime(2026, 10, 14, 8, 41, 12, tzinfo=UTC)


def test_display_zone_changes_shown_times_not_stored_ones(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    assert step.set_display_zone("America/New_York")
    assert shown(step, 0, COLUMN_TIME) == "04:41:12"
    assert step.model.event_at(0).occurred_at == datetime(2026, 10, 14, 8, 41, 12, tzinfo=UTC)
    assert not document.is_dirty
    assert not step.set_display_zone("Mars/Olympus_Mons")
    assert "not a time zone" in step.status.text()
    assert step.model.zone_name == "America/New_York"


def test_unreadable_time_is_rejected_with_a_message(step: TimelineStep) -> None:
    index = step.model.index(0, COLUMN_TIME)
    assert not step.model.setData(index, "half past nine")
    assert "not a time pmdesk can read" in step.status.text()
    assert step.document.undo_stack.count() == 0


def test_edit_author_and_source_inline(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    row = row_of_text(step, "5xx rate on /api/checkout below")
    assert step.model.setData(step.model.index(row, COLUMN_AUTHOR), "Grafana")
    assert step.model.setData(step.model.index(row, COLUMN_SOURCE), "grafana")
    assert shown(step, row, COLUMN_AUTHOR) == "Grafana"
    wait_saved(qtbot, document)
    stored = next(e for e in stored_events(db) if e.text.startswith("5xx rate on /api/checkout b"))
    assert (stored.author, stored.source) == ("Grafana", "grafana")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert shown(step, row, COLUMN_AUTHOR) == ""


def test_delete_cited_event_drops_and_restores_its_evidence_links(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    row = row_of_text(step, "PgBouncer resolves the database host name")
    event = step.model.event_at(row)
    event_id = event.id
    why = next(w for w in document.postmortem.why_nodes if any(e is event for e in w.evidence))
    step.table.selectRow(row)
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Delete)

    assert step.model.rowCount() == 29
    assert not any(e is event for e in why.evidence)
    assert "evidence links: 1" in step.status.text()
    wait_saved(qtbot, document)
    with db.sessions() as session:
        assert session.get(TimelineEvent, event_id) is None
        links = session.execute(
            select(why_evidence).where(why_evidence.c.timeline_event_id == event_id)
        ).all()
        assert links == []

    document.undo_stack.undo()
    assert step.model.rowCount() == 30
    assert any(e is event for e in why.evidence)
    wait_saved(qtbot, document)
    with db.sessions() as session:
        restored = session.get(TimelineEvent, event_id)
        assert restored is not None
        stored_why = session.get(WhyNode, why.id)
        assert stored_why is not None
        assert [e.id for e in stored_why.evidence] == [event_id]


def test_delete_several_rows_in_one_undo_step(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, qtmodeltester: Any
) -> None:
    qtmodeltester.check(step.model, force_py=True)
    step.table.selectRow(0)
    for row in (1, 2):
        step.table.selectionModel().select(
            step.model.index(row, 0),
            step.table.selectionModel().SelectionFlag.Select
            | step.table.selectionModel().SelectionFlag.Rows,
        )
    step.delete_action.trigger()
    assert step.model.rowCount() == 27
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert step.model.rowCount() == 30


def test_filter_by_source_author_and_text(
    step: TimelineStep, qtbot: QtBot, qtmodeltester: Any
) -> None:
    # The Python tester raises (failing the test) and stays attached to check every
    # insert, remove and layout change that follows.
    qtmodeltester.check(step.model, force_py=True)
    qtbot.keyClicks(step.search, "source:pagerduty")
    assert step.model.rowCount() == 3
    assert step.count_label.text() == "Showing 3 of 30"
    step.search.clear()
    qtbot.keyClicks(step.search, "author:jonas reload")
    assert [shown(step, r, COLUMN_AUTHOR) for r in range(step.model.rowCount())] == ["Jonas Becker"]
    step.search.clear()
    qtbot.keyClicks(step.search, "pgbouncer")
    assert step.model.rowCount() == 4
    step.search.clear()
    assert step.model.rowCount() == 30


def test_log_levels_are_shown_and_errors_only_narrows_the_table(
    step: TimelineStep, qtbot: QtBot, qtmodeltester: Any
) -> None:
    qtmodeltester.check(step.model, force_py=True)
    model = step.model
    assert model.headerData(COLUMN_LEVEL, Qt.Orientation.Horizontal) == "Level"
    assert shown(step, row_of_text(step, "No space left"), COLUMN_LEVEL) == "Critical"
    assert shown(step, row_of_text(step, "Leader key expired"), COLUMN_LEVEL) == "Warning"
    assert shown(step, row_of_text(step, "Two merchants report"), COLUMN_LEVEL) == ""
    # The level is what the log said: not editable in place.
    assert not model.flags(model.index(0, COLUMN_LEVEL)) & Qt.ItemFlag.ItemIsEditable

    qtbot.mouseClick(step.errors_only, Qt.MouseButton.LeftButton)
    assert step.errors_only.isChecked()
    texts = [model.event_at(row).text[:30] for row in range(model.rowCount())]
    assert texts == [
        "archive_command failed (exit 1",
        'could not write to file "pg_wa',
        "First HTTP 502 on POST /api/ch",
    ]
    assert step.count_label.text() == "Showing 3 of 30"
    # With the search, both narrow: the errors among db-01's lines.
    qtbot.keyClicks(step.search, "source:db-01")
    assert model.rowCount() == 2
    step.search.clear()

    qtbot.keyClick(step.errors_only, Qt.Key.Key_Space)
    assert not step.errors_only.isChecked()
    assert model.rowCount() == 30
    assert step.count_label.text() == "30 events"


def test_selecting_an_event_hidden_by_errors_only_shows_it(
    step: TimelineStep, qtbot: QtBot
) -> None:
    qtbot.mouseClick(step.errors_only, Qt.MouseButton.LeftButton)
    chat = next(e for e in step.document.postmortem.timeline_events if e.text.startswith("Two"))
    step.select_event(chat)
    assert not step.errors_only.isChecked()
    assert step.selected_events() == [chat]


def corroborate_the_alert(step: TimelineStep) -> tuple[TimelineEvent, TimelineEvent]:
    """The Slack message PagerDuty's integration posted, imported after the alert."""
    pm = step.document.postmortem
    alert = next(e for e in pm.timeline_events if e.text.startswith("Triggered: Checkout"))
    relayed = TimelineEvent(
        occurred_at=alert.occurred_at + timedelta(seconds=4),
        text="Triggered #4711: Checkout API 5xx rate above 5 % for 10 minutes",
        source="slack #inc-checkout",
        author="PagerDuty",
        kind="message",
        fingerprint="relayed-alert",
        level="error",
    )
    assert link_corroborations(pm.timeline_events, [relayed]) == [relayed]
    step.document.push(
        ReplaceTimelineEvents(pm, merged_in_time_order(pm.timeline_events, [relayed]), "Import")
    )
    return alert, relayed


def test_the_same_moment_from_two_sources_is_one_row_with_its_sources(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    alert, relayed = corroborate_the_alert(step)
    model = step.model
    assert model.rowCount() == 30
    assert step.count_label.text() == "30 events"
    row = row_of_text(step, "Triggered: Checkout")
    assert shown(step, row, COLUMN_SOURCE) == "pagerduty +1"
    tooltip = model.index(row, COLUMN_SOURCE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Seen by 2 sources: pagerduty, slack #inc-checkout" in tooltip
    assert "slack #inc-checkout: Triggered #4711" in tooltip
    # The relayed message is an error: "Errors only" keeps the moment it corroborates.
    qtbot.mouseClick(step.errors_only, Qt.MouseButton.LeftButton)
    assert "Triggered: Checkout" in [model.event_at(r).text[:19] for r in range(model.rowCount())]
    qtbot.mouseClick(step.errors_only, Qt.MouseButton.LeftButton)

    # Expand: the evidence from Slack gets a row of its own.
    step.table.selectRow(row_of_text(step, "Triggered: Checkout"))
    menu = step.context_menu()
    show = next(a for a in menu.actions() if a.text() == "Show its other sources as rows")
    show.trigger()
    menu.deleteLater()
    assert model.rowCount() == 31
    member = row_of_text(step, "Triggered #4711")
    assert member == row_of_text(step, "Triggered: Checkout") + 1  # right below its moment
    assert shown(step, member, COLUMN_SOURCE) == "↳ slack #inc-checkout"

    # The user says it is another moment: split it off.
    step.table.selectRow(member)
    menu = step.context_menu()
    split = next(a for a in menu.actions() if a.text() == "Split off as a separate event")
    split.trigger()
    menu.deleteLater()
    assert relayed.corroborates is None
    assert shown(step, row_of_text(step, "Triggered #4711"), COLUMN_SOURCE) == "slack #inc-checkout"
    assert shown(step, row_of_text(step, "Triggered: Checkout"), COLUMN_SOURCE) == "pagerduty"
    assert step.count_label.text() == "31 events"
    wait_saved(qtbot, document)
    stored = {e.text: e for e in stored_events(db)}
    assert stored[relayed.text].corroborates_id is None

    document.undo_stack.undo()
    assert relayed.corroborates is alert
    wait_saved(qtbot, document)
    stored = {e.text: e for e in stored_events(db)}
    assert stored[relayed.text].corroborates_id == stored[alert.text].id
    step.model.set_expanded(alert, False)
    assert model.rowCount() == 30


def test_deleting_a_moment_deletes_its_evidence_and_undo_brings_it_back(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    alert, relayed = corroborate_the_alert(step)
    step.table.selectRow(row_of_text(step, "Triggered: Checkout"))
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Delete)
    assert step.count_label.text() == "29 events"
    wait_saved(qtbot, document)
    texts = {e.text for e in stored_events(db)}
    assert alert.text not in texts
    assert relayed.text not in texts
    document.undo_stack.undo()
    wait_saved(qtbot, document)
    assert relayed.corroborates is alert
    assert step.count_label.text() == "30 events"


def test_event_added_while_filtering_stays_visible(step: TimelineStep, qtbot: QtBot) -> None:
    qtbot.keyClicks(step.search, "pagerduty")
    step.add_event()
    assert step.model.rowCount() == 4


def test_sorting_by_source_is_stable_by_time(
    step: TimelineStep, qtbot: QtBot, qtmodeltester: Any
) -> None:
    qtmodeltester.check(step.model, force_py=True)
    step.table.sortByColumn(COLUMN_SOURCE, Qt.SortOrder.AscendingOrder)
    sources = [shown(step, r, COLUMN_SOURCE) for r in range(step.model.rowCount())]
    assert sources == sorted(sources, key=str.casefold)
    pagerduty = [r for r, s in enumerate(sources) if s == "pagerduty"]
    times = [step.model.event_at(r).occurred_at for r in pagerduty]
    assert times == sorted(times)
    step.table.sortByColumn(COLUMN_TIME, Qt.SortOrder.DescendingOrder)
    assert shown(step, 0, COLUMN_TIME) == "11:05:00"


def test_drag_carries_event_ids(step: TimelineStep) -> None:
    rows = [row_of_text(step, "Acknowledged by"), row_of_text(step, "Resolved by Mei")]
    indexes = [step.model.index(r, c) for r in rows for c in range(5)]
    mime = step.model.mimeData(indexes)
    ids = json.loads(bytes(mime.data(TIMELINE_EVENTS_MIME).data()).decode())
    assert ids == [step.model.event_at(r).id for r in rows]
    assert "Acknowledged by Priya Raman" in mime.text()
    assert TIMELINE_EVENTS_MIME in step.model.mimeTypes()
    assert step.model.flags(indexes[0]) & Qt.ItemFlag.ItemIsDragEnabled


def test_focus_location_selects_and_reveals_the_event(step: TimelineStep, qtbot: QtBot) -> None:
    qtbot.keyClicks(step.search, "pagerduty")
    target = next(e for e in step.document.postmortem.timeline_events if e.text.startswith("Post"))
    assert step.focus_location(Location.parse(f"event:{target.id}"))
    assert step.search.text() == ""
    assert step.selected_events() == [target]
    assert not step.focus_location(Location.parse("why:1"))
    assert not step.focus_location(Location.parse("event:999999"))


def test_strip_paints_and_a_click_selects_the_event(step: TimelineStep, qtbot: QtBot) -> None:
    image = step.strip.grab()
    assert not image.isNull()
    target = next(e for e in step.document.postmortem.timeline_events if e.text.startswith("Post"))
    x = round(step.strip._x_of(target.occurred_at.timestamp()))
    assert step.strip.event_near(x) is target
    qtbot.mouseClick(step.strip, Qt.MouseButton.LeftButton, pos=QPoint(x, step.strip.height() // 2))
    assert step.selected_events() == [target]
    step.strip.zoom(8.0, x)
    zoom_start, zoom_end = step.strip.view_range
    assert zoom_end - zoom_start < timedelta(minutes=20)
    assert not step.strip.grab().isNull()
    step.strip.reset_zoom()


def test_presenter_mode_makes_rows_taller(step: TimelineStep) -> None:
    normal = step.table.verticalHeader().defaultSectionSize()
    step.set_presenter_mode(True)
    assert step.table.verticalHeader().defaultSectionSize() > normal
    step.set_presenter_mode(False)
    assert step.table.verticalHeader().defaultSectionSize() == normal


def test_import_button_uses_the_dialog(step: TimelineStep, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmdesk.ui.dialogs.import_dialog import ImportDialog

    calls: list[str] = []

    def fake_ask(parent: object, document: object, *, zone_name: str) -> None:
        calls.append(zone_name)

    monkeypatch.setattr(ImportDialog, "ask", fake_ask)
    step.import_button.click()
    assert calls == ["UTC"]


# --- 100,000 events ----------------------------------------------------------------


class _StubDocument(QObject):
    """Just enough of PostmortemDocument for the model: no database round trip."""

    edited = Signal(tuple)

    def __init__(self, postmortem: Postmortem) -> None:
        super().__init__()
        self.postmortem = postmortem
        # Cells are linted as they are painted, as in the app.
        self.findings = FindingsCollector()
        self.underlines_visible = True

    def open_findings(self, location: Location | None, text: str, section: str) -> list[Finding]:
        return self.findings.findings_for(text, section, "en")

    def push(self, edit: Any) -> None:
        self.edited.emit(edit.apply().touched)

    def save(self) -> bool:
        return True


def big_postmortem(count: int) -> Postmortem:
    pm = Postmortem(key="PM-BIG", title="Load")
    start = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)
    sources = ("journald db-01", "slack #inc", "nginx lb", "pagerduty")
    events = [
        TimelineEvent(
            occurred_at=start + timedelta(milliseconds=37 * i),
            text=f"log line {i} " + ("connection refused" if i % 7 == 0 else "ok"),
            original_time="",
            source_zone="UTC",
            source=sources[i % 4],
            author=f"host-{i % 13}",
            kind="log",
            key_moment=None,
            fingerprint=str(i),
            flags=[],
            is_internal_only=False,
        )
        for i in range(count)
    ]
    # Attached as if loaded from the database: no per-item collection events.
    set_committed_value(pm, "timeline_events", events)
    return pm


def test_model_with_100k_events_stays_fast(qtbot: QtBot) -> None:
    # Generous bounds (the CI box is shared): they catch quadratic work, not jitter.
    # benchmarks/bench_timeline_model.py has the real figures.
    pm = big_postmortem(100_000)
    document = _StubDocument(pm)
    started = time.perf_counter()
    model = TimelineTableModel(document)  # type: ignore[arg-type]
    assert time.perf_counter() - started < 5.0
    assert model.rowCount() == 100_000

    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    started = time.perf_counter()
    for row in range(0, 100_000, 5_000):
        view.scrollTo(model.index(row, 0))
        QApplication.processEvents()
    assert time.perf_counter() - started < 10.0

    started = time.perf_counter()
    model.sort(COLUMN_TEXT, Qt.SortOrder.DescendingOrder)
    assert time.perf_counter() - started < 5.0
    assert model.rowCount() == 100_000
    started = time.perf_counter()
    model.set_query("source:pagerduty refused")
    assert time.perf_counter() - started < 5.0
    assert model.rowCount() == len([i for i in range(100_000) if i % 4 == 3 and i % 7 == 0])
    assert model.index(0, COLUMN_TEXT).data() is not None
    assert model.index(0, 0, QModelIndex()).isValid()

    # The strip bins 100,000 events instead of drawing each one.
    from pmdesk.ui.widgets.timeline_strip import TimelineStrip

    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(1200, strip.height())
    strip.set_events(pm.timeline_events)
    started = time.perf_counter()
    assert not strip.grab().isNull()
    assert time.perf_counter() - started < 2.0


def test_remove_import_in_one_undoable_step(
    step: TimelineStep,
    qtbot: QtBot,
    document: PostmortemDocument,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pmdesk.importers import ImportOptions
    from pmdesk.importers.store import import_edit, prepare_import
    from pmdesk.models import ImportBatch
    from pmdesk.ui.dialogs.import_dialog import FORMAT_NAMES

    prepared = prepare_import(
        IMPORTS / "pagerduty_log_entries.json",
        ImportOptions(),
        frozenset(),
        format_names=FORMAT_NAMES,
    )
    added = len(prepared.events)
    assert added > 0
    document.push(import_edit(document.postmortem, prepared))
    assert step.model.rowCount() == 30 + added
    imported_row = step.model.row_of(prepared.events[0])
    assert imported_row is not None
    assert "Imported from pagerduty_log_entries.json" in str(
        step.model.index(imported_row, COLUMN_SOURCE).data(Qt.ItemDataRole.ToolTipRole)
    )
    wait_saved(qtbot, document)

    offered: list[list[ImportBatch]] = []

    def pick_first(parent: object, batches: list[ImportBatch]) -> ImportBatch:
        offered.append(batches)
        return batches[0]

    monkeypatch.setattr(timeline_step, "ask_import_batch", pick_first)
    step.remove_import_action.trigger()
    assert [b.file_name for b in offered[0]] == ["pagerduty_log_entries.json"]
    assert step.model.rowCount() == 30
    wait_saved(qtbot, document)
    with db.sessions() as session:
        assert session.scalars(select(ImportBatch)).all() == []
    assert len(stored_events(db)) == 30

    document.undo_stack.undo()
    assert step.model.rowCount() == 30 + added
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 30 + added
    with db.sessions() as session:
        assert [b.event_count for b in session.scalars(select(ImportBatch))] == [added]
    document.undo_stack.redo()
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 30
    document.undo_stack.undo()  # the removal, again
    document.undo_stack.undo()  # the import itself
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 30
    document.undo_stack.redo()  # the import, after its events were deleted on disk
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 30 + added
    with db.sessions() as session:
        assert len(session.scalars(select(ImportBatch)).all()) == 1


def test_deleting_many_events_is_one_step_and_comes_back(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument, db: Database
) -> None:
    from pmdesk.domain.timeline_edits import (
        ReplaceTimelineEvents,
        merged_in_time_order,
        new_manual_event,
    )

    pm = document.postmortem
    start = datetime(2026, 10, 14, 9, 30, tzinfo=UTC)
    extra = [
        new_manual_event(pm, start + timedelta(seconds=i), f"note {i}", "Alex") for i in range(150)
    ]
    document.push(ReplaceTimelineEvents(pm, merged_in_time_order(pm.timeline_events, extra)))
    assert step.model.rowCount() == 180
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 180
    with db.sessions() as session:
        links_before = session.execute(select(why_evidence)).all()
    assert len(links_before) == 9

    step.table.selectAll()
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Delete)
    assert step.model.rowCount() == 0
    assert step.metrics_panel.value_text("time_to_detect") == "—"
    wait_saved(qtbot, document)
    assert stored_events(db) == []
    with db.sessions() as session:
        assert session.execute(select(why_evidence)).all() == []

    document.undo_stack.undo()
    assert step.model.rowCount() == 180
    wait_saved(qtbot, document)
    assert len(stored_events(db)) == 180
    with db.sessions() as session:
        assert sorted(session.execute(select(why_evidence)).all()) == sorted(links_before)
    assert step.metrics_panel.value_text("time_to_detect") == "10 min 31 s"


def test_context_menu_marks_moments_and_jumps_to_citing_whys(
    step: TimelineStep, qtbot: QtBot
) -> None:
    row = row_of_text(step, "PgBouncer resolves the database host name")
    step.table.selectRow(row)
    menu = step.context_menu()
    titles = [action.text() for action in menu.actions()]
    assert "Add event" in titles
    assert "Mark as key moment" in titles
    assert "Cited as evidence by" in titles
    marks = next(a.menu() for a in menu.actions() if a.text() == "Mark as key moment")
    mitigated = next(a for a in marks.actions() if a.text() == "Mitigated")
    assert mitigated.shortcut().toString() == "Ctrl+4"
    mitigated.trigger()
    assert shown(step, row, COLUMN_KEY_MOMENT) == "Mitigated"
    assert step.metrics_panel.value_text("time_to_mitigate") == "30 min 49 s"

    cited = next(a.menu() for a in menu.actions() if a.text() == "Cited as evidence by")
    why = next(w for w in step.document.postmortem.why_nodes if w.text.startswith("PgBouncer"))
    with qtbot.waitSignal(step.jump_requested, timeout=0) as blocker:
        cited.actions()[0].trigger()
    assert blocker.args == [Location.parse(f"why:{why.id}")]
    menu.deleteLater()


def test_the_date_is_shown_once_events_span_two_days(
    step: TimelineStep, document: PostmortemDocument
) -> None:
    assert not step.model.shows_date
    # At UTC+14 the sample's last events fall after midnight.
    step.set_display_zone("Pacific/Kiritimati")
    assert step.model.shows_date
    assert shown(step, 0, COLUMN_TIME) == "2026-10-14 22:41:12"
    assert str(step.model.index(0, COLUMN_TIME).data(Qt.ItemDataRole.EditRole)).startswith(
        "2026-10-14"
    )
    step.set_display_zone("UTC")
    assert not step.model.shows_date
    late = step.model.event_at(step.model.rowCount() - 1)
    assert step.model.setData(
        step.model.index(step.model.rowCount() - 1, COLUMN_TIME), "2026-10-15 00:30"
    )
    assert late.occurred_at == datetime(2026, 10, 15, 0, 30, tzinfo=UTC)
    assert step.model.shows_date


def test_ctrl_enter_while_typing_keeps_the_text_and_adds_the_next_row(
    step: TimelineStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    step.table.setFocus()
    qtbot.keyClick(step.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "First note")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: step.model.rowCount() == 32)
    second = QApplication.focusWidget()
    assert isinstance(second, QLineEdit)
    qtbot.keyClicks(second, "Second note")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            {"First note", "Second note"} <= {e.text for e in document.postmortem.timeline_events}
        )
    )
