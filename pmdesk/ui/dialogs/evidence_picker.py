"""Pick the timeline events a why cites, from a filterable list."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models import TimelineEvent, WhyNode
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.timeline_event_list_model import TimelineEventListModel
from pmdesk.ui.richtext import plain_label

__all__ = ["EvidencePicker"]


class EvidencePicker(QDialog):
    """A filterable, checkable list of the timeline's events."""

    def __init__(
        self, document: PostmortemDocument, node: WhyNode, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence for this why"))
        pm = document.postmortem
        self.model = TimelineEventListModel(list(pm.timeline_events), list(node.evidence), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        why = plain_label(node.text or self.tr("(empty why)"), self)
        why.setWordWrap(True)
        font = why.font()
        font.setBold(True)
        why.setFont(font)
        hint = QLabel(self.tr("Tick the timeline events that show this why happened."), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by time, text or source"))
        self.filter_edit.setAccessibleName(self.tr("Filter events"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view = QListView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("Timeline events"))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    @classmethod
    def ask(
        cls, parent: QWidget | None, document: PostmortemDocument, node: WhyNode
    ) -> list[TimelineEvent] | None:
        """The events `node` should cite (all of them, not only new ones), or None."""
        dialog = cls(document, node, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.model.checked_events()
        finally:
            dialog.deleteLater()
