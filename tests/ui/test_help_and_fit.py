"""The post-mortem window fits its default size, and Help lists every keyboard shortcut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QScrollArea
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths, sample_id: int) -> Iterator[PostmortemWindow]:
    # As on first use: no size or docks remembered from an earlier window.
    QSettings().remove("postmortemWindow")
    pm_window = PostmortemWindow(db, sample_id, paths)
    qtbot.addWidget(pm_window)
    with qtbot.waitActive(pm_window):
        pm_window.show()
        pm_window.activateWindow()
    yield pm_window
    if shiboken6.isValid(pm_window):
        pm_window.close()


def test_the_incident_step_fits_the_window_as_it_first_opens(window: PostmortemWindow) -> None:
    assert window.size() == QSize(1280, 800)
    page = window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    title = page.title_edit
    assert title.text() == "Checkout partially unavailable after a database failover"
    # The whole title is in view, with the field's frame and margins to spare.
    text_width = title.fontMetrics().horizontalAdvance(title.text())
    assert text_width + 16 <= title.contentsRect().width()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.verticalScrollBar().maximum() == 0
    assert page.duration_label.visibleRegion().boundingRect() == page.duration_label.rect()


def menu_actions(window: PostmortemWindow) -> Iterator[tuple[str, QAction]]:
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            yield menu.title().replace("&", ""), action


def open_shortcuts(window: PostmortemWindow, qtbot: QtBot) -> ShortcutsDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_help_lists_every_shortcut_from_the_windows_actions(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    help_menu = window.menuBar().actions()[-1]
    assert help_menu.text() == "&Help"
    dialog = open_shortcuts(window, qtbot)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    rows = dialog.rows()
    listed = {(group, command): keys.split(", ") for group, command, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for menu, action in menu_actions(window):
        if action.text() and action.shortcuts():
            keys = listed[menu, action.text().replace("&", "")]
            assert action.shortcut().toString(native) in keys
            assert set(keys) <= {key.toString(native) for key in action.shortcuts()}
    for row in (
        ("Help", "Keyboard shortcuts", "F1"),
        ("View", "Presenter mode", "F5"),
        ("Go", "Next step", "Ctrl+PgDown"),
        ("Go", "3  5 Whys", "Alt+3"),
        ("Meeting", "Start or pause the timer", "Ctrl+T"),
        # The steps' own actions, under the step's name.
        ("2  Timeline", "Add event", "Ctrl+Return, Ctrl+Enter, Ins"),
        ("2  Timeline", "No key moment", "Ctrl+Del"),
        ("3  5 Whys", "Root cause", "Ctrl+R"),
    ):
        assert row in rows
    groups = list(dict.fromkeys(group for group, _command, _keys in rows))
    assert groups[:6] == ["File", "Edit", "View", "Go", "Meeting", "Help"]
    assert len(rows) == len(set(rows))

    # Typing narrows the list to matching commands or keys.
    qtbot.keyClicks(dialog.filter_edit, "zoom")
    assert {command for _group, command, _keys in dialog.rows()} == {
        "Zoom in",
        "Zoom out",
        "Reset zoom",
    }
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.filter_edit, "ctrl+r")
    assert ("3  5 Whys", "Root cause", "Ctrl+R") in dialog.rows()
    assert all("ctrl+r" in keys.casefold() for _g, _c, keys in dialog.rows())


def test_the_list_follows_the_actions_it_is_made_from(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    meeting_menu = window.menuBar().actions()[4].menu()
    assert isinstance(meeting_menu, QMenu)
    added = QAction("&Mark a decision", window)
    added.setShortcut(QKeySequence("Ctrl+Shift+M"))
    meeting_menu.addAction(added)
    dialog = open_shortcuts(window, qtbot)
    assert ("Meeting", "Mark a decision", "Ctrl+Shift+M") in dialog.rows()
    # F1 again brings one list forward, not a second one.
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(window.findChildren(ShortcutsDialog)) == 1)
