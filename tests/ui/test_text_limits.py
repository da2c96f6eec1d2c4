"""Long texts: refused where they are typed or pasted, elided where they are shown."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.limits import TEXT_MAX_CHARS, TITLE_MAX_CHARS
from pmdesk.models import Postmortem
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.library import library_rows
from pmdesk.store.queries import create_postmortem
from pmdesk.ui.dialogs.new_postmortem_dialog import NewPostmortemDialog
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.richtext import CELL_MAX_CHARS, TOOLTIP_MAX_CHARS
from pmdesk.ui.steps.incident_step import IncidentStep


@pytest.fixture
def incident(qtbot: QtBot, document: PostmortemDocument) -> IncidentStep:
    page = IncidentStep(document)
    qtbot.addWidget(page)
    page.show()
    return page


def stored_postmortem(db: Database, postmortem_id: int) -> Postmortem:
    with db.sessions() as session:
        postmortem = session.get(Postmortem, postmortem_id)
        assert postmortem is not None
        session.expunge_all()
        return postmortem


def paste(qtbot: QtBot, editor: QWidget, text: str) -> None:
    QApplication.clipboard().setText(text)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def limit_notice(editor: QWidget) -> QLabel:
    """The note shown for `editor` (there is one per limited editor in its window)."""
    notices = [
        label
        for label in editor.window().findChildren(QLabel, "limitNotice")
        if getattr(label, "editor", None) is editor
    ]
    assert len(notices) == 1
    return notices[0]


def test_a_50_mb_title_is_listed_short_and_quickly(
    qtbot: QtBot, db: Database, paths: Paths
) -> None:
    huge = "Disk full " * 5_000_000
    with db.transaction() as session:
        create_postmortem(session, "placeholder").title = huge
    # Only the start of the title leaves the database.
    assert len(library_rows(db)[0].title) == TITLE_MAX_CHARS + 1

    window = MainWindow(db, paths)
    qtbot.addWidget(window)
    window.show()
    began = time.perf_counter()
    shown = window.table.model().index(0, 1).data()
    tooltip = window.table.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    window.table.viewport().repaint()
    elapsed = time.perf_counter() - began
    assert len(shown) == TITLE_MAX_CHARS
    assert shown.startswith("Disk full Disk full")
    assert shown.endswith("…")
    assert len(tooltip) < TOOLTIP_MAX_CHARS + 100  # the HTML around it is short
    assert elapsed < 2.0  # a few milliseconds; painting the whole title took 20 s


def test_a_600_character_title_paste_is_refused_with_a_note(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    original = document.postmortem.title
    paste(qtbot, incident.title_edit, "x" * 600)
    assert incident.title_edit.text() == original
    assert document.postmortem.title == original
    notice = limit_notice(incident.title_edit)
    assert notice.isVisible()
    assert "at most 500 characters" in notice.text()
    assert document.save()
    assert stored_postmortem(db, document.postmortem.id).title == original

    # A title of the greatest length is taken; typing past it is refused.
    incident.title_edit.selectAll()
    paste(qtbot, incident.title_edit, "y" * TITLE_MAX_CHARS)
    assert not notice.isVisible()  # the accepted change took the note away
    assert document.postmortem.title == "y" * TITLE_MAX_CHARS
    qtbot.keyClicks(incident.title_edit, "z")
    assert document.postmortem.title == "y" * TITLE_MAX_CHARS
    assert notice.isVisible()
    assert document.save()
    assert stored_postmortem(db, document.postmortem.id).title == "y" * TITLE_MAX_CHARS


def pasted_log(length: int) -> str:
    """`length` characters of log lines, as people paste them."""
    line = "2026-10-14 09:02:31 ERROR pool: connection to 10.0.0.5 refused\n"
    return (line * (length // len(line) + 1))[:length]


def test_a_summary_paste_past_the_limit_is_refused_with_a_note(
    incident: IncidentStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    editor = incident.summary_edit
    editor.selectAll()
    paste(qtbot, editor, pasted_log(TEXT_MAX_CHARS + 1))
    original = stored_postmortem(db, document.postmortem.id).summary
    assert editor.toPlainText() == original
    assert document.postmortem.summary == original
    notice = limit_notice(editor)
    assert notice.isVisible()
    assert "at most 200,000 characters" in notice.text()

    longest = pasted_log(TEXT_MAX_CHARS)
    editor.selectAll()
    paste(qtbot, editor, longest)
    assert not notice.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_B)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert document.postmortem.summary == longest
    assert notice.isVisible()
    # Deleting is always possible.
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert document.postmortem.summary == longest[:-1]
    assert document.save()
    assert stored_postmortem(db, document.postmortem.id).summary == longest[:-1]


def test_the_new_post_mortem_dialog_refuses_a_long_title(qtbot: QtBot) -> None:
    dialog = NewPostmortemDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog.title_edit, "x" * 600)
    assert dialog.textValue() == ""
    assert limit_notice(dialog.title_edit).isVisible()
    qtbot.keyClicks(dialog.title_edit, "Disk full on build agents")
    assert not limit_notice(dialog.title_edit).isVisible()
    assert dialog.textValue() == "Disk full on build agents"


def test_an_event_text_editor_refuses_a_paste_past_the_limit(
    qtbot: QtBot, document: PostmortemDocument
) -> None:
    from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_TEXT
    from pmdesk.ui.steps.timeline_step import TimelineStep

    page = TimelineStep(document)
    qtbot.addWidget(page)
    page.show()
    event = document.postmortem.timeline_events[0]
    original = event.text
    index = page.table.model().index(0, COLUMN_TEXT)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    paste(qtbot, editor, "x" * (TEXT_MAX_CHARS + 1))
    assert editor.text() == original
    assert limit_notice(editor).isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert event.text == original


def test_a_long_event_text_is_shown_elided_in_its_cell(
    qtbot: QtBot, document: PostmortemDocument
) -> None:
    from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_TEXT
    from pmdesk.ui.steps.timeline_step import TimelineStep

    event = document.postmortem.timeline_events[0]
    event.text = pasted_log(TEXT_MAX_CHARS)
    page = TimelineStep(document)
    qtbot.addWidget(page)
    page.show()
    row = page.model.row_of(event)
    assert row is not None
    shown = page.model.index(row, COLUMN_TEXT).data()
    assert len(shown) <= CELL_MAX_CHARS + 3 * shown.count("⏎")
    assert shown.endswith("…")
    assert shown.startswith("2026-10-14 09:02:31 ERROR pool")
    # Editing starts from the whole text.
    assert page.model.index(row, COLUMN_TEXT).data(Qt.ItemDataRole.EditRole) == event.text
