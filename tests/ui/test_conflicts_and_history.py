"""Two windows on one post-mortem, typed into as people do: different fields merge on
their own; the same field opens the conflict dialog, which is driven here; the History
window lists who changed what."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.models import TimelineEvent, WhyNode
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import dump_postmortem
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, field_labels
from pmdesk.ui.dialogs import history_dialog
from pmdesk.ui.dialogs.conflict_dialog import ConflictDialog
from pmdesk.ui.dialogs.history_dialog import HistoryDialog
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.steps.whys_step import WhysStep

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def draft(db: Database) -> Database:
    with db.transaction() as session:
        create_postmortem(session, "Cache outage", summary="Redis ran out of memory.")
    return db


def open_window(qtbot: QtBot, db: Database, paths: Paths, author: str) -> PostmortemWindow:
    with db.reading() as session:
        postmortem_id = find_postmortem(session, "PM-0001").id
    window = PostmortemWindow(db, postmortem_id, paths)
    window.document.session.info[AUTHOR_KEY] = author
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.show()
    return window


def incident(window: PostmortemWindow) -> IncidentStep:
    page = window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    return page


def type_at_end(qtbot: QtBot, window: PostmortemWindow, text: str) -> None:
    editor = incident(window).summary_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def stored_summary(db: Database) -> str:
    with db.reading() as session:
        return find_postmortem(session, "PM-0001").summary


def when_dialog_opens(qtbot: QtBot, act: Callable[[ConflictDialog], None]) -> list[object]:
    """Run `act` on the conflict dialog once it is shown (it is modal). Returns the
    dialog, then any exception `act` raised (the dialog is then ended, to go on)."""
    seen: list[object] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog)
        qtbot.waitExposed(dialog)
        try:
            act(dialog)
        except Exception as exc:  # reported by the test, once the dialog is gone
            seen.append(exc)
            for box in dialog.boxes:
                box.keep_mine.setChecked(True)
            dialog.accept()

    QTimer.singleShot(0, drive)
    return seen


def click_choice(qtbot: QtBot, button: QRadioButton) -> None:
    # On the round indicator: a radio button takes clicks on its indicator and label.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def saved_through_the_dialog(window: PostmortemWindow, seen: list[object]) -> bool:
    result = window.document.save()
    assert len(seen) == 1, seen[1:]
    return result


def test_typing_in_different_fields_of_two_windows_keeps_both(
    qtbot: QtBot, draft: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, draft, paths, "Lena")
    ben = open_window(qtbot, draft, paths, "Ben")
    title = incident(lena).title_edit
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " on Monday")
    type_at_end(qtbot, ben, " Evictions started at 09:14.")
    assert lena.document.save()
    assert ben.document.save()

    with draft.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.title == "Cache outage on Monday"
        assert pm.summary == "Redis ran out of memory. Evictions started at 09:14."
    # Ben sees Lena's title without reopening, and is told where it came from.
    assert incident(ben).title_edit.text() == "Cache outage on Monday"
    assert "Lena" in ben.statusBar().currentMessage()
    lena.close()
    ben.close()


def test_the_same_field_typed_in_two_windows_asks_which_to_keep(
    qtbot: QtBot, draft: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, draft, paths, "Lena")
    ben = open_window(qtbot, draft, paths, "Ben")
    type_at_end(qtbot, lena, " Lena's cause.")
    type_at_end(qtbot, ben, " Ben's cause.")
    assert lena.document.save()

    def take_theirs(dialog: ConflictDialog) -> None:
        (box,) = dialog.boxes
        assert box.mine_view.toPlainText() == "Redis ran out of memory. Ben's cause."
        assert box.theirs_view.toPlainText() == "Redis ran out of memory. Lena's cause."
        assert "Theirs (Lena)" in [label.text() for label in box.findChildren(QLabel)]
        # Nothing to apply before a choice, and Escape does not make one.
        assert not dialog.apply_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
        click_choice(qtbot, box.take_theirs)
        assert dialog.apply_button.isEnabled()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(qtbot, take_theirs)
    assert saved_through_the_dialog(ben, seen)
    assert stored_summary(draft) == "Redis ran out of memory. Lena's cause."
    assert incident(ben).summary_edit.toPlainText() == "Redis ran out of memory. Lena's cause."
    lena.close()
    ben.close()


def test_a_merge_written_in_the_dialog_is_what_is_stored(
    qtbot: QtBot, draft: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, draft, paths, "Lena")
    ben = open_window(qtbot, draft, paths, "Ben")
    type_at_end(qtbot, lena, " Lena's cause.")
    type_at_end(qtbot, ben, " Ben's cause.")
    assert lena.document.save()

    def write_a_merge(dialog: ConflictDialog) -> None:
        (box,) = dialog.boxes
        click_choice(qtbot, box.edit_merge)
        assert box.merge_edit.isVisible()
        # It starts from both texts, so nothing needs retyping.
        assert "Ben's cause." in box.merge_edit.toPlainText()
        assert "Lena's cause." in box.merge_edit.toPlainText()
        box.merge_edit.selectAll()
        qtbot.keyClicks(box.merge_edit, "Redis ran out of memory: both causes.")
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    seen = when_dialog_opens(qtbot, write_a_merge)
    assert saved_through_the_dialog(ben, seen)
    assert stored_summary(draft) == "Redis ran out of memory: both causes."
    assert incident(ben).summary_edit.toPlainText() == "Redis ran out of memory: both causes."
    # The choice is one undo step: Undo brings Ben's own text back.
    undo = ben.toolbar.widgetForAction(ben.undo_action)
    assert undo is not None
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert incident(ben).summary_edit.toPlainText() == "Redis ran out of memory. Ben's cause."
    lena.close()
    ben.close()


def test_history_window_lists_who_changed_what(qtbot: QtBot, draft: Database, paths: Paths) -> None:
    lena = open_window(qtbot, draft, paths, "Lena")
    ben = open_window(qtbot, draft, paths, "Ben")
    title = incident(lena).title_edit
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " on Monday")
    assert lena.document.save()
    type_at_end(qtbot, ben, " Evictions started.")
    assert ben.document.save()

    with qtbot.waitActive(ben):
        ben.activateWindow()
    qtbot.keyClick(ben, Qt.Key.Key_H, CTRL_SHIFT)
    dialog = ben.history
    assert isinstance(dialog, HistoryDialog)
    assert dialog.isVisible()
    tree = dialog.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    # Lena's first edit also stored the verdict the trigger check's (unanswered)
    # questions give: the trigger step keeps the stored verdict in step with the facts.
    assert [(row.text(1), row.text(2)) for row in rows if row is not None][:2] == [
        ("Ben", "Summary"),
        ("Lena", "Title, Trigger check"),
    ]
    first = rows[0]
    assert first is not None
    assert first.child(0).text(2) == (
        "PM-0001: Summary “Redis ran out of memory.” → "
        "“Redis ran out of memory. Evictions started.”"
    )
    qtbot.keyClicks(dialog.filter_edit, "title")
    assert [row.isHidden() for row in rows if row is not None][:2] == [True, False]

    # It follows new saves.
    type_at_end(qtbot, ben, " More.")
    assert ben.document.save()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Delete)
    assert "More." in dialog.tree.topLevelItem(0).child(0).text(2)  # type: ignore[union-attr]
    lena.close()
    ben.close()


def test_every_field_name_can_be_translated() -> None:
    assert set(field_labels()) <= set(history_dialog._NAMES)


def test_a_file_loaded_by_another_process_merges_into_the_open_window(
    qtbot: QtBot, draft: Database, paths: Paths, tmp_path: Path
) -> None:
    window = open_window(qtbot, draft, paths, "Lena")
    with draft.reading() as session:
        document = dump_postmortem(find_postmortem(session, "PM-0001"))
    document["postmortem"]["title"] = "Cache outage in eu-west"
    file = tmp_path / "from-ben.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    type_at_end(qtbot, window, " Evictions started at 09:14.")

    loaded = subprocess.run(
        [
            sys.executable,
            "-m",
            "pmdesk",
            "--database",
            draft.url,
            "--author",
            "Ben",
            "load",
            str(file),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert window.document.save()

    with draft.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.title == "Cache outage in eu-west"
        assert pm.summary == "Redis ran out of memory. Evictions started at 09:14."
    assert incident(window).title_edit.text() == "Cache outage in eu-west"
    window.close()


def test_events_and_whys_others_added_appear_in_the_open_window(
    qtbot: QtBot, draft: Database, paths: Paths
) -> None:
    window = open_window(qtbot, draft, paths, "Lena")
    timeline = window.page_for[Step.TIMELINE]
    whys = window.page_for[Step.FIVE_WHYS]
    assert isinstance(timeline, TimelineStep)
    assert isinstance(whys, WhysStep)
    assert timeline.table.model().rowCount() == 0
    with draft.transaction() as session:  # as an import from the CLI does
        session.info[AUTHOR_KEY] = "Ben"
        pm = find_postmortem(session, "PM-0001")
        pm.timeline_events.append(
            TimelineEvent(
                occurred_at=datetime(2026, 10, 14, 9, 14, tzinfo=UTC),
                text="Evictions started",
                fingerprint="ben-1",
            )
        )
        pm.why_nodes.append(WhyNode(text="Why did Redis run out of memory?", position=0))
    type_at_end(qtbot, window, " More.")
    assert window.document.save()

    model = timeline.table.model()
    assert model.rowCount() == 1
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "Evictions started" in shown
    assert whys.tree.model().rowCount() == 1
    assert whys.tree.model().index(0, 0).data() == "Why did Redis run out of memory?"
    window.close()


def test_a_failed_save_replays_the_typing_without_calling_it_a_conflict(
    qtbot: QtBot, draft: Database, paths: Paths
) -> None:
    window = open_window(qtbot, draft, paths, "Lena")
    database_file = draft.sqlite_file
    assert database_file is not None
    # Every write of the summary fails for now (as a full disk or a broken file would).
    refuse = sqlite3.connect(database_file)
    refuse.execute(
        "CREATE TRIGGER refuse_summary BEFORE UPDATE OF summary ON postmortems "
        "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
    )
    refuse.commit()
    type_at_end(qtbot, window, " Evictions started.")
    # Meanwhile Ben saves the title: heard at once, merged with what Lena typed.
    with draft.transaction() as session:
        session.info[AUTHOR_KEY] = "Ben"
        find_postmortem(session, "PM-0001").title = "Cache outage in eu-west"
    qtbot.waitUntil(lambda: window.document.failed_saves > 0, timeout=2_000)
    qtbot.waitUntil(
        lambda: incident(window).title_edit.text() == "Cache outage in eu-west", timeout=2_000
    )
    assert window.document.conflicts == []
    assert QApplication.activeModalWidget() is None
    summary = incident(window).summary_edit.toPlainText()
    assert summary == "Redis ran out of memory. Evictions started."

    refuse.execute("DROP TRIGGER refuse_summary")
    refuse.commit()
    refuse.close()
    assert window.document.save()
    with draft.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        assert (pm.title, pm.summary) == ("Cache outage in eu-west", summary)
    window.close()
