"""Small charts drawn with QPainter: stacked bars, lines, and ranked horizontal bars.

The Trends window needs four plain charts, exported as PNG and SVG. Drawing them
with QPainter costs no dependency (Qt Charts lives in PySide6-Addons, which pmdesk does
not ship) and one paint routine serves the screen, a QImage (PNG) and a
QSvgGenerator (SVG) alike. Colours come from the palette, so the charts follow the
light and dark themes; the series colours are chosen to stay apart for common
colour-vision deficiencies (Okabe–Ito).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["Chart", "ChartData", "ChartKind", "Series", "nice_maximum", "paint_chart"]

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#999999")


class ChartKind(enum.Enum):
    STACKED_BARS = "stacked_bars"
    LINES = "lines"
    RANKED_BARS = "ranked_bars"


@dataclass(frozen=True)
class Series:
    name: str
    # One value per category; None where there is none (a gap in a line).
    values: Sequence[float | None]


@dataclass(frozen=True)
class ChartData:
    """What one chart shows: categories along the axis, one or more series."""

    title: str
    kind: ChartKind
    categories: Sequence[str]
    series: Sequence[Series]
    # Formats a value for the axis and the labels.
    value_text: Callable[[float], str] = lambda value: f"{value:g}"
    # Shown in place of the chart when there is nothing to draw.
    empty_text: str = ""
    # The largest value the axis must show (1.0 for shares); None: from the data.
    fixed_maximum: float | None = None
    # The top of the axis for the data's largest value: a round number in its unit.
    axis_maximum: Callable[[float], float] = lambda top: nice_maximum(top)


def nice_maximum(value: float) -> float:
    """A round number at or above `value` for the top of an axis."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return float(step * magnitude)
    return float(10 * magnitude)


