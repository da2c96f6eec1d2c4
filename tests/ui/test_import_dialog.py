"""The import dialog: real sample files, read off the UI thread, added in one undo step."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pmdesk.errors import UserFacingError
from pmdesk.importers import ImportCancelledError, ImportOptions, ImportResult
from pmdesk.models import ImportBatch, TimelineEvent
from pmdesk.store import Database
from pmdesk.ui.dialogs import import_dialog
from pmdesk.ui.dialogs.import_dialog import ImportDialog
from pmdesk.ui.document import PostmortemDocument

IMPORTS = Path(__file__).parent.parent / "data" / "imports"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    shown: list[BaseException] = []
    monkeypatch.setattr(import_dialog, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def dialog(
    qtbot: QtBot, document: PostmortemDocument, errors: list[BaseException]
) -> Iterator[ImportDialog]:
    widget = ImportDialog(document, None, zone_name="UTC")
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.stop()
    qtbot.waitUntil(lambda: not widget.is_reading, timeout=5000)


def choose(dialog: ImportDialog, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Pick `path` through the real buttons, with the file dialogs stubbed."""
    if path.is_dir():
        monkeypatch.setattr(ImportDialog, "choose_folder", staticmethod(lambda parent: path))
        dialog.folder_button.click()
    else:
        monkeypatch.setattr(ImportDialog, "choose_file", staticmethod(lambda parent: path))
        dialog.file_button.click()


def settled(dialog: ImportDialog) -> Callable[[], None]:
    def check() -> None:
        assert not dialog.is_reading
        assert not dialog._rerun_timer.isActive()

    return check


def counts(db: Database) -> tuple[int, int]:
    with db.sessions() as session:
        events = session.scalar(select(func.count()).select_from(TimelineEvent))
        batches = session.scalar(select(func.count()).select_from(ImportBatch))
    return int(events or 0), int(batches or 0)


def test_slack_export_end_to_end(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    choose(dialog, monkeypatch, IMPORTS / "slack_export")
    assert "Slack export — detected" in dialog.format_combo.currentText()
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    # The window is pre-filled from the sample incident (2026); this export is from 2023.
    assert dialog.window_check.isChecked()
    assert "No events match the window" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    dialog.window_check.setChecked(False)
    assert not dialog.import_button.isEnabled()  # until the new read is done
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.preview_model.rowCount() == 8
    qtmodeltester.check(dialog.preview_model)
    assert dialog.summary.text().startswith("Slack export — Events to add: 8")
    assert dialog.preview_model.index(0, 2).data() == "slack #inc-db-failover"
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 8 events"

    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    batch = dialog.batch
    assert batch is not None
    assert (batch.format, batch.file_name, batch.event_count) == ("slack", "slack_export", 8)
    pm = document.postmortem
    assert len(pm.timeline_events) == 38
    assert pm.import_batches == [batch]
    qtbot.waitUntil(lambda: counts(db) == (38, 1), timeout=3000)

    document.undo_stack.undo()
    assert len(pm.timeline_events) == 30
    qtbot.waitUntil(lambda: counts(db) == (30, 0), timeout=3000)
    document.undo_stack.redo()
    qtbot.waitUntil(lambda: counts(db) == (38, 1), timeout=3000)
    with db.sessions() as session:
        stored = session.scalars(
            select(TimelineEvent).where(TimelineEvent.import_batch_id.is_not(None))
        ).all()
        assert {e.source for e in stored} == {"slack #inc-db-failover", "slack #general"}


def test_reimporting_the_same_file_adds_nothing(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "pagerduty_log_entries.json")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.prepared is not None
    added = len(dialog.prepared.events)
    dialog.import_button.click()
    assert len(document.postmortem.timeline_events) == 30 + added

    again = ImportDialog(document, None)
    qtbot.addWidget(again)
    again.window_check.setChecked(False)
    again.set_path(IMPORTS / "pagerduty_log_entries.json")
    qtbot.waitUntil(settled(again), timeout=10_000)
    assert again.prepared is not None
    assert again.prepared.events == []
    assert f"already in the timeline: {added}" in again.summary.text()
    assert "nothing to add" in again.summary.text()
    assert not again.import_button.isEnabled()


def test_a_file_without_zones_needs_a_confirmed_zone(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "syslog.log")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.zone_required
    assert dialog.zone_confirm.isVisibleTo(dialog)
    assert not dialog.zone_confirm.isChecked()
    assert "carry no time zone" in dialog.summary.text()
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()

    dialog.zone_combo.setCurrentText("Europe/Berlin")
    dialog.zone_confirm.setChecked(True)
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.import_button.isEnabled()
    originals = [dialog.preview_model.index(r, 1).data() for r in range(6)]
    assert any("Europe/Berlin" in text for text in originals)
    prepared = dialog.prepared
    assert any("zone_assumed" in e.flags for e in prepared.events)
    assert "line 4: not a syslog line" in dialog.skipped_view.toPlainText()
    assert "lines skipped: 2" in dialog.summary.text()

    # Taking the confirmation back disables Import again.
    dialog.zone_confirm.setChecked(False)
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert not dialog.import_button.isEnabled()


def test_an_unknown_zone_is_refused_plainly(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "syslog.log")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.zone_combo.setCurrentText("Atlantis/Capital")
    dialog.zone_confirm.setChecked(True)
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert "not a time zone pmdesk knows" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_filters_narrow_the_import(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "slack_export")
    qtbot.waitUntil(lambda: dialog.prepared is not None and not dialog.is_reading, timeout=10_000)
    qtbot.keyClicks(dialog.keyword_filter, "db-02")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.prepared is not None
    texts = [e.text for e in dialog.prepared.events]
    assert texts
    assert all("db-02" in t for t in texts)
    dialog.keyword_filter.clear()
    dialog.source_filter.setText("#general")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.prepared is not None
    assert {e.source for e in dialog.prepared.events} == {"slack #general"}


def test_stop_cancels_a_long_read(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    started = threading.Event()

    def endless_import(
        path: Path,
        options: ImportOptions,
        *,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> ImportResult:
        started.set()
        done = 0
        while not cancelled():
            done += 1
            progress(done % 100, 100)
            threading.Event().wait(0.002)  # a slow file, from the worker's side
        raise ImportCancelledError

    monkeypatch.setattr(import_dialog, "import_path", endless_import)
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "pagerduty_log_entries.json")
    assert started.wait(5)
    qtbot.waitUntil(lambda: dialog.stop_button.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 1000, timeout=5000)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: not dialog.is_reading, timeout=5000)
    assert "Reading was stopped" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.batch is None
    assert counts(db) == (30, 0)


def test_cancel_button_while_reading_stops_and_closes(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()

    def waiting_import(path: Path, options: ImportOptions, **kwargs: Any) -> ImportResult:
        while not kwargs["cancelled"]():
            gate.wait(0.002)
        raise ImportCancelledError

    monkeypatch.setattr(import_dialog, "import_path", waiting_import)
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "pagerduty_log_entries.json")
    assert dialog.is_reading
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: not dialog.is_reading, timeout=5000)


