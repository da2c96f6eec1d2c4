"""Keeping a wording on purpose asks for a reason in a dialog that the keyboard can
finish: Enter keeps, Shift+Enter breaks the line, Tab moves on."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.models import AcknowledgementKind
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.ui.dialogs.reason_dialog import ReasonDialog
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.publish_step import PublishStep
from tests.ui.test_wizard import BLAMING, open_window

SHIFT = Qt.KeyboardModifier.ShiftModifier
REASON = ("Quoted from the customer's report.", "Their words, on purpose.")


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths) -> Iterator[PostmortemWindow]:
    with db.transaction() as session:
        postmortem_id = create_postmortem(session, "Certificate expiry").id
    shown = open_window(qtbot, db, paths, postmortem_id)
    yield shown
    if shiboken6.isValid(shown):
        shown.close()


def when_shown(qtbot: QtBot, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Run `act` on the popup or dialog of `kind` once it is open (menus and dialogs
    block the test while they are)."""

    def poll() -> None:
        shown = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if not isinstance(shown, kind):
            QTimer.singleShot(20, poll)
            return
        try:
            if isinstance(shown, QDialog):
                shown.activateWindow()  # where the keys of a person go
                qtbot.waitUntil(shown.isActiveWindow)
            act(shown)
        except BaseException:
            shown.close()  # unblock the test, which then reports the failure
            raise

    QTimer.singleShot(0, poll)


def type_a_reason_with_the_keyboard(qtbot: QtBot) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        editor = dialog.editor
        qtbot.waitUntil(editor.hasFocus)
        assert not dialog.ok_button.isEnabled()  # no reason, no OK
        qtbot.keyClicks(editor, REASON[0])
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab moves on: to OK
        assert dialog.focusWidget() is dialog.ok_button
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Backtab, SHIFT)
        assert editor.hasFocus()
        assert "\t" not in editor.toPlainText()
        qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)  # a new line
        qtbot.keyClicks(editor, REASON[1])
        assert dialog.isVisible()
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # keeps it

    return answer


def asking(question: str, answer: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """`answer` the dialog, once it is seen to ask `question`, as written (no markup)."""

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        shown = dialog.question.text()
        assert shown.startswith(question), shown
        assert "<" not in shown, shown
        answer(dialog)

    return check


def acknowledgements(db: Database) -> list[tuple[AcknowledgementKind, str, str]]:
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        return [(a.kind, a.location, a.reason) for a in pm.acknowledgements]


def _underlined_start(page: IncidentStep) -> int:
    layout = page.summary_edit.document().firstBlock().layout()
    return next(
        f.start
        for f in layout.formats()
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    )


def test_keep_this_wording_from_the_context_menu_with_the_keyboard(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    editor = page.summary_edit
    editor.setFocus()
    qtbot.keyClicks(editor, BLAMING)
    qtbot.waitUntil(lambda: bool(window.findings))
    cursor = editor.textCursor()
    cursor.setPosition(_underlined_start(page) + 1)
    on_word = editor.viewport().mapTo(editor, editor.cursorRect(cursor).center())

    def choose_keep(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        keep = next(a for a in menu.actions() if a.text() == "Keep, with a reason…")
        menu.setActiveAction(keep)
        when_shown(
            qtbot,
            ReasonDialog,
            asking(
                "Why is this wording right here? (stored with the post-mortem)\n\n"
                + window.findings[0].finding.message,
                type_a_reason_with_the_keyboard(qtbot),
            ),
        )
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    when_shown(qtbot, QMenu, choose_keep)
    QApplication.sendEvent(
        editor,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, on_word, editor.mapToGlobal(on_word)),
    )

    qtbot.waitUntil(
        lambda: (
            acknowledgements(db) == [(AcknowledgementKind.LINT, "field:summary", "\n".join(REASON))]
        ),
        timeout=3000,
    )


def test_keep_a_publish_problem_with_the_keyboard(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    incident = window.page_for[Step.INCIDENT]
    assert isinstance(incident, IncidentStep)
    incident.summary_edit.setFocus()
    qtbot.keyClicks(incident.summary_edit, BLAMING)
    page = window.page_for[Step.PUBLISH]
    assert isinstance(page, PublishStep)
    window.steps.setCurrentRow(window.pages.indexOf(page))
    page.refresh()
    gate = next(
        page.checklist.topLevelItem(i)
        for i in range(page.checklist.topLevelItemCount())
        if page.checklist.topLevelItem(i).childCount()
        and "blameless" in page.checklist.topLevelItem(i).text(0).lower()
    )
    problem = gate.child(0)
    page.checklist.scrollToItem(problem)
    rect = page.checklist.visualItemRect(problem)
    qtbot.mouseClick(page.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.keep_button.isEnabled()

    when_shown(
        qtbot,
        ReasonDialog,
        asking(
            "Why should this stay as it is?\n\n" + problem.text(0).partition(": ")[2],
            type_a_reason_with_the_keyboard(qtbot),
        ),
    )
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: (
            [(kind, reason) for kind, _location, reason in acknowledgements(db)]
            == [(AcknowledgementKind.LINT, "\n".join(REASON))]
        ),
        timeout=3000,
    )


def test_escape_and_an_empty_reason_keep_nothing(qtbot: QtBot) -> None:
    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)  # empty: nothing to keep
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.editor, "   ")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
        assert dialog.isVisible()
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)

    when_shown(qtbot, ReasonDialog, cancel)
    assert ReasonDialog.ask(None, "Keep this wording", "Why?") is None


def test_the_cancel_button_is_on_the_tab_path(qtbot: QtBot) -> None:
    def walk(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.editor, "Known wording")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.ok_button
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Tab)
        cancel = dialog.focusWidget()
        assert isinstance(cancel, QPushButton)
        assert cancel is not dialog.ok_button
        qtbot.keyClick(cancel, Qt.Key.Key_Space)

    when_shown(qtbot, ReasonDialog, walk)
    assert ReasonDialog.ask(None, "Keep this wording", "Why?") is None