def paint_chart(painter: QPainter, area: QRectF, data: ChartData, palette: QPalette) -> None:
    """Draw `data` into `area` with `palette`'s colours."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text_color = palette.color(QPalette.ColorRole.WindowText)
    faint = palette.color(QPalette.ColorRole.Mid)
    painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
    font = QFont(painter.font())
    metrics = QFontMetricsF(font)
    line = metrics.height()
    title_font = QFont(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(text_color)
    inner = area.adjusted(10, 8, -10, -8)
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), line),
        Qt.AlignmentFlag.AlignLeft,
        data.title,
    )
    painter.setFont(font)
    body = inner.adjusted(0, line * 1.6, 0, 0)
    values = [v for s in data.series for v in s.values if v is not None]
    if not data.categories or not values:
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, data.empty_text
        )
        painter.restore()
        return
    if data.kind is ChartKind.RANKED_BARS:
        _paint_ranked(painter, body, data, metrics, text_color)
    else:
        _paint_axes_chart(painter, body, data, metrics, text_color, faint)
    painter.restore()


def _legend_height(data: ChartData, metrics: QFontMetricsF) -> float:
    return metrics.height() * 1.4 if len(data.series) > 1 else 0.0


def _paint_axes_chart(
    painter: QPainter,
    body: QRectF,
    data: ChartData,
    metrics: QFontMetricsF,
    text_color: QColor,
    faint: QColor,
) -> None:
    line = metrics.height()
    if data.kind is ChartKind.STACKED_BARS:
        totals = [sum(s.values[i] or 0 for s in data.series) for i in range(len(data.categories))]
        top = max(totals)
    else:
        top = max(v for s in data.series for v in s.values if v is not None)
    maximum = data.fixed_maximum or data.axis_maximum(top)
    ticks = [maximum * i / 4 for i in range(5)]
    axis_width = max(metrics.horizontalAdvance(data.value_text(t)) for t in ticks) + 8
    legend = _legend_height(data, metrics)
    plot = body.adjusted(axis_width, 0, 0, -(line * 1.5 + legend))

    # Grid lines with their values.
    painter.setPen(QPen(faint, 0.6))
    for tick in ticks:
        y = plot.bottom() - plot.height() * tick / maximum
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_color)
        painter.drawText(
            QRectF(body.left(), y - line / 2, axis_width - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            data.value_text(tick),
        )
        painter.setPen(QPen(faint, 0.6))

    count = len(data.categories)
    slot = plot.width() / count
    # Category labels, thinned out so they never overlap.
    widest = max(metrics.horizontalAdvance(c) for c in data.categories) + 8
    every = max(1, math.ceil(widest / slot))
    painter.setPen(text_color)
    drawn_until = -math.inf
    for i, category in enumerate(data.categories):
        if i % every:
            continue
        # Centred under its bar, but never past the chart's edges, nor over the last.
        left = min(max(plot.left() + slot * i + slot / 2 - widest / 2, body.left()),
                   body.right() - widest)  # fmt: skip
        if left < drawn_until:
            continue
        drawn_until = left + widest
        painter.drawText(
            QRectF(left, plot.bottom() + 4, widest, line), Qt.AlignmentFlag.AlignHCenter, category
        )

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / maximum

    if data.kind is ChartKind.STACKED_BARS:
        bar = max(1.0, slot * 0.7)
        for i in range(count):
            base = 0.0
            for index, series in enumerate(data.series):
                height = series.values[i] or 0.0
                if not height:
                    continue
                rect = QRectF(
                    plot.left() + slot * i + (slot - bar) / 2,
                    y_of(base + height),
                    bar,
                    y_of(base) - y_of(base + height),
                )
                painter.fillRect(rect, QColor(SERIES_COLORS[index % len(SERIES_COLORS)]))
                base += height
    else:
        for index, series in enumerate(data.series):
            color = QColor(SERIES_COLORS[index % len(SERIES_COLORS)])
            painter.setPen(QPen(color, 2))
            path = QPainterPath()
            drawing = False
            for i, point_value in enumerate(series.values):
                if point_value is None:
                    drawing = False
                    continue
                point = QPointF(plot.left() + slot * i + slot / 2, y_of(point_value))
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    drawing = True
                painter.setBrush(color)
                painter.drawEllipse(point, 2.5, 2.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

    if legend:
        _paint_legend(painter, body, data, metrics, text_color)


def _paint_legend(
    painter: QPainter, body: QRectF, data: ChartData, metrics: QFontMetricsF, text_color: QColor
) -> None:
    line = metrics.height()
    x = body.left()
    y = body.bottom() - line
    for index, series in enumerate(data.series):
        painter.fillRect(
            QRectF(x, y + line * 0.2, line * 0.6, line * 0.6),
            QColor(SERIES_COLORS[index % len(SERIES_COLORS)]),
        )
        x += line * 0.9
        painter.setPen(text_color)
        width = metrics.horizontalAdvance(series.name)
        painter.drawText(QRectF(x, y, width + 2, line), Qt.AlignmentFlag.AlignLeft, series.name)
        x += width + line


def _paint_ranked(
    painter: QPainter, body: QRectF, data: ChartData, metrics: QFontMetricsF, text_color: QColor
) -> None:
    values = [v or 0 for v in data.series[0].values]
    line = metrics.height()
    row = min(line * 1.6, body.height() / len(values))
    label_width = min(
        body.width() * 0.4, max(metrics.horizontalAdvance(c) for c in data.categories) + 8
    )
    number_width = max(metrics.horizontalAdvance(data.value_text(v)) for v in values) + 8
    bar_space = body.width() - label_width - number_width
    maximum = max(values) or 1
    color = QColor(SERIES_COLORS[0])
    for i, (category, value) in enumerate(zip(data.categories, values, strict=True)):
        y = body.top() + row * i
        painter.setPen(text_color)
        label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_width - 8)
        painter.drawText(
            QRectF(body.left(), y, label_width - 8, row),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        length = bar_space * value / maximum
        painter.fillRect(
            QRectF(body.left() + label_width, y + row * 0.2, max(length, 1.0), row * 0.6), color
        )
        painter.drawText(
            QRectF(body.left() + label_width + length + 4, y, number_width, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            data.value_text(value),
        )


class Chart(QWidget):
    """Shows one `ChartData`."""

    def __init__(self, data: ChartData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setAccessibleName(data.title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setAccessibleName(data.title)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 180)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        try:
            paint_chart(painter, QRectF(self.rect()), self.data, self.palette())
        finally:
            painter.end()
