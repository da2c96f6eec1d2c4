"""Ask for a short written reason (keeping a wording, publishing anyway).

A multi-line box that still behaves like a form: Enter gives the answer, Shift+Enter
starts a new line, Tab moves on to the buttons. QInputDialog's multi-line box takes
all three keys for itself, so its OK button can only be reached with the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pmdesk.ui.widgets.text_limits import LimitedPlainTextEdit

__all__ = ["ReasonDialog"]


class _ReasonEdit(LimitedPlainTextEdit):
    """Enter submits the dialog; Shift+Enter breaks the line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                if self.admits("\n"):
                    self.insertPlainText("\n")
            else:
                # Not handled here: the dialog's default button takes it.
                event.ignore()
            return
        super().keyPressEvent(event)


class ReasonDialog(QDialog):
    """A question, a box for the reason, OK (only with a reason) and Cancel."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # Shown exactly as written: the question quotes the user's own words.
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = _ReasonEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Reason"))
        self.question.setBuddy(self.editor)
        hint = QLabel(self.tr("Enter saves the reason; Shift+Enter starts a new line."), self)
        hint.setEnabled(False)  # drawn as secondary text
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.editor.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(520, 280)

    def reason(self) -> str:
        return self.editor.toPlainText().strip()

    def accept(self) -> None:
        if self.reason():  # Enter in an empty box gives no empty reason
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str) -> str | None:
        """The reason typed, or None when the user cancelled."""
        dialog = cls(title, question, parent)
        try:
            return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
