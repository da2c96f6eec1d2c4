"""Wavy underlines for lint findings in text that a delegate paints (table and tree cells)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from pmdesk.lint import Finding
from pmdesk.ui.lint_highlighter import underline_color

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["LintedTextDelegate", "paint_lint_underlines"]

# (location, text, linter section) of the text a cell shows, or None.
Locator = Callable[[QModelIndex | QPersistentModelIndex], tuple[str, str, str] | None]

_WAVE = 2.0  # amplitude and half-period, in pixels


def _wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + _WAVE, right)
        path.lineTo(x, y - _WAVE if up else y)
        up = not up
    return path


def _x_of(position: object) -> float:
    # PySide returns (x, cursor position) for QTextLine.cursorToX.
    return float(position[0]) if isinstance(position, tuple) else float(position)  # type: ignore[arg-type]


def paint_lint_underlines(
    painter: QPainter,
    rect: QRect,
    text: str,
    font: QFont,
    findings: Sequence[Finding],
    *,
    wrap: bool,
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop,
) -> None:
    """Underline each finding's span of `text` as laid out in `rect` with `font`.

    The layout mirrors how Qt draws a cell's text (wrapped at the rect's width, or one
    line clipped to it), so the waves sit under the words they concern.
    """
    if not findings or not text:
        return
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        # A line has no metrics until it has a width; one line holds it all unwrapped.
        line.setLineWidth(rect.width() if wrap else 1_000_000)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    # Where the style puts the text block vertically (QStyle.alignedRect's rules).
    room = max(0.0, rect.height() - height)
    if alignment & Qt.AlignmentFlag.AlignVCenter:
        top = rect.top() + room / 2
    elif alignment & Qt.AlignmentFlag.AlignBottom:
        top = rect.top() + room
    else:
        top = float(rect.top())

    painter.save()
    painter.setClipRect(QRectF(rect).adjusted(0, 0, 0, _WAVE + 2))
    painter.setBrush(QColor(0, 0, 0, 0))
    for finding in findings:
        pen = QPen(underline_color(finding.category))
        pen.setWidthF(1.2)
        painter.setPen(pen)
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            first, last = line.textStart(), line.textStart() + line.textLength()
            start, end = max(finding.start, first), min(finding.end, last)
            if start >= end:
                continue
            left = rect.left() + _x_of(line.cursorToX(start))
            right = rect.left() + _x_of(line.cursorToX(end))
            baseline = top + line.y() + line.ascent() + 2.5
            painter.drawPath(_wave(left, right, baseline))
    painter.restore()


class LintedTextDelegate(QStyledItemDelegate):
    """Paints a cell as usual, then underlines the lint findings in its text."""

    def __init__(
        self, view: QAbstractItemView, document: PostmortemDocument, locate: Locator
    ) -> None:
        super().__init__(view)
        self.document = document
        self.locate = locate

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if not self.document.underlines_visible:
            return
        located = self.locate(index)
        if located is None:
            return
        location, text, section = located
        findings = self.document.open_findings(location, text, section)
        if not findings:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.text != text:
            return  # shortened for display: positions would not match
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # The style insets the text by its focus-frame margin on each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        paint_lint_underlines(
            painter,
            text_rect.adjusted(margin, 0, -margin, 0),
            text,
            opt.font,
            findings,
            wrap=bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText),
            alignment=opt.displayAlignment,
        )
