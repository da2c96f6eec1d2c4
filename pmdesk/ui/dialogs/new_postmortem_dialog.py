"""The title of a new post-mortem."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from pmdesk.domain.limits import TITLE_MAX_CHARS
from pmdesk.ui.widgets.text_limits import limit_line_edit

__all__ = ["NewPostmortemDialog"]


class NewPostmortemDialog(QInputDialog):
    """Asks for the title of a new post-mortem (at most `TITLE_MAX_CHARS` characters:
    a longer paste is refused with a note, not cut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New post-mortem"))
        self.setLabelText(self.tr("What happened? (a short title)"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        title_edit = self.findChild(QLineEdit)
        assert title_edit is not None  # QInputDialog makes it for the text input mode
        self.title_edit: QLineEdit = title_edit
        limit_line_edit(self.title_edit, TITLE_MAX_CHARS)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The title typed, stripped; None when cancelled or left empty."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return dialog.textValue().strip() or None
        finally:
            dialog.deleteLater()
