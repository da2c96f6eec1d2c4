"""A cell whose text is linted: underlines under the words, the finding's actions in its
context menu, and a linted line editor while the cell is edited (see
`pmdesk.ui.lint_actions`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmdesk.ui.itemmodels.roles import AnyIndex
from pmdesk.ui.lint_actions import CellLinting, LintActions, Locator
from pmdesk.ui.lint_paint import paint_findings
from pmdesk.ui.text_paint import CellText

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["LintedTextDelegate"]

_LINE_SEPARATOR = "\u2028"  # what item views show for "\n"


class LintedTextDelegate(QStyledItemDelegate):
    """Paints a cell as usual; when its text has findings it draws the text itself, so
    the underlines (and the mark on a "…" that hides one) sit exactly where the words
    are, and the mouse finds them. The cell's line editor is linted as it is typed in."""

    def __init__(
        self,
        view: QAbstractItemView,
        document: PostmortemDocument,
        locate: Locator,
        base_menu: Callable[[], QMenu | None] | None = None,
    ) -> None:
        super().__init__(view)
        self.document = document
        self.linting = CellLinting(
            view, LintActions(document, self), locate, self.text_cell, base_menu
        )

    def text_cell(self, option: QStyleOptionViewItem, index: AnyIndex) -> CellText | None:
        """The cell's text laid out in its text rectangle (None when the cell shows
        something other than the stored text)."""
        target = self.linting.target(index)
        if target is None:
            return None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.text.replace(_LINE_SEPARATOR, "\n") != target.text:
            return None
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # The style insets the text by its focus-frame margin on each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return CellText(
            target.text,
            opt.font,
            text_rect.adjusted(margin, 0, -margin, 0),
            wrap=bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText),
            alignment=opt.displayAlignment,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        findings = self.linting.actions.findings(self.linting.target(index))
        cell = self.text_cell(option, index) if findings else None
        if cell is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background, selection and focus as usual; the text below
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setClipRect(opt.rect, Qt.ClipOperation.IntersectClip)
        painter.setFont(opt.font)
        painter.setPen(_cell_text_color(opt))
        cell.draw(painter)
        painter.restore()
        paint_findings(painter, cell, findings)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        return self.linting.open_editor(super().createEditor(parent, option, index), index)


def _cell_text_color(option: QStyleOptionViewItem) -> QColor:
    """The colour a style draws a cell's text in (QCommonStyle's choice)."""
    state = option.state
    group = QPalette.ColorGroup.Normal
    if not state & QStyle.StateFlag.State_Enabled:
        group = QPalette.ColorGroup.Disabled
    elif not state & QStyle.StateFlag.State_Active:
        group = QPalette.ColorGroup.Inactive
    selected = bool(state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return option.palette.color(group, role)
