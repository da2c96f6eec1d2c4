"""The timeline's events as a checkable list (the evidence picker's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from pmdesk.models import TimelineEvent
from pmdesk.ui.itemmodels.roles import AnyIndex, Role

__all__ = ["TimelineEventListModel"]


class TimelineEventListModel(QAbstractListModel):
    """The timeline's events as checkable rows; the checks are the picker's answer."""

    def __init__(
        self,
        events: list[TimelineEvent],
        checked: list[TimelineEvent],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = events
        self._checked = {id(event) for event in checked}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
            source = f"  [{event.source}]" if event.source else ""
            return f"{when}  {event.text}{source}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if id(event) in self._checked else Qt.CheckState.Unchecked
        if role == Role.ITEM:
            return event
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        event = self.events[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(id(event))
        else:
            self._checked.discard(id(event))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def checked_events(self) -> list[TimelineEvent]:
        return [event for event in self.events if id(event) in self._checked]
