"""Completion for a comma-separated list of names (tags, services) from the
library's vocabulary: only the name being typed is completed, the others stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

__all__ = ["ListCompleter"]


class ListCompleter(QCompleter):
    """Offers the `names` that contain what is typed of the name at `edit`'s cursor.

    Choosing one puts it in place of what was typed of that name and reports the new
    text as typed by the user (`textEdited`), so a bound field stores it.
    """

    def __init__(self, names: list[str], edit: QLineEdit) -> None:
        super().__init__(names, edit)
        self.setWidget(edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._edit = edit
        self._inserting = False
        edit.textEdited.connect(self._typed)
        self.activated[str].connect(self._insert)  # type: ignore[index]

    def _typed(self, text: str) -> None:
        if self._inserting:
            return
        typed = text[: self._edit.cursorPosition()].rsplit(",", 1)[-1].strip()
        self.setCompletionPrefix(typed)
        if not typed or self.completionCount() == 0:
            popup = self.popup()
            if popup is not None:
                popup.hide()
            return
        self.complete()

    def _insert(self, name: str) -> None:
        text = self._edit.text()
        position = self._edit.cursorPosition()
        head, tail = text[:position], text[position:]
        start = head.rfind(",") + 1
        completed = head[:start] + (" " if start else "") + name
        self._inserting = True
        try:
            self._edit.setText(completed + tail)
            self._edit.setCursorPosition(len(completed))
            self._edit.textEdited.emit(self._edit.text())
        finally:
            self._inserting = False
