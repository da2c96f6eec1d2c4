"""The Actions window: every action of the library, driven as a person would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from pmdesk.models import ActionItem, ActionStatus, ReviewOutcome
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.queries import find_postmortem
from pmdesk.ui.actions_window import ActionsWindow
from pmdesk.ui.itemmodels.library_action_table_model import LibraryActionTableModel
from pmdesk.ui.main_window import MainWindow
from tests.unit.store.test_followup import TODAY, fill_library


def stored(db: Database, title: str) -> ActionItem:
    """The action as stored now, detached with its values loaded."""
    with db.reading() as session:
        for key in ("PM-0001", "PM-0002"):
            for item in find_postmortem(session, key).action_items:
                if item.title == title:
                    session.expunge(item)
                    return item
    raise AssertionError(title)


@pytest.fixture
def library(db: Database) -> Database:
    fill_library(db)
    # The runbook was done; its review date has come.
    with db.transaction() as session:
        for item in find_postmortem(session, "PM-0001").action_items:
            if item.title == "Runbook for failover":
                item.success_criterion = "A failover needs no one to read the code."
                item.review_on = date(2026, 12, 1)
    return db


@pytest.fixture
def window(qtbot: QtBot, library: Database) -> ActionsWindow:
    actions = ActionsWindow(library, today=lambda: TODAY)
    qtbot.addWidget(actions)
    actions.show()
    return actions


def shown(window: ActionsWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_overdue_work_comes_first_and_says_how_late(
    window: ActionsWindow, qtmodeltester: object
) -> None:
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    assert shown(window, LibraryActionTableModel.TITLE)[:2] == [
        "Add pooler reload",
        "Renew certificates automatically",
    ]
    assert shown(window, LibraryActionTableModel.DUE)[:2] == [
        "2026-11-20 · 13 days late",
        "2026-12-01 · 2 days late",
    ]
    assert window.summary.text() == "5 of 5 actions shown · 2 overdue"


def test_filters_narrow_the_list(window: ActionsWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.overdue_only, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert shown(window, LibraryActionTableModel.TITLE) == [
        "Add pooler reload",
        "Renew certificates automatically",
    ]
    window.owner_filter.setFocus()
    qtbot.keyClicks(window.owner_filter, "Plat")
    assert window.owner_filter.currentText() == "Platform"
    assert shown(window, LibraryActionTableModel.TITLE) == ["Renew certificates automatically"]

    qtbot.mouseClick(window.overdue_only, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    window.service_filter.setFocus()
    qtbot.keyClicks(window.service_filter, "edge")
    qtbot.keyClick(window.owner_filter, Qt.Key.Key_Home)  # "All owners"
    assert shown(window, LibraryActionTableModel.TITLE) == [
        "Renew certificates automatically",
        "Buy a bigger calendar",
    ]
    assert window.summary.text() == "2 of 5 actions shown · 2 overdue"


def test_a_status_changed_in_the_table_is_stored_at_once(
    window: ActionsWindow, library: Database, qtbot: QtBot
) -> None:
    index = window.model.index(0, LibraryActionTableModel.STATUS)
    window.table.setFocus()
    window.table.setCurrentIndex(index)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = window.table.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "Done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    item = stored(library, "Add pooler reload")
    assert (item.status, item.completed_on) == (ActionStatus.DONE, TODAY)
    assert index.data() == "Done"
    assert window.summary.text() == "5 of 5 actions shown · 1 overdue"


def test_did_it_work_is_asked_calmly_and_the_answer_stored(
    window: ActionsWindow, library: Database, qtbot: QtBot
) -> None:
    prompt = window.review
    assert prompt.isVisible()
    assert "Runbook for failover" in prompt.question.text()
    assert "A failover needs no one to read the code." in prompt.question.text()

    qtbot.keyClicks(prompt.note, "Two failovers in November, both by the runbook.")
    qtbot.mouseClick(prompt.held_button, Qt.MouseButton.LeftButton)

    item = stored(library, "Runbook for failover")
    assert item.review_outcome is ReviewOutcome.HELD
    assert item.review_note == "Two failovers in November, both by the runbook."
    assert item.reviewed_by
    assert item.reviewed_at is not None
    assert not prompt.isVisible()
    row = window.model.row_of_action(item.id)
    assert window.model.index(row, LibraryActionTableModel.REVIEW).data() == "✓ It held"


def test_not_now_puts_the_question_off(
    window: ActionsWindow, library: Database, qtbot: QtBot
) -> None:
    qtbot.mouseClick(window.review.later_button, Qt.MouseButton.LeftButton)
    assert not window.review.isVisible()
    assert stored(library, "Runbook for failover").review_outcome is None


def test_the_library_counts_overdue_actions_and_opens_one_at_its_row(
    qtbot: QtBot, library: Database, paths: Paths
) -> None:
    main = MainWindow(library, paths)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.actions_action.text() == "Actions · 2 overdue")

    main.actions_action.trigger()
    actions = main._followup_windows["actions"]
    assert isinstance(actions, ActionsWindow)
    qtbot.addWidget(actions)
    table = actions.table
    index = actions.model.index(0, LibraryActionTableModel.TITLE)
    rect = table.visualRect(index)
    with qtbot.waitSignal(main.postmortem_opened) as opened:
        # A double-click starts with a click (the view opens what was pressed).
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    window = main._open_windows[opened.args[0]]
    qtbot.addWidget(window)
    page = window.pages.currentWidget()
    assert page.current_item().title == "Add pooler reload"  # type: ignore[attr-defined]

    # Marked done in the Actions window while the post-mortem is open: its own
    # document changes (undoable there), and the library's count follows.
    index = actions.model.index(0, LibraryActionTableModel.STATUS)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    # The post-mortem window has the focus now: the editor is found where it opened.
    editor = table.viewport().findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "Done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.current_item().status is ActionStatus.DONE  # type: ignore[attr-defined]
    assert stored(library, "Add pooler reload").status is ActionStatus.DONE
    assert main.actions_action.text() == "Actions · 1 overdue"
    window.document.undo_stack.undo()
    assert page.current_item().status is ActionStatus.OPEN  # type: ignore[attr-defined]


def test_coming_back_shows_what_changed_elsewhere(
    window: ActionsWindow, library: Database, qtbot: QtBot
) -> None:
    with library.transaction() as session:
        for item in find_postmortem(session, "PM-0001").action_items:
            if item.title == "Add pooler reload":
                item.status = ActionStatus.DONE
    assert window.summary.text() == "5 of 5 actions shown · 2 overdue"

    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))

    assert window.summary.text() == "5 of 5 actions shown · 1 overdue"
    assert shown(window, LibraryActionTableModel.TITLE)[0] == "Renew certificates automatically"


def test_a_read_only_library_is_shown_but_not_changed(qtbot: QtBot, library: Database) -> None:
    read_only = Database(library.url, None, read_only="its folder is read-only.")
    actions = ActionsWindow(read_only, today=lambda: TODAY)
    qtbot.addWidget(actions)
    actions.show()
    index = actions.model.index(0, LibraryActionTableModel.STATUS)
    actions.table.setFocus()
    actions.table.setCurrentIndex(index)
    qtbot.keyClick(actions.table, Qt.Key.Key_F2)

    assert actions.table.viewport().findChild(QComboBox) is None
    assert not actions.review.isVisible()
    assert actions.summary.text().endswith("· Read-only: its folder is read-only.")


def test_opening_the_window_loads_no_post_mortem_editing(library: Database) -> None:
    """Start-up time of the window: it lists, filters and asks; the post-mortem
    document (and the lint, merge and query code behind it) waits until one is open."""
    import subprocess
    import sys

    url = library.url
    library.close()
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pmdesk.store import open_database
from pmdesk.ui.actions_window import ActionsWindow
window = ActionsWindow(open_database({url!r}))
window.show()
app.processEvents()
print(window.model.rowCount(), window.review.isVisible())
print([m for m in ("pmdesk.ui.document", "pmdesk.lint", "pmdesk.store.merge") if m in sys.modules])
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.splitlines() == ["5 True", "[]"]