def test_a_binary_file_shows_a_clear_error(
    dialog: ImportDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    errors: list[BaseException],
) -> None:
    broken = tmp_path / "alerts.json"
    broken.write_bytes(b"\x00\x01\x02\xff\xfe not json at all {{{" * 40)
    choose(dialog, monkeypatch, broken)
    assert len(errors) == 1
    assert isinstance(errors[0], UserFacingError)
    assert "binary data" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_file_with_no_readable_line_reports_why(
    dialog: ImportDialog,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    errors: list[BaseException],
) -> None:
    broken = tmp_path / "app.jsonl"
    broken.write_text(
        "".join(f'{{"@timestamp": "not a time {i}", "message": "x"}}\n' for i in range(5)),
        encoding="utf-8",
    )
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, broken)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert isinstance(errors[0], UserFacingError)
    assert "line 1" in dialog.summary.text()
    assert "Traceback" not in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_an_empty_file_is_refused_at_once(
    dialog: ImportDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    errors: list[BaseException],
) -> None:
    empty = tmp_path / "export.jsonl"
    empty.write_bytes(b"")
    choose(dialog, monkeypatch, empty)
    assert len(errors) == 1
    assert isinstance(errors[0], UserFacingError)
    assert errors[0].message in dialog.summary.text()


def test_window_is_prefilled_from_the_incident(dialog: ImportDialog) -> None:
    options = dialog.options()
    assert options.since is not None
    assert options.until is not None
    assert options.since.isoformat() == "2026-10-14T08:02:31+00:00"
    assert options.until.isoformat() == "2026-10-14T11:16:04+00:00"
    assert options.reference_year == 2026
    assert options.tz is None


def type_over(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def test_typing_the_window_reads_exactly_what_was_typed(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(dialog, monkeypatch, IMPORTS / "slack_export")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert "No events match the window" in dialog.summary.text()
    type_over(qtbot, dialog.since_edit, "2023-06-14 14:05")
    type_over(qtbot, dialog.until_edit, "2023-06-14T14:08:20")
    qtbot.keyClick(dialog.until_edit, Qt.Key.Key_Tab)
    options = dialog.options()
    assert options.since == datetime(2023, 6, 14, 14, 5, tzinfo=UTC)
    assert options.until == datetime(2023, 6, 14, 14, 8, 20, tzinfo=UTC)
    assert dialog.until_edit.text() == "2023-06-14 14:08:20"
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    shown = [
        dialog.preview_model.index(row, 0).data() for row in range(dialog.preview_model.rowCount())
    ]
    assert shown
    assert all("2023-06-14 14:05:00" <= time <= "2023-06-14 14:08:20" for time in shown)


def test_an_unreadable_window_is_refused_plainly(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(dialog, monkeypatch, IMPORTS / "slack_export")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    type_over(qtbot, dialog.since_edit, "2023-06-14 25:00")
    qtbot.keyClick(dialog.since_edit, Qt.Key.Key_Return)
    message = "“2023-06-14 25:00” is not a date and time: type it like 2026-11-30 13:58 (UTC)."
    assert dialog.since_edit.problem() == message
    assert dialog.isVisible()  # Enter did not go on to the Import button
    with pytest.raises(UserFacingError, match="is not a date and time"):
        dialog.options()
    qtbot.waitUntil(lambda: message in dialog.summary.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()


def test_ask_returns_none_when_cancelled(
    qtbot: QtBot, document: PostmortemDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ImportDialog.ask(None, document) is None
