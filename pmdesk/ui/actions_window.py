"""The Actions window: every action item of the library, what needs attention first.

Overdue work comes first, then open work by due date, then done and dropped work. The
filters narrow the list in memory (the core's `ActionFilter`); the status is changed
in the table and saved at once, in one short transaction, or, when the post-mortem is
open in a window, through that window's document, so its undo stack and its own
saving stay the one place its changes go. Done actions whose review date has come get
the calm "did it work?" question above the table.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.followup import local_today, record_review, set_action_status
from pmdesk.models import ActionItem, ActionStatus, ActionType, Priority, ReviewOutcome
from pmdesk.store.database import Database
from pmdesk.store.followup import (
    ActionFilter,
    ActionRow,
    action_choices,
    action_rows,
    awaiting_review,
    change_action_status,
    count_actions,
    record_action_review,
    updated_row,
)
from pmdesk.store.overdue import library_signature
from pmdesk.ui.delegates.choice_delegate import ChoiceDelegate
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.action_table_model import (
    action_status_label,
    action_type_label,
    priority_label,
)
from pmdesk.ui.itemmodels.library_action_table_model import LibraryActionTableModel
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.widgets.review_prompt import ReviewPrompt

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["ActionsWindow"]


class ActionsWindow(QMainWindow):
    """Action items across all post-mortems.

    Signals:
        open_requested(int, int): show post-mortem (id) at action (id).
        actions_changed: a status or review answer was stored (the library's overdue
            count may have changed).
    """

    open_requested = Signal(int, int)
    actions_changed = Signal()

    def __init__(
        self,
        db: Database,
        document_for: Callable[[int], PostmortemDocument | None] = lambda _id: None,
        today: Callable[[], date] = local_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionsWindow")
        self.setWindowTitle(self.tr("Actions — pmdesk"))
        self.db = db
        self._document_for = document_for
        self._today = today
        # Questions put off with "Not now" rest until the window is opened again.
        self._postponed: set[int] = set()
        # The done action the "did it work?" question is about, while it is shown.
        self._asked: ActionRow | None = None
        # The library as last read (see `library_signature`).
        self._signature: tuple[Any, ...] = ()
        self._activated_before = False
        self._build_table()
        self._build_placeholder()
        self.review = ReviewPrompt(self)
        filters = self._build_filters()
        self._lay_out(filters)
        self._add_window_actions()
        self._restore_geometry()
        self._connect_signals()
        self.refresh()
        self._connect_filters()

    def _build_table(self) -> None:
        """The action items of every post-mortem; the status is edited in place."""
        self.model = LibraryActionTableModel(self._save_status, self._today(), self)
        self.table = QTableView(self)
        self.table.setObjectName("library_actions")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action items of all post-mortems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        if self.db.read_only:
            # Shown as it is; the window's status bar says why nothing can change.
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(
            LibraryActionTableModel.STATUS,
            ChoiceDelegate([(action_status_label(s), s) for s in ActionStatus], self.table),
        )
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LibraryActionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self._size_columns()

    def _build_placeholder(self) -> None:
        """What the table says when it shows no action."""
        self.placeholder = QLabel(self.table.viewport())
        self.placeholder.setObjectName("actions_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setContentsMargins(24, 24, 24, 24)
        self.table.viewport().installEventFilter(self)

    def _build_filters(self) -> QHBoxLayout:
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_only.setObjectName("overdue_only")
        self.owner_filter = self._combo("owner_filter", self.tr("Owner or team"))
        self.type_filter = self._combo("type_filter", self.tr("Type"))
        self.priority_filter = self._combo("priority_filter", self.tr("Priority"))
        self.service_filter = self._combo("service_filter", self.tr("Service"))
        self.type_filter.addItem(self.tr("All types"), None)
        for kind in ActionType:
            self.type_filter.addItem(action_type_label(kind), kind)
        self.priority_filter.addItem(self.tr("All priorities"), None)
        for priority in Priority:
            self.priority_filter.addItem(priority_label(priority), priority)

        filters = QHBoxLayout()
        filters.addWidget(self.overdue_only)
        for label, combo in (
            (self.tr("O&wner:"), self.owner_filter),
            (self.tr("T&ype:"), self.type_filter),
            (self.tr("&Priority:"), self.priority_filter),
            (self.tr("&Service:"), self.service_filter),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(combo)
            filters.addSpacing(8)
            filters.addWidget(buddy)
            filters.addWidget(combo)
        filters.addStretch(1)
        return filters

    def _lay_out(self, filters: QHBoxLayout) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("actions_summary")
        self.statusBar().addWidget(self.summary)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.review)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

    def _add_window_actions(self) -> None:
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("actionsWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 640)

    def _connect_signals(self) -> None:
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._activated)
        self.review.answered.connect(self._answer_review)
        self.review.postponed.connect(self._postpone_review)

    def _connect_filters(self) -> None:
        """Connected once filled, so that building the window lists the actions once."""
        self.overdue_only.toggled.connect(self._apply_filter)
        for combo in (
            self.owner_filter,
            self.type_filter,
            self.priority_filter,
            self.service_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("actionsWindow/geometry", self.saveGeometry())
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Coming back to the window after working elsewhere (a post-mortem window, the
        # CLI): show what changed meanwhile; a cheap look first, so nothing moves when
        # nothing changed.
        if event.type() == QEvent.Type.WindowActivate:
            if not self._activated_before:
                # Opening the window: what it shows was read as it was built.
                self._activated_before = True
            elif library_signature(self.db) != self._signature:
                self.refresh()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.placeholder.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the actions again (F5), keeping the filters and the selected action."""
        self._signature = library_signature(self.db)
        owners, services = action_choices(self.db)
        self._fill_choices(self.owner_filter, self.tr("All owners"), owners)
        self._fill_choices(self.service_filter, self.tr("All services"), services)
        self._apply_filter()

    def _fill_choices(self, combo: QComboBox, everything: str, names: list[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for name in names:
            combo.addItem(name, name)
        found = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def action_filter(self) -> ActionFilter:
        """The filter the controls describe."""
        return ActionFilter(
            only_overdue=self.overdue_only.isChecked(),
            owner=self.owner_filter.currentData() or "",
            type=self.type_filter.currentData(),
            priority=self.priority_filter.currentData(),
            service=self.service_filter.currentData() or "",
        )

    def _apply_filter(self, *_args: object) -> None:
        today = self._today()
        selected = self.selected_row()
        chosen = self.action_filter()
        counts = count_actions(self.db, today, chosen)
        self.model.set_source(
            lambda offset, limit: action_rows(self.db, today, chosen, offset=offset, limit=limit),
            counts.matching,
            today,
        )
        if selected is not None:
            self.select_action(selected.id)
        self._show_summary(counts.total, counts.overdue)
        self._ask_next_review()

    def _show_summary(self, total: int, overdue: int) -> None:
        shown = self.model.total
        text = self.tr("{shown} of {total} actions shown · {overdue} overdue").format(
            shown=shown, total=total, overdue=overdue
        )
        if self.db.read_only:
            text += " · " + self.tr("Read-only: {reason}").format(reason=self.db.read_only_reason)
        self.summary.setText(text)
        if total:
            self.placeholder.setText(self.tr("No action matches these filters."))
        else:
            self.placeholder.setText(
                self.tr(
                    "No action items yet. They are written in each post-mortem's Action items step."
                )
            )
        self.placeholder.setVisible(not shown)

    def _size_columns(self) -> None:
        # In characters, so the font size keeps them right; a header never gets cut.
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        for column, characters in (
            (LibraryActionTableModel.KEY, 10),
            (LibraryActionTableModel.OWNER, 18),
            (LibraryActionTableModel.TYPE, 15),
            (LibraryActionTableModel.PRIORITY, 13),
            (LibraryActionTableModel.STATUS, 13),
            (LibraryActionTableModel.REVIEW, 20),
        ):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            heading = header.fontMetrics().horizontalAdvance(title) + 4 * char
            self.table.setColumnWidth(column, max(characters * char, heading))
        # Late dates are bold: measured as such, with a long lateness.
        bold = QFont(self.table.font())
        bold.setBold(True)
        late = QCoreApplication.translate("LibraryActionTableModel", "{n} days late").format(n=1000)
        self.table.setColumnWidth(
            LibraryActionTableModel.DUE,
            QFontMetrics(bold).horizontalAdvance(f"2026-12-31 · {late}") + 3 * char,
        )

    def selected_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        row = index.data(Role.ITEM) if index.isValid() else None
        return row if isinstance(row, ActionRow) else None

    def select_action(self, action_id: int) -> bool:
        """Select the row of action `action_id` (if it is among the rows read)."""
        row = self.model.row_of_action(action_id)
        if row < 0:
            return False
        index = self.model.index(row, LibraryActionTableModel.TITLE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    # -- opening ---------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        # A double-click on the status edits it; anywhere else it opens the post-mortem.
        if index.column() != LibraryActionTableModel.STATUS:
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(Role.ITEM)
        if isinstance(row, ActionRow):
            self.open_requested.emit(row.postmortem_id, row.id)

    # -- changing --------------------------------------------------------------------------
    def _open_item(self, row: ActionRow) -> tuple[PostmortemDocument, ActionItem] | None:
        document = self._document_for(row.postmortem_id)
        if document is None:
            return None
        item = next((a for a in document.postmortem.action_items if a.id == row.id), None)
        return (document, item) if item is not None else None

    def _save_status(self, row: ActionRow, status: ActionStatus) -> ActionRow | None:
        today = self._today()
        open_item = self._open_item(row)
        try:
            if open_item is not None:
                document, item = open_item
                edit = set_action_status(item, status, today, self.tr("Change action status"))
                if edit is not None:
                    document.push(edit)
                    # Saved at once, as a change made here always is.
                    document.save()
                stored = updated_row(row, item)
            else:
                with self.db.transaction() as session:
                    stored = updated_row(row, change_action_status(session, row.id, status, today))
        except Exception as exc:  # the UI error boundary
            show_error(self, self.db.explain(exc) or exc)
            return None
        self._stored(stored)
        return stored

    def _stored(self, row: ActionRow) -> None:
        # The row stays where it is until the next refresh; the counts and the
        # questions follow at once.
        self._signature = library_signature(self.db)
        today = self._today()
        counts = count_actions(self.db, today, self.action_filter())
        self._show_summary(counts.total, counts.overdue)
        self._ask_next_review()
        self.actions_changed.emit()

    # -- did it work? ----------------------------------------------------------------------
    def _ask_next_review(self) -> None:
        """Ask about the done action whose review date came first (not put off)."""
        if self.db.read_only:
            return  # the answer could not be kept
        first, waiting = awaiting_review(self.db, self._today(), self._postponed)
        self._asked = first[0] if first else None
        if self._asked is None or self._asked.review_on is None:
            self.review.hide()
            return
        self.review.ask(
            self._asked.title,
            self._asked.success_criterion,
            self._asked.review_on,
            waiting,
            self._asked.postmortem_key,
        )

    def _postpone_review(self) -> None:
        if self._asked is not None:
            self._postponed.add(self._asked.id)
        self._ask_next_review()

    def _answer_review(self, outcome: ReviewOutcome, note: str) -> None:
        row = self._asked
        if row is None:
            return
        now = datetime.now(UTC)
        who = getpass.getuser()
        open_item = self._open_item(row)
        try:
            if open_item is not None:
                document, item = open_item
                label = self.tr("Record whether the action worked")
                document.push(record_review(item, outcome, note, who, now, label))
                document.save()
                stored = updated_row(row, item)
            else:
                with self.db.transaction() as session:
                    item = record_action_review(session, row.id, outcome, note, who, now)
                    stored = updated_row(row, item)
        except Exception as exc:  # the UI error boundary
            show_error(self, self.db.explain(exc) or exc)
            return
        self.model.replace(stored)
        self._stored(stored)
