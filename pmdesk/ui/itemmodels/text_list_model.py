"""A list of texts edited in place: the lessons of one kind, or the contributing factors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from pmdesk.domain.edits import SetValue
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.participant_table_model import CollectionTableModel
from pmdesk.ui.itemmodels.roles import AnyIndex, Role
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["TextListModel"]


class TextListModel(CollectionTableModel):
    """One column of texts: the lessons of one kind, or the contributing factors.

    Blank items are never stored. A new item is typed into a row of its own that
    shows an object not stored yet (`start_new`); text that is not blank stores it,
    in one undo step, and blank text just drops the row. Emptying an item deletes it.

    Args:
        items: gives the stored objects to show, in order.
        new_item: makes a blank object that is not stored yet.
        insert: pushes the edit that stores an object at a row of this list.
        remove: pushes the edit that deletes a stored object.
        edit_label: the undo step's name for a text change.
    """

    def __init__(
        self,
        document: PostmortemDocument,
        items: Callable[[], Sequence[Any]],
        new_item: Callable[[], Any],
        insert: Callable[[Any, int], None],
        remove: Callable[[Any], None],
        edit_label: str,
        parent: QObject | None = None,
    ) -> None:
        self._items = items
        self._new_item = new_item
        self._insert = insert
        self._remove = remove
        self.edit_label = edit_label
        # The new item being typed (not stored), and the stored item it follows.
        self._new: Any = None
        self._new_after: Any = None
        super().__init__(document, parent)

    def items(self) -> Sequence[Any]:
        stored = list(self._items())
        if self._new is None:
            return stored
        row = 0
        if self._new_after is not None:
            # After the item it was added after; at the end if that one is gone.
            row = next(
                (r + 1 for r, item in enumerate(stored) if item is self._new_after), len(stored)
            )
        return [*stored[:row], self._new, *stored[row:]]

    # -- the new item -------------------------------------------------------------
    def start_new(self, row: int) -> QModelIndex:
        """Show a blank new item at `row` (unless one is shown already); its index."""
        if self._new is None:
            self._new_after = self._rows[row - 1] if row > 0 else None
            self._new = self._new_item()
            self.sync()
        return self.index(self.row_of(self._new), 0)

    def new_row(self) -> int:
        """The row of the new item being typed, or -1."""
        return -1 if self._new is None else self.row_of(self._new)

    def discard_new(self) -> None:
        """Drop the new item's row; nothing was stored."""
        if self._new is not None:
            self._new = None
            self.sync()

    def remove(self, item: Any) -> None:
        """Delete `item` (a new item is just dropped)."""
        if item is self._new:
            self.discard_new()
        else:
            self._remove(item)

    # -- Qt -------------------------------------------------------------------------
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Role.ITEM:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        text = str(value or "").strip()
        if item is self._new:
            self._new = None
            if not text:
                self.sync()
                return False
            # Stored where its row is: the rows above it are the stored items before it.
            item.text = text
            self._insert(item, index.row())
            return True
        if not text:
            self._remove(item)
            return True
        if item.text == text:
            return False
        self.document.push(SetValue(item, "text", text, self.edit_label))
        return True
