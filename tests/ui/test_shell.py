"""The app shell: the library window and a post-mortem window that saves as you type."""

from __future__ import annotations

import io
import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pmdesk.cli import run
from pmdesk.domain.flow import Step
from pmdesk.models import Postmortem
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.library import LibraryRow, library_rows
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.sample import ensure_sample
from pmdesk.ui.dialogs.new_postmortem_dialog import NewPostmortemDialog
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths) -> MainWindow:
    with db.transaction() as session:
        ensure_sample(session)
        create_postmortem(session, "Cache stampede after deploy")
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    main.show()
    return main


def pmdesk_cli(paths: Paths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` as a keyboard would; QTest's keyClicks knows only ASCII."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def wait_for_search(qtbot: QtBot, main: MainWindow) -> None:
    """Typing searches after a short pause: wait until it has."""
    qtbot.waitUntil(lambda: not main.is_searching, timeout=3000)


def shown_titles(main: MainWindow) -> list[str]:
    model = main.table.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_lists_post_mortems_newest_first(window: MainWindow, qtmodeltester: object) -> None:
    assert shown_titles(window) == [
        "Cache stampede after deploy",
        "Checkout partially unavailable after a database failover",
    ]
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    sample_row = window.model.index(1, 5)
    assert sample_row.data() == "Mandatory"


def test_search_filters_the_list(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search, "failover")
    wait_for_search(qtbot, window)
    assert shown_titles(window) == ["Checkout partially unavailable after a database failover"]
    window.search.clear()
    wait_for_search(qtbot, window)
    assert len(shown_titles(window)) == 2


def test_search_finds_what_the_cli_finds(
    window: MainWindow, qtbot: QtBot, db: Database, paths: Paths
) -> None:
    with db.transaction() as session:
        create_postmortem(
            session,
            "Übertragung stalled",
            summary="The nightly ledger export hung on a lock.",
            facilitator="Dana Whitfield",
            tags=["batch", "Datenbank"],
            services=["ledger-export"],
        )
    window.refresh()
    expectations = {
        "ledger export": ["Übertragung stalled"],  # summary and service, every word
        "whitfield": ["Übertragung stalled"],  # facilitator
        "DATENBANK": ["Übertragung stalled"],  # a tag, any case
        "über": ["Übertragung stalled"],  # non-ASCII case folding
        "pgbouncer": ["Checkout partially unavailable after a database failover"],  # a service
        "pm-0002": ["Cache stampede after deploy"],  # the key
    }
    for search, titles in expectations.items():
        window.search.clear()
        type_into(qtbot, window.search, search)
        wait_for_search(qtbot, window)
        assert shown_titles(window) == titles, search
        status, out, _err = pmdesk_cli(paths, "list", "--search", search, "--json")
        assert status == 0
        assert [item["title"] for item in json.loads(out)] == titles, search
        assert window.placeholder.isHidden()


def test_a_search_without_matches_says_so_over_the_empty_list(
    window: MainWindow, qtbot: QtBot, paths: Paths
) -> None:
    qtbot.keyClicks(window.search, "zeppelin")
    wait_for_search(qtbot, window)
    assert shown_titles(window) == []
    assert window.placeholder.isVisible()
    assert window.placeholder.text().startswith("No post-mortem matches “zeppelin”.")
    assert window.placeholder.geometry() == window.table.viewport().rect()
    assert window.table.isVisible()  # the headers stay: only the rows are missing
    assert window.open_action.isEnabled()
    window.open_action.trigger()  # nothing selected: nothing opens
    assert window._open_windows == {}
    assert pmdesk_cli(paths, "list", "--search", "zeppelin")[1] == (
        "No post-mortem matches 'zeppelin'.\n"
    )

    qtbot.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    wait_for_search(qtbot, window)
    assert len(shown_titles(window)) == 2
    assert window.placeholder.isHidden()


def test_an_empty_library_invites_to_start_one(qtbot: QtBot, db: Database, paths: Paths) -> None:
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    main.show()
    assert main.placeholder.isVisible()
    assert main.placeholder.text() == "No post-mortems yet. Start one with New (Ctrl+N)."


def test_ctrl_f_focuses_search(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.hasFocus())


def test_new_creates_and_opens_a_post_mortem(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NewPostmortemDialog, "ask", lambda *_a, **_k: "Disk full on build agents")
    with qtbot.waitSignal(window.postmortem_opened, timeout=5000) as opened:
        window.new_action.trigger()
    assert shown_titles(window)[0] == "Disk full on build agents"
    pm_window = window._open_windows[opened.args[0]]
    qtbot.addWidget(pm_window)
    assert "Disk full on build agents" in pm_window.windowTitle()
    pm_window.close()


def test_delete_asks_first_and_removes_everything(
    window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.table.selectRow(1)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel
    )
    window.delete_action.trigger()
    assert len(shown_titles(window)) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert shown_titles(window) == ["Cache stampede after deploy"]
    with db.transaction() as session:
        assert session.scalars(select(Postmortem.title)).all() == ["Cache stampede after deploy"]


def test_title_and_summary_are_saved_as_you_type(qtbot: QtBot, db: Database, paths: Paths) -> None:
    with db.transaction() as session:
        postmortem_id = create_postmortem(session, "Draft").id
    pm_window = PostmortemWindow(db, postmortem_id, paths)
    qtbot.addWidget(pm_window)
    page = pm_window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    page.title_edit.setFocus()
    page.title_edit.selectAll()
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.title_edit, "Login outage")
    page.summary_edit.setFocus()
    qtbot.keyClicks(page.summary_edit, "Sessions expired early.")

    def stored() -> None:
        with db.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert pm.title == "Login outage"
            assert pm.summary == "Sessions expired early."

    # No Save button: the document writes within a second of the edit.
    qtbot.waitUntil(stored, timeout=2000)
    assert "Login outage" in pm_window.windowTitle()
    pm_window.close()


def test_step_shortcuts_move_between_steps(qtbot: QtBot, db: Database, paths: Paths) -> None:
    with db.transaction() as session:
        postmortem_id = create_postmortem(session, "Steps").id
    pm_window = PostmortemWindow(db, postmortem_id, paths)
    qtbot.addWidget(pm_window)
    with qtbot.waitActive(pm_window):
        pm_window.show()
        pm_window.activateWindow()
    qtbot.keyClick(pm_window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pm_window.pages.currentIndex() == 1
    qtbot.keyClick(pm_window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pm_window.pages.currentIndex() == 2
    qtbot.keyClick(pm_window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert pm_window.pages.currentIndex() == 1
    pm_window.close()


def test_library_rows_read_without_the_orm_match_the_engine(db: Database, paths: Paths) -> None:
    with db.transaction() as session:
        ensure_sample(session)
        create_postmortem(session, "Newer")
    through_engine = library_rows(db)
    reopened = open_database(paths.database_url)
    try:
        without_orm = library_rows(reopened)
        assert not reopened.has_engine
    finally:
        reopened.close()
    assert without_orm == through_engine
    assert without_orm[0].title == "Newer"
    assert without_orm[1] == LibraryRow(
        without_orm[1].id,
        "PM-0001",
        "Checkout partially unavailable after a database failover",
        "in_review",
        2,
        "mandatory",
        without_orm[1].created_at,
        without_orm[1].updated_at,
    )


def test_opening_a_post_mortem_on_a_damaged_page_names_the_backup(
    qtbot: QtBot, paths: Paths
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pmdesk.store import make_backup

    db = open_database(paths.database_url, backups_dir=paths.backups_dir)
    with db.transaction() as session:
        postmortem_id = ensure_sample(session).id
    backup = make_backup(paths.database_file, paths.backups_dir)
    db.close()
    data = bytearray(paths.database_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    where = data.find(b"archive_command failed")
    start = where - where % page_size
    data[start : start + 8] = b"\xff" * 8
    paths.database_file.write_bytes(bytes(data))
    db = open_database(paths.database_url, backups_dir=paths.backups_dir)
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    main.show()
    seen: list[str] = []

    def read_and_close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.text()} {box.informativeText()}")
            box.close()
        else:
            QTimer.singleShot(50, read_and_close_the_message)

    QTimer.singleShot(50, read_and_close_the_message)
    main.open_postmortem(postmortem_id)
    assert len(seen) == 1
    assert "is damaged" in seen[0]
    assert str(backup) in seen[0]
    assert "Something went wrong" not in seen[0]
    db.close()
