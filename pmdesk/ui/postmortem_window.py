"""The window of one post-mortem: the learning loop, step by step.

A step list (with each step's state) beside the work area, the facilitator prompts
beside that, a findings panel, presenter mode for screen sharing, and a meeting
timer. Pages never talk to each other: they observe the document, and jumps go
through `go_to_location`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.findings import FieldFinding
from pmdesk.domain.flow import Step, StepState, step_state
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.locations import changed_locations
from pmdesk.domain.trigger import load_policy
from pmdesk.errors import UserFacingError
from pmdesk.models import Revision
from pmdesk.settings import Paths, Preferences, load_preferences, save_preferences
from pmdesk.store import Database
from pmdesk.ui.core_texts import translated_prompts
from pmdesk.ui.dialogs.conflict_dialog import ConflictDialog
from pmdesk.ui.dialogs.history_dialog import HistoryDialog
from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.errors import show_error
from pmdesk.ui.findings_panel import FindingsPanel
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.lint_actions import attach_line_linting, attach_linting
from pmdesk.ui.lint_highlighter import LintHighlighter
from pmdesk.ui.merge_note import merge_note
from pmdesk.ui.related_panel import RelatedReviewsPanel
from pmdesk.ui.steps import StepPage
from pmdesk.ui.steps.publish_step import PublishStep
from pmdesk.ui.theme import apply_theme
from pmdesk.ui.undo import EditCommand, UndoShortcutRouter
from pmdesk.ui.widgets.meeting_timer import MeetingTimer
from pmdesk.ui.widgets.notice_banner import NoticeBanner
from pmdesk.ui.widgets.publication_state import PublicationStateLabel

__all__ = ["STEPS", "PostmortemWindow"]


@dataclass(frozen=True)
class StepInfo:
    step: Step
    title: str
    agenda_index: int  # which timebox of the meeting agenda this page counts towards
    shortcut: str


# A numbered step's shortcut is Alt and its number; the two steps without a number take
# the digits on either side of 1…5.
STEPS: tuple[StepInfo, ...] = (
    StepInfo(Step.INCIDENT, "Incident", 0, "Alt+0"),
    StepInfo(Step.TRIGGER_CHECK, "1  Trigger check", 0, "Alt+1"),
    StepInfo(Step.TIMELINE, "2  Timeline", 1, "Alt+2"),
    StepInfo(Step.FIVE_WHYS, "3  5 Whys", 2, "Alt+3"),
    StepInfo(Step.ACTION_ITEMS, "4  Action items", 3, "Alt+4"),
    StepInfo(Step.LESSONS, "Lessons", 3, "Alt+6"),
    StepInfo(Step.PUBLISH, "5  Publish", 4, "Alt+5"),
)
AGENDA_NAMES = ("Trigger check", "Timeline", "5 Whys", "Action items", "Publish")
STATE_COLORS = {
    StepState.EMPTY: "#9ca3af",
    StepState.IN_PROGRESS: "#3b82f6",
    StepState.COMPLETE: "#16a34a",
    StepState.HAS_PROBLEMS: "#d97706",
}
STATE_LABELS = {
    StepState.EMPTY: "Not started",
    StepState.IN_PROGRESS: "In progress",
    StepState.COMPLETE: "Complete",
    StepState.HAS_PROBLEMS: "Needs attention",
}
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.4)
FINDINGS_DELAY_MS = 400


def _state_icon(state: StepState) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(STATE_COLORS[state])
    painter.setPen(color)
    if state is StepState.EMPTY:
        painter.drawEllipse(3, 3, 10, 10)
    else:
        painter.setBrush(color)
        painter.drawEllipse(3, 3, 10, 10)
    painter.end()
    return QIcon(pixmap)


class PromptsPanel(QWidget):
    """The facilitator's guiding questions for the current step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Questions to ask"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setAccessibleName(self.tr("Facilitator prompts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self.setMinimumWidth(220)

    def show_prompts(self, prompts: list[str]) -> None:
        from html import escape

        items = "".join(f"<li style='margin-bottom:8px'>{escape(p)}</li>" for p in prompts)
        self.body.setText(f"<ul style='margin-left:-18px'>{items}</ul>")


