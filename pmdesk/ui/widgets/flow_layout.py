"""A layout that places its items in a row and wraps onto the next row when the row is
full, like words in a paragraph (after Qt's Flow Layout example): what sits in one row
on a wide window stays readable at a large zoom on a laptop. A row's last item that
grows horizontally (a filter field) fills the rest of its row."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

__all__ = ["FlowLayout", "flow_row"]


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, horizontal_spacing: int = 24, vertical_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._horizontal_spacing = horizontal_spacing
        self._vertical_spacing = vertical_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # The preferred size is one row: as wide as all items side by side.
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._horizontal_spacing * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        # The narrowest is one item per row.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._items:
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append(item)
            x += width + self._horizontal_spacing
        y = area.y()
        for row in rows:
            height = max((item.sizeHint().height() for item in row), default=0)
            if move:
                self._place(row, area, y, height)
            y += height + self._vertical_spacing
        return y - self._vertical_spacing - rect.y() + margins.bottom()

    def _place(self, row: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        x = area.x()
        for item in row:
            hint = item.sizeHint()
            width = hint.width()
            # A row's last item that wants to grow (a filter field) takes the rest of it.
            if item is row[-1] and item.expandingDirections() & Qt.Orientation.Horizontal:
                width = max(width, area.right() + 1 - x)
            width = min(width, area.width())
            item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._horizontal_spacing


def flow_row(parent: QWidget, widgets: Iterable[QWidget], spacing: int = 6) -> QWidget:
    """A row of buttons or boxes that wraps at a large zoom instead of widening the
    window."""
    row = QWidget(parent)
    layout = FlowLayout(row, horizontal_spacing=spacing)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row
