"""Step 5, Publish: what still blocks publication, and the export itself.

The checklist is `domain.gates`; each problem jumps to where it can be fixed.
Exports render from a detached snapshot of the post-mortem in the background,
so the facilitator can keep typing while a PDF is laid out. The first time the page
is shown, PDF rendering is warmed up in the background too (imports, fonts), so the
first preview comes as quickly as the next ones.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from pmdesk.domain.flow import Step
from pmdesk.domain.gates import (
    BLAMELESS_LANGUAGE,
    GATE_TITLES,
    REDACTION,
    GateProblem,
    GateResult,
    check_gates,
    keep_problem,
    resolve_overrides,
)
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.domain.redaction import redact_all_edit, redact_edit
from pmdesk.errors import UserFacingError
from pmdesk.exporters import ExportOptions, ExportResult, export_file_name
from pmdesk.exporters.pdf import move_into_place, render_in_helper_process
from pmdesk.exporters.pdf import warm_up as warm_up_pdf
from pmdesk.exporters.related import related_for_export
from pmdesk.exporters.repository import (
    RepositoryPublication,
    RepositoryTarget,
    publish_to_repository,
)
from pmdesk.exporters.trackers import TRACKER_EXPORTERS
from pmdesk.models import Postmortem
from pmdesk.settings import Preferences
from pmdesk.store.interchange import dump_postmortem
from pmdesk.ui.background import BackgroundOp, OpContext
from pmdesk.ui.core_texts import translated_label, translated_problem
from pmdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from pmdesk.ui.dialogs.publish_dialogs import ExportFolderDialog, OverrideGatesDialog
from pmdesk.ui.dialogs.reason_dialog import ReasonDialog
from pmdesk.ui.dialogs.repository_dialog import RepositoryDialog
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.richtext import plain_label, plain_tooltip
from pmdesk.ui.steps import StepPage
from pmdesk.ui.widgets.flow_layout import flow_row
from pmdesk.ui.widgets.publication_state import PublicationStateLabel

log = logging.getLogger(__name__)

__all__ = [
    "ExportRequest",
    "PublishStep",
    "prepare_rendering",
    "render_snapshot",
]

FORMAT_LABELS = {
    "pdf": "PDF",
    "html": "HTML",
    "md": "Markdown",
    "actions-csv": "Action items (CSV)",
    "jira-csv": "Jira (CSV)",
    "gitlab-csv": "GitLab (CSV)",
    "github-json": "GitHub (JSON)",
    "github-sh": "GitHub (gh script)",
    "ics": "Calendar (iCalendar)",
}
# The open action items for a tracker's importer, and their calendar: a row of their own.
TRACKER_FORMATS = (*TRACKER_EXPORTERS, "ics")
FORMAT_TIPS = {
    "jira-csv": "For Jira's CSV import; in its wizard, set the date format to yyyy-MM-dd",
    "gitlab-csv": "For GitLab's issue import (Issues → Import CSV)",
    "github-json": "A list of GitHub issues (title, body, labels)",
    "github-sh": "A shell script that creates the issues with the GitHub CLI: "
    "sh FILE --repo OWNER/NAME",
    "ics": "The review meeting and the action items' due and review days, for a calendar "
    "or task list",
}
GATES_DELAY_MS = 500
# Opening a database runs its migrations, and Alembic keeps the migration context in
# module globals: two renders (two windows exporting) or a render and the warm-up must
# not open their in-memory databases at the same time.
_opening_a_store = threading.Lock()


@dataclass(frozen=True)
class ExportRequest:
    folder: Path
    formats: tuple[str, ...]
    profile: str


def render_snapshot(
    snapshot: dict[str, Any],
    formats: Sequence[str],
    options: ExportOptions,
    context: OpContext,
    *,
    include_tracked: bool = False,
    action_ids: Sequence[int] | None = None,
) -> list[ExportResult]:
    """Render a dumped post-mortem in its own in-memory database (runs off the UI thread).

    `action_ids` are the stored ids of its action items, which the copy does not keep
    (the calendar's UIDs are made from them); `include_tracked`: see `render_export`.
    """
    from pmdesk.exporters import render_export
    from pmdesk.store import open_database
    from pmdesk.store.interchange import load_postmortem

    render_in_helper_process()
    with _opening_a_store:
        database = open_database("sqlite://")
    try:
        with database.transaction() as session:
            pm, _created = load_postmortem(session, snapshot, trusted=True)
            results: list[ExportResult] = []
            for index, fmt in enumerate(formats):
                if context.is_cancelled():
                    break
                context.set_message(FORMAT_LABELS.get(fmt, fmt))
                context.report(index, len(formats))
                results.append(
                    render_export(
                        pm, fmt, options, include_tracked=include_tracked, action_ids=action_ids
                    )
                )
            context.report(len(formats), len(formats))
            return results
    finally:
        database.close()


def prepare_rendering(_context: OpContext) -> None:
    """Pay ahead for what `render_snapshot` pays the first time in a process: the
    in-memory database's first set-up and PDF rendering's imports, fonts and template
    (runs off the UI thread)."""
    from pmdesk.store import open_database

    with _opening_a_store:
        open_database("sqlite://").close()
    render_in_helper_process()
    warm_up_pdf()


class PublishStep(StepPage):
    """The publication checklist, export and history."""

    def __init__(
        self,
        document: PostmortemDocument,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(document, parent)
        self.preferences = preferences or Preferences()
        self.results: list[GateResult] = []
        self.last_folder: Path | None = None
        self._operation: BackgroundOp[list[ExportResult]] | None = None
        self._publishing: BackgroundOp[RepositoryPublication] | None = None
        self.repository_dialog: RepositoryDialog | None = None
        # Started the first time the page is shown.
        self.pdf_warm_up: BackgroundOp[None] | None = None
        self._preview: PdfPreviewDialog | None = None
        checklist_box = self._build_checklist()
        export_box = self._build_export_box()
        history_box = self._build_history()
        self._lay_out(checklist_box, export_box, history_box)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(GATES_DELAY_MS)
        self._is_stale = True
        self._connect_signals()
        self.refresh()

    def _build_checklist(self) -> QGroupBox:
        """What blocks publication, and what can be done about the selected problem."""
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setObjectName("publishHeadline")
        self.checklist = QTreeWidget(self)
        self.checklist.setHeaderHidden(True)
        self.checklist.setWordWrap(True)
        self.checklist.setAccessibleName(self.tr("What blocks publication"))
        self.redact_button = QPushButton(self.tr("&Redact"), self)
        self.redact_button.setToolTip(
            self.tr("Replace the selected secret or personal data with [redacted]")
        )
        self.redact_all_button = QPushButton(self.tr("Redact &all"), self)
        self.redact_all_button.setToolTip(
            self.tr(
                "Replace every secret and piece of personal data listed here with "
                "[redacted]; findings kept with a reason and IP addresses stay"
            )
        )
        self.keep_button = QPushButton(self.tr("&Keep, with a reason…"), self)
        self.go_button = QPushButton(self.tr("&Go to problem"), self)
        problem_buttons = flow_row(
            self, (self.go_button, self.redact_button, self.redact_all_button, self.keep_button)
        )

        checklist_box = QGroupBox(self.tr("Before publishing"), self)
        checklist_layout = QVBoxLayout(checklist_box)
        checklist_layout.addWidget(self.headline)
        checklist_layout.addWidget(self.checklist, 1)
        checklist_layout.addWidget(problem_buttons)
        return checklist_box

    def _build_export_box(self) -> QGroupBox:
        """For whom, in which formats; and the buttons that publish."""
        formats_row, trackers_row = self._build_format_choices()
        export_buttons = self._build_export_buttons()
        export_box = QGroupBox(self.tr("Export"), self)
        export_form = QFormLayout(export_box)
        export_form.addRow(self.tr("For"), self.profile)
        export_form.addRow(self.tr("Formats"), formats_row)
        export_form.addRow(self.tr("Action items for"), trackers_row)
        export_form.addRow("", self.archive_box)
        export_form.addRow(export_buttons)
        return export_box

    def _build_format_choices(self) -> tuple[QWidget, QWidget]:
        """The profile and the formats: the reports' row, and the action items' row."""
        self.profile = QComboBox(self)
        self.profile.addItem(self.tr("Internal — names and the full timeline"), "internal")
        self.profile.addItem(self.tr("Public — roles instead of names, redacted"), "public")
        self.profile.setAccessibleName(self.tr("Export profile"))
        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt, label in FORMAT_LABELS.items():
            box = QCheckBox(self.tr(label), self)
            box.setChecked(fmt in ("pdf", "md"))
            if fmt in FORMAT_TIPS:
                box.setToolTip(self.tr(FORMAT_TIPS[fmt]))
            self.format_boxes[fmt] = box
        formats_row = flow_row(
            self,
            [box for fmt, box in self.format_boxes.items() if fmt not in TRACKER_FORMATS],
            spacing=12,
        )
        self.include_tracked = QCheckBox(self.tr("Also those already in a tracker"), self)
        self.include_tracked.setToolTip(
            self.tr(
                "Actions that already have a tracker link are left out of the tracker "
                "files, so that importing them makes no duplicates"
            )
        )
        self._update_include_tracked()
        trackers_row = flow_row(
            self,
            [*(self.format_boxes[fmt] for fmt in TRACKER_FORMATS), self.include_tracked],
            spacing=12,
        )
        # The publication archive's copy: PDF/A-3b with the post-mortem's data inside.
        self.archive_box = QCheckBox(self.tr("Archive copy (PDF/A-3b with data)"), self)
        self._update_archive_box()
        return formats_row, trackers_row

    def _build_export_buttons(self) -> QWidget:
        self.preview_button = QPushButton(self.tr("Pre&view PDF"), self)
        self.export_button = QPushButton(self.tr("&Publish and export…"), self)
        self.export_button.setDefault(True)
        self.repository_button = QPushButton(self.tr("Publish to repo&sitory…"), self)
        self.repository_button.setToolTip(
            self.tr(
                "Commit the report as Markdown, with an index of all published post-mortems, "
                "to a clone of your docs or wiki repository; pushing it stays your step"
            )
        )
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.setEnabled(False)
        self.progress_label = plain_label(parent=self)
        self.progress_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        return flow_row(
            self,
            (
                self.preview_button,
                self.export_button,
                self.repository_button,
                self.open_folder_button,
                self.progress_label,
            ),
        )

    def _build_history(self) -> QGroupBox:
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Publication history"))
        history_box = QGroupBox(self.tr("Published versions"), self)
        self.publication_state = PublicationStateLabel(self.document, self)
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.publication_state)
        history_layout.addWidget(self.history)
        return history_box

    def _lay_out(
        self, checklist_box: QGroupBox, export_box: QGroupBox, history_box: QGroupBox
    ) -> None:
        """The checklist above; the export and the published versions below."""
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(export_box)
        lower_layout.addWidget(history_box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(checklist_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def _connect_signals(self) -> None:
        self.checklist.itemActivated.connect(self._problem_activated)
        self.checklist.itemDoubleClicked.connect(self._problem_activated)
        self.checklist.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.redact_button.clicked.connect(self.redact_selected)
        self.redact_all_button.clicked.connect(self.redact_all)
        self.keep_button.clicked.connect(self.keep_selected)
        self.go_button.clicked.connect(
            lambda: self._problem_activated(self.checklist.currentItem())
        )
        # The public version has a gate of its own (no names).
        self.profile.currentIndexChanged.connect(lambda _index: self.refresh())
        for fmt in TRACKER_EXPORTERS:
            self.format_boxes[fmt].toggled.connect(lambda _on: self._update_include_tracked())
        self.format_boxes["pdf"].toggled.connect(self._update_archive_box)
        self.profile.currentIndexChanged.connect(self._update_archive_box)
        self.preview_button.clicked.connect(self.preview_pdf)
        self.export_button.clicked.connect(self.export)
        self.repository_button.clicked.connect(self.ask_for_repository)
        self.open_folder_button.clicked.connect(self.open_folder)
        self._refresh_timer.timeout.connect(self.refresh)
        self.document.edited.connect(self._document_edited)

    def _document_edited(self, _touched: tuple[object, ...]) -> None:
        # Checking the gates scans every text; do it only where someone looks at it.
        self._is_stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pdf_warm_up is None:
            self._warm_up_pdf()
        if self._is_stale:
            self.refresh()

    def _warm_up_pdf(self) -> None:
        """Import WeasyPrint and find the fonts while the facilitator reads this page, so
        that the first preview does not wait for them (see `pdf.warm_up`)."""

        def failed(exc: BaseException) -> None:
            # The export itself will say what is wrong, if the user asks for one.
            log.info("Preparing PDF export in advance failed: %s", exc)

        self.pdf_warm_up = BackgroundOp(self, prepare_rendering).failure(failed)
        self.pdf_warm_up.run_in_background()

    # --- checklist ----------------------------------------------------------------

    def refresh(self) -> None:
        pm = self.document.postmortem
        self._is_stale = False
        self.results = check_gates(pm, profile=self.chosen_profile())
        self.checklist.clear()
        failing = [r for r in self.results if not r.passed]
        if failing:
            self.headline.setText(
                self.tr("{count} of {total} checks need attention before publishing.").format(
                    count=len(failing), total=len(self.results)
                )
            )
        else:
            self.headline.setText(self.tr("Everything is ready to publish. ✓"))
        for result in self.results:
            mark = "–" if result.is_skipped else "✓" if result.passed else "✗"
            count = f" ({result.count})" if result.count else ""
            gate_item = QTreeWidgetItem(self.checklist, [f"{mark}  {self.tr(result.title)}{count}"])
            if result.note:
                gate_item.setToolTip(0, translated_problem(result.note))
            gate_item.setForeground(0, QBrush(QColor("#16a34a" if result.passed else "#b45309")))
            gate_item.setExpanded(not result.passed)
            for problem in result.problems:
                if self._is_hidden_hint(result, problem):
                    continue
                message = translated_problem(problem.message)
                child = QTreeWidgetItem(
                    gate_item, [f"{translated_label(problem.label)}: {message}"]
                )
                child.setData(0, Role.ITEM, (result.id, problem))
                child.setToolTip(0, plain_tooltip(message))
                if problem.severity != "error":
                    child.setForeground(0, QBrush(QColor("#6b7280")))
        self._refresh_history()
        self._update_buttons()

    def _is_hidden_hint(self, result: GateResult, problem: GateProblem) -> bool:
        """A quiet "consider" hint (the language gate's non-blocking problems) while
        hints are switched off."""
        return (
            result.id == BLAMELESS_LANGUAGE
            and problem.severity != "error"
            and not self.document.hints_visible
        )

    def _refresh_history(self) -> None:
        self.history.clear()
        profiles = {"internal": self.tr("internal"), "public": self.tr("public")}
        for publication in reversed(self.document.postmortem.publications):
            when = publication.published_at.astimezone().strftime("%Y-%m-%d %H:%M")
            formats = ", ".join(self.tr(FORMAT_LABELS.get(f, f)) for f in publication.formats)
            text = self.tr("Version {version} · {when} · {profile} · {formats}").format(
                version=publication.version,
                when=when,
                profile=profiles.get(publication.profile, publication.profile),
                formats=formats,
            )
            if publication.gate_overrides:
                reasons = "; ".join(
                    "{gate}: {reason}".format(
                        gate=self.tr(GATE_TITLES.get(o.get("gate", ""), o.get("gate", ""))),
                        reason=o.get("reason", ""),
                    )
                    for o in publication.gate_overrides
                )
                text += self.tr(" · overridden: {reasons}").format(reasons=reasons)
            self.history.addItem(text)
        if not self.document.postmortem.publications:
            self.history.addItem(self.tr("Not published yet."))

    def selected_problem(self) -> tuple[str, GateProblem] | None:
        item = self.checklist.currentItem()
        data = item.data(0, Role.ITEM) if item is not None else None
        return data if isinstance(data, tuple) else None

    def _update_buttons(self) -> None:
        selected = self.selected_problem()
        is_redaction = selected is not None and selected[0] == REDACTION
        self.redact_button.setEnabled(is_redaction)
        self.redact_all_button.setEnabled(
            any(r.id == REDACTION and not r.passed for r in self.results)
        )
        self.keep_button.setEnabled(
            selected is not None and selected[0] in ("redaction", "blameless_language")
        )
        self.go_button.setEnabled(selected is not None)
        idle = self._operation is None and self._publishing is None
        self.export_button.setEnabled(idle)
        self.preview_button.setEnabled(idle)
        self.repository_button.setEnabled(idle)

    def _problem_activated(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, Role.ITEM) if item is not None else None
        if isinstance(data, tuple):
            location = data[1].location
            # The Action items step selects the item; its row shows every field.
            self.jump_requested.emit(
                location.part if location.kind is LocationKind.ACTION else location
            )

    def redact_selected(self) -> None:
        """Redact the selected finding, in the text as it is now (it may have changed
        since the check), then check again: the checklist shows what is left."""
        selected = self.selected_problem()
        if selected is None or selected[0] != REDACTION:
            return
        problem = selected[1]
        edit = redact_edit(
            self.document.postmortem, problem.location, problem.fingerprint, self.tr("Redact")
        )
        if edit is not None:
            self.document.push(edit)
        self.refresh()

    def redact_all(self) -> None:
        """Redact every open finding of the redaction gate as one undo step, then check
        again, so the gate shows what the texts hold after the redaction."""
        edit = redact_all_edit(self.document.postmortem, self.tr("Redact all"))
        if edit is not None:
            self.document.push(edit)
        self.refresh()

    def keep_selected(self) -> None:
        selected = self.selected_problem()
        if selected is None:
            return
        gate, problem = selected
        reason = ReasonDialog.ask(
            self,
            self.tr("Keep, with a reason"),
            self.tr("Why should this stay as it is?\n\n{}").format(
                translated_problem(problem.message)
            ),
        )
        if not reason:
            return
        self.document.push(
            keep_problem(self.document.postmortem, gate, problem, reason, self.tr("Keep"))
        )
        self.refresh()

    # --- export -------------------------------------------------------------------

    def chosen_profile(self) -> ExportProfile:
        return ExportProfile(str(self.profile.currentData()))

    def _update_archive_box(self, *_changed: object) -> None:
        internal = self.chosen_profile() is ExportProfile.INTERNAL
        self.archive_box.setEnabled(internal and self.format_boxes["pdf"].isChecked())
        self.archive_box.setToolTip(
            self.tr(
                "The PDF is made for long-term archiving (PDF/A-3b) and carries the "
                "post-mortem's data, which pmdesk can load again."
            )
            if internal
            else self.tr("Only the internal version has an archive copy: it holds all the data.")
        )

    def export_options(self) -> ExportOptions:
        profile = self.chosen_profile()
        return ExportOptions(
            organisation_name=self.preferences.organisation_name,
            logo_path=self.preferences.logo_path,
            accent_color=self.preferences.accent_color,
            profile=profile,
            generated_at=datetime.now(UTC),
            related_reviews=related_for_export(self.document.db, self.document.postmortem, profile),
            archive=self.archive_box.isEnabled() and self.archive_box.isChecked(),
            meeting_minutes=self.preferences.meeting_minutes,
        )

    def _update_include_tracked(self) -> None:
        # It changes only what the tracker files list.
        self.include_tracked.setEnabled(
            any(self.format_boxes[fmt].isChecked() for fmt in TRACKER_EXPORTERS)
        )

    def chosen_formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in self.format_boxes.items() if box.isChecked())

    def _start(
        self,
        formats: Sequence[str],
        options: ExportOptions,
        on_done: Callable[[list[ExportResult]], None],
    ) -> None:
        self.document.save()
        snapshot = dump_postmortem(self.document.postmortem)
        action_ids = [item.id for item in self.document.postmortem.action_items]
        include_tracked = self.include_tracked.isChecked()
        self.progress_label.setText(self.tr("Rendering…"))
        operation: BackgroundOp[list[ExportResult]] = BackgroundOp(
            self,
            lambda context: render_snapshot(
                snapshot,
                formats,
                options,
                context,
                include_tracked=include_tracked,
                action_ids=action_ids,
            ),
        )
        self._operation = operation

        def finished(results: list[ExportResult]) -> None:
            self._operation = None
            self.progress_label.setText("")
            self._update_buttons()
            on_done(results)

        def failed(exc: BaseException) -> None:
            self._operation = None
            self.progress_label.setText("")
            self._update_buttons()
            show_error(self, exc)

        operation.success(finished).failure(failed)
        operation.progressed.connect(
            lambda done, total: self.progress_label.setText(
                self.tr("Rendering {done}/{total}…").format(done=done, total=total)
            )
        )
        self._update_buttons()
        operation.run_in_background()

    def preview_pdf(self) -> None:
        def show(results: list[ExportResult]) -> None:
            if not results:
                return
            self._preview = PdfPreviewDialog(
                results[0].data,
                self.tr("Preview — {key}").format(key=self.document.postmortem.key),
                self,
            )
            self._preview.open()

        self._start(("pdf",), self.export_options(), show)

    def export(self) -> None:
        formats = self.chosen_formats()
        if not formats:
            show_error(self, UserFacingError(self.tr("Choose at least one format to export.")))
            return
        overrides = self._overrides_if_confirmed()
        if overrides is None:
            return
        try:
            records = resolve_overrides(self.results, overrides)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        folder = ExportFolderDialog.ask(self, self.last_folder)
        if folder is None:
            return
        # The reports are the published version: they say so, with the overrides.
        options = replace(
            self.export_options(),
            is_publication=True,
            gate_overrides=tuple((record["gate"], record["reason"]) for record in records),
        )
        profile = str(self.profile.currentData())

        def write(results: list[ExportResult]) -> None:
            self._write_and_publish(folder, results, profile, records)

        self._start(formats, options, write)

    def _overrides_if_confirmed(self) -> dict[str, str] | None:
        """Check the gates again; when some fail, the reason to publish anyway as
        overrides ({"*": reason}); None when the user would rather not."""
        self.refresh()
        failing = [r for r in self.results if not r.passed]
        if not failing:
            return {}
        reason = OverrideGatesDialog.ask(self, failing)
        return {"*": reason} if reason else None

    def ask_for_repository(self) -> None:
        """Publish to repository…: the gates, then where to, then the commit."""
        overrides = self._overrides_if_confirmed()
        if overrides is None:
            return
        dialog = RepositoryDialog(self)
        dialog.accepted.connect(lambda: self._publish_to_repository(dialog.target(), overrides))
        self.repository_dialog = dialog
        dialog.open()

    def _saved_before_publishing(self) -> bool:
        """Save what was typed last; if that fails, say that nothing was published."""
        if self.document.save():
            return True
        show_error(
            self,
            UserFacingError(
                f"Nothing was published: the latest changes are not saved yet "
                f"({self.document.last_error})",
                "Publish again once they are saved.",
            ),
        )
        return False

    def _publish_to_repository(self, target: RepositoryTarget, overrides: dict[str, str]) -> None:
        if not self._saved_before_publishing():
            return
        db = self.document.db
        postmortem_id = self.document.postmortem.id
        profile = self.chosen_profile()

        def work(_context: OpContext) -> RepositoryPublication:
            # The stored post-mortem (just saved), in a session of this thread's own.
            with db.transaction() as session:
                stored = session.get(Postmortem, postmortem_id)
                if stored is None:
                    raise UserFacingError("This post-mortem was deleted meanwhile.")
                return publish_to_repository(
                    session, stored, target, profile=profile, overrides=overrides
                )

        def finished(published: RepositoryPublication) -> None:
            self._publishing = None
            self.document.reload_published_state()
            self.document.edited.emit((self.document.postmortem,))
            self.refresh()
            self.progress_label.setText(
                self.tr(
                    "Published version {version} to {page}: commit {commit} on {branch}. "
                    "Pushing it is up to you."
                ).format(
                    version=published.version,
                    page=published.page,
                    commit=published.short_commit,
                    branch=published.branch,
                )
            )

        def failed(exc: BaseException) -> None:
            self._publishing = None
            self.progress_label.setText("")
            self._update_buttons()
            if isinstance(exc, SQLAlchemyError | OSError):
                exc = _publish_error(exc)
            show_error(self, exc)

        operation: BackgroundOp[RepositoryPublication] = BackgroundOp(self, work)
        self._publishing = operation
        operation.success(finished).failure(failed)
        self.progress_label.setText(self.tr("Publishing to the repository…"))
        self._update_buttons()
        operation.run_in_background()

    def _write_and_publish(
        self,
        folder: Path,
        results: list[ExportResult],
        profile: str,
        overrides: list[dict[str, str]],
    ) -> None:
        from pmdesk.exporters.export import staging_path
        from pmdesk.exporters.pdf import write_atomically
        from pmdesk.store.publications import publish

        pm = self.document.postmortem
        if not self._saved_before_publishing():
            return
        targets = [folder / export_file_name(pm.key, profile, r.format) for r in results]
        staged = [staging_path(target) for target in targets]
        try:
            for result, path in zip(results, staged, strict=True):
                write_atomically(path, result.data)
            # The record is history of its own: its own short transaction, and the
            # reports take their real names only once it is stored.
            with self.document.db.transaction() as session:
                stored = session.get(Postmortem, pm.id)
                if stored is None:
                    raise UserFacingError("This post-mortem was deleted meanwhile.")
                publish(
                    session,
                    stored,
                    formats=[r.format for r in results],
                    profile=profile,
                    content_hash=results[0].content_hash,
                    overrides=overrides,
                )
            for path, target in zip(staged, targets, strict=True):
                move_into_place(path, target)
        except (UserFacingError, SQLAlchemyError, OSError) as exc:
            for path in staged:
                path.unlink(missing_ok=True)
            show_error(self, exc if isinstance(exc, UserFacingError) else _publish_error(exc))
            return
        written = targets
        self.document.reload_published_state()
        self.document.edited.emit((pm,))
        self.last_folder = folder
        self.open_folder_button.setEnabled(True)
        self.progress_label.setText(
            self.tr("Published version {version}: {files}").format(
                version=pm.publications[-1].version if pm.publications else "?",
                files=", ".join(p.name for p in written),
            )
        )
        self.refresh()

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    def focus_location(self, location: Location) -> bool:
        return location == Location.of_step(Step.PUBLISH)


def _publish_error(exc: BaseException) -> UserFacingError:
    from pmdesk.ui.document import describe_save_error

    if isinstance(exc, OSError):
        return UserFacingError(
            f"The reports could not be written ({exc.strerror or exc}); nothing was published.",
            "Choose another folder, or free some disk space.",
        )
    assert isinstance(exc, SQLAlchemyError)
    return UserFacingError(
        f"The publication could not be recorded, so nothing was published. "
        f"{describe_save_error(exc)}"
    )
