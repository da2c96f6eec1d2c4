"""The owner cells of the action items: a team or a role, with suggestions."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmdesk.domain.actions import owner_suggestions
from pmdesk.domain.limits import LINE_MAX_CHARS
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import AnyIndex
from pmdesk.ui.widgets.text_limits import limit_line_edit

__all__ = ["OwnerDelegate"]


class OwnerDelegate(QStyledItemDelegate):
    """A line edit that suggests the participants' teams and roles."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        limit_line_edit(editor, LINE_MAX_CHARS)
        editor.setPlaceholderText(self.tr("A team or a role"))
        completer = QCompleter(
            QStringListModel(owner_suggestions(self.document.postmortem), editor), editor
        )
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
