"""The app writes no post-mortem text to its log, and keeps its settings folder private."""

from __future__ import annotations

import io
import logging
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmdesk.logs import configure_logging
from pmdesk.settings import Paths
from pmdesk.ui.app import create_application
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.steps.incident_step import IncidentStep

SECRET = "Jonas-Becker-private-4711"


@pytest.fixture
def stderr(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """What the app writes to stderr."""
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    return stream


@pytest.fixture
def log_file(paths: Paths, stderr: io.StringIO) -> Iterator[Path]:
    """Logging as the app sets it up (file and stderr); removed again afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    file = configure_logging(paths.log_dir)
    assert file is not None
    try:
        yield file
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def test_a_failed_save_logs_no_post_mortem_text(
    qtbot: QtBot,
    paths: Paths,
    document: PostmortemDocument,
    log_file: Path,
    stderr: io.StringIO,
) -> None:
    # The database refuses this title, as a full disk or a broken constraint would.
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_title BEFORE UPDATE OF title ON postmortems"
            f" WHEN NEW.title LIKE '%{SECRET}%'"
            " BEGIN SELECT RAISE(ABORT, 'the database refused the change'); END"
        )
    page = IncidentStep(document)
    qtbot.addWidget(page)
    page.show()
    page.title_edit.selectAll()
    with qtbot.waitSignal(document.save_failed, timeout=5000):
        qtbot.keyClicks(page.title_edit, f"Outage reported by {SECRET}")  # type: ignore[no-untyped-call]
        page.title_edit.editingFinished.emit()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "Saving the post-mortem failed" in logged
    assert "IntegrityError" in logged
    assert SECRET not in logged
    assert "Saving the post-mortem failed" in stderr.getvalue()
    assert SECRET not in stderr.getvalue()


def test_the_app_keeps_its_settings_folder_private(qapp: QApplication, paths: Paths) -> None:
    paths.config_dir.mkdir(parents=True, mode=0o755)
    assert create_application(paths) is qapp
    assert stat.S_IMODE(paths.config_dir.stat().st_mode) == 0o700
