"""The whole learning loop as a facilitator drives it: from Ctrl+N in the library to a
published report, through every step, checking what is stored and shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step, StepState
from pmdesk.models import KeyMoment, LessonKind, Status, Verdict
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.queries import find_postmortem
from pmdesk.ui.dialogs.new_postmortem_dialog import NewPostmortemDialog
from pmdesk.ui.dialogs.publish_dialogs import ExportFolderDialog
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.actions_step import ActionItemsStep
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.lessons_step import LessonsStep
from pmdesk.ui.steps.publish_step import PublishStep
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.steps.trigger_step import TriggerStep
from pmdesk.ui.steps.whys_step import WhysStep


def type_into_editor(qtbot: QtBot, view: QAbstractItemView, text: str) -> None:
    """Type into the cell editor `view` just opened, then commit it with Enter."""

    def open_editors() -> list[QLineEdit]:
        return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: len(open_editors()) == 1)
    editor = open_editors()[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_from_a_new_post_mortem_to_a_published_report(
    qtbot: QtBot, db: Database, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = MainWindow(db, paths)
    qtbot.addWidget(library)
    with qtbot.waitActive(library):
        library.show()
        library.activateWindow()
    monkeypatch.setattr(
        NewPostmortemDialog, "ask", lambda *_a, **_k: "Payments API returned errors"
    )
    with qtbot.waitSignal(library.postmortem_opened) as opened:
        qtbot.keyClick(library, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window = library._open_windows[opened.args[0]]
    assert isinstance(window, PostmortemWindow)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.activateWindow()

    # Incident: what happened, typed.
    incident = window.page_for[Step.INCIDENT]
    assert isinstance(incident, IncidentStep)
    incident.summary_edit.setFocus()
    qtbot.keyClicks(incident.summary_edit, "A certificate on the payments API expired.")
    incident.impact_edit.setFocus()
    qtbot.keyClicks(incident.impact_edit, "Card payments failed for 70 minutes.")

    # 1 Trigger check: the verdict follows the answers live.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    trigger = window.page_for[Step.TRIGGER_CHECK]
    assert isinstance(trigger, TriggerStep)
    assert window.pages.currentWidget() is trigger
    trigger.outage_spin.setValue(70)
    assert "Mandatory" in trigger.banner.title_label.text()
    assert "70 minutes" in trigger.banner.reasons_label.text()

    # 2 Timeline: two events, typed into the table, with key moments from shortcuts.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    timeline = window.page_for[Step.TIMELINE]
    assert isinstance(timeline, TimelineStep)
    timeline.add_button.click()
    type_into_editor(qtbot, timeline.table, "First 5xx responses from the payments API")
    qtbot.keyClick(timeline.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    timeline.add_button.click()
    type_into_editor(qtbot, timeline.table, "Renewed certificate deployed; errors stopped")
    qtbot.keyClick(timeline.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert timeline.model.rowCount() == 2

    # 3 5 Whys: a chain typed from the keyboard, its last why marked as root cause.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    whys_page = window.page_for[Step.FIVE_WHYS]
    assert isinstance(whys_page, WhysStep)
    whys_page.new_chain()
    type_into_editor(qtbot, whys_page.tree, "Why did card payments fail?")
    qtbot.keyClick(whys_page.tree, Qt.Key.Key_Return)
    type_into_editor(qtbot, whys_page.tree, "The TLS certificate expired.")
    qtbot.keyClick(whys_page.tree, Qt.Key.Key_Return)
    type_into_editor(qtbot, whys_page.tree, "Renewal is manual and nothing alerts before expiry.")
    qtbot.keyClick(whys_page.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    pm = window.document.postmortem
    assert [node.text for node in pm.root_causes] == [
        "Renewal is manual and nothing alerts before expiry."
    ]
    # The step list shows the problem a moment after the edit (debounced).
    qtbot.waitUntil(lambda: window.step_state_of(Step.ACTION_ITEMS) is StepState.HAS_PROBLEMS)

    # 4 Action items: the root cause without an action gets one, with owner and due date.
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    actions = window.page_for[Step.ACTION_ITEMS]
    assert isinstance(actions, ActionItemsStep)
    action = actions.add_action_for(pm.root_causes[0])
    type_into_editor(
        qtbot, actions.table, "Renew certificates automatically and alert 21 days before expiry"
    )
    row = actions.model.row_of(action)
    assert row is not None
    actions.model.setData(actions.model.index(row, actions.model.OWNER), "Platform team")
    actions.model.setData(actions.model.index(row, actions.model.DUE), date(2026, 12, 15))
    qtbot.waitUntil(lambda: window.step_state_of(Step.ACTION_ITEMS) is StepState.COMPLETE)

    # Lessons.
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    lessons = window.page_for[Step.LESSONS]
    assert isinstance(lessons, LessonsStep)
    went_well = lessons.sections[LessonKind.WENT_WELL].view
    went_well.setFocus()
    qtbot.keyClicks(went_well, "T")  # typing into the empty list starts the first lesson
    lesson_editor = went_well.indexWidget(went_well.model().index(0, 0))
    assert isinstance(lesson_editor, QLineEdit)
    qtbot.keyClicks(lesson_editor, "he rollback path was documented.")
    qtbot.keyClick(lesson_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: [lesson.text for lesson in pm.lessons] == ["The rollback path was documented."]
    )

    # 5 Publish: every gate passes; publish the PDF and Markdown.
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    publish = window.page_for[Step.PUBLISH]
    assert isinstance(publish, PublishStep)
    publish.refresh()
    assert [r.id for r in publish.results if not r.passed] == []
    assert "ready to publish" in publish.headline.text()
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, start: tmp_path))
    publish.export_button.click()
    qtbot.waitUntil(lambda: publish.open_folder_button.isEnabled(), timeout=60_000)
    assert (tmp_path / "PM-0001-internal.pdf").stat().st_size > 10_000
    window.close()

    with db.transaction() as session:
        stored = find_postmortem(session, "PM-0001")
        assert stored.title == "Payments API returned errors"
        assert stored.summary == "A certificate on the payments API expired."
        assert stored.customer_impact == "Card payments failed for 70 minutes."
        assert stored.trigger_assessment is not None
        assert stored.trigger_assessment.verdict is Verdict.MANDATORY
        assert [(e.text, e.key_moment) for e in stored.timeline_events] == [
            ("First 5xx responses from the payments API", KeyMoment.IMPACT_START),
            ("Renewed certificate deployed; errors stopped", KeyMoment.MITIGATED),
        ]
        chain = stored.why_chains[0]
        assert chain.text == "Why did card payments fail?"
        assert chain.children[0].children[0].is_root_cause
        (item,) = stored.action_items
        assert item.owner == "Platform team"
        assert item.due_on == date(2026, 12, 15)
        assert [cause.text for cause in item.root_causes] == [
            "Renewal is manual and nothing alerts before expiry."
        ]
        assert stored.status is Status.PUBLISHED
        assert [p.version for p in stored.publications] == [1]
    assert library.model.index(0, 4).data() == "Published"
