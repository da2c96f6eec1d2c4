"""The library window moves post-mortems in and out as interchange files (.pmdesk.json),
and the app wears its icon and desktop name."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.desktop import APP_ID, ICON_SIZES
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import dumps
from pmdesk.store.queries import find_postmortem
from pmdesk.store.sample import ensure_sample
from pmdesk.ui.app import create_application
from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths) -> MainWindow:
    with db.transaction() as session:
        ensure_sample(session)
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


class Answer:
    """Answers the next modal dialog of `kind` once it is up, as a person would.

    Keep it in a variable until the dialog was answered: Qt holds its timer's bound
    method weakly.
    """

    def __init__(self, kind: type[QWidget], answer: Callable[[Any], None]) -> None:
        self.kind = kind
        self.answer = answer
        self.seen: list[QWidget] = []
        self.watching = True
        QTimer.singleShot(0, self._poll)

    def stop(self) -> None:
        self.watching = False

    def _poll(self) -> None:
        if not self.watching:
            return
        shown = QApplication.activeModalWidget()
        if isinstance(shown, self.kind) and shown.isVisible():
            self.watching = False
            self.seen.append(shown)
            self.answer(shown)
        else:
            QTimer.singleShot(20, self._poll)


def choose_file(path: Path) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return answer


def stored_title(db: Database, ident: str) -> str:
    with db.reading() as session:
        return find_postmortem(session, ident).title


def test_export_writes_the_whole_post_mortem(
    window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "PM-0001.pmdesk.json"
    dialog = Answer(QFileDialog, choose_file(target))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialog.seen, "Ctrl+E opened no file dialog"
    with db.reading() as session:
        assert target.read_text(encoding="utf-8") == dumps(find_postmortem(session, "PM-0001"))
    assert str(target) in window.statusBar().currentMessage()


def test_import_of_a_new_post_mortem_adds_and_opens_it(
    window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    sample_document["postmortem"]["uuid"] = "0d9a6a53-7f3c-4b6e-9d1e-2c4b8f1a0e77"
    sample_document["postmortem"]["title"] = "Queue backlog after a broker upgrade"
    source = tmp_path / "from-a-colleague.pmdesk.json"
    source.write_text(json.dumps(sample_document), encoding="utf-8")
    dialog = Answer(QFileDialog, choose_file(source))
    with qtbot.waitSignal(window.postmortem_opened, timeout=10_000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert dialog.seen, "Ctrl+I opened no file dialog"
    listed = window.table.model()
    shown = [listed.index(row, 1).data() for row in range(listed.rowCount())]
    assert "Queue backlog after a broker upgrade" in shown
    opened_window = window._open_windows[opened.args[0]]
    qtbot.addWidget(opened_window)
    assert "Queue backlog after a broker upgrade" in opened_window.windowTitle()
    opened_window.close()


def test_a_different_version_replaces_the_library_copy_only_when_asked(
    window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    sample_document["postmortem"]["title"] = "Checkout down after a failover (reviewed)"
    source = tmp_path / "reviewed.pmdesk.json"
    source.write_text(json.dumps(sample_document), encoding="utf-8")

    def click(label: str) -> Callable[[QMessageBox], None]:
        def answer(box: QMessageBox) -> None:
            button = next(b for b in box.buttons() if b.text() == label)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        return answer

    dialog = Answer(QFileDialog, choose_file(source))
    questions = Answer(QMessageBox, click("Open the library's version"))
    with qtbot.waitSignal(window.postmortem_opened, timeout=10_000) as opened:
        window.import_action.trigger()
    assert dialog.seen
    assert questions.seen, "the library's copy was replaced without asking"
    assert stored_title(db, "PM-0001") == "Checkout partially unavailable after a database failover"
    # Replacing closes the open window first, so that it cannot write the old version back.
    open_before = window._open_windows[opened.args[0]]
    qtbot.addWidget(open_before)

    dialog = Answer(QFileDialog, choose_file(source))
    question = Answer(QMessageBox, click("Replace with the file's version"))
    with qtbot.waitSignal(window.postmortem_opened, timeout=10_000) as reopened:
        window.import_action.trigger()
    assert dialog.seen
    assert question.seen
    assert not open_before.isVisible()
    assert stored_title(db, "PM-0001") == "Checkout down after a failover (reviewed)"
    reopened_window = window._open_windows[reopened.args[0]]
    qtbot.addWidget(reopened_window)
    assert "Checkout down after a failover (reviewed)" in reopened_window.windowTitle()
    reopened_window.close()


def test_the_same_version_just_opens_and_a_broken_file_is_explained(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    same = tmp_path / "same.pmdesk.json"
    same.write_text(json.dumps(sample_document), encoding="utf-8")
    questions = Answer(QMessageBox, lambda box: box.reject())
    with qtbot.waitSignal(window.postmortem_opened, timeout=10_000) as opened:
        window.open_interchange_file(same)
    questions.stop()
    qtbot.addWidget(window._open_windows[opened.args[0]])
    assert questions.seen == []

    broken = tmp_path / "broken.pmdesk.json"
    broken.write_text('{"format": "pmdesk.postmortem"', encoding="utf-8")
    messages: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    error = Answer(QMessageBox, read_and_close)
    window.open_interchange_file(broken)
    assert error.seen
    assert len(messages) == 1
    assert "broken.pmdesk.json" in messages[0]


def test_the_app_has_its_icon_and_desktop_name(qapp: QApplication, paths: Paths) -> None:
    app = create_application(paths)
    assert QGuiApplication.desktopFileName() == APP_ID
    sizes = app.windowIcon().availableSizes()
    assert {QSize(size, size) for size in ICON_SIZES} <= set(sizes)