class PostmortemWindow(QMainWindow):
    """One post-mortem, step by step.

    Signals:
        closed: the window was closed and everything saved.
        presenter_mode_changed(bool)
        postmortem_requested(int): the user asked to open another post-mortem (an
            earlier review in the "Seen before" panel).
    """

    closed = Signal()
    presenter_mode_changed = Signal(bool)
    postmortem_requested = Signal(int)

    def __init__(self, db: Database, postmortem_id: int, paths: Paths) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("postmortemWindow")
        self.paths = paths
        self.preferences, _notice = load_preferences(paths.preferences_file)
        self.document = PostmortemDocument(db, postmortem_id, self)
        self.document.hints_visible = self.preferences.lint_hints
        self.findings: list[FieldFinding] = []
        self.is_presenting = False
        self.zoom_index = ZOOM_STEPS.index(1.0)
        self._base_font = QFont(self.font())
        self._highlighters: list[LintHighlighter] = []
        self._shortcut_router = UndoShortcutRouter(self)
        self._build_steps()
        self._build_central()
        self._build_docks()
        self._build_status_bar()
        self._build_actions()
        self._attach_linting()
        self._findings_timer = QTimer(self)
        self._findings_timer.setSingleShot(True)
        self._findings_timer.setInterval(FINDINGS_DELAY_MS)
        self._build_presence_label()
        self.history: HistoryDialog | None = None
        self._connect_signals()
        self.steps.setCurrentRow(0)
        self.refresh_findings()
        self._update_title()
        self._restore_settings()
        if db.read_only:
            self._make_read_only(db.read_only_reason or "")
        QApplication.instance().installEventFilter(self._shortcut_router)  # type: ignore[union-attr]

    def _build_steps(self) -> None:
        """The list of steps, and a page for each."""
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setObjectName("stepList")
        self.steps.setIconSize(QSize(16, 16))
        self.steps.setSpacing(2)
        self.pages = QStackedWidget(self)
        self.page_for: dict[Step, StepPage] = {}
        for info, page in zip(STEPS, self._create_pages(), strict=True):
            self.steps.addItem(QListWidgetItem(self.tr(info.title)))
            self.pages.addWidget(page)
            self.page_for[info.step] = page

    def _build_central(self) -> None:
        """The steps beside the current page, under the notice banner."""
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([190, 900])
        self.banner = NoticeBanner(self)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        # Prompts above findings, in one column beside the work area.
        self.prompts = PromptsPanel(self)
        self.prompts_dock = QDockWidget(self.tr("Facilitator prompts"), self)
        self.prompts_dock.setObjectName("promptsDock")
        self.prompts_dock.setWidget(self.prompts)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.prompts_dock)
        self.findings_panel = FindingsPanel(self)
        self.findings_dock = QDockWidget(self.tr("Blameless language"), self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        # Earlier reviews like this one, beside the findings (see related_panel).
        self.related_panel = RelatedReviewsPanel(self.document, self)
        self.related_dock = QDockWidget(self.tr("Seen before"), self)
        self.related_dock.setObjectName("relatedDock")
        self.related_dock.setWidget(self.related_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.related_dock)
        self.resizeDocks([self.prompts_dock], [280], Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        self.timer = MeetingTimer(
            [self.tr(name) for name in AGENDA_NAMES], self.preferences.agenda_minutes, self
        )
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(PublicationStateLabel(self.document, self))
        self.statusBar().addPermanentWidget(self.saved_label)

    def _connect_signals(self) -> None:
        for page in self.page_for.values():
            page.jump_requested.connect(self.go_to_location)
        self.steps.currentRowChanged.connect(self._step_changed)
        self.banner.save_copy_requested.connect(self.save_copy)
        self.findings_panel.jump_requested.connect(self.go_to_location)
        self.related_panel.open_requested.connect(self.postmortem_requested)
        self._findings_timer.timeout.connect(self.refresh_findings)
        self.document.edited.connect(self._document_edited)
        # Bound methods, not lambdas: Qt drops them when the window is deleted.
        self.document.saved.connect(self._saved)
        self.document.changed.connect(self._saving)
        self.document.save_failed.connect(self._save_failed)
        self.document.conflicts_found.connect(self._choose_in_conflicts)
        self.document.merged.connect(self._show_merged)
        self.document.presence.connect(self._show_presence)

    def _build_presence_label(self) -> None:
        """Who else has the post-mortem open (team database)."""
        self.presence_label = QLabel(self)
        self.presence_label.setObjectName("presenceLabel")
        self.presence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.presence_label.hide()
        self.statusBar().addPermanentWidget(self.presence_label)

    # --- construction -------------------------------------------------------------

    def _create_pages(self) -> list[StepPage]:
        from pmdesk.ui.steps.actions_step import ActionItemsStep
        from pmdesk.ui.steps.incident_step import IncidentStep
        from pmdesk.ui.steps.lessons_step import LessonsStep
        from pmdesk.ui.steps.timeline_step import TimelineStep
        from pmdesk.ui.steps.trigger_step import TriggerStep
        from pmdesk.ui.steps.whys_step import WhysStep

        doc = self.document
        policy = load_policy(self.paths.policy_file)
        return [
            IncidentStep(doc, self),
            TriggerStep(doc, policy, self),
            TimelineStep(doc, self),
            WhysStep(doc, self),
            ActionItemsStep(doc, self),
            LessonsStep(doc, self),
            PublishStep(doc, self, preferences=self.preferences),
        ]

    def _build_actions(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        view_menu = menu_bar.addMenu(self.tr("&View"))
        go_menu = menu_bar.addMenu(self.tr("&Go"))
        meeting_menu = menu_bar.addMenu(self.tr("&Meeting"))
        toolbar = QToolBar(self.tr("Post-mortem"), self)
        self.toolbar = toolbar
        toolbar.setObjectName("postmortemToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        def action(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
            slot: Callable[[], object] | None,
            menu: object,
            *,
            checkable: bool = False,
            on_toolbar: bool = False,
        ) -> QAction:
            act = QAction(self.tr(text), self)
            if shortcut is not None:
                sequence = QKeySequence(shortcut)
                if isinstance(shortcut, QKeySequence.StandardKey):
                    # Every binding of the platform (Close is Ctrl+W and Ctrl+F4).
                    act.setShortcuts(shortcut)
                else:
                    act.setShortcut(sequence)
                act.setToolTip(f"{self.tr(text).replace('&', '')} ({sequence.toString()})")
            act.setCheckable(checkable)
            if slot is not None:
                act.triggered.connect(lambda _checked=False: slot())
            menu.addAction(act)  # type: ignore[attr-defined]
            self.addAction(act)
            if on_toolbar:
                toolbar.addAction(act)
            return act

        action("P&references…", "Ctrl+,", self.edit_preferences, file_menu)
        action("Save a &copy as…", "Ctrl+Shift+S", self.save_copy, file_menu)
        action("&Close", QKeySequence.StandardKey.Close, self.close, file_menu)

        # Fixed labels: a label that grew with "Undo Edit title" moved every toolbar
        # button after it while the facilitator reached for one. What an undo would
        # change is in the tooltip and the status bar.
        stack = self.document.undo_stack
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        # After undoing: the change is made when this runs.
        self.undo_action.triggered.connect(self._show_undone)
        self.redo_action = QAction(self.tr("&Redo"), self)
        # Ctrl+Y everywhere, with the platform's own keys; each once, as Qt ignores a key
        # that an action has twice (an "ambiguous" shortcut).
        redo_keys = ["Ctrl+Y"] + [
            key.toString() for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ]
        self.redo_action.setShortcuts([QKeySequence(key) for key in dict.fromkeys(redo_keys)])
        self.redo_action.triggered.connect(stack.redo)
        self.redo_action.triggered.connect(self._show_redone)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._describe_undo)
        stack.redoTextChanged.connect(self._describe_redo)
        self._describe_undo(stack.undoText())
        self._describe_redo(stack.redoText())
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        for act in (self.undo_action, self.redo_action):
            edit_menu.addAction(act)
            toolbar.addAction(act)
            self.addAction(act)
        toolbar.addSeparator()

        self.presenter_action = action(
            "&Presenter mode",
            "F5",
            self.toggle_presenter_mode,
            view_menu,
            checkable=True,
            on_toolbar=True,
        )
        self.leave_presenter_action = QAction(self)
        self.leave_presenter_action.setShortcut(QKeySequence("Esc"))
        self.leave_presenter_action.triggered.connect(self._escape)
        self.addAction(self.leave_presenter_action)
        view_menu.addSeparator()
        action("Zoom &in", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1), view_menu)
        self.addAction(self._extra_shortcut("Ctrl+=", lambda: self.zoom(1)))
        action("Zoom &out", QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1), view_menu)
        action("&Reset zoom", "Ctrl+0", lambda: self.zoom(0), view_menu)
        view_menu.addSeparator()
        self.prompts_action = self.prompts_dock.toggleViewAction()
        self.prompts_action.setText(self.tr("Facilitator &prompts"))
        # Not F2: that edits the current cell, in every table.
        self.prompts_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.prompts_action.setToolTip(
            self.tr("Show or hide the facilitator prompts (Ctrl+Shift+P)")
        )
        view_menu.addAction(self.prompts_action)
        toolbar.addAction(self.prompts_action)
        self.underlines_action = action(
            "Lint &underlines", "Ctrl+Shift+L", self._toggle_underlines, view_menu, checkable=True
        )
        self.underlines_action.setChecked(True)
        findings_toggle = self.findings_dock.toggleViewAction()
        findings_toggle.setText(self.tr("&Findings panel"))
        findings_toggle.setShortcut(QKeySequence("Ctrl+Shift+F"))
        view_menu.addAction(findings_toggle)
        view_menu.addSeparator()
        self.history_action = action("&History…", "Ctrl+Shift+H", self.show_history, view_menu)
        related_toggle = self.related_dock.toggleViewAction()
        related_toggle.setText(self.tr("&Seen before panel"))
        view_menu.addAction(related_toggle)

        action("&Next step", "Ctrl+PgDown", lambda: self.go_step(1), go_menu)
        action("&Previous step", "Ctrl+PgUp", lambda: self.go_step(-1), go_menu)
        self.addAction(self._extra_shortcut("Alt+Right", lambda: self.go_step(1)))
        self.addAction(self._extra_shortcut("Alt+Left", lambda: self.go_step(-1)))
        for index, info in enumerate(STEPS):
            action(info.title.strip(), info.shortcut, self._step_setter(index), go_menu)

        toolbar.addSeparator()
        action("&Start or pause the timer", "Ctrl+T", self.timer.toggle, meeting_menu)
        toolbar.addWidget(self.timer)

        from PySide6.QtCore import QT_TRANSLATE_NOOP

        from pmdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        parts = [(self.tr(info.title).strip(), self.page_for[info.step]) for info in STEPS]
        action(
            str(QT_TRANSLATE_NOOP("PostmortemWindow", "&Keyboard shortcuts")),
            "F1",
            lambda: ShortcutsDialog.show_for(self, parts),
            help_menu,
        )

    def _step_setter(self, index: int) -> Callable[[], None]:
        return lambda: self.steps.setCurrentRow(index)

    def _extra_shortcut(self, sequence: str, slot: Callable[[], object]) -> QAction:
        act = QAction(self)
        act.setShortcut(QKeySequence(sequence))
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _attach_linting(self) -> None:
        for page in self.page_for.values():
            for lintable in page.lintable_editors():
                editor = lintable.editor
                if editor.isReadOnly():
                    continue
                if isinstance(editor, QPlainTextEdit):
                    highlighter = attach_linting(
                        editor,
                        self.document,
                        location=lintable.location,
                        section=lintable.section,
                        before_fix=self.document.end_typing_run,
                    )
                    self._highlighters.append(highlighter)
                else:
                    attach_line_linting(
                        editor,
                        self.document,
                        location=lintable.location,
                        section=lintable.section,
                        before_fix=self.document.end_typing_run,
                    )

    # --- behaviour ----------------------------------------------------------------

    def edit_preferences(self) -> None:
        chosen = PreferencesDialog.ask(self, self.preferences)
        if chosen is None:
            return
        save_preferences(self.paths.preferences_file, chosen)
        apply_theme(chosen.theme)
        self.apply_preferences(chosen)

    def apply_preferences(self, preferences: Preferences) -> None:
        """Use new preferences in this window (the agenda, the report's look)."""
        self.preferences = preferences
        self.timer.set_timeboxes(preferences.agenda_minutes)
        hints_changed = preferences.lint_hints != self.document.hints_visible
        if hints_changed:
            self.document.hints_visible = preferences.lint_hints
            self._redraw_underlines()
            self.refresh_findings()
        publish = self.page_for[Step.PUBLISH]
        if isinstance(publish, PublishStep):
            publish.preferences = preferences
            if hints_changed:
                publish.refresh()

    def go_step(self, delta: int) -> None:
        row = max(0, min(self.steps.count() - 1, self.steps.currentRow() + delta))
        self.steps.setCurrentRow(row)

    def go_to_location(self, location: Location) -> bool:
        """Show the page that holds `location` and select it there; False if none does."""
        if location.kind is LocationKind.STEP:
            for index, info in enumerate(STEPS):
                if info.step.value == location.key:
                    self.steps.setCurrentRow(index)
                    return True
            return False
        for index, info in enumerate(STEPS):
            page = self.page_for[info.step]
            if page.focus_location(location):
                self.steps.setCurrentRow(index)
                page.focus_location(location)
                return True
        return False

    def _show_undone(self) -> None:
        self._show_change(self.document.undo_stack.index())

    def _show_redone(self) -> None:
        self._show_change(self.document.undo_stack.index() - 1)

    def _show_change(self, index: int) -> None:
        """Bring into view what an undo or redo changed: it may be on another step."""
        command = self.document.undo_stack.command(index)
        if isinstance(command, EditCommand):
            for location in changed_locations(command.edit):
                if self.go_to_location(location):
                    return

    def _step_changed(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        info = STEPS[row]
        self.prompts.show_prompts(translated_prompts(info.step))
        self.timer.set_step(info.agenda_index)

    def _document_edited(self, _touched: tuple[object, ...]) -> None:
        self._update_title()
        self._findings_timer.start()

    def refresh_findings(self) -> None:
        found = self.document.findings.collect(self.document.postmortem)
        hints = self.document.hints_visible
        self.findings = [item for item in found if hints or not item.finding.is_hint]
        self.findings_panel.set_findings(self.findings)
        self._update_step_states()

    def _update_step_states(self) -> None:
        pm = self.document.postmortem
        counts: dict[Step, int] = {}
        for item in self.findings:
            # A "consider" hint is no problem: it never blocks publishing.
            if item.is_open and not item.finding.is_hint:
                step = Step(item.field.step)
                counts[step] = counts.get(step, 0) + 1
        for index, info in enumerate(STEPS):
            state = step_state(pm, info.step, counts)
            list_item = self.steps.item(index)
            list_item.setIcon(_state_icon(state))
            list_item.setToolTip(
                f"{self.tr(info.title.strip())}: {self.tr(STATE_LABELS[state])} ({info.shortcut})"
            )
            list_item.setData(Role.ITEM, state.value)

    def step_state_of(self, step: Step) -> StepState:
        index = next(i for i, info in enumerate(STEPS) if info.step is step)
        return StepState(self.steps.item(index).data(Role.ITEM))

    def _update_title(self) -> None:
        pm = self.document.postmortem
        self.setWindowTitle(f"{pm.key} · {pm.title or self.tr('(untitled)')}[*] — pmdesk")

    def _describe_undo(self, text: str) -> None:
        tip = (
            self.tr("Undo {what} (Ctrl+Z)").format(what=text) if text else self.tr("Undo (Ctrl+Z)")
        )
        self.undo_action.setToolTip(tip)
        self.undo_action.setStatusTip(tip)

    def _describe_redo(self, text: str) -> None:
        tip = (
            self.tr("Redo {what} (Ctrl+Y)").format(what=text) if text else self.tr("Redo (Ctrl+Y)")
        )
        self.redo_action.setToolTip(tip)
        self.redo_action.setStatusTip(tip)

    def _saved(self) -> None:
        self.saved_label.setText(self.tr("All changes saved"))
        self.setWindowModified(False)
        self.banner.hide()

    def _saving(self) -> None:
        if self.document.failed_saves:
            return  # the banner already says why, and that pmdesk keeps trying
        self.saved_label.setText(self.tr("Saving…"))
        self.setWindowModified(True)

    def _save_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved — retrying"))
        self.setWindowModified(True)
        self.banner.show_message(
            self.tr("Your changes are not saved yet: {reason} They stay in this window.").format(
                reason=message
            )
        )

    def show_history(self) -> None:
        """Who changed what in this post-mortem, in a window beside this one."""
        if self.history is None:
            self.history = HistoryDialog(self.document, self)
        self.history.show()
        self.history.raise_()
        self.history.activateWindow()

    def _choose_in_conflicts(self) -> None:
        self.document.resolve(ConflictDialog.ask(self, self.document.conflicts))

    def _show_merged(self, revisions: tuple[Revision, ...]) -> None:
        # A quiet note, gone after a while: the changes themselves are on screen.
        self.statusBar().showMessage(merge_note(revisions), 10_000)

    def _show_presence(self, names: tuple[str, ...]) -> None:
        self.presence_label.setText(self.tr("Also open by {names}").format(names=", ".join(names)))
        self.presence_label.setVisible(bool(names))

    def _make_read_only(self, reason: str) -> None:
        """Show the post-mortem without letting anyone change it."""
        self.banner.show_message(
            self.tr("Read-only: {reason} You can read and export a copy; changes are off.").format(
                reason=reason
            )
        )
        self.saved_label.setText(self.tr("Read-only"))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.document.undo_stack.setActive(False)
        for editor in self.pages.findChildren(QLineEdit) + self.pages.findChildren(QTextEdit):
            editor.setReadOnly(True)
        for text in self.pages.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        for view in self.pages.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        for control in (
            self.pages.findChildren(QAbstractButton)
            + self.pages.findChildren(QComboBox)
            + self.pages.findChildren(QAbstractSpinBox)
        ):
            if not isinstance(control.parent(), QTabBar):
                control.setEnabled(False)

    def save_copy(self) -> None:
        """Write the post-mortem as it is on screen to a file the user picks."""
        from pmdesk.exporters.export import file_slug
        from pmdesk.exporters.pdf import write_atomically
        from pmdesk.store.interchange import dumps

        pm = self.document.postmortem
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the post-mortem"),
            str(Path.home() / f"{file_slug(pm.key) or 'postmortem'}.pmdesk.json"),
            self.tr("pmdesk post-mortem (*.pmdesk.json *.json)"),
        )
        if not path:
            return
        try:
            write_atomically(Path(path), dumps(pm))
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("A copy was saved to {path}.").format(path=path), 10_000
        )

    def commit_open_editors(self) -> None:
        """Store what is typed in an open cell editor (a table cell, a why) right now."""
        for view in self.findChildren(QAbstractItemView):
            if view.state() != QAbstractItemView.State.EditingState:
                continue
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                view.commitData(editor)
                view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- presenter mode and zoom ----------------------------------------------------

    def toggle_presenter_mode(self) -> None:
        self.set_presenter_mode(not self.is_presenting)

    def _escape(self) -> None:
        if self.is_presenting:
            self.set_presenter_mode(False)

    def set_presenter_mode(self, enabled: bool) -> None:
        """Full screen, larger type, high contrast; private notes and the lint panel hidden."""
        if enabled == self.is_presenting:
            return
        self.commit_open_editors()
        self.is_presenting = enabled
        self.presenter_action.setChecked(enabled)
        for page in self.page_for.values():
            page.set_presenter_mode(enabled)
        # Only the work is on the shared screen: no menus, toolbar or save indicator
        # (their shortcuts keep working).
        for chrome in (self.menuBar(), self.toolbar, self.statusBar()):
            chrome.setVisible(not enabled)
        if enabled:
            self._findings_visible_before = self.findings_dock.isVisible()
            # Other reviews are not for the shared screen either.
            self._related_visible_before = self.related_dock.isVisible()
            self._geometry_before = self.saveGeometry()
            self.findings_dock.hide()
            self.related_dock.hide()
            self.setPalette(_high_contrast_palette(self.palette()))
            if self.zoom_index < ZOOM_STEPS.index(1.3):
                self._zoom_before = self.zoom_index
                self.zoom_index = ZOOM_STEPS.index(1.3)
        else:
            self.setPalette(QPalette())
            self.showNormal()
            self.restoreGeometry(getattr(self, "_geometry_before", QByteArray()))
            self.findings_dock.setVisible(getattr(self, "_findings_visible_before", True))
            self.related_dock.setVisible(getattr(self, "_related_visible_before", True))
            self.zoom_index = getattr(self, "_zoom_before", self.zoom_index)
        self._apply_zoom()
        if enabled:
            # Last: restyling and relayout above must not undo the window state.
            self.showFullScreen()
        self.presenter_mode_changed.emit(enabled)

    def zoom(self, direction: int) -> None:
        if direction == 0:
            self.zoom_index = ZOOM_STEPS.index(1.3 if self.is_presenting else 1.0)
        else:
            self.zoom_index = max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + direction))
        self._apply_zoom()

    @property
    def zoom_factor(self) -> float:
        return ZOOM_STEPS[self.zoom_index]

    def _apply_zoom(self) -> None:
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.zoom_factor)
        self.setFont(font)
        prompts_font = QFont(font)
        if self.is_presenting and size > 0:
            prompts_font.setPointSizeF(size * self.zoom_factor * 1.15)
        self.prompts.body.setFont(prompts_font)
        QTimer.singleShot(0, self._fit_step_list)

    def _fit_step_list(self) -> None:
        """Widen the step list to its longest step name at this zoom: never cut."""
        needed = (
            self.steps.sizeHintForColumn(0)
            + 2 * self.steps.frameWidth()
            + 2 * self.steps.spacing()
            + self.steps.iconSize().width()
            + 8
        )
        if self.steps.verticalScrollBar().isVisible():
            needed += self.steps.verticalScrollBar().sizeHint().width()
        # Its minimum, too: a wide page squeezes the others, never the step names.
        self.steps.setMinimumWidth(needed)
        sizes = self.splitter.sizes()
        if sizes and sizes[0] < needed:
            self.splitter.setSizes([needed, max(0, sum(sizes) - needed)])

    def _toggle_underlines(self) -> None:
        visible = self.underlines_action.isChecked()
        self.document.underlines_visible = visible
        for highlighter in self._highlighters:
            highlighter.set_enabled(visible)
        self._repaint_cells()

    def _redraw_underlines(self) -> None:
        """Draw every underline again: which findings are shown changed, not the text."""
        for highlighter in self._highlighters:
            if highlighter.enabled:
                highlighter.rehighlight()
        self._repaint_cells()

    def _repaint_cells(self) -> None:
        self.update()
        for view in self.findChildren(QAbstractItemView):
            view.viewport().update()

    # --- settings and closing -------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("postmortemWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("postmortemWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("postmortemWindow/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        zoom = settings.value("postmortemWindow/zoom")
        if zoom is not None and str(zoom).lstrip("-").isdigit():
            self.zoom_index = max(0, min(len(ZOOM_STEPS) - 1, int(str(zoom))))
            self._apply_zoom()

    def _save_settings(self) -> None:
        settings = QSettings()
        if self.is_presenting:
            self.set_presenter_mode(False)
        settings.setValue("postmortemWindow/geometry", self.saveGeometry())
        settings.setValue("postmortemWindow/state", self.saveState())
        settings.setValue("postmortemWindow/splitter", self.splitter.saveState())
        settings.setValue("postmortemWindow/zoom", self.zoom_index)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit_open_editors()
        try:
            self.document.close()
        except UserFacingError as exc:
            if not self._may_close_unsaved(exc):
                event.ignore()
                return
        except Exception as exc:  # the UI error boundary: never lose work silently
            show_error(self, exc)
            event.ignore()
            return
        self._save_settings()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._shortcut_router)
        self.closed.emit()
        super().closeEvent(event)

    def _may_close_unsaved(self, problem: UserFacingError) -> bool:
        """Ask what to do with changes that cannot be saved; True to close anyway."""
        while True:
            box = QMessageBox(self)
            box.setWindowTitle("pmdesk")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(problem.message)
            box.setInformativeText(
                self.tr("Save a copy to keep your changes, or keep the window open.")
            )
            copy = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
            discard = box.addButton(
                self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.setDefaultButton(copy)
            box.setEscapeButton(keep)
            box.exec()
            clicked = box.clickedButton()
            if clicked is copy:
                self.save_copy()
                continue
            if clicked is discard:
                self.document.stop_following()
                self.document.session.close()
                return True
            return False


def _high_contrast_palette(base: QPalette) -> QPalette:
    """Stronger contrast for screen sharing, in the light or dark the system uses."""
    palette = QPalette(base)
    is_dark = base.color(QPalette.ColorRole.Window).lightness() < 128
    text = QColor("#ffffff" if is_dark else "#000000")
    background = QColor("#000000" if is_dark else "#ffffff")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, text)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, background)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1d4ed8"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    # Disabled controls (Undo with nothing to undo) must look disabled, yet stay legible.
    disabled = QColor("#8b949e" if is_dark else "#6e7781")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette
