"""The findings panel: every open lint finding of the post-mortem, grouped by step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from pmdesk.domain.findings import FieldFinding
from pmdesk.ui.core_texts import translated_label
from pmdesk.ui.lint_highlighter import CATEGORY_COLORS
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["FindingsPanel"]

STEP_LABELS = {
    "incident": "Incident",
    "trigger": "Trigger check",
    "timeline": "Timeline",
    "whys": "5 Whys",
    "actions": "Action items",
    "lessons": "Lessons",
}
_LocationRole = Qt.ItemDataRole.UserRole


class FindingsPanel(QWidget):
    """Signals:
    jump_requested(str): go to this location ("field:summary", "event:12", …).
    """

    jump_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Blameless-language findings"))
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.set_findings([])

    def set_findings(self, findings: Sequence[FieldFinding]) -> None:
        open_findings = [f for f in findings if f.is_open]
        kept = len(findings) - len(open_findings)
        self.tree.clear()
        if not open_findings:
            self.summary.setText(self.tr("No blaming language found. ✓"))
        else:
            self.summary.setText(
                self.tr("{count} finding(s) to look at").format(count=len(open_findings))
                + (self.tr(" · {kept} kept on purpose").format(kept=kept) if kept else "")
            )
        groups: dict[str, QTreeWidgetItem] = {}
        for item in open_findings:
            step = item.field.step
            group = groups.get(step)
            if group is None:
                group = QTreeWidgetItem(self.tree, [self.tr(STEP_LABELS.get(step, step))])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
                groups[step] = group
            finding = item.finding
            excerpt = item.field.text[finding.start : finding.end]
            label = translated_label(item.field.label)
            child = QTreeWidgetItem(group, [f"{label}: “{excerpt}” — {finding.message}"])
            child.setData(0, _LocationRole, item.field.location)
            child.setToolTip(0, plain_tooltip(finding.suggestion or finding.message))
            child.setForeground(0, QBrush(QColor(CATEGORY_COLORS.get(finding.category, "#d97706"))))
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")

    def _activated(self, item: QTreeWidgetItem) -> None:
        location = item.data(0, _LocationRole)
        if location:
            self.jump_requested.emit(str(location))
