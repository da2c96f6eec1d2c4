"""The due-date cells of the action items: typed or picked from a calendar."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmdesk.ui.itemmodels.roles import AnyIndex
from pmdesk.ui.widgets.date_edits import DayEdit

__all__ = ["DueDateDelegate"]

# The day the calendar opens on for an action item without a due date.
DEFAULT_DUE_IN = timedelta(days=14)


def _default_due_day() -> date:
    return date.today() + DEFAULT_DUE_IN  # noqa: DTZ011 - a calendar day, local


class DueDateDelegate(QStyledItemDelegate):
    """A due date typed as 2026-12-18 or picked from a calendar; empty means none.

    Enter or Tab with text that is no date keeps the editor open, framed in red;
    leaving it so keeps the stored date.

    Signals:
        refused(str): the user finished with text that is no date (the message says
            what to type).
    """

    refused = Signal(str)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = DayEdit(_default_due_day, parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.tr("No due date"))
        editor.setAccessibleName(self.tr("Due date"))
        editor.picked.connect(lambda _day, e=editor: self._picked(e))
        editor.refused.connect(self.refused)
        return editor

    def _picked(self, editor: DayEdit) -> None:
        # A day chosen in the calendar is the answer: store it and end editing.
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, DayEdit)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, DayEdit)
        try:
            value = editor.value()
        except ValueError:
            return  # refused; the editor said why
        model.setData(index, value, Qt.ItemDataRole.EditRole)
