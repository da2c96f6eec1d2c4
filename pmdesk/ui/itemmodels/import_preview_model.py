"""The first events an import read, as a read-only table (the import dialog's preview)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pmdesk.domain.moments import format_time
from pmdesk.models import TimelineEvent
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["ImportPreviewModel"]

PREVIEW_ROWS = 200


class ImportPreviewModel(QAbstractTableModel):
    """The first imported events, read-only."""

    HEADERS = ("Time", "Original time", "Source", "Author", "Text")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: Sequence[TimelineEvent] = ()
        self.zone_name = "UTC"

    def set_events(self, events: Sequence[TimelineEvent], zone_name: str) -> None:
        self.beginResetModel()
        self.events = events[:PREVIEW_ROWS]
        self.zone_name = zone_name
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Time ({zone})").format(zone=self.zone_name)
        return self.tr(self.HEADERS[section])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        event = self.events[index.row()]
        column = index.column()
        if column == 0:
            text = format_time(event.occurred_at, self.zone_name)
        elif column == 1:
            text = f"{event.original_time} ({event.source_zone})"
        elif column == 2:
            text = event.source
        elif column == 3:
            text = event.author or ""
        else:
            text = event.text.replace("\n", " ⏎ ")
            if role == Qt.ItemDataRole.ToolTipRole and len(text) <= 60:
                return None
        # The file's own text: a tooltip must not read it as HTML.
        return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
