"""The findings panel: every open lint finding of the post-mortem, grouped by step, and
below them the quiet "consider" hints in a group of their own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from pmdesk.domain.findings import FieldFinding
from pmdesk.domain.location import Location
from pmdesk.ui.core_texts import translated_label
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.lint_highlighter import CATEGORY_COLORS, HINT_COLOR
from pmdesk.ui.richtext import plain_tooltip
from pmdesk.ui.theme import readable_on

__all__ = ["FindingsPanel"]

STEP_LABELS = {
    "incident": "Incident",
    "trigger": "Trigger check",
    "timeline": "Timeline",
    "whys": "5 Whys",
    "actions": "Action items",
    "lessons": "Lessons",
}
_QUOTE_MARKS = "\"“„»«‘‚'"


class FindingsPanel(QWidget):
    """Signals:
    jump_requested(Location): go to this location.
    """

    jump_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Blameless-language findings"))
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        # The group of "consider" hints, while there are any.
        self.consider_group: QTreeWidgetItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.set_findings([])

    def set_findings(self, findings: Sequence[FieldFinding]) -> None:
        open_findings = [f for f in findings if f.is_open]
        blocking = [f for f in open_findings if not f.finding.is_hint]
        hints = [f for f in open_findings if f.finding.is_hint]
        kept = len(findings) - len(open_findings)
        self.tree.clear()
        if not open_findings:
            self.summary.setText(self.tr("No blaming language found. ✓"))
        else:
            self.summary.setText(
                (
                    self.tr("{count} finding(s) to look at").format(count=len(blocking))
                    if blocking
                    else self.tr("No blaming language found. ✓")
                )
                + (self.tr(" · {hints} to consider").format(hints=len(hints)) if hints else "")
                + (self.tr(" · {kept} kept on purpose").format(kept=kept) if kept else "")
            )
        groups: dict[str, QTreeWidgetItem] = {}
        for item in blocking:
            step = item.field.step
            group = groups.get(step)
            if group is None:
                group = self._group(self.tr(STEP_LABELS.get(step, step)))
                groups[step] = group
            self._add(group, item, CATEGORY_COLORS.get(item.finding.category, "#d97706"))
        if hints:
            self.consider_group = self._group(self.tr("Consider"))
            why = self.tr(
                "Worth a look, never blocking: quoted or reported blame and admissions "
                "in the first person. Check that the text around them explains the "
                "situation."
            )
            explanation = QTreeWidgetItem(self.consider_group, [why])
            # The panel is narrow: the whole explanation on hover, on the group too.
            explanation.setToolTip(0, why)
            self.consider_group.setToolTip(0, why)
            explanation.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = explanation.font(0)
            font.setItalic(True)
            explanation.setFont(0, font)
            for item in hints:
                self._add(self.consider_group, item, HINT_COLOR, with_step=True)
            groups["consider"] = self.consider_group
        else:
            self.consider_group = None
        for group in groups.values():
            findings_in_group = group.childCount() - (group is self.consider_group)
            group.setText(0, f"{group.text(0)} ({findings_in_group})")

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setExpanded(True)
        return group

    def _add(
        self, group: QTreeWidgetItem, item: FieldFinding, color: str, *, with_step: bool = False
    ) -> None:
        finding = item.finding
        excerpt = item.field.text[finding.start : finding.end]
        label = translated_label(item.field.label)
        if with_step:
            step = item.field.step
            label = f"{self.tr(STEP_LABELS.get(step, step))} · {label}"
        if excerpt[:1] not in _QUOTE_MARKS:  # a quotation is shown in its own marks
            excerpt = f"“{excerpt}”"
        child = QTreeWidgetItem(group, [f"{label}: {excerpt} — {finding.message}"])
        child.setData(0, Role.ITEM, item.field.location)
        child.setToolTip(0, plain_tooltip(finding.suggestion or finding.message))
        background = self.tree.palette().color(QPalette.ColorRole.Base)
        child.setForeground(0, QBrush(readable_on(color, background)))

    def _activated(self, item: QTreeWidgetItem) -> None:
        location = item.data(0, Role.ITEM)
        if isinstance(location, Location):
            self.jump_requested.emit(location)
