"""The one generic undo command, and routing Ctrl+Z/Ctrl+Y to the post-mortem's stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QWidget

from pmdesk.domain.edits import Edit

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["EditCommand", "UndoShortcutRouter"]

_MERGE_ID = 1


class EditCommand(QUndoCommand):
    """Applies an `Edit` on redo and its inverse on undo, through the document."""

    def __init__(self, document: PostmortemDocument, edit: Edit) -> None:
        super().__init__(edit.label)
        self.document = document
        self.edit = edit
        self.inverse: Edit | None = None

    def redo(self) -> None:
        self.inverse = self.edit.apply()
        self.document.edit_applied(self.edit)

    def undo(self) -> None:
        assert self.inverse is not None
        self.edit = self.inverse.apply()
        self.document.edit_applied(self.inverse)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        if self.document.typing_run_ended:
            self.document.typing_run_ended = False
            return False
        merged = self.edit.merged_with(other.edit)
        if merged is None:
            return False
        # Keep our inverse (the value before the first keystroke); take the latest value.
        self.edit = merged
        return True


def _is_cell_editor(widget: QObject) -> bool:
    parent = widget.parent()
    while isinstance(parent, QWidget):
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parent()
    return False


class UndoShortcutRouter(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the window's Undo/Redo actions even when a text
    field has focus, so one stack undoes everything, across steps.

    Not from the open editor of a table or tree cell: what is typed there is not on
    the stack until Enter, so Ctrl+Z undoes that typing, as in any table."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not _is_cell_editor(watched)
        ):
            combination = QKeySequence(event.keyCombination())
            for standard in (
                QKeySequence.StandardKey.Undo,
                QKeySequence.StandardKey.Redo,
            ):
                if any(
                    combination.matches(key) == QKeySequence.SequenceMatch.ExactMatch
                    for key in QKeySequence.keyBindings(standard)
                ):
                    event.ignore()
                    return True
        return False
