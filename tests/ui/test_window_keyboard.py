"""The post-mortem window from the keyboard: every shortcut does one thing, and only
what it says."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pmdesk.domain.flow import Step
from pmdesk.models import KeyMoment, TimelineEvent
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.itemmodels.action_table_model import ActionItemTableModel
from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_KEY_MOMENT, COLUMN_TEXT
from pmdesk.ui.postmortem_window import STEPS, PostmortemWindow
from pmdesk.ui.steps.actions_step import ActionItemsStep
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.steps.whys_step import WhysStep
from tests.ui.test_wizard import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, paths: Paths, sample_document: dict[str, Any]
) -> Iterator[PostmortemWindow]:
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, sample_document)[0].id
    shown = open_window(qtbot, db, paths, postmortem_id)
    yield shown
    if shiboken6.isValid(shown):
        shown.close()


def click_step(qtbot: QtBot, window: PostmortemWindow, step: Step) -> None:
    row = next(i for i, info in enumerate(STEPS) if info.step is step)
    rect = window.steps.visualItemRect(window.steps.item(row))
    qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == row


def timeline_page(window: PostmortemWindow) -> TimelineStep:
    page = window.page_for[Step.TIMELINE]
    assert isinstance(page, TimelineStep)
    return page


def click_event(qtbot: QtBot, page: TimelineStep, fragment: str) -> int:
    """Click the event whose text contains `fragment`; its row."""
    row = next(r for r in range(page.model.rowCount()) if fragment in page.model.event_at(r).text)
    index = page.model.index(row, COLUMN_TEXT)
    page.table.scrollTo(index)
    center = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert page.table.currentIndex().row() == row
    return row


def stored_key_moment(db: Database, text: str) -> KeyMoment | None:
    with db.sessions() as session:
        event = session.scalars(select(TimelineEvent).where(TimelineEvent.text == text)).one()
        return event.key_moment


def test_ctrl_0_resets_the_zoom_and_leaves_key_moments_alone(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    click_step(qtbot, window, Step.TIMELINE)
    page = timeline_page(window)
    row = click_event(qtbot, page, "Resolved by Mei Lin")
    text = page.model.event_at(row).text
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Plus, CTRL)
    assert window.zoom_factor > 1.0

    qtbot.keyClick(page.table, Qt.Key.Key_0, CTRL)

    assert window.zoom_factor == 1.0
    assert page.model.index(row, COLUMN_KEY_MOMENT).data() == "Resolved"
    assert window.document.undo_stack.count() == 0  # nothing was edited
    assert stored_key_moment(db, text) is KeyMoment.RESOLVED

    # Clearing a key moment has a key of its own, which leaves the view alone.
    qtbot.keyClick(page.table, Qt.Key.Key_Delete, CTRL)
    assert page.model.index(row, COLUMN_KEY_MOMENT).data() == ""
    assert window.zoom_factor == 1.0
    qtbot.waitUntil(lambda: stored_key_moment(db, text) is None, timeout=3000)


def test_the_why_diagram_zooms_with_plain_keys_and_leaves_ctrl_to_the_window(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    click_step(qtbot, window, Step.FIVE_WHYS)
    page = window.page_for[Step.FIVE_WHYS]
    assert isinstance(page, WhysStep)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.diagram, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert page.diagram.hasFocus()
    ctrl_wheel_up = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.diagram, ctrl_wheel_up)
    assert not page.diagram.is_fitted
    qtbot.keyClick(page.diagram, Qt.Key.Key_Plus, CTRL)
    assert window.zoom_factor > 1.0

    qtbot.keyClick(page.diagram, Qt.Key.Key_0, CTRL)
    assert window.zoom_factor == 1.0
    assert not page.diagram.is_fitted  # Ctrl+0 is the window's, and only the window's
    qtbot.keyClick(page.diagram, Qt.Key.Key_0)
    assert page.diagram.is_fitted


def test_alt_and_the_number_shown_in_the_step_list_opens_that_step(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    digit_keys = {str(digit): getattr(Qt.Key, f"Key_{digit}") for digit in range(10)}
    for row in range(window.steps.count()):
        label = window.steps.item(row).text()
        number = label.split()[0]
        # The numbered steps by their number; Incident and Lessons on either side of 1…5.
        digit = number if number.isdigit() else {"Incident": "0", "Lessons": "6"}[label]
        assert f"(Alt+{digit})" in window.steps.item(row).toolTip()
        window.steps.setFocus()
        qtbot.keyClick(window.steps, digit_keys[digit], Qt.KeyboardModifier.AltModifier)
        assert window.pages.currentIndex() == row, label


def test_f2_edits_the_current_cell_and_ctrl_shift_p_shows_or_hides_the_prompts(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    assert window.prompts_dock.isVisible()
    click_step(qtbot, window, Step.TIMELINE)
    page = timeline_page(window)
    row = click_event(qtbot, page, "Resolved by Mei Lin")

    qtbot.keyClick(page.table, Qt.Key.Key_F2)

    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor is page.table.indexWidget(page.model.index(row, COLUMN_TEXT))
    assert editor.text() == page.model.event_at(row).text
    assert window.prompts_dock.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.table.hasFocus()

    action_page = window.page_for[Step.ACTION_ITEMS]
    assert isinstance(action_page, ActionItemsStep)
    click_step(qtbot, window, Step.ACTION_ITEMS)
    owner = action_page.model.index(0, ActionItemTableModel.OWNER)
    center = action_page.table.visualRect(owner).center()
    qtbot.mouseClick(action_page.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.keyClick(action_page.table, Qt.Key.Key_F2)
    assert isinstance(action_page.table.indexWidget(owner), QLineEdit)
    assert window.prompts_dock.isVisible()

    shift_ctrl = CTRL | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.steps, Qt.Key.Key_P, shift_ctrl)
    assert not window.prompts_dock.isVisible()
    qtbot.keyClick(window.steps, Qt.Key.Key_P, shift_ctrl)
    assert window.prompts_dock.isVisible()


# --- undo and redo show what they change ---------------------------------------------------


def incident_page_summary(window: PostmortemWindow) -> QPlainTextEdit:
    page = window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    return page.summary_edit


def test_undo_and_redo_bring_the_changed_field_into_view(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    page = window.page_for[Step.INCIDENT]
    click_step(qtbot, window, Step.INCIDENT)
    summary = incident_page_summary(window)
    before = summary.toPlainText()
    qtbot.mouseClick(summary.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    qtbot.keyClick(summary, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(summary, " Paging worked.")
    click_step(qtbot, window, Step.TIMELINE)

    qtbot.keyClick(window.steps, Qt.Key.Key_Z, CTRL)

    assert window.pages.currentWidget() is page
    assert summary.hasFocus()
    assert summary.toPlainText() == before

    click_step(qtbot, window, Step.LESSONS)
    qtbot.keyClick(window.steps, Qt.Key.Key_Y, CTRL)
    assert window.pages.currentWidget() is page
    assert summary.hasFocus()
    assert summary.toPlainText() == before + " Paging worked."


def test_ctrl_z_in_a_cell_editor_undoes_the_typing_there(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    summary = incident_page_summary(window)
    summary.setFocus()
    qtbot.keyClicks(summary, "Paging worked.")
    click_step(qtbot, window, Step.TIMELINE)
    page = timeline_page(window)
    row = click_event(qtbot, page, "Resolved by Mei Lin")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Fixed")

    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)

    assert editor.text() == page.model.event_at(row).text
    assert window.pages.currentWidget() is page
    assert summary.toPlainText().startswith("Paging worked.")
    assert window.document.undo_stack.canUndo()


def test_undo_and_redo_select_the_changed_event_and_action(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    click_step(qtbot, window, Step.TIMELINE)
    timeline = timeline_page(window)
    row = click_event(qtbot, timeline, "Resolved by Mei Lin")
    event = timeline.model.event_at(row)
    qtbot.keyClick(timeline.table, Qt.Key.Key_Delete, CTRL)  # no key moment
    assert event.key_moment is None

    actions = window.page_for[Step.ACTION_ITEMS]
    assert isinstance(actions, ActionItemsStep)
    click_step(qtbot, window, Step.ACTION_ITEMS)
    title = actions.model.index(2, ActionItemTableModel.TITLE)
    center = actions.table.visualRect(title).center()
    qtbot.mouseClick(actions.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    deleted = actions.model.item(2)
    qtbot.keyClick(actions.table, Qt.Key.Key_Delete)
    assert deleted not in window.document.postmortem.action_items
    click_step(qtbot, window, Step.LESSONS)

    qtbot.keyClick(window.steps, Qt.Key.Key_Z, CTRL)  # the deleted action is back
    assert window.pages.currentWidget() is actions
    assert actions.table.hasFocus()
    assert actions.current_item() is deleted

    qtbot.keyClick(actions.table, Qt.Key.Key_Z, CTRL)  # the key moment is back
    assert window.pages.currentWidget() is timeline
    assert event.key_moment is KeyMoment.RESOLVED
    assert timeline.selected_events() == [event]
    assert timeline.table.hasFocus()

    qtbot.keyClick(timeline.table, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(timeline.table, Qt.Key.Key_Y, CTRL)  # deletes the action again
    assert window.pages.currentWidget() is actions
    assert deleted not in window.document.postmortem.action_items


# --- every key does one thing ------------------------------------------------------------

Scope = tuple[QWidget, bool]  # a widget, and whether its children count too


def _scopes(
    window: PostmortemWindow, context: Qt.ShortcutContext, widgets: list[Any]
) -> list[Scope]:
    """Where a shortcut with `context` on `widgets` is live."""
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return [(window, True)]
    # Menus are windows of their own: a widget-scoped shortcut there never meets ours.
    inside = [w for w in widgets if isinstance(w, QWidget) and w.window() is window]
    return [(w, context == Qt.ShortcutContext.WidgetWithChildrenShortcut) for w in inside]


def live_shortcuts(window: PostmortemWindow) -> list[tuple[str, str, list[Scope]]]:
    """(key, what it does, where it is live) for every action and shortcut in `window`."""
    found: list[tuple[str, str, list[Scope]]] = []
    for action in window.findChildren(QAction):
        keys = [sequence.toString() for sequence in action.shortcuts()]
        scopes = _scopes(window, action.shortcutContext(), action.associatedObjects())
        found += [(key, action.text() or repr(action), scopes) for key in keys]
    for shortcut in window.findChildren(QShortcut):
        scopes = _scopes(window, shortcut.context(), [shortcut.parent()])
        found += [(shortcut.key().toString(), repr(shortcut), scopes)]
    return found


def _overlap(first: Scope, second: Scope) -> bool:
    (a, a_children), (b, b_children) = first, second
    return a is b or (a_children and a.isAncestorOf(b)) or (b_children and b.isAncestorOf(a))


def test_no_two_shortcuts_in_the_window_share_a_key(window: PostmortemWindow) -> None:
    shortcuts = live_shortcuts(window)
    clashes = [
        (key, first, second)
        for index, (key, first, first_scopes) in enumerate(shortcuts)
        for other_key, second, second_scopes in shortcuts[index + 1 :]
        if key == other_key and any(_overlap(a, b) for a in first_scopes for b in second_scopes)
    ]
    assert clashes == []


def test_no_widget_takes_a_window_shortcut_for_itself(window: PostmortemWindow) -> None:
    """A widget that accepts ShortcutOverride for a window key gives it a second meaning."""
    window_keys = {
        sequence.toString(): sequence
        for action in window.findChildren(QAction)
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        for sequence in action.shortcuts()
    }
    claimed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not window:
            continue
        for name, sequence in window_keys.items():
            combination = sequence[0]
            event = QKeyEvent(
                QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers()
            )
            event.ignore()
            QApplication.sendEvent(widget, event)
            if event.isAccepted():
                claimed.append((type(widget).__name__, widget.objectName(), name))
    assert claimed == []


def test_at_zoom_2_every_step_fits_a_laptop_window_and_no_step_name_is_cut(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    window.resize(1280, 800)
    while window.zoom_factor < 2.0:
        qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    assert window.zoom_factor == 2.0
    steps = window.steps
    for info in STEPS:
        click_step(qtbot, window, info.step)
        # Rows of buttons and the metrics wrap instead of widening the window…
        qtbot.waitUntil(lambda: window.width() == 1280)
        assert window.pages.currentWidget().minimumSizeHint().width() < 700, info.step
        # …and no page squeezes the step names: every one fits, no scroll bar.
        qtbot.waitUntil(lambda: not steps.horizontalScrollBar().isVisible())
        room = steps.viewport().width() - steps.iconSize().width()
        for row in range(steps.count()):
            text = steps.item(row).text()
            assert steps.fontMetrics().horizontalAdvance(text) < room, (info.step, text)
