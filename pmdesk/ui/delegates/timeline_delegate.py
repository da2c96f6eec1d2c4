"""The cells of the timeline table: plain line editors, the event's text linted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QStyleOptionViewItem, QWidget

from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import TimelineEvent
from pmdesk.ui.delegates.linted_text_delegate import LintedTextDelegate
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_TEXT, COLUMN_TIME
from pmdesk.ui.widgets.text_limits import limit_line_edit

__all__ = ["TimelineDelegate"]


def _event_text(
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[Location | None, str, str] | None:
    event = index.data(Role.ITEM)
    if index.column() != COLUMN_TEXT or not isinstance(event, TimelineEvent):
        return None
    location = Location.of_part(LocationKind.EVENT, event.id) if event.id is not None else None
    return location, event.text or "", "timeline"


class TimelineDelegate(LintedTextDelegate):
    """Plain line editors, with a hint for the time column's accepted forms; lint
    findings in an event's text are underlined and offered as in the text fields."""

    def __init__(
        self,
        view: QAbstractItemView,
        document: PostmortemDocument,
        base_menu: Callable[[], QMenu | None],
    ) -> None:
        super().__init__(view, document, _event_text, base_menu)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == COLUMN_TEXT:
            limit_line_edit(editor, TEXT_MAX_CHARS)
        if index.column() == COLUMN_TIME:
            zone = index.model().headerData(COLUMN_TIME, Qt.Orientation.Horizontal)
            editor.setToolTip(
                parent.tr("Type 09:13, 09:13:05 or 2026-10-14 09:13 — read as {zone}").format(
                    zone=zone
                )
            )
            editor.setAccessibleName(parent.tr("Event time"))
        self.linting.attach_editor(editor, index)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            if editor.text() != str(index.data(Qt.ItemDataRole.EditRole) or ""):
                model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
