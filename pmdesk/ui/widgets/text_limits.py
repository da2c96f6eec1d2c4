"""Editors refuse text longer than pmdesk's limits, and say so beside the editor.

`QLineEdit.setMaxLength` would cut a paste short without a word: the end of a pasted
paragraph would simply be missing. Here a change that would make the text longer than
its limit is not made at all, whether typed, pasted or dropped, and a note under the
editor says why and what to do. The note is part of the window, not a tooltip (the key
release after Ctrl+V would hide a tooltip at once); it goes with the next change, or
when the editor loses the focus.

The limits are those of `pmdesk.domain.limits`, which the interchange schema enforces
for `pmdesk load` too. A text already longer than its limit (from an older pmdesk) is
shown as it is and may be shortened: only a change that makes it longer is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from pmdesk.domain.limits import TEXT_MAX_CHARS

__all__ = ["LimitNotice", "LimitedPlainTextEdit", "limit_line_edit"]


def _message(max_chars: int) -> str:
    return QCoreApplication.translate(
        "LimitNotice",
        "This field holds at most {limit} characters, so that text was not added. "
        "Shorten it and try again.",
    ).format(limit=f"{max_chars:,}")


class LimitNotice(QLabel):
    """The note under an editor whose text would have gone past its limit."""

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor.window())
        self.editor = editor
        self.setObjectName("limitNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#limitNotice { background: #fdecea; color: #8e1c1c; border: 1px solid #c62828;"
            " border-radius: 3px; padding: 4px 6px; }"
        )
        self.setAccessibleName(QCoreApplication.translate("LimitNotice", "Text too long"))
        editor.installEventFilter(self)
        self.hide()

    def show_limit(self, max_chars: int) -> None:
        """Say under the editor that it holds at most `max_chars` characters."""
        window = self.editor.window()
        if self.parentWidget() is not window:  # the page was put into a window since
            self.setParent(window)
        self.setText(_message(max_chars))
        self.setFixedWidth(max(self.editor.width(), 280))
        self.adjustSize()
        below = self.editor.mapTo(window, QPoint(0, self.editor.height()))
        # Inside the window: above the editor when there is no room below it.
        if below.y() + self.height() > window.height():
            below.setY(max(0, below.y() - self.editor.height() - self.height()))
        self.move(below)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt may still deliver events to a notice whose Python side was collected with
        # its editor's wrapper; such a notice has no editor left to watch.
        editor = self.__dict__.get("editor")
        if watched is editor and event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.hide()
        return super().eventFilter(watched, event)


class _MaxLength(QValidator):
    """Invalid beyond `max_chars`: QLineEdit then undoes the change that got there.

    A text that was already too long when it was set stays as it is; Qt takes the
    user's changes to it until it fits (a change only reverts from valid input).
    """

    def __init__(self, editor: QLineEdit, max_chars: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.max_chars = max_chars
        self.notice = LimitNotice(editor)
        editor.textChanged.connect(self.notice.hide)

    def validate(self, text: str, position: int) -> QValidator.State:
        # A validator whose Python side was collected with its editor's has no limit left.
        max_chars = self.__dict__.get("max_chars")
        if max_chars is None or len(text) <= max_chars:
            return QValidator.State.Acceptable
        if self.editor.isVisible():  # not while a page or a cell editor is being set up
            self.notice.show_limit(max_chars)
        return QValidator.State.Invalid


def limit_line_edit(editor: QLineEdit, max_chars: int) -> None:
    """Make `editor` refuse, visibly, any change beyond `max_chars` characters."""
    # QLineEdit cuts any text at maxLength (32,767 by default) before validating it:
    # one character more lets the validator see, and refuse, every text too long.
    editor.setMaxLength(max_chars + 1)
    editor.setValidator(_MaxLength(editor, max_chars))


class LimitedPlainTextEdit(QPlainTextEdit):
    """A plain-text editor that refuses, visibly, to grow beyond `max_chars`."""

    def __init__(self, parent: QWidget | None = None, max_chars: int = TEXT_MAX_CHARS) -> None:
        super().__init__(parent)
        self.max_chars = max_chars
        self.limit_notice = LimitNotice(self)
        self.textChanged.connect(self.limit_notice.hide)

    def admits(self, inserted: str) -> bool:
        """Whether `inserted`, replacing the selection, keeps the text within the limit
        (or at least does not make an over-long text longer). Says so when not."""
        cursor = self.textCursor()
        selected = cursor.selectionEnd() - cursor.selectionStart()
        # Qt counts UTF-16 code units, so this is never less than the real length.
        length = self.document().characterCount() - 1
        if length - selected + len(inserted) <= self.max_chars:
            return True
        current = len(self.toPlainText())
        after = current - len(cursor.selectedText()) + len(inserted)
        if after <= max(self.max_chars, current):
            return True
        self.limit_notice.show_limit(self.max_chars)
        return False

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Pasting (keys or menu) and dropping all come through here.
        if self.admits(source.text() if source.hasText() else ""):
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if (
            typed
            and (typed.isprintable() or typed in "\r\n")
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and not self.isReadOnly()
            and not self.admits(typed)
        ):
            return
        super().keyPressEvent(event)
