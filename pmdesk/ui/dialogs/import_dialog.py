"""Import timeline events from a chat export or a log: choose, check, preview, add.

The dialog reads the file off the UI thread (through `BackgroundOp`) whenever the
file or an option changes, shows what would be imported — the first events, the
count, the skipped lines with their reasons — and on Import adds it all as one
`ImportBatch` in one undoable step.

A file whose times carry no zone is never read with a guessed one: the zone field
is pre-filled with the zone last confirmed (else this computer's zone), but Import
stays disabled until the user confirms it. Only the zone confirmed for this same
post-mortem's last import counts as confirmed again, and the dialog says so.

Lines without a year (classic syslog) are placed in a year the core infers; the
dialog shows that year in a spin box so that the facilitator can correct it. An
import that its window leaves empty says which time range the file covers and offers
to widen the window or to ignore it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.moments import format_span, zone_named
from pmdesk.errors import UserFacingError
from pmdesk.importers import (
    FORMATS,
    ImportCancelledError,
    ImportOptions,
    ZoneRequiredError,
    detect_format,
)
from pmdesk.importers.store import PreparedImport, import_edit, prepare_import
from pmdesk.models import ImportBatch
from pmdesk.ui.background import BackgroundOp
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.import_preview_model import ImportPreviewModel
from pmdesk.ui.itemmodels.timeline_table_model import machine_zone_name
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.widgets.date_edits import MomentEdit

log = logging.getLogger(__name__)

__all__ = ["FORMAT_NAMES", "ImportDialog"]

FORMAT_NAMES: dict[str, str] = {
    "slack": str(QT_TRANSLATE_NOOP("ImportDialog", "Slack export")),
    "teams": str(QT_TRANSLATE_NOOP("ImportDialog", "Microsoft Teams messages")),
    "mattermost": str(QT_TRANSLATE_NOOP("ImportDialog", "Mattermost bulk export")),
    "discord": str(QT_TRANSLATE_NOOP("ImportDialog", "Discord (DiscordChatExporter)")),
    "notes": str(QT_TRANSLATE_NOOP("ImportDialog", "Pasted chat or notes (HH:MM name: text)")),
    "irc": str(QT_TRANSLATE_NOOP("ImportDialog", "IRC log (irssi, WeeChat)")),
    "whatsapp": str(QT_TRANSLATE_NOOP("ImportDialog", "WhatsApp chat export")),
    "journald": str(QT_TRANSLATE_NOOP("ImportDialog", "systemd journal (journalctl -o json)")),
    "syslog": str(QT_TRANSLATE_NOOP("ImportDialog", "syslog (RFC 3164 / 5424)")),
    "jsonl": str(QT_TRANSLATE_NOOP("ImportDialog", "JSON-lines application log")),
    "logfmt": str(QT_TRANSLATE_NOOP("ImportDialog", "logfmt log")),
    "access-log": str(QT_TRANSLATE_NOOP("ImportDialog", "nginx / Apache access or error log")),
    "k8s-events": str(QT_TRANSLATE_NOOP("ImportDialog", "Kubernetes events")),
    "pagerduty": str(QT_TRANSLATE_NOOP("ImportDialog", "PagerDuty log entries")),
    "opsgenie": str(QT_TRANSLATE_NOOP("ImportDialog", "Opsgenie alert log")),
    "github": str(QT_TRANSLATE_NOOP("ImportDialog", "GitHub deployments / Actions runs")),
    "csv": str(QT_TRANSLATE_NOOP("ImportDialog", "CSV (generic)")),
}
LEVELS = ("debug", "info", "notice", "warning", "error", "critical")
WINDOW_MARGIN = timedelta(hours=1)
RERUN_DELAY_MS = 350

# Above this many events the dialog suggests narrowing the window or filters.
LARGE_IMPORT = 20_000

# The screen's messages, together (style guide §10).
MSG_CHOOSE = str(QT_TRANSLATE_NOOP("ImportDialog", "Choose a file or folder to import."))
MSG_READING = str(QT_TRANSLATE_NOOP("ImportDialog", "Reading {file}…"))
MSG_ZONE_REQUIRED = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The times in this file carry no time zone, so pmdesk cannot place them by itself. "
        "Confirm the zone they were written in (pre-filled with this computer's zone).",
    )
)
MSG_ZONE_CONFIRM = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog", "Check the zone, then tick the box: pmdesk never guesses a zone."
    )
)
MSG_ZONE_ASSUMED = str(
    QT_TRANSLATE_NOOP("ImportDialog", "Times without a zone are read in {zone}, as you confirmed.")
)
MSG_UNKNOWN_ZONE = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog", '"{zone}" is not a time zone pmdesk knows. Type a name like Europe/Berlin.'
    )
)
MSG_CANCELLED = str(
    QT_TRANSLATE_NOOP("ImportDialog", "Reading was stopped. Change an option or press Read again.")
)
MSG_NOTHING_NEW = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog",
        "Every event in this file is already in the timeline; there is nothing to add.",
    )
)
MSG_NO_EVENTS = str(QT_TRANSLATE_NOOP("ImportDialog", "No events match the window and filters."))
MSG_LARGE = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog",
        "That is a lot to discuss: {count} events take a while to save and to read through. "
        "A narrower window, a level or a keyword keeps the timeline focused.",
    )
)
MSG_SUMMARY = str(QT_TRANSLATE_NOOP("ImportDialog", "Events to add: {count}"))
MSG_ALREADY = str(QT_TRANSLATE_NOOP("ImportDialog", "already in the timeline: {count}"))
MSG_DUPLICATES = str(QT_TRANSLATE_NOOP("ImportDialog", "duplicates dropped: {count}"))
MSG_SKIPPED = str(QT_TRANSLATE_NOOP("ImportDialog", "lines skipped: {count}"))
MSG_WINDOW_ORDER = str(
    QT_TRANSLATE_NOOP("ImportDialog", "The window ends before it starts; swap the two times.")
)
MSG_NO_SUCH_PATH = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog", "There is no file or folder at {path}. Check the path, or use Browse."
    )
)
MSG_OUTSIDE_WINDOW = str(
    QT_TRANSLATE_NOOP("ImportDialog", "The file covers {file_span}; the import window is {window}.")
)
MSG_ZONE_REMEMBERED = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog",
        "Times without a zone are read in {zone}, as confirmed for this post-mortem's last "
        "import. Untick the box if this file was written in another zone.",
    )
)
MSG_ASSUMED_YEAR = str(
    QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The lines in this file carry no year; pmdesk read them as {year}. "
        "Change the year if the file is from another one.",
    )
)

# Where the dialog remembers the confirmed zone (QSettings keys).
ZONE_FOR_POSTMORTEM_KEY = "importDialog/zoneForPostmortem/{uuid}"
LAST_ZONE_KEY = "importDialog/lastConfirmedZone"


def typed_path(text: str) -> Path | None:
    """The path in what someone typed or pasted: quotes, file:// URLs and ~ allowed."""
    text = text.strip().strip("\"'").strip()
    if not text:
        return None
    if text.startswith("file:"):
        text = QUrl(text).toLocalFile()
    return Path(text).expanduser()


