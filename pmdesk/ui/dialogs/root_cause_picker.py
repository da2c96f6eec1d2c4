"""Which root causes an action item addresses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models import WhyNode

__all__ = ["RootCausePicker"]


class RootCausePicker(QDialog):
    """A checkable list of the root causes; returns the chosen ones."""

    def __init__(
        self,
        candidates: Sequence[WhyNode],
        selected: Sequence[WhyNode],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Root causes this action addresses"))
        self.candidates = list(candidates)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Root causes"))
        self.list.setWordWrap(True)
        chosen = {id(node) for node in selected}
        for node in self.candidates:
            item = QListWidgetItem(node.text or self.tr("(no text)"), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if id(node) in chosen else Qt.CheckState.Unchecked
            )
        hint = QLabel(self.tr("Space checks or unchecks the selected root cause."), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        if self.candidates:
            self.list.setCurrentRow(0)
        self.resize(560, 320)

    def chosen(self) -> list[WhyNode]:
        return [
            node
            for row, node in enumerate(self.candidates)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        candidates: Sequence[WhyNode],
        selected: Sequence[WhyNode],
    ) -> list[WhyNode] | None:
        """The root causes the user chose, or None when they cancelled."""
        dialog = cls(candidates, selected, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
