"""Choosing between my change and theirs, when both changed the same thing.

Shown when a save finds that someone else saved a change to a field (or a part) this
window changed too. Both values stand side by side; for each the person keeps theirs,
takes the other one, or writes a merge of two texts. Nothing is saved, and nothing
dropped, until every conflict has a choice: the dialog cannot be dismissed without.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pmdesk.store.merge import Choice, Conflict, ConflictKind
from pmdesk.ui.dialogs.history_dialog import field_name, part_name, value_text

__all__ = ["ConflictDialog"]


def _names(authors: tuple[str, ...], fallback: str) -> str:
    return ", ".join(authors) if authors else fallback


class _ConflictBox(QGroupBox):
    """One conflict: both sides, and the choice."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        entry = {"part": conflict.part, "label": conflict.label}
        others = _names(conflict.authors, self.tr("someone else"))
        if conflict.kind is ConflictKind.BOTH_CHANGED:
            self.setTitle(f"{part_name(entry)} · {field_name(str(conflict.field))}")
            note = self.tr("You and {others} both changed this.").format(others=others)
        elif conflict.kind is ConflictKind.THEY_REMOVED:
            self.setTitle(part_name(entry))
            note = self.tr("You changed this; {others} removed it.").format(others=others)
        else:
            self.setTitle(part_name(entry))
            note = self.tr("You removed this; {others} changed it.").format(others=others)
        layout = QGridLayout(self)
        explanation = QLabel(note, self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation, 0, 0, 1, 2)
        mine_heading = QLabel(self.tr("Yours"), self)
        theirs_heading = QLabel(self.tr("Theirs ({others})").format(others=others), self)
        for heading in (mine_heading, theirs_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self.mine_view = self._value_view(self._side_text(conflict.mine), self.tr("Yours"))
        self.theirs_view = self._value_view(self._side_text(conflict.theirs), self.tr("Theirs"))
        layout.addWidget(mine_heading, 1, 0)
        layout.addWidget(theirs_heading, 1, 1)
        layout.addWidget(self.mine_view, 2, 0)
        layout.addWidget(self.theirs_view, 2, 1)

        self.keep_mine = QRadioButton(self.tr("Keep mine"), self)
        self.take_theirs = QRadioButton(self.tr("Take theirs"), self)
        self.edit_merge = QRadioButton(self.tr("Edit a merge"), self)
        self.choices = QButtonGroup(self)
        for button in (self.keep_mine, self.take_theirs, self.edit_merge):
            self.choices.addButton(button)
        choice_row = QWidget(self)
        row = QGridLayout(choice_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.keep_mine, 0, 0)
        row.addWidget(self.take_theirs, 0, 1)
        row.addWidget(self.edit_merge, 0, 2)
        layout.addWidget(choice_row, 3, 0, 1, 2)
        self.merge_edit = QPlainTextEdit(self)
        self.merge_edit.setAccessibleName(self.tr("Merged text"))
        self.merge_edit.setTabChangesFocus(True)
        self.merge_edit.setPlaceholderText(self.tr("Write the text that keeps what matters"))
        layout.addWidget(self.merge_edit, 4, 0, 1, 2)
        self.edit_merge.setVisible(conflict.can_edit_a_merge)
        self.merge_edit.setVisible(False)
        if conflict.can_edit_a_merge:
            # Start from both, so that nothing has to be retyped.
            self.merge_edit.setPlainText(f"{conflict.mine}\n{conflict.theirs}")
        self.edit_merge.toggled.connect(self._merge_toggled)

    def _side_text(self, value: Any) -> str:
        if self.conflict.field is None:
            if value is None:
                return self.tr("(removed)")
            # A part: what people know it by.
            shown = next((value.get(k) for k in ("text", "title", "name") if value.get(k)), "")
            return str(shown) or self.conflict.label
        if isinstance(value, str):
            return value or self.tr("(empty)")
        return value_text(value)

    def _value_view(self, text: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text, self)
        view.setReadOnly(True)
        view.setAccessibleName(name)
        view.setTabChangesFocus(True)
        view.setMaximumHeight(140)
        return view

    def _merge_toggled(self, checked: bool) -> None:
        self.merge_edit.setVisible(checked)
        if checked:
            self.merge_edit.setFocus()

    def choice(self) -> Choice | None:
        if self.keep_mine.isChecked():
            return Choice.KEEP_MINE
        if self.take_theirs.isChecked():
            return Choice.TAKE_THEIRS
        if self.edit_merge.isChecked():
            return Choice.MERGED
        return None


class ConflictDialog(QDialog):
    """Both values of each conflicting change side by side; one choice each."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed elsewhere meanwhile"))
        # Only a choice ends it: no close button.
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        intro = QLabel(
            self.tr(
                "While you worked, someone else saved changes to the same things. "
                "Choose for each what to keep; your other changes are merged already."
            ),
            self,
        )
        intro.setWordWrap(True)
        content = QWidget(self)
        column = QVBoxLayout(content)
        self.boxes = [_ConflictBox(conflict, content) for conflict in conflicts]
        for box in self.boxes:
            column.addWidget(box)
            box.choices.buttonToggled.connect(self._update_apply)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply my choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(760, min(180 + 300 * len(conflicts), 720))

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(all(box.choice() is not None for box in self.boxes))

    def choices(self) -> list[tuple[Conflict, Choice, object]]:
        chosen: list[tuple[Conflict, Choice, object]] = []
        for box in self.boxes:
            choice = box.choice()
            assert choice is not None
            merged = box.merge_edit.toPlainText() if choice is Choice.MERGED else None
            chosen.append((box.conflict, choice, merged))
        return chosen

    def accept(self) -> None:
        if self.apply_button.isEnabled():
            super().accept()

    def reject(self) -> None:
        """Escape does not end it: every conflict needs a choice."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()

    @classmethod
    def ask(
        cls, parent: QWidget | None, conflicts: list[Conflict]
    ) -> list[tuple[Conflict, Choice, object]]:
        """The person's choice for each conflict."""
        dialog = cls(conflicts, parent)
        try:
            dialog.exec()
            return dialog.choices()
        finally:
            dialog.deleteLater()