def _count(number: int) -> str:
    # Digit grouping of the UI's locale: 12,345 in English, 12.345 in German.
    return QLocale().toString(number)


def _typed_moment(edit: MomentEdit) -> datetime:
    """The moment typed into `edit`.

    Raises:
        UserFacingError: the text is no moment (the message says what to type).
    """
    try:
        moment: datetime = edit.value()
    except ValueError:
        raise UserFacingError(edit.refusal(edit.text().strip())) from None
    return moment


def _window_moment(edit: MomentEdit) -> datetime | None:
    """The moment typed into `edit`, or None while its text is no moment."""
    try:
        moment: datetime = edit.value()
    except ValueError:
        return None
    return moment


class ImportDialog(QDialog):
    """Choose a file, check what pmdesk read from it, and add it to the timeline."""

    def __init__(
        self,
        document: PostmortemDocument,
        parent: QWidget | None = None,
        *,
        zone_name: str = "UTC",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import timeline events"))
        self.setObjectName("import_dialog")
        self.document = document
        self.display_zone = zone_name
        self.path: Path | None = None
        self.detected: tuple[str, float] | None = None
        self.prepared: PreparedImport | None = None
        self.batch: ImportBatch | None = None
        self.zone_required = False
        self.last_error: BaseException | None = None
        self._op: BackgroundOp[PreparedImport] | None = None
        self._rerun_after_stop = False
        self._generation = 0
        form = self._build_form()
        progress_row = self._build_progress_row()
        window_fix_row = self._build_summary()
        results = self._build_results()
        self._build_buttons()
        self._lay_out(form, progress_row, window_fix_row, results)
        self._build_timers()
        self._connect_signals()
        self._update_state()

    def _build_form(self) -> QFormLayout:
        """What to read, and how: the file, its format and zone, the window and filters."""
        path_row = self._build_source_row()
        zone_row = self._build_zone_row()
        window_row = self._build_window_row()
        year_row = self._build_year_row()
        filters_row = self._build_filters_row()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Import:"), path_row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Time zone:"), zone_row)
        form.addRow("", self.zone_note)
        form.addRow(self.tr("Window:"), window_row)
        form.addRow(self.tr("Year:"), year_row)
        form.addRow(self.tr("Filters:"), filters_row)
        self._form = form
        self._year_row = year_row
        form.setRowVisible(year_row, False)
        return form

    def _build_source_row(self) -> QHBoxLayout:
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Type or paste a path, or browse for a file"))
        self.path_edit.setAccessibleName(self.tr("File or folder to import"))
        self.path_edit.setClearButtonEnabled(True)
        self.file_button = QPushButton(self.tr("&Browse…"), self)
        self.file_button.setToolTip(self.tr("Choose a file to import"))
        self.folder_button = QPushButton(self.tr("Choose f&older…"), self)
        self.folder_button.setToolTip(self.tr("Choose a folder, e.g. an unzipped Slack export"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.file_button)
        path_row.addWidget(self.folder_button)

        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Format"))
        self._fill_formats()
        return path_row

    def _build_zone_row(self) -> QHBoxLayout:
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setAccessibleName(self.tr("Time zone of the file's times"))
        self.zone_combo.setMinimumContentsLength(22)
        settings = QSettings()
        remembered = settings.value(
            ZONE_FOR_POSTMORTEM_KEY.format(uuid=self.document.postmortem.uuid)
        )
        self._remembered_zone = remembered if isinstance(remembered, str) else None
        last = settings.value(LAST_ZONE_KEY)
        first = self._remembered_zone or (last if isinstance(last, str) else None)
        candidates = [first, machine_zone_name(), "UTC", self.display_zone]
        zones = list(dict.fromkeys(zone for zone in candidates if zone))
        self.zone_combo.addItems(zones)
        # The remembered zone was ticked by the dialog, not by the user, this time.
        self._zone_confirmed_from_memory = False
        completer = QCompleter(sorted(available_timezones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self.zone_confirm = QCheckBox(self.tr("The times in this file are in this &zone"), self)
        self.zone_note = plain_label(parent=self)
        self.zone_note.setWordWrap(True)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone_combo)
        zone_row.addWidget(self.zone_confirm, 1)
        return zone_row

    def _build_window_row(self) -> QHBoxLayout:
        self.window_check = QCheckBox(self.tr("Only events b&etween"), self)
        self.since_edit = MomentEdit(self.display_zone, self._window_reference, self)
        self.until_edit = MomentEdit(self.display_zone, self._window_reference, self)
        for edit, name in ((self.since_edit, "Window start"), (self.until_edit, "Window end")):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-11-30 13:58:00") + 48)
            edit.setAccessibleName(self.tr(name))
        window_row = QHBoxLayout()
        window_row.addWidget(self.window_check)
        window_row.addWidget(self.since_edit)
        window_row.addWidget(QLabel(self.tr("and"), self))
        window_row.addWidget(self.until_edit)
        window_row.addWidget(QLabel(self.display_zone, self))
        window_row.addStretch(1)
        self._prefill_window()
        return window_row

    def _build_year_row(self) -> QHBoxLayout:
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1970, 2200)
        self.year_spin.setAccessibleName(self.tr("Year of the lines that carry none"))
        self.year_note = QLabel(self)
        self.year_note.setWordWrap(True)
        self._chosen_year: int | None = None
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_spin)
        year_row.addWidget(self.year_note, 1)
        return year_row

    def _build_filters_row(self) -> QHBoxLayout:
        self.source_filter = QLineEdit(self)
        self.source_filter.setPlaceholderText(self.tr("e.g. #inc-checkout, db-01 (any of them)"))
        self.source_filter.setAccessibleName(self.tr("Source or channel filter"))
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Lowest log level"))
        self.level_combo.addItem(self.tr("Any level"), None)
        for level in LEVELS:
            self.level_combo.addItem(self.tr("{level} and above").format(level=level), level)
        self.keyword_filter = QLineEdit(self)
        self.keyword_filter.setPlaceholderText(self.tr("Only events mentioning this"))
        self.keyword_filter.setAccessibleName(self.tr("Keyword filter"))
        filters_row = QHBoxLayout()
        filters_row.addWidget(self.source_filter, 2)
        filters_row.addWidget(self.level_combo)
        filters_row.addWidget(self.keyword_filter, 2)
        return filters_row

    def _build_progress_row(self) -> QHBoxLayout:
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.progress.setTextVisible(True)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.read_button = QPushButton(self.tr("&Read again"), self)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        progress_row.addWidget(self.read_button)
        return progress_row

    def _build_summary(self) -> QHBoxLayout:
        """What was read; and, when the window leaves out the whole file, the ways out."""
        self.summary = plain_label(self.tr(MSG_CHOOSE), self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Offered when the window leaves out every event of the file.
        self.widen_button = QPushButton(self.tr("&Widen the window to include the file"), self)
        self.ignore_window_button = QPushButton(self.tr("Read the w&hole file instead"), self)
        self._file_span: tuple[datetime, datetime] | None = None
        window_fix_row = QHBoxLayout()
        window_fix_row.addWidget(self.widen_button)
        window_fix_row.addWidget(self.ignore_window_button)
        window_fix_row.addStretch(1)
        return window_fix_row

    def _build_results(self) -> QSplitter:
        """The first events read, above the lines skipped."""
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setAccessibleName(self.tr("Preview of the first events"))
        self.preview.setModel(self.preview_model)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().setDefaultSectionSize(
            int(self.preview.fontMetrics().height() * 1.5)
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 190, 140, 110)):
            self.preview.horizontalHeader().resizeSection(column, width)
        preview_box = QGroupBox(self.tr("First events"), self)
        QVBoxLayout(preview_box).addWidget(self.preview)

        self.skipped_view = QPlainTextEdit(self)
        self.skipped_view.setReadOnly(True)
        self.skipped_view.setAccessibleName(self.tr("Skipped lines and warnings"))
        self.skipped_view.setPlaceholderText(self.tr("Nothing was skipped."))
        skipped_box = QGroupBox(self.tr("Skipped lines and warnings"), self)
        QVBoxLayout(skipped_box).addWidget(self.skipped_view)
        results = QSplitter(Qt.Orientation.Vertical, self)
        results.addWidget(preview_box)
        results.addWidget(skipped_box)
        results.setStretchFactor(0, 3)
        results.setStretchFactor(1, 1)
        return results

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)

    def _lay_out(
        self,
        form: QFormLayout,
        progress_row: QHBoxLayout,
        window_fix_row: QHBoxLayout,
        results: QSplitter,
    ) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addLayout(window_fix_row)
        layout.addWidget(results, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 720)

    def _build_timers(self) -> None:
        self._rerun_timer = QTimer(self)
        self._rerun_timer.setSingleShot(True)
        self._rerun_timer.setInterval(RERUN_DELAY_MS)
        # A typed path is used once the typing pauses (or on Enter).
        self._path_timer = QTimer(self)
        self._path_timer.setSingleShot(True)
        self._path_timer.setInterval(RERUN_DELAY_MS)

    def _connect_signals(self) -> None:
        self._rerun_timer.timeout.connect(self.start_preview)
        self._path_timer.timeout.connect(self._use_typed_path)
        self.path_edit.textEdited.connect(self._path_typed)
        self.path_edit.returnPressed.connect(self._use_typed_path)
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button.clicked.connect(self._choose_folder)
        self.format_combo.activated.connect(lambda _i: self._options_changed())
        self.zone_combo.activated.connect(lambda _i: self._options_changed())
        line = self.zone_combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._options_changed)
        self.zone_confirm.toggled.connect(lambda _on: self._options_changed())
        self.zone_confirm.clicked.connect(self._zone_confirm_clicked)
        self.year_spin.valueChanged.connect(self._year_chosen)
        self.widen_button.clicked.connect(self.widen_window_to_file)
        self.ignore_window_button.clicked.connect(lambda: self.window_check.setChecked(False))
        self.window_check.toggled.connect(self._window_toggled)
        for edit in (self.since_edit, self.until_edit):
            edit.entered.connect(lambda _v: self._options_changed())
            edit.refused.connect(lambda _message: self._options_changed())
        self.source_filter.textChanged.connect(lambda _t: self._options_changed())
        self.level_combo.activated.connect(lambda _i: self._options_changed())
        self.keyword_filter.textChanged.connect(lambda _t: self._options_changed())
        self.stop_button.clicked.connect(self.stop)
        self.read_button.clicked.connect(self.start_preview)
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

    # --- entry point ---------------------------------------------------------------------
    @classmethod
    def ask(
        cls, parent: QWidget | None, document: PostmortemDocument, *, zone_name: str = "UTC"
    ) -> ImportBatch | None:
        """Run the dialog; the batch that was added, or None when nothing was."""
        dialog = cls(document, parent, zone_name=zone_name)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.batch if accepted else None
        finally:
            dialog.deleteLater()

    @staticmethod
    def choose_file(parent: QWidget) -> Path | None:
        """Ask for a file (monkeypatched in tests)."""
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            parent.tr("Import a file"),
            "",
            parent.tr(
                "Exports and logs (*.json *.jsonl *.ndjson *.log *.txt *.csv *.zip *.logfmt);;"
                "All files (*)"
            ),
        )
        return Path(name) if name else None

    @staticmethod
    def choose_folder(parent: QWidget) -> Path | None:
        """Ask for a folder, e.g. an unzipped Slack export (monkeypatched in tests)."""
        name = QFileDialog.getExistingDirectory(parent, parent.tr("Import a folder"))
        return Path(name) if name else None

    # --- setup helpers -------------------------------------------------------------------
    def _fill_formats(self, detected: tuple[str, float] | None = None) -> None:
        self.format_combo.clear()
        if detected is not None and detected[0] in FORMAT_NAMES:
            name = self.tr(FORMAT_NAMES[detected[0]])
            self.format_combo.addItem(
                self.tr("{name} — detected ({confidence} % sure)").format(
                    name=name, confidence=round(detected[1] * 100)
                ),
                detected[0],
            )
        elif detected is not None:
            self.format_combo.addItem(
                self.tr("Not recognised — choose the format below"), "unknown"
            )
        else:
            self.format_combo.addItem(self.tr("Detect automatically"), "auto")
        for format_id in FORMATS:
            self.format_combo.addItem(self.tr(FORMAT_NAMES.get(format_id, format_id)), format_id)

    def _window_reference(self) -> datetime:
        # The day a time typed alone into the window falls on.
        return self.document.postmortem.incident_start or datetime.now(UTC)

    def _prefill_window(self) -> None:
        pm = self.document.postmortem
        start, end = pm.incident_start, pm.incident_end
        times = [e.occurred_at for e in pm.timeline_events]
        if start is None and times:
            start = min(times)
        if end is None and times:
            end = max(times)
        has_window = start is not None or end is not None
        now = datetime.now(UTC).replace(microsecond=0)
        since = (start or end or now) - WINDOW_MARGIN
        until = (end or start or now) + WINDOW_MARGIN
        self.since_edit.set_value(since)
        self.until_edit.set_value(until)
        self.window_check.setChecked(has_window)
        self.since_edit.setEnabled(has_window)
        self.until_edit.setEnabled(has_window)

    # --- user intents --------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = type(self).choose_file(self)
        if path is not None:
            self.set_path(path)

    def _choose_folder(self) -> None:
        path = type(self).choose_folder(self)
        if path is not None:
            self.set_path(path)

    def _path_typed(self) -> None:
        # Nothing read so far belongs to the new text: Import waits for it.
        self._path_timer.start()
        self._update_state()

    def _use_typed_path(self) -> None:
        """Use the path in the field, as typed or pasted."""
        self._path_timer.stop()
        path = typed_path(self.path_edit.text())
        if path == self.path:
            self._update_state()
            return
        if path is None or not path.exists():
            self.stop()
            self._generation += 1  # a read still running is for the old path
            self.path = None
            self.prepared = None
            self._file_span = None
            self.preview_model.set_events((), self.display_zone)
            self.skipped_view.clear()
            if path is None:
                self._set_summary(self.tr(MSG_CHOOSE))
            else:
                self._set_summary(self.tr(MSG_NO_SUCH_PATH).format(path=path), problem=True)
            self._update_state()
            return
        self.set_path(path)

    def _year_chosen(self, year: int) -> None:
        self._chosen_year = year
        self._options_changed()

    def _zone_confirm_clicked(self) -> None:
        self._zone_confirmed_from_memory = False

    def _zone_needed(self) -> None:
        """The file has times without a zone: ask for one, or use this post-mortem's."""
        self.zone_required = True
        if (
            self._remembered_zone is not None
            and self.zone_combo.currentText() == self._remembered_zone
            and not self.zone_confirm.isChecked()
        ):
            self._zone_confirmed_from_memory = True
            self.zone_confirm.setChecked(True)

    def widen_window_to_file(self) -> None:
        """Stretch the window so that it holds every event of the file."""
        if self._file_span is None:
            return
        first, last = self._file_span
        # Whole minutes around the file, as people read the window.
        first = first.replace(second=0, microsecond=0)
        last = last.replace(second=0, microsecond=0) + timedelta(minutes=1)
        since, until = _window_moment(self.since_edit), _window_moment(self.until_edit)
        self.since_edit.set_value(first if since is None else min(since, first))
        self.until_edit.set_value(last if until is None else max(until, last))
        self._options_changed()  # set_value, unlike typing, announces nothing

    def set_path(self, path: Path) -> None:
        """Use `path`: detect its format and read it."""
        self._path_timer.stop()
        self.path = path
        if typed_path(self.path_edit.text()) != path:
            self.path_edit.setText(str(path))
        self.zone_required = False
        self._zone_confirmed_from_memory = False
        self.zone_confirm.setChecked(False)
        self._chosen_year = None
        self._file_span = None
        self._show_assumed_year(None)
        try:
            self.detected = detect_format(path)
        except UserFacingError as exc:
            self.detected = None
            self._fill_formats(None)
            self._show_failure(exc, modal=True)
            return
        self._fill_formats(self.detected)
        if self.detected[0] == "unknown":
            self.prepared = None
            self._set_summary(
                self.tr(
                    "pmdesk could not tell which kind of export {file} is. "
                    "Choose the format from the list."
                ).format(file=path.name),
                problem=True,
            )
            self._update_state()
            return
        self.start_preview()

    def options(self) -> ImportOptions:
        """The options as the form shows them.

        Raises:
            UserFacingError: the zone or window is not usable.
        """
        format_id = self.format_combo.currentData()
        if format_id in (None, "unknown"):
            format_id = "auto"
        tz: str | None = None
        if self.zone_required:
            zone = self.zone_combo.currentText().strip()
            try:
                zone_named(zone)
            except (ValueError, KeyError):
                raise UserFacingError(self.tr(MSG_UNKNOWN_ZONE).format(zone=zone)) from None
            tz = zone if self.zone_confirm.isChecked() else None
        since = until = None
        if self.window_check.isChecked():
            since, until = _typed_moment(self.since_edit), _typed_moment(self.until_edit)
            if until < since:
                raise UserFacingError(self.tr(MSG_WINDOW_ORDER))
        sources = frozenset(
            part.strip() for part in self.source_filter.text().split(",") if part.strip()
        )
        # A year the user chose wins; else full dates inside the file or the window
        # place yearless lines, and failing those the incident's year does.
        start = self.document.postmortem.incident_start
        return ImportOptions(
            format=str(format_id),
            reference_year=self._chosen_year,
            fallback_year=start.year if start is not None else None,
            tz=tz,
            since=since,
            until=until,
            sources=sources or None,
            level=self.level_combo.currentData(),
            keyword=self.keyword_filter.text().strip() or None,
        )

    def start_preview(self) -> None:
        """Read the file with the current options, off the UI thread."""
        self._rerun_timer.stop()
        if self.path is None:
            return
        if self._op is not None and self._op.is_running:
            self._rerun_after_stop = True
            self._op.cancel()
            return
        try:
            options = self.options()
        except UserFacingError as exc:
            self._show_failure(exc, modal=False)
            return
        if self.zone_required and options.tz is None:
            self.prepared = None
            self.preview_model.set_events((), self.display_zone)
            self._set_summary(self.tr(MSG_ZONE_REQUIRED), problem=True)
            self._update_state()
            return
        path = self.path
        existing = frozenset(e.fingerprint for e in self.document.postmortem.timeline_events)
        self._generation += 1
        generation = self._generation
        self.prepared = None
        self._file_span = None
        self.last_error = None
        self.progress.setRange(0, 0)
        self._set_summary(self.tr(MSG_READING).format(file=path.name))
        op: BackgroundOp[PreparedImport] = BackgroundOp(
            self,
            lambda context: prepare_import(
                path,
                options,
                existing,
                format_names=FORMAT_NAMES,
                progress=context.report,
                cancelled=context.is_cancelled,
            ),
        )
        op.success(lambda prepared: self._preview_ready(generation, prepared))
        op.failure(lambda exc: self._preview_failed(generation, exc))
        op.progressed.connect(self._progressed)
        op.finished.connect(self._op_finished)
        self._op = op
        op.run_in_background()
        self._update_state()

    def stop(self) -> None:
        """Stop reading (the Stop button)."""
        self._rerun_after_stop = False
        if self._op is not None:
            self._op.cancel()

    @property
    def is_reading(self) -> bool:
        return self._op is not None and self._op.is_running

    def import_now(self) -> None:
        """Add what was read to the timeline as one undoable step, and close."""
        prepared = self.prepared
        if prepared is None or self.is_reading or not prepared.events:
            return
        if self.zone_required and not self.zone_confirm.isChecked():
            return
        pm = self.document.postmortem
        self.document.push(import_edit(pm, prepared))
        self.batch = prepared.batch
        if self.zone_required:
            zone = self.zone_combo.currentText().strip()
            settings = QSettings()
            settings.setValue(ZONE_FOR_POSTMORTEM_KEY.format(uuid=pm.uuid), zone)
            settings.setValue(LAST_ZONE_KEY, zone)
        log.info("Imported %d events (%s)", len(prepared.events), prepared.result.format)
        self.accept()

    def reject(self) -> None:
        self._rerun_after_stop = False
        self._rerun_timer.stop()
        if self._op is not None:
            self._op.cancel()
        super().reject()

    # --- reactions ------------------------------------------------------------------------
    def _options_changed(self) -> None:
        if self.path is not None:
            self._rerun_timer.start()
        self._update_state()

    def _window_toggled(self, on: bool) -> None:
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)
        self._options_changed()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(done * 1000 / total)))

    def _op_finished(self) -> None:
        self._update_state()
        if self._rerun_after_stop:
            self._rerun_after_stop = False
            self.start_preview()

    def _preview_ready(self, generation: int, prepared: PreparedImport) -> None:
        if generation != self._generation or self._rerun_after_stop:
            return
        self.prepared = prepared
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        if prepared.zone_assumed and not self.zone_required:
            self._zone_needed()
        self.preview_model.set_events(prepared.events, self.display_zone)
        result = prepared.result
        self._show_assumed_year(result.assumed_year)
        parts = [self.tr(MSG_SUMMARY).format(count=_count(len(prepared.events)))]
        if prepared.already_present:
            parts.append(self.tr(MSG_ALREADY).format(count=_count(prepared.already_present)))
        if result.duplicates_dropped:
            parts.append(self.tr(MSG_DUPLICATES).format(count=_count(result.duplicates_dropped)))
        if result.skipped_count:
            parts.append(self.tr(MSG_SKIPPED).format(count=_count(result.skipped_count)))
        summary = " · ".join(parts)
        name = self.tr(FORMAT_NAMES.get(result.format, result.format))
        summary = self.tr("{name} — {summary}").format(name=name, summary=summary)
        problem = False
        if len(prepared.events) > LARGE_IMPORT:
            summary += "\n" + self.tr(MSG_LARGE).format(count=_count(len(prepared.events)))
        self._file_span = None
        if not prepared.events:
            summary += "\n" + (
                self.tr(MSG_NOTHING_NEW) if prepared.already_present else self.tr(MSG_NO_EVENTS)
            )
            outside = self._outside_window(result.span)
            if outside and not prepared.already_present:
                self._file_span = result.span
                summary += " " + outside
            problem = True
        self._set_summary(summary, problem=problem)
        lines = [
            self.tr("line {line}: {reason}").format(line=s.line, reason=s.reason)
            for s in result.skipped
        ]
        lines += result.warnings
        self.skipped_view.setPlainText("\n".join(lines))
        self._update_state()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.preview_model.set_events((), self.display_zone)
        self.skipped_view.clear()
        if isinstance(exc, ImportCancelledError):
            if not self._rerun_after_stop:
                self._set_summary(self.tr(MSG_CANCELLED), problem=True)
            return
        if isinstance(exc, ZoneRequiredError):
            self._zone_needed()
            self._set_summary(self.tr(MSG_ZONE_REQUIRED), problem=True)
            self._update_state()
            return
        self._show_failure(exc, modal=True)

    def _outside_window(self, span: tuple[datetime, datetime] | None) -> str:
        """Where the file lies against the window, when the window leaves some of it out."""
        since, until = _window_moment(self.since_edit), _window_moment(self.until_edit)
        if span is None or not self.window_check.isChecked() or since is None or until is None:
            return ""
        if since <= span[0] and span[1] <= until:
            return ""  # the filters, not the window, left everything out
        return self.tr(MSG_OUTSIDE_WINDOW).format(
            file_span=format_span(span[0], span[1], self.display_zone),
            window=format_span(since, until, self.display_zone),
        )

    def _show_assumed_year(self, year: int | None) -> None:
        self._form.setRowVisible(self._year_row, year is not None)
        if year is None:
            return
        with QSignalBlocker(self.year_spin):
            self.year_spin.setValue(year)
        self.year_note.setText(self.tr(MSG_ASSUMED_YEAR).format(year=year))

    def _show_failure(self, exc: BaseException, *, modal: bool) -> None:
        self.last_error = exc
        self.prepared = None
        if isinstance(exc, UserFacingError):
            text = exc.message + (f"\n{exc.hint}" if exc.hint else "")
        else:
            text = self.tr("Something went wrong inside pmdesk while reading the file.")
        self._set_summary(text, problem=True)
        self._update_state()
        if modal:
            show_error(self, exc)

    def _set_summary(self, text: str, *, problem: bool = False) -> None:
        self.summary.setText(text)
        palette = self.palette()
        if problem:
            is_dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(
                QPalette.ColorRole.WindowText, QColor("#ff8a80" if is_dark else "#a8201a")
            )
        self.summary.setPalette(palette)
        font = self.summary.font()
        font.setBold(problem)
        self.summary.setFont(font)

    def _update_state(self) -> None:
        reading = self.is_reading
        self.stop_button.setVisible(reading)
        self.read_button.setVisible(not reading and self.path is not None)
        self.progress.setVisible(self.path is not None)
        self.zone_confirm.setVisible(self.zone_required)
        self.zone_combo.setEnabled(self.zone_required)
        if self.zone_required:
            zone = self.zone_combo.currentText()
            if self.zone_confirm.isChecked() and self._zone_confirmed_from_memory:
                self.zone_note.setText(self.tr(MSG_ZONE_REMEMBERED).format(zone=zone))
            elif self.zone_confirm.isChecked():
                self.zone_note.setText(self.tr(MSG_ZONE_ASSUMED).format(zone=zone))
            else:
                self.zone_note.setText(self.tr(MSG_ZONE_CONFIRM))
        else:
            self.zone_note.setText(
                self.tr("Not needed so far: the times in this file say their own zone.")
                if self.prepared is not None
                else ""
            )
        self.zone_note.setVisible(bool(self.zone_note.text()))
        can_import = (
            self.prepared is not None
            and bool(self.prepared.events)
            and not reading
            and not self._rerun_timer.isActive()
            and not self._path_timer.isActive()
            and (not self.zone_required or self.zone_confirm.isChecked())
        )
        has_file_span = self._file_span is not None and not reading
        self.widen_button.setVisible(has_file_span)
        self.ignore_window_button.setVisible(has_file_span)
        self.import_button.setEnabled(can_import)
        if self.prepared is not None and self.prepared.events:
            count = len(self.prepared.events)
            self.import_button.setText(
                self.tr("&Import 1 event")
                if count == 1
                else self.tr("&Import {count} events").format(count=_count(count))
            )
        else:
            self.import_button.setText(self.tr("&Import"))
