"""The action items table: one row per action item, edited inline through undoable edits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from pmdesk.domain.actions import missing_fields
from pmdesk.domain.edits import SetValue
from pmdesk.domain.followup import is_overdue, local_today, set_action_status
from pmdesk.models import ActionItem, ActionStatus, ActionType, Priority, WhyNode
from pmdesk.ui.itemmodels.participant_table_model import CollectionTableModel
from pmdesk.ui.itemmodels.roles import AnyIndex, Role
from pmdesk.ui.richtext import plain_tooltip

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = [
    "OVERDUE_COLOR",
    "ActionItemTableModel",
    "action_status_label",
    "action_type_label",
    "priority_label",
    "short_text",
]


def action_type_label(value: ActionType) -> str:
    labels = {
        ActionType.CODE_CHANGE: QCoreApplication.translate("ActionItemTableModel", "Code change"),
        ActionType.TEST: QCoreApplication.translate("ActionItemTableModel", "Test"),
        ActionType.PROCESS: QCoreApplication.translate("ActionItemTableModel", "Process"),
        ActionType.MONITORING: QCoreApplication.translate("ActionItemTableModel", "Monitoring"),
        ActionType.DOCUMENTATION: QCoreApplication.translate(
            "ActionItemTableModel", "Documentation"
        ),
        ActionType.OTHER: QCoreApplication.translate("ActionItemTableModel", "Other"),
    }
    return labels[value]


def action_status_label(value: ActionStatus) -> str:
    labels = {
        ActionStatus.OPEN: QCoreApplication.translate("ActionItemTableModel", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("ActionItemTableModel", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("ActionItemTableModel", "Done"),
        ActionStatus.WONT_DO: QCoreApplication.translate("ActionItemTableModel", "Won't do"),
    }
    return labels[value]


def priority_label(value: Priority) -> str:
    labels = {
        Priority.P0: QCoreApplication.translate("ActionItemTableModel", "P0 · now"),
        Priority.P1: QCoreApplication.translate("ActionItemTableModel", "P1 · high"),
        Priority.P2: QCoreApplication.translate("ActionItemTableModel", "P2 · normal"),
        Priority.P3: QCoreApplication.translate("ActionItemTableModel", "P3 · low"),
    }
    return labels[value]


def short_text(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# A warm tint that reads on light and dark palettes alike (it is mostly transparent).
_MISSING_TINT = QColor(230, 140, 20, 70)
# Late work in a red that reads on light and dark palettes.
OVERDUE_COLOR = QColor(211, 47, 47)


class ActionItemTableModel(CollectionTableModel):
    """The post-mortem's action items.

    Display roles show readable labels; the edit role gives and takes the stored values
    (enums, `date | None`, the list of linked root-cause `WhyNode`s).
    """

    COLUMNS = (
        "title",
        "type",
        "owner",
        "priority",
        "due_on",
        "status",
        "tracker_url",
        "root_causes",
    )
    TITLE, TYPE, OWNER, PRIORITY, DUE, STATUS, TRACKER, ROOT_CAUSES = range(8)

    def __init__(self, document: PostmortemDocument, parent: QObject | None = None) -> None:
        super().__init__(document, parent)

    def items(self) -> Sequence[ActionItem]:
        return self.document.postmortem.action_items

    def columns_depending_on(self, touched: tuple[object, ...]) -> list[int]:
        # A why's text (or root-cause mark) shows in the root-causes column.
        return [self.ROOT_CAUSES] if any(isinstance(obj, WhyNode) for obj in touched) else []

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            item: ActionItem = self._rows[section]
            missing = missing_fields(item)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1} !" if missing else str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole and missing:
                return self._missing_message(missing)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._missing_message(missing) if missing else str(section + 1)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        titles = (
            self.tr("Action"),
            self.tr("Type"),
            self.tr("Owner (team or role)"),
            self.tr("Priority"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Tracker link"),
            self.tr("Root causes"),
        )
        if not 0 <= section < len(titles):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.TRACKER: self.tr("Ctrl+click a link to open it in the browser."),
                self.ROOT_CAUSES: self.tr("Double-click or F2 to choose the root causes."),
            }
            return tips.get(section)
        return titles[section]

    def _missing_message(self, missing: tuple[str, ...]) -> str:
        if missing == ("owner", "due_on"):
            return self.tr("Needs an owner and a due date.")
        if missing == ("owner",):
            return self.tr("Needs an owner.")
        return self.tr("Needs a due date.")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item: ActionItem = self._rows[index.row()]
        column = index.column()
        if role == Role.ITEM:
            return item
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(item, self.COLUMNS[column])
            return list(value) if column == self.ROOT_CAUSES else value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(item, column))
        is_missing = (column == self.OWNER and "owner" in missing_fields(item)) or (
            column == self.DUE and item.due_on is None
        )
        if role == Qt.ItemDataRole.BackgroundRole and is_missing:
            return _MISSING_TINT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.DUE
            and is_overdue(item.status, item.due_on, local_today())
        ):
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TRACKER and item.tracker_url:
            return QGuiApplication.palette().color(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.FontRole and column == self.TRACKER and item.tracker_url:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(item, column)
            return self.tr("Missing") if is_missing else text
        return None

    def _display(self, item: ActionItem, column: int) -> str:
        if column == self.TITLE:
            return item.title or ""
        if column == self.TYPE:
            return action_type_label(item.type or ActionType.OTHER)
        if column == self.OWNER:
            return item.owner or self.tr("— no owner —")
        if column == self.PRIORITY:
            return str(item.priority.value if item.priority else Priority.P2.value)
        if column == self.DUE:
            due: date | None = item.due_on
            return due.isoformat() if due else self.tr("— no date —")
        if column == self.STATUS:
            return action_status_label(item.status or ActionStatus.OPEN)
        if column == self.TRACKER:
            return _link_text(item.tracker_url or "")
        if column == self.ROOT_CAUSES:
            causes = item.root_causes
            if not causes:
                return self.tr("— none —")
            if len(causes) == 1:
                return short_text(causes[0].text, 90)
            # The start of each; the tooltip has the full texts.
            return "; ".join(short_text(node.text, 32) for node in causes)
        return ""

    def _tooltip(self, item: ActionItem, column: int) -> str | None:
        if column == self.TRACKER and item.tracker_url:
            return self.tr("{url}\nCtrl+click to open in the browser.").format(url=item.tracker_url)
        if column == self.ROOT_CAUSES and item.root_causes:
            return "\n".join(f"• {node.text}" for node in item.root_causes)
        if column == self.OWNER and "owner" in missing_fields(item):
            return self.tr("Every action item needs an owner: a team or a role.")
        if column == self.DUE and item.due_on is None:
            return self.tr("Every action item needs a due date.")
        if column == self.PRIORITY:
            return priority_label(item.priority or Priority.P2)
        if column == self.TITLE and item.title:
            return item.title
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item: ActionItem = self._rows[index.row()]
        column = index.column()
        attribute = self.COLUMNS[column]
        try:
            stored = self._to_stored(column, value)
        except ValueError:
            return False
        current = getattr(item, attribute)
        if column == self.ROOT_CAUSES:
            if [id(n) for n in current] == [id(n) for n in stored]:
                return False
        elif current == stored:
            return False
        labels = {
            self.TITLE: self.tr("Edit action title"),
            self.TYPE: self.tr("Change action type"),
            self.OWNER: self.tr("Change action owner"),
            self.PRIORITY: self.tr("Change action priority"),
            self.DUE: self.tr("Change action due date"),
            self.STATUS: self.tr("Change action status"),
            self.TRACKER: self.tr("Edit tracker link"),
            self.ROOT_CAUSES: self.tr("Link root causes"),
        }
        if column == self.STATUS:
            # Becoming done notes the day, for "done by the due date".
            edit = set_action_status(item, stored, local_today(), labels[column])
            if edit is not None:
                self.document.push(edit)
            return edit is not None
        self.document.push(SetValue(item, attribute, stored, labels[column]))
        return True

    def _to_stored(self, column: int, value: Any) -> Any:
        if column in (self.TITLE, self.OWNER, self.TRACKER):
            return str(value or "").strip()
        if column == self.TYPE:
            return ActionType(value)
        if column == self.PRIORITY:
            return Priority(value)
        if column == self.STATUS:
            return ActionStatus(value)
        if column == self.DUE:
            if value is None or isinstance(value, date):
                return value
            return date.fromisoformat(str(value))
        if column == self.ROOT_CAUSES:
            return list(value or [])
        raise ValueError(column)


def _link_text(url: str) -> str:
    """The end of a tracker URL is what people recognise ("OPS-410")."""
    stripped = url.rstrip("/")
    if not stripped:
        return ""
    tail = stripped.rsplit("/", 1)[-1]
    return tail if 0 < len(tail) <= 24 and "://" not in tail else short_text(stripped, 40)
