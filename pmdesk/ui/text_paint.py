"""Drawing wrapped text in a fixed box without cutting words off silently."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QTextLayout, QTextOption

__all__ = ["draw_wrapped_elided"]


def draw_wrapped_elided(painter: QPainter, rect: QRect, text: str) -> QRect:
    """Draw `text` wrapped at `rect`'s width with the painter's font; when it does not
    all fit, the last line that fits ends with "…" (the full text belongs in a tooltip).

    Returns:
        The rectangle the drawn lines take.
    """
    font = painter.font()
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    line_height = metrics.lineSpacing()
    fitting = max(1, rect.height() // line_height) if rect.height() > 0 else len(lines)
    top = rect.top()
    for number, (start, length) in enumerate(lines[:fitting]):
        part = text[start : start + length].rstrip("\n")
        if number == fitting - 1 and fitting < len(lines):
            part = metrics.elidedText(
                text[start:].replace("\n", " "), Qt.TextElideMode.ElideRight, rect.width()
            )
        painter.drawText(QPointF(rect.left(), top + metrics.ascent()), part)
        top += line_height
    return QRect(rect.left(), rect.top(), rect.width(), top - rect.top())
