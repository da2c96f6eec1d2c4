"""Every action item of the library in one table, fetched into the view on demand.

The rows are `ActionRow` values that `pmdesk.store.followup` reads a page at a time:
the view asks for more as it scrolls (`canFetchMore`/`fetchMore`), so tens of
thousands of actions cost no more to show than a few hundred. Only the status is
edited here, and the model does not store it itself: `change_status` (given by the
window) saves it and returns the row as now stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from pmdesk.domain.limits import TITLE_MAX_CHARS, elide
from pmdesk.models import ActionStatus, ReviewOutcome
from pmdesk.store.followup import ActionRow
from pmdesk.ui.itemmodels.action_table_model import (
    OVERDUE_COLOR,
    action_status_label,
    action_type_label,
    priority_label,
)
from pmdesk.ui.itemmodels.roles import AnyIndex, Role
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["LibraryActionTableModel", "PageReader", "StatusSaver"]

# Saves a new status for a row and returns the row as stored, or None when it failed
# (the saver has told the user why).
StatusSaver = Callable[[ActionRow, ActionStatus], ActionRow | None]
# Reads `limit` rows from `offset` on, in the list's order.
PageReader = Callable[[int, int], list[ActionRow]]

# Rows handed to the view per fetch: a few screens.
FETCH_BATCH = 200


class LibraryActionTableModel(QAbstractTableModel):
    """Action items across post-mortems; the status column is editable."""

    KEY, TITLE, OWNER, TYPE, PRIORITY, DUE, STATUS, REVIEW = range(8)

    def __init__(
        self, change_status: StatusSaver, today: date, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._change_status = change_status
        self.today = today
        self._rows: list[ActionRow] = []
        self._total = 0
        self._read_page: PageReader = lambda _offset, _limit: []

    def set_source(self, read_page: PageReader, total: int, today: date) -> None:
        """List the `total` rows that `read_page` reads, starting with the first page."""
        self.beginResetModel()
        self._read_page = read_page
        self._total = total
        self.today = today
        self._rows = read_page(0, FETCH_BATCH) if total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many rows the list has, read into the view or not."""
        return self._total

    def row_of_action(self, action_id: int) -> int:
        """The row showing action `action_id` among those read so far, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == action_id), -1)

    def replace(self, row: ActionRow) -> None:
        """Show `row` (same action, newer values) where the action is listed."""
        index = self.row_of_action(row.id)
        if index < 0:
            return
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, self.REVIEW))

    # -- lazy fetching --------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or len(self._rows) >= self._total:
            return
        more = self._read_page(len(self._rows), FETCH_BATCH)
        if not more:
            # The library shrank since the count: nothing more to show.
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- the table ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.STATUS else flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Post-mortem"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Type"),
            self.tr("Priority"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Did it work?"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Role.ITEM:
            return row
        if role == Qt.ItemDataRole.EditRole and column == self.STATUS:
            return row.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.KEY:
                return plain_tooltip(elide(row.postmortem_title, TITLE_MAX_CHARS))
            if column == self.TITLE:
                return plain_tooltip(elide(row.title, TITLE_MAX_CHARS))
            if column == self.REVIEW and row.success_criterion:
                return plain_tooltip(
                    self.tr("Success criterion: {criterion}").format(
                        criterion=elide(row.success_criterion, TITLE_MAX_CHARS)
                    )
                )
            return None
        is_late = row.is_overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE and is_late:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole and (
            (column == self.DUE and is_late)
            or (column == self.REVIEW and row.is_review_due(self.today))
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ActionRow, column: int) -> str:
        match column:
            case self.KEY:
                return row.postmortem_key
            case self.TITLE:
                return elide(row.title, TITLE_MAX_CHARS) or self.tr("(untitled)")
            case self.OWNER:
                return row.owner or self.tr("— no owner —")
            case self.TYPE:
                return action_type_label(row.type)
            case self.PRIORITY:
                return priority_label(row.priority)
            case self.DUE:
                return self._due_text(row)
            case self.STATUS:
                return action_status_label(row.status)
            case self.REVIEW:
                return self._review_text(row)
        return ""

    def _due_text(self, row: ActionRow) -> str:
        if row.due_on is None:
            return self.tr("— no date —")
        if row.is_overdue(self.today):
            days = (self.today - row.due_on).days
            late = self.tr("1 day late") if days == 1 else self.tr("{n} days late").format(n=days)
            return f"{row.due_on.isoformat()} · {late}"
        return row.due_on.isoformat()

    def _review_text(self, row: ActionRow) -> str:
        if row.review_outcome is ReviewOutcome.HELD:
            return self.tr("✓ It held")
        if row.review_outcome is ReviewOutcome.DID_NOT_HOLD:
            return self.tr("✗ It did not hold")
        if row.is_review_due(self.today):
            return self.tr("Ask now")
        if row.review_on is not None:
            return self.tr("Ask on {day}").format(day=row.review_on.isoformat())
        return ""

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.STATUS:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        status = ActionStatus(value)
        if status is row.status:
            return False
        stored = self._change_status(row, status)
        if stored is None:
            return False
        self._rows[index.row()] = stored
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.REVIEW))
        return True
