"""A table cell edited by choosing one of a few labelled values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pmdesk.ui.itemmodels.roles import AnyIndex

__all__ = ["ChoiceDelegate"]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of labelled values (type, priority, status); one choice commits.

    The editor stays open after a choice, so Tab goes on to the next cell and Enter
    or Escape closes it, as in every other cell (closing it here would hand the
    focus back to the table, whose Tab leaves it)."""

    def __init__(self, choices: Sequence[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for label, _value in self.choices:
            combo.addItem(label)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        values = [v for _label, v in self.choices]
        editor.setCurrentIndex(values.index(value) if value in values else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, self.choices[editor.currentIndex()][1], Qt.ItemDataRole.EditRole)
