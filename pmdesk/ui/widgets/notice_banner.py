"""A calm bar above the work area: why the post-mortem is not saved, and what to do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["NoticeBanner"]


class NoticeBanner(QFrame):
    """Hidden until there is something to say; never a dialog, so it cannot pile up.

    Signals:
        save_copy_requested: the user wants the post-mortem in a file of their own.
    """

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#noticeBanner { background: #fff4d6; border: 1px solid #d9a400; }"
            "#noticeBanner QLabel { color: #3d2e00; }"
        )
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Save problem"))
        self.copy_button = QPushButton(self.tr("Save a copy as…"), self)
        self.copy_button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.copy_button)
        self.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.show()
