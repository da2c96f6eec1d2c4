"""Pick the timeline events a why cites, from a filterable list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models import TimelineEvent, WhyNode
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.richtext import plain_label

__all__ = ["EvidencePicker", "TimelineEventListModel"]

AnyIndex = QModelIndex | QPersistentModelIndex


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
        if role == Qt.ItemDataRole.UserRole:
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


class EvidencePicker(QDialog):
    """A filterable, checkable list of the timeline's events."""

    def __init__(
        self, document: PostmortemDocument, node: WhyNode, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence for this why"))
        pm = document.postmortem
        self.model = TimelineEventListModel(list(pm.timeline_events), list(node.evidence), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        why = plain_label(node.text or self.tr("(empty why)"), self)
        why.setWordWrap(True)
        font = why.font()
        font.setBold(True)
        why.setFont(font)
        hint = QLabel(self.tr("Tick the timeline events that show this why happened."), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by time, text or source"))
        self.filter_edit.setAccessibleName(self.tr("Filter events"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view = QListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("Timeline events"))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    @classmethod
    def ask(
        cls, parent: QWidget | None, document: PostmortemDocument, node: WhyNode
    ) -> list[TimelineEvent] | None:
        """The events `node` should cite (all of them, not only new ones), or None."""
        dialog = cls(document, node, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.model.checked_events()
        finally:
            dialog.deleteLater()
