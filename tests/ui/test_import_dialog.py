"""The import dialog: real sample files, read off the UI thread, added in one undo step."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pmdesk.errors import UserFacingError
from pmdesk.importers import ImportCancelledError, ImportOptions, ImportResult
from pmdesk.importers import store as importer_store
from pmdesk.models import ImportBatch, TimelineEvent
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem
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

    monkeypatch.setattr(importer_store, "import_path", endless_import)
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

    monkeypatch.setattr(importer_store, "import_path", waiting_import)
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
    # Full dates in the file, then the window place lines without a year; failing
    # those, the incident's year does. Only a year the user picks overrides the file.
    assert options.reference_year is None
    assert options.fallback_year == 2026
    assert options.tz is None
    dialog.window_check.setChecked(False)
    assert dialog.options().reference_year is None
    assert dialog.options().fallback_year == 2026


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


@pytest.fixture(autouse=True)
def _no_remembered_zone() -> Iterator[None]:
    """Each test starts without a zone remembered from an earlier import."""
    QSettings().remove("importDialog")
    yield
    QSettings().remove("importDialog")


def test_a_pasted_path_is_read_and_a_wrong_one_is_named(
    dialog: ImportDialog, qtbot: QtBot, document: PostmortemDocument
) -> None:
    dialog.window_check.setChecked(False)
    path = IMPORTS / "pagerduty_log_entries.json"
    # As copied from a file manager: in quotes.
    QApplication.clipboard().setText(f'"{path}"')
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.path_edit.text() == f'"{path}"'
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.prepared is not None and not dialog.is_reading, timeout=10_000)
    assert dialog.path == path
    assert "PagerDuty log entries — detected" in dialog.format_combo.currentText()

    # A typo, then Enter: said plainly, and nothing to import.
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, "/no/such/export.json")
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.summary.text() == (
        "There is no file or folder at /no/such/export.json. Check the path, or use Browse."
    )
    assert dialog.path is None
    assert not dialog.import_button.isEnabled()
    assert dialog.isVisible()  # Enter did not import the file read before

    # Typed by hand: read once the typing pauses.
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    dialog.import_button.click()
    assert dialog.batch is not None
    assert dialog.batch.file_name == "pagerduty_log_entries.json"


def test_a_file_outside_the_window_says_what_it_covers(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(dialog, monkeypatch, IMPORTS / "slack_export")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.summary.text().endswith(
        "No events match the window and filters. The file covers "
        "2023-06-14 14:01 – 2023-06-15 00:00 UTC; the import window is "
        "2026-10-14 08:02–11:16 UTC."
    )
    assert dialog.widen_button.isVisible()
    assert dialog.ignore_window_button.isVisible()

    dialog.widen_button.click()
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.window_check.isChecked()
    options = dialog.options()
    assert options.since is not None
    assert options.until is not None
    assert options.since.isoformat() == "2023-06-14T14:01:00+00:00"
    assert options.until.isoformat() == "2026-10-14T11:16:04+00:00"
    assert dialog.since_edit.text() == "2023-06-14 14:01"
    assert dialog.until_edit.text() == "2026-10-14 11:16:04"
    assert dialog.preview_model.rowCount() == 8
    assert dialog.import_button.text() == "&Import 8 events"
    assert not dialog.widen_button.isVisible()


def test_reading_the_whole_file_ignores_the_window(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(dialog, monkeypatch, IMPORTS / "slack_export")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.ignore_window_button.click()
    assert not dialog.window_check.isChecked()
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.import_button.isEnabled()
    assert "The file covers" not in dialog.summary.text()


def test_the_confirmed_zone_is_remembered_for_this_post_mortem(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "syslog.log")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.zone_combo.setCurrentText("Europe/Berlin")
    dialog.zone_confirm.click()
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.import_button.click()
    assert dialog.batch is not None

    later = tmp_path / "db-03.log"
    later.write_text("Jun 14 16:20:00 db-03 postgres[77]: checkpoint complete\n", encoding="utf-8")
    again = ImportDialog(document, None)
    qtbot.addWidget(again)
    again.show()
    again.window_check.setChecked(False)
    again.set_path(later)
    qtbot.waitUntil(settled(again), timeout=10_000)
    assert again.zone_combo.currentText() == "Europe/Berlin"
    assert again.zone_confirm.isChecked()
    assert "as confirmed for this post-mortem's last import" in again.zone_note.text()
    assert again.import_button.isEnabled()
    assert again.prepared is not None
    assert again.prepared.events[0].source_zone == "Europe/Berlin"

    # Another post-mortem starts from that zone, but confirms it itself.
    with db.transaction() as session:
        other_id = create_postmortem(session, "Other incident").id
    other = PostmortemDocument(db, other_id)
    fresh = ImportDialog(other, None)
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.set_path(later)
    qtbot.waitUntil(settled(fresh), timeout=10_000)
    assert fresh.zone_combo.currentText() == "Europe/Berlin"
    assert fresh.zone_required
    assert not fresh.zone_confirm.isChecked()
    assert not fresh.import_button.isEnabled()
    other.session.close()


def test_lines_without_a_year_show_the_year_used_and_take_a_corrected_one(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not dialog.year_spin.isVisibleTo(dialog)
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "syslog.log")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.zone_combo.setCurrentText("UTC")
    dialog.zone_confirm.click()
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.year_spin.isVisibleTo(dialog)
    assert dialog.year_spin.value() == 2026  # the incident's year
    assert "carry no year; pmdesk read them as 2026" in dialog.year_note.text()

    dialog.year_spin.setFocus()
    qtbot.keyClick(dialog.year_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.year_spin, "2023")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.year_spin.value() == 2023
    assert "read them as 2023" in dialog.year_note.text()
    dialog.import_button.click()
    yearless = [e for e in document.postmortem.timeline_events if "Jun 14" in e.original_time]
    assert len(yearless) == 3
    assert {e.occurred_at.year for e in yearless} == {2023}


def test_a_file_with_years_shows_no_year(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "pagerduty_log_entries.json")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    assert dialog.prepared is not None
    assert not dialog.year_spin.isVisibleTo(dialog)


def test_a_collector_syslog_with_offsets_imports_around_its_stray_lines(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "incident_set" / "syslog_collector.log")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    # Every line that matters carries its offset: no zone to confirm.
    assert not dialog.zone_required
    assert not dialog.zone_confirm.isVisibleTo(dialog)
    assert dialog.preview_model.rowCount() == 3
    assert "lines skipped: 2" in dialog.summary.text()
    report = dialog.skipped_view.toPlainText()
    assert "line 2: the time has no time zone; give the zone it was written in" in report
    assert "line 3: the line has no timestamp (-)" in report
    assert "give the zone they were written in to import them too" in report

    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    imported = [e for e in document.postmortem.timeline_events if e.import_batch is not None]
    assert sorted(e.occurred_at.replace(tzinfo=UTC) for e in imported) == [
        datetime(2024, 12, 31, 22, 41, 7, 512000, tzinfo=UTC),
        datetime(2024, 12, 31, 22, 44, 31, 210000, tzinfo=UTC),
        datetime(2024, 12, 31, 22, 49, 58, 4000, tzinfo=UTC),
    ]


def test_yearless_syslog_takes_the_year_its_messages_carry_and_says_so(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.window_check.setChecked(False)
    choose(dialog, monkeypatch, IMPORTS / "incident_set" / "syslog_db02.log")
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.zone_combo.setCurrentText("UTC")
    dialog.zone_confirm.click()
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    # The sample incident is in 2026, but PostgreSQL wrote 2024-12-31 into its lines.
    assert dialog.year_spin.isVisibleTo(dialog)
    assert dialog.year_spin.value() == 2024
    assert "read them as 2024" in dialog.year_note.text()
    report = dialog.skipped_view.toPlainText()
    assert "took 2024 from the full date in line 2 (2024-12-31 23:44:35)" in report
    assert "cross New Year at line 4; from there on they are placed in 2025" in report

    dialog.import_button.click()
    imported = [e for e in document.postmortem.timeline_events if e.import_batch is not None]
    years = {e.original_time[:6]: e.occurred_at.year for e in imported}
    assert years == {"Dec 31": 2024, "Jan  1": 2025}


def test_an_alert_the_timeline_already_has_from_another_source_corroborates_it(
    dialog: ImportDialog,
    qtbot: QtBot,
    document: PostmortemDocument,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "alerts.jsonl"
    path.write_text(
        '{"@timestamp":"2026-10-14T09:13:04Z","log.level":"error","host":{"hostname":"am-1"},'
        '"message":"[FIRING:1] Checkout API 5xx rate above 5 % for 10 minutes"}\n'
        '{"@timestamp":"2026-10-14T09:13:30Z","log.level":"error","host":{"hostname":"am-1"},'
        '"message":"[RESOLVED] Checkout API 5xx rate above 5 % for 10 minutes"}\n',
        encoding="utf-8",
    )
    choose(dialog, monkeypatch, path)
    qtbot.waitUntil(settled(dialog), timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: counts(db) == (32, 1), timeout=3000)
    with db.sessions() as session:
        firing, resolved = session.scalars(
            select(TimelineEvent)
            .where(TimelineEvent.import_batch_id.is_not(None))
            .order_by(TimelineEvent.occurred_at)
        ).all()
        assert firing.corroborates is not None
        assert firing.corroborates.source == "pagerduty"
        assert firing.level == "error"
        # "Resolved" is another moment than "Triggered": it stands alone.
        assert resolved.corroborates is None
