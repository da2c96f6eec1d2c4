"""Nothing typed is lost when a save cannot happen: a second writer, a lock held for
long, a full disk, a read-only database. The text stays on screen, a calm banner says
why, and pmdesk saves by itself once it can."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep


def open_window(qtbot: QtBot, db: Database, paths: Paths, key: str) -> PostmortemWindow:
    with db.reading() as session:
        postmortem_id = find_postmortem(session, key).id
    window = PostmortemWindow(db, postmortem_id, paths)
    qtbot.addWidget(window)
    # Closed here, not by qtbot: a closed window deletes itself.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.show()
    return window


def incident(window: PostmortemWindow) -> IncidentStep:
    page = window.page_for[Step.INCIDENT]
    assert isinstance(page, IncidentStep)
    return page


def type_into_summary(qtbot: QtBot, window: PostmortemWindow, text: str) -> None:
    editor = incident(window).summary_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def stored_summary(db: Database, key: str) -> str:
    with db.reading() as session:
        return find_postmortem(session, key).summary


@pytest.fixture
def two_drafts(db: Database) -> Database:
    with db.transaction() as session:
        create_postmortem(session, "Cache outage")
        create_postmortem(session, "Queue backlog")
    return db


def test_writes_by_the_cli_and_a_second_window_lose_no_typed_word(
    qtbot: QtBot, two_drafts: Database, paths: Paths
) -> None:
    db = two_drafts
    first = open_window(qtbot, db, paths, "PM-0001")
    second = open_window(qtbot, db, paths, "PM-0002")
    words = [f"word{n}" for n in range(10)]
    for number, word in enumerate(words):
        type_into_summary(qtbot, first, word + " ")
        # Views read parts lazily between keystrokes; others commit meanwhile.
        _ = first.document.postmortem.action_items, first.document.postmortem.lessons
        type_into_summary(qtbot, second, f"other{number} ")
        second.document.save()
        with db.transaction() as session:
            create_postmortem(session, f"Written by the CLI {number}")
        first.document.save()
    assert not first.banner.isVisible()
    assert stored_summary(db, "PM-0001").split() == words
    assert stored_summary(db, "PM-0002").split() == [f"other{n}" for n in range(10)]
    first.close()
    second.close()


def test_a_second_process_writing_all_the_time_loses_nothing(
    qtbot: QtBot, two_drafts: Database, paths: Paths
) -> None:
    db = two_drafts
    window = open_window(qtbot, db, paths, "PM-0001")
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from pmdesk.__main__ import main\n"
            "for n in range(15):\n"
            "    main(['--database', sys.argv[1], 'new', '--title', f'CLI {n}'])\n",
            db.url,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    typed: list[str] = []
    while writer.poll() is None or len(typed) < 20:
        word = f"w{len(typed)}"
        type_into_summary(qtbot, window, word + " ")
        typed.append(word)
        qtbot.wait(30)
    _out, errors = writer.communicate()
    assert writer.returncode == 0, errors.decode()
    qtbot.waitUntil(lambda: stored_summary(db, "PM-0001").split() == typed, timeout=5000)
    assert not window.banner.isVisible()
    window.close()


def test_a_lock_held_for_long_keeps_the_text_and_saves_once_released(
    qtbot: QtBot, two_drafts: Database, paths: Paths
) -> None:
    db = two_drafts
    window = open_window(qtbot, db, paths, "PM-0001")
    file = db.sqlite_file
    assert file is not None
    blocker = sqlite3.connect(file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    type_into_summary(qtbot, window, "typed while locked")
    assert not window.document.save()
    editor = incident(window).summary_edit
    assert editor.toPlainText() == "typed while locked"
    assert window.banner.isVisible()
    assert "Another program is writing" in window.banner.message.text()
    assert window.saved_label.text() == "Not saved — retrying"
    blocker.execute("COMMIT")
    blocker.close()
    # The document tries again by itself.
    qtbot.waitUntil(lambda: stored_summary(db, "PM-0001") == "typed while locked", timeout=4000)
    qtbot.waitUntil(lambda: not window.banner.isVisible())
    assert window.saved_label.text() == "All changes saved"
    window.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 1 MiB file system of its own, so that it can really run full."""
    mount_point = tmp_path / "tiny-disk"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
    return filler


