"""Wavy underlines for lint findings in text laid out by `CellText` (cells, cell editors)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from pmdesk.lint import Finding
from pmdesk.ui.lint_highlighter import underline_color
from pmdesk.ui.text_paint import CellText

__all__ = ["paint_findings"]

_WAVE = 2.0  # amplitude and half-period, in pixels
_BELOW_BASELINE = 2.5


def _wave(left: float, right: float, y: float) -> QPainterPath:
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(x + _WAVE, right)
        path.lineTo(x, y - _WAVE if up else y)
        up = not up
    return path


def paint_findings(painter: QPainter, cell: CellText, findings: Sequence[Finding]) -> None:
    """Underline the characters of each finding that `cell` shows; a finding that a "…"
    hides, wholly or in part, also gets a wave under that "…", so it is never invisible."""
    if not findings:
        return
    painter.save()
    painter.setClipRect(cell.rect.adjusted(0, 0, 0, _WAVE + 2), Qt.ClipOperation.IntersectClip)
    painter.setBrush(QColor(0, 0, 0, 0))
    for finding in findings:
        pen = QPen(underline_color(finding.category))
        pen.setWidthF(1.2)
        painter.setPen(pen)
        pieces = chain(
            cell.visible_spans(finding.start, finding.end),
            cell.ellipses_hiding(finding.start, finding.end),
        )
        for left, right, baseline in pieces:
            painter.drawPath(_wave(left, right, baseline + _BELOW_BASELINE))
    painter.restore()
