"""Live co-editing on one laptop (SQLite): an open window shows what another window or
another process commits within a second, without a save of its own, and says whose
changes they were. The same on PostgreSQL: tests/integration/test_live.py."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import dump_postmortem
from pmdesk.store.queries import find_postmortem
from pmdesk.ui.steps.timeline_step import TimelineStep
from tests.ui.test_conflicts_and_history import draft, incident, open_window, type_at_end

__all__ = ["draft"]


def test_a_load_by_another_process_shows_at_once_in_the_open_window(
    qtbot: QtBot, draft: Database, paths: Paths, tmp_path: Path
) -> None:
    window = open_window(qtbot, draft, paths, "Lena")
    with draft.reading() as session:
        document = dump_postmortem(find_postmortem(session, "PM-0001"))
    document["postmortem"]["title"] = "Cache outage in eu-west"
    file = tmp_path / "from-priya.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    command = [sys.executable, "-m", "pmdesk", "--database", draft.url, "--author", "Priya"]
    loaded = subprocess.run(
        [*command, "load", str(file)], capture_output=True, text=True, check=False
    )
    assert loaded.returncode == 0, loaded.stderr
    committed = time.monotonic()

    title = incident(window).title_edit
    qtbot.waitUntil(lambda: title.text() == "Cache outage in eu-west", timeout=1_000)
    assert time.monotonic() - committed < 1.0
    assert window.statusBar().currentMessage() == "Priya changed Title."
    # Nothing for Lena to undo: the change is not hers.
    assert window.document.undo_stack.count() == 0
    window.close()


def test_an_event_added_in_a_second_window_shows_in_the_first_while_it_types(
    qtbot: QtBot, draft: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, draft, paths, "Lena")
    ben = open_window(qtbot, draft, paths, "Ben")
    with qtbot.waitActive(lena):
        lena.activateWindow()
    type_at_end(qtbot, lena, " Evictions")
    editor = incident(lena).summary_edit
    typed, cursor_at = editor.toPlainText(), editor.textCursor().position()

    with qtbot.waitActive(ben):
        ben.activateWindow()
    qtbot.keyClick(ben, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    timeline = ben.page_for[Step.TIMELINE]
    assert isinstance(timeline, TimelineStep)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "Ben: evictions started")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ben.document.undo_stack.count() == 2)
    assert ben.document.save()

    lena_timeline = lena.page_for[Step.TIMELINE]
    assert isinstance(lena_timeline, TimelineStep)
    model = lena_timeline.model
    qtbot.waitUntil(
        lambda: (
            [model.event_at(row).text for row in range(model.rowCount())]
            == ["Ben: evictions started"]
        ),
        timeout=1_000,
    )
    assert "Ben added an event" in lena.statusBar().currentMessage()
    assert editor.toPlainText() == typed
    assert editor.textCursor().position() == cursor_at
    assert lena.focusWidget() is editor
    with draft.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.summary == typed
        assert [event.text for event in pm.timeline_events] == ["Ben: evictions started"]
    lena.close()
    ben.close()