def test_a_full_disk_keeps_every_pasted_chunk_until_there_is_room(
    qtbot: QtBot, tiny_disk: Path, paths: Paths
) -> None:
    db = open_database(f"sqlite:///{tiny_disk / 'pmdesk.sqlite'}")
    with db.transaction() as session:
        create_postmortem(session, "Disk full")
    window = open_window(qtbot, db, paths, "PM-0001")
    filler = fill(tiny_disk)
    chunks = [f"chunk {n} " + "x" * 3000 for n in range(10)]
    for chunk in chunks:
        type_into_summary(qtbot, window, chunk[:7])
        editor = incident(window).summary_edit
        editor.insertPlainText(chunk[7:])  # the rest arrives as a paste
        window.document.save()
    editor = incident(window).summary_edit
    assert editor.toPlainText() == "".join(chunks)
    assert window.document.postmortem.summary == "".join(chunks)
    assert "disk is full" in window.banner.message.text()
    filler.unlink()
    qtbot.waitUntil(lambda: stored_summary(db, "PM-0001") == "".join(chunks), timeout=5000)
    window.close()
    db.close()


def test_a_read_only_database_opens_deliberately_read_only(
    qtbot: QtBot, tmp_path: Path, paths: Paths
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    url = f"sqlite:///{folder / 'team.sqlite'}"
    db = open_database(url)
    with db.transaction() as session:
        create_postmortem(session, "Read me")
    db.close()
    subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], check=True)
    try:
        db = open_database(url)
        assert db.read_only
        window = open_window(qtbot, db, paths, "PM-0001")
        assert window.banner.isVisible()
        assert "read-only" in window.banner.message.text()
        page = incident(window)
        assert page.title_edit.isReadOnly()
        qtbot.keyClicks(page.title_edit, "changed")
        assert page.title_edit.text() == "Read me"
        window.close()
        db.close()
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_reads_hold_no_transaction_between_user_actions(
    qtbot: QtBot, two_drafts: Database, paths: Paths
) -> None:
    db = two_drafts
    window = open_window(qtbot, db, paths, "PM-0001")
    pm = window.document.postmortem
    _ = [item.root_causes for item in pm.action_items]
    qtbot.wait(10)
    # Another connection can write and even checkpoint: no snapshot is pinned.
    file = db.sqlite_file
    assert file is not None
    other = sqlite3.connect(file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE postmortems SET title = 'x' WHERE key = 'PM-0002'")
    other.execute("COMMIT")
    busy, _log, _done = other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    other.close()
    assert busy == 0
    window.close()


def test_parameters_of_a_failed_statement_never_reach_the_log(
    qtbot: QtBot, two_drafts: Database, paths: Paths, caplog: pytest.LogCaptureFixture
) -> None:
    db = two_drafts
    window = open_window(qtbot, db, paths, "PM-0001")

    def refuse(conn: object, cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("UPDATE"):
            raise sqlite3.OperationalError("disk I/O error")

    event.listen(db.engine, "before_cursor_execute", refuse)
    try:
        type_into_summary(qtbot, window, "private facilitator words")
        assert not window.document.save()
    finally:
        event.remove(db.engine, "before_cursor_execute", refuse)
    assert "private facilitator words" not in caplog.text
    assert incident(window).summary_edit.toPlainText() == "private facilitator words"
    qtbot.waitUntil(
        lambda: stored_summary(db, "PM-0001") == "private facilitator words", timeout=4000
    )
    window.close()


def test_ctrl_w_with_an_open_cell_editor_stores_the_cell(
    qtbot: QtBot, db: Database, sample_id: int, paths: Paths
) -> None:
    window = PostmortemWindow(db, sample_id, paths)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.steps.setCurrentRow(2)
    timeline = window.page_for[Step.TIMELINE]
    table = timeline.table  # type: ignore[attr-defined]
    model = table.model()
    text_column = next(
        column
        for column in range(model.columnCount())
        if model.headerData(column, Qt.Orientation.Horizontal) == "Text"
    )
    index = model.index(0, text_column)
    table.scrollTo(index)
    cell = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = table.indexWidget(index)
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Typed right before closing")
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    with db.reading() as session:
        texts = [e.text for e in find_postmortem(session, "PM-0001").timeline_events]
    assert "Typed right before closing" in texts


def test_save_a_copy_keeps_what_could_not_be_saved(
    qtbot: QtBot,
    two_drafts: Database,
    paths: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    db = two_drafts
    window = open_window(qtbot, db, paths, "PM-0001")
    file = db.sqlite_file
    assert file is not None
    blocker = sqlite3.connect(file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        type_into_summary(qtbot, window, "only in this window")
        assert not window.document.save()
        target = tmp_path / "rescued.pmdesk.json"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), "")
        )
        qtbot.mouseClick(window.banner.copy_button, Qt.MouseButton.LeftButton)
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["postmortem"]["summary"] == "only in this window"
    assert saved["postmortem"]["key"] == "PM-0001"
