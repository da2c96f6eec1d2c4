"""The post-mortem window: steps and their states, live linting, presenter mode,
undo across steps, the meeting timer, and publishing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step, StepState
from pmdesk.domain.location import Location
from pmdesk.exporters import ExportOptions
from pmdesk.exporters.pdf import is_warm
from pmdesk.models import AcknowledgementKind, Status
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.ui.background import OpContext
from pmdesk.ui.dialogs.publish_dialogs import ExportFolderDialog, OverrideGatesDialog
from pmdesk.ui.lint_actions import keep_finding
from pmdesk.ui.postmortem_window import STEPS, PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.publish_step import (
    PublishStep,
    prepare_rendering,
    render_snapshot,
)
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.widgets.meeting_timer import MeetingTimer, format_clock
from tests.conftest import RenderSpy

BLAMING = "Dana forgot to renew the certificate."


def open_window(qtbot: QtBot, db: Database, paths: Paths, postmortem_id: int) -> PostmortemWindow:
    window = PostmortemWindow(db, postmortem_id, paths)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def sample_window(
    qtbot: QtBot, db: Database, paths: Paths, sample_document: dict[str, Any]
) -> Iterator[PostmortemWindow]:
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, sample_document)[0].id
    window = open_window(qtbot, db, paths, postmortem_id)
    yield window
    if shiboken6.isValid(window):
        window.close()


@pytest.fixture
def new_window(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[PostmortemWindow]:
    with db.transaction() as session:
        postmortem_id = create_postmortem(session, "Certificate expiry").id
    window = open_window(qtbot, db, paths, postmortem_id)
    yield window
    if shiboken6.isValid(window):
        window.close()


def incident_page(window: PostmortemWindow) -> IncidentStep:
    page = window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    return page


def stored(db: Database, **expected: object) -> None:
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        for name, value in expected.items():
            assert getattr(pm, name) == value


def test_the_sample_shows_each_steps_state(sample_window: PostmortemWindow) -> None:
    assert sample_window.steps.count() == len(STEPS)
    assert sample_window.step_state_of(Step.FIVE_WHYS) is StepState.COMPLETE
    assert sample_window.step_state_of(Step.ACTION_ITEMS) is StepState.COMPLETE
    assert sample_window.step_state_of(Step.PUBLISH) is StepState.EMPTY


def test_a_new_post_mortem_starts_empty(new_window: PostmortemWindow) -> None:
    assert new_window.step_state_of(Step.INCIDENT) is StepState.IN_PROGRESS
    assert new_window.step_state_of(Step.TIMELINE) is StepState.EMPTY
    assert new_window.step_state_of(Step.FIVE_WHYS) is StepState.EMPTY


def test_keyboard_moves_between_steps_and_shows_their_prompts(
    new_window: PostmortemWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(new_window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert new_window.pages.currentIndex() == 1
    assert "data lost" in new_window.prompts.body.text()
    qtbot.keyClick(new_window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert new_window.pages.currentIndex() == 2
    assert "first sign" in new_window.prompts.body.text()
    qtbot.keyClick(new_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert new_window.pages.currentIndex() == 1


def _underlined(editor: Any) -> list[tuple[int, int]]:
    spans = []
    for block_format in editor.document().firstBlock().layout().formats():
        if block_format.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            spans.append((block_format.start, block_format.start + block_format.length))
    return spans


def test_typing_blaming_text_underlines_it_and_lists_it(
    new_window: PostmortemWindow, qtbot: QtBot
) -> None:
    editor = incident_page(new_window).summary_edit
    editor.setFocus()
    qtbot.keyClicks(editor, BLAMING)
    qtbot.waitUntil(lambda: bool(_underlined(editor)))
    start, end = _underlined(editor)[0]
    assert "Dana" in BLAMING[start:end] or "forgot" in BLAMING[start:end]
    qtbot.waitUntil(lambda: new_window.findings_panel.tree.topLevelItemCount() == 1)
    assert new_window.step_state_of(Step.INCIDENT) is StepState.HAS_PROBLEMS


def test_keep_with_a_reason_stores_an_acknowledgement(
    new_window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    editor = incident_page(new_window).summary_edit
    editor.setPlainText(BLAMING)
    qtbot.waitUntil(lambda: bool(new_window.findings))
    finding = new_window.findings[0].finding
    keep_finding(
        new_window.document,
        Location.of_field("summary"),
        finding,
        "Quoted from the customer's report",
        "forgot",
    )
    qtbot.waitUntil(lambda: not _underlined(editor))
    qtbot.waitUntil(lambda: new_window.findings_panel.tree.topLevelItemCount() == 0)

    def acknowledged() -> None:
        with db.transaction() as session:
            acks = find_postmortem(session, "PM-0001").acknowledgements
            assert [(a.kind, a.location, a.reason) for a in acks] == [
                (AcknowledgementKind.LINT, "field:summary", "Quoted from the customer's report")
            ]

    qtbot.waitUntil(acknowledged)
    # An edit elsewhere in the text does not bring the finding back.
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " The renewal job had no alert.")
    new_window.refresh_findings()
    assert not [f for f in new_window.findings if f.is_open]


def test_findings_panel_jumps_to_the_field(new_window: PostmortemWindow, qtbot: QtBot) -> None:
    incident_page(new_window).summary_edit.setPlainText(BLAMING)
    qtbot.waitUntil(lambda: new_window.findings_panel.tree.topLevelItemCount() == 1)
    new_window.steps.setCurrentRow(3)
    group = new_window.findings_panel.tree.topLevelItem(0)
    new_window.findings_panel.tree.itemClicked.emit(group.child(0), 0)
    assert new_window.pages.currentIndex() == 0


def test_undo_works_across_steps_and_after_autosave(
    new_window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    editor = incident_page(new_window).summary_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Certificates expired.")
    qtbot.waitUntil(lambda: stored(db, summary="Certificates expired.") is None)
    qtbot.keyClick(new_window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    new_window.undo_action.trigger()
    qtbot.waitUntil(lambda: stored(db, summary="") is None)
    assert editor.toPlainText() == ""
    new_window.redo_action.trigger()
    qtbot.waitUntil(lambda: stored(db, summary="Certificates expired.") is None)


def test_ctrl_z_in_a_text_field_uses_the_post_mortem_undo_stack(
    new_window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    editor = incident_page(new_window).summary_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Typed")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == ""
    assert new_window.document.undo_stack.canRedo()


def test_presenter_mode_hides_private_things_and_enlarges_type(
    sample_window: PostmortemWindow, qtbot: QtBot
) -> None:
    page = incident_page(sample_window)
    normal_size = sample_window.font().pointSizeF()
    assert page.notes_edit.isVisibleTo(sample_window)
    assert sample_window.findings_dock.isVisibleTo(sample_window)

    qtbot.keyClick(sample_window, Qt.Key.Key_F5)
    assert sample_window.is_presenting
    assert sample_window.windowState() & Qt.WindowState.WindowFullScreen
    assert not page.notes_edit.isVisibleTo(sample_window)
    assert not sample_window.findings_dock.isVisibleTo(sample_window)
    assert sample_window.font().pointSizeF() > normal_size
    qtbot.keyClick(sample_window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = sample_window.font().pointSizeF()
    assert zoomed > normal_size * 1.3

    qtbot.keyClick(sample_window, Qt.Key.Key_Escape)
    assert not sample_window.is_presenting
    assert not sample_window.windowState() & Qt.WindowState.WindowFullScreen
    assert page.notes_edit.isVisibleTo(sample_window)
    assert sample_window.findings_dock.isVisibleTo(sample_window)


def test_lint_underlines_can_be_switched_off(new_window: PostmortemWindow, qtbot: QtBot) -> None:
    editor = incident_page(new_window).summary_edit
    editor.setPlainText(BLAMING)
    qtbot.waitUntil(lambda: bool(_underlined(editor)))
    new_window.underlines_action.trigger()
    assert not _underlined(editor)
    new_window.underlines_action.trigger()
    assert _underlined(editor)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_meeting_timer_counts_down_per_step_and_shows_overrun(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = MeetingTimer(["Trigger", "Timeline"], [5, 20], clock=clock)
    qtbot.addWidget(timer)
    assert "Trigger: 5:00 left" in timer.label.text()
    timer.toggle()
    clock.now += 90
    timer.refresh()
    assert "Trigger: 3:30 left" in timer.label.text()
    with qtbot.waitSignal(timer.overrun_changed) as overrun:
        clock.now += 300
        timer.refresh()
    assert overrun.args == [True]
    assert "Trigger: +1:30 over" in timer.label.text()
    timer.set_step(1)
    assert "Timeline: 20:00 left" in timer.label.text()
    timer.toggle()  # pause
    clock.now += 600
    timer.refresh()
    assert "Timeline: 20:00 left" in timer.label.text()
    assert format_clock(-3725) == "+1:02:05"


def publish_page(window: PostmortemWindow) -> PublishStep:
    page = window.page_for[Step.PUBLISH]
    assert isinstance(page, PublishStep)
    return page


def test_publish_lists_gates_and_exports_with_a_recorded_override(
    sample_window: PostmortemWindow,
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = publish_page(sample_window)
    incident_page(sample_window).summary_edit.setPlainText(BLAMING)
    page.refresh()
    failing = [r.id for r in page.results if not r.passed]
    assert "blameless_language" in failing
    assert "checks need attention" in page.headline.text()

    monkeypatch.setattr(
        OverrideGatesDialog, "ask", classmethod(lambda cls, parent, failing: "Board needs it today")
    )
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, start: tmp_path))
    page.format_boxes["html"].setChecked(True)
    page.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "PM-0001-internal.pdf").exists(), timeout=60_000)
    qtbot.waitUntil(lambda: page.open_folder_button.isEnabled(), timeout=10_000)
    markdown = (tmp_path / "PM-0001-internal.md").read_text(encoding="utf-8")
    assert markdown.startswith("---")
    # The reports are the published version: that is the status they show.
    assert "\nstatus: Published\n" in markdown
    html = (tmp_path / "PM-0001-internal.html").read_text(encoding="utf-8")
    assert "<dt>Status</dt><dd>Published</dd>" in html
    assert "Board needs it today" in html  # the override, in the document history

    def published() -> None:
        with db.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert pm.status is Status.PUBLISHED
            assert len(pm.publications) == 1
            record = pm.publications[0]
            assert record.version == 1
            assert record.formats == ["pdf", "html", "md"]
            assert {"gate": "blameless_language", "reason": "Board needs it today"} in (
                record.gate_overrides
            )

    qtbot.waitUntil(published)
    assert "Version 1" in page.history.item(0).text()
    assert page.publication_state.text() == "Published as version 1"
    # A later edit is visible as such, before and after it is saved.
    summary = incident_page(sample_window).summary_edit
    summary.setFocus()
    qtbot.keyClicks(summary, " Updated.")
    assert page.publication_state.text() == "Edited since version 1 was published"
    qtbot.waitUntil(lambda: not sample_window.document.is_dirty, timeout=3000)
    assert page.publication_state.text() == "Edited since version 1 was published"


def test_times_out_of_order_fail_a_gate_that_leads_to_the_event(
    sample_window: PostmortemWindow, qtbot: QtBot
) -> None:
    timeline = sample_window.page_for[Step.TIMELINE]
    assert isinstance(timeline, TimelineStep)
    qtbot.keyClick(sample_window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    row = next(
        r
        for r in range(timeline.model.rowCount())
        if timeline.model.event_at(r).text.startswith("Error rate is back to baseline")
    )
    timeline.table.selectRow(row)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert timeline.metrics_panel.warning_label.isVisible()

    qtbot.keyClick(sample_window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = publish_page(sample_window)
    gate = next(
        page.checklist.topLevelItem(i)
        for i in range(page.checklist.topLevelItemCount())
        if "The incident's times agree" in page.checklist.topLevelItem(i).text(0)
    )
    assert gate.text(0) == "✗  The incident's times agree with each other (1)"
    problem = gate.child(0)
    assert problem.text(0) == (
        "Timeline: Resolved (10:01:12 UTC) is before mitigated (10:07:26 UTC)."
    )
    page.checklist.setCurrentItem(problem)
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert sample_window.pages.currentIndex() == 2
    assert timeline.table.currentIndex().row() == row


def test_pdf_preview_shows_the_rendered_pages(
    sample_window: PostmortemWindow, qtbot: QtBot
) -> None:
    page = publish_page(sample_window)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page._preview is not None, timeout=60_000)
    assert page._preview is not None
    qtbot.addWidget(page._preview)
    assert page._preview.page_count >= 3
    page._preview.close()


def test_redact_replaces_a_secret_in_the_timeline(
    sample_window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    pm = sample_window.document.postmortem
    event = pm.timeline_events[19]
    event.text = "Rotated key AKIAIOSFODNN7EXAMPLE for the WAL bucket"
    sample_window.document.mark_changed()
    page = publish_page(sample_window)
    page.refresh()
    redaction = next(r for r in page.results if r.id == "redaction")
    assert not redaction.passed
    gate_item = next(
        page.checklist.topLevelItem(i)
        for i in range(page.checklist.topLevelItemCount())
        if "secrets" in page.checklist.topLevelItem(i).text(0).lower()
    )
    page.checklist.setCurrentItem(gate_item.child(0))
    assert page.redact_button.isEnabled()
    page.redact_button.click()
    assert "AKIA" not in event.text
    assert "[redacted]" in event.text
    assert next(r for r in page.results if r.id == "redaction").passed


def test_preferences_change_the_agenda_and_the_report_look(
    sample_window: PostmortemWindow, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmdesk.settings import load_preferences
    from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog

    def choose(cls: type, parent: object, current: Any) -> Any:
        dialog = PreferencesDialog(current)
        dialog.organisation.setText("Northwind Payments")
        dialog.agenda[1].setValue(30)
        return dialog.preferences()

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(choose))
    sample_window.edit_preferences()
    stored, _notice = load_preferences(paths.preferences_file)
    assert stored.organisation_name == "Northwind Payments"
    assert stored.agenda_minutes == (5, 30, 20, 10, 5)
    assert sample_window.timer.timeboxes[1] == 30 * 60
    assert publish_page(sample_window).export_options().organisation_name == "Northwind Payments"


@pytest.mark.usefixtures("cold_pdf_process")
def test_opening_publish_warms_up_pdf_rendering_in_the_background(
    sample_window: PostmortemWindow, qtbot: QtBot, render_spy: RenderSpy
) -> None:
    page = publish_page(sample_window)
    assert page.pdf_warm_up is None
    qtbot.keyClick(sample_window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert page.isVisible()
    warm_up = page.pdf_warm_up
    assert warm_up is not None
    # The page is shown while the warm-up still runs: the UI thread did not wait.
    assert not warm_up.wait(0)
    # A preview asked for meanwhile waits for the warm-up, never renders beside it.
    page.preview_button.click()
    qtbot.waitUntil(lambda: page._preview is not None, timeout=60_000)
    assert page._preview is not None
    qtbot.addWidget(page._preview)
    assert page._preview.page_count >= 3
    page._preview.close()
    assert is_warm()
    assert render_spy.calls == 2
    assert render_spy.most_at_once == 1
    qtbot.waitUntil(lambda: not warm_up.is_running)


@pytest.mark.usefixtures("cold_pdf_process")
def test_the_warm_up_and_renders_of_two_windows_may_run_at_once(
    sample_document: dict[str, Any],
) -> None:
    problems: list[BaseException] = []

    def run(work: Callable[[], object]) -> None:
        try:
            work()
        except Exception as exc:  # collected for the assertion below
            problems.append(exc)

    def render() -> object:
        return render_snapshot(sample_document, ("md",), ExportOptions(), OpContext())

    threads = [
        threading.Thread(target=run, args=(lambda: prepare_rendering(OpContext()),)),
        threading.Thread(target=run, args=(render,)),
        threading.Thread(target=run, args=(render,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    assert is_warm()
