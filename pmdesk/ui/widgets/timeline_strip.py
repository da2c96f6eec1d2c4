"""A horizontal, to-scale picture of the timeline: events, key moments, the impact.

Events are binned per couple of pixels with a binary search over the sorted
times, so painting costs the same for 30 events or 100,000. When few events are
in view each one is drawn as a tick in its source's colour; when many are, the
bins become a density histogram (log scale, so a quiet minute beside a log storm
still shows). Key moments are labelled markers whose labels step down into extra
rows instead of overlapping. Wheel zooms around the cursor, dragging pans,
double-click shows everything again, and a click selects the nearest event.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from itertools import pairwise

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pmdesk.domain.moments import format_time, zone_named
from pmdesk.models import KeyMoment, TimelineEvent
from pmdesk.ui.itemmodels.timeline_table_model import (
    KEY_MOMENT_COLOURS,
    key_moment_label,
    source_colour,
)
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["TimelineStrip"]

_BIN_PX = 2
_MARGIN = 12
_TICK_STEPS = (
    1, 2, 5, 10, 15, 30,
    60, 120, 300, 600, 900, 1800,
    3600, 7200, 10800, 21600, 43200,
    86400, 172800, 604800,
)  # fmt: skip
_MIN_TICK_GAP_PX = 90
_EVENTS_DRAWN_ONE_BY_ONE = 1500
_CLICK_RADIUS_PX = 8


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


class TimelineStrip(QWidget):
    """Custom-painted overview of the events, to scale.

    Signals:
        event_clicked(object): the user clicked near this TimelineEvent.
    """

    event_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline overview"))
        self.setToolTip("")
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.zone_name = "UTC"
        self._events: list[TimelineEvent] = []
        self._times: list[float] = []
        self._moments: list[tuple[float, KeyMoment]] = []
        self._selected: list[float] = []
        self._full: tuple[float, float] = (0.0, 1.0)
        self._view: tuple[float, float] = (0.0, 1.0)
        self._is_zoomed = False
        self._press: QPoint | None = None
        self._press_view: tuple[float, float] = (0.0, 1.0)
        self._dragged = False
        self._large = False
        self._fit_height()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self._paint_font()).height()
        return QSize(600, int(line * 8.5))

    # --- state -------------------------------------------------------------------
    def set_events(
        self,
        events: Sequence[TimelineEvent],
        moments: Mapping[KeyMoment, datetime] | None = None,
    ) -> None:
        """Show these events; keeps the zoom if the user zoomed in.

        Args:
            events: best in time order (the timeline keeps it so); sorted here if not.
            moments: the key moments to mark (`IncidentMetrics.moments`); found from
                the events when not given.
        """
        # One pass over the ORM attributes: on 100,000 events each pass costs.
        occurred = [e.occurred_at for e in events]
        if any(later < earlier for earlier, later in pairwise(occurred)):
            order = sorted(range(len(occurred)), key=occurred.__getitem__)
            self._events = [events[i] for i in order]
            occurred = [occurred[i] for i in order]
        else:
            self._events = list(events)
        self._times = [moment.timestamp() for moment in occurred]
        if moments is None:
            found: dict[KeyMoment, datetime] = {}
            for event in self._events:
                if event.key_moment is not None and event.key_moment not in found:
                    found[event.key_moment] = event.occurred_at
            moments = found
        self._moments = sorted((at.timestamp(), moment) for moment, at in moments.items())
        if self._times:
            start, end = self._times[0], self._times[-1]
            pad = max((end - start) * 0.03, 30.0)
            self._full = (start - pad, end + pad)
        else:
            now = datetime.now(UTC).timestamp()
            self._full = (now - 3600, now)
        if not self._is_zoomed:
            self._view = self._full
        self.update()

    def set_selected(self, events: Sequence[TimelineEvent]) -> None:
        self._selected = [_epoch(e.occurred_at) for e in events[:500]]
        self.update()

    def set_zone(self, zone_name: str) -> None:
        self.zone_name = zone_name
        self.update()

    def set_large(self, large: bool) -> None:
        """Presenter mode: taller, with bigger labels (on top of the window's zoom)."""
        self._large = large
        self._fit_height()
        self.update()

    def _paint_font(self) -> QFont:
        font = QFont(self.font())
        if self._large and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    def _fit_height(self) -> None:
        self.setFixedHeight(self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        super().changeEvent(event)

    def reset_zoom(self) -> None:
        self._is_zoomed = False
        self._view = self._full
        self.update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by `factor` (>1 zooms in) around a pixel position (default: centre)."""
        start, end = self._view
        width = self._plot_width()
        anchor = self._time_at(anchor_x) if anchor_x is not None else (start + end) / 2
        span = max((end - start) / factor, 2.0)
        full_span = self._full[1] - self._full[0]
        if span >= full_span:
            self.reset_zoom()
            return
        ratio = (anchor - start) / (end - start) if end > start and width else 0.5
        new_start = anchor - ratio * span
        self._view = (new_start, new_start + span)
        self._is_zoomed = True
        self.update()

    @property
    def view_range(self) -> tuple[datetime, datetime]:
        return (
            datetime.fromtimestamp(self._view[0], UTC),
            datetime.fromtimestamp(self._view[1], UTC),
        )

    # --- geometry ------------------------------------------------------------------
    def _plot_width(self) -> float:
        return max(1.0, self.width() - 2 * _MARGIN)

    def _x_of(self, at: float) -> float:
        start, end = self._view
        return _MARGIN + (at - start) / (end - start) * self._plot_width()

    def _time_at(self, x: float) -> float:
        start, end = self._view
        return start + (x - _MARGIN) / self._plot_width() * (end - start)

    def event_near(self, x: float) -> TimelineEvent | None:
        """The event closest to pixel column `x`, if one is within a few pixels."""
        if not self._times:
            return None
        at = self._time_at(x)
        i = bisect_left(self._times, at)
        best: int | None = None
        for candidate in (i - 1, i):
            if 0 <= candidate < len(self._times) and (
                best is None or abs(self._times[candidate] - at) < abs(self._times[best] - at)
            ):
                best = candidate
        if best is None or abs(self._x_of(self._times[best]) - x) > _CLICK_RADIUS_PX:
            return None
        return self._events[best]

    # --- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        font = self._paint_font()
        painter.setFont(font)
        palette = self.palette()
        rect = self.rect()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        metrics = QFontMetrics(font)
        line = metrics.height()
        label_rows = 3
        top = 4 + line * label_rows + 4
        axis_y = rect.height() - line - 8
        plot = QRectF(_MARGIN, top, self._plot_width(), max(8, axis_y - top))

        self._paint_impact_band(painter, plot)
        self._paint_ticks(painter, plot, axis_y, metrics)
        self._paint_events(painter, plot)
        self._paint_selection(painter, plot)
        self._paint_moments(painter, plot, metrics, label_rows)
        if not self._times:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                plot, Qt.AlignmentFlag.AlignCenter, self.tr("No events yet: add or import some.")
            )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_impact_band(self, painter: QPainter, plot: QRectF) -> None:
        moments = {moment: at for at, moment in self._moments}
        start = moments.get(KeyMoment.IMPACT_START)
        end = moments.get(KeyMoment.MITIGATED, moments.get(KeyMoment.RESOLVED))
        if start is None:
            return
        x1 = max(plot.left(), self._x_of(start))
        x2 = min(plot.right(), self._x_of(end) if end is not None else plot.right())
        if x2 <= x1:
            return
        colour = QColor(KEY_MOMENT_COLOURS[KeyMoment.IMPACT_START])
        colour.setAlpha(28)
        painter.fillRect(QRectF(x1, plot.top(), x2 - x1, plot.height()), colour)

    def _paint_ticks(
        self, painter: QPainter, plot: QRectF, axis_y: float, metrics: QFontMetrics
    ) -> None:
        palette = self.palette()
        start, end = self._view
        seconds_per_px = (end - start) / plot.width()
        step = next(
            (s for s in _TICK_STEPS if s / seconds_per_px >= _MIN_TICK_GAP_PX), _TICK_STEPS[-1]
        )
        zone = zone_named(self.zone_name)
        offset = datetime.fromtimestamp(start, UTC).astimezone(zone).utcoffset()
        shift = offset.total_seconds() if offset is not None else 0.0
        first = math.ceil((start + shift) / step) * step - shift
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right(), axis_y))
        pattern = "%H:%M:%S" if step < 60 else ("%H:%M" if step < 86400 else "%d %b")
        # Which day and zone the axis is in, at the far left; ticks keep clear of it.
        corner = datetime.fromtimestamp(start, UTC).astimezone(zone).strftime("%Y-%m-%d")
        corner_text = f"{corner} {self.zone_name}"
        label_y = axis_y + metrics.ascent() + 3
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QPointF(plot.left(), label_y), corner_text)
        free_from = plot.left() + metrics.horizontalAdvance(corner_text) + 8
        previous_day = datetime.fromtimestamp(start, UTC).astimezone(zone).strftime("%d %b")
        at = first
        while at <= end:
            x = self._x_of(at)
            local = datetime.fromtimestamp(at, UTC).astimezone(zone)
            label = local.strftime(pattern)
            day = local.strftime("%d %b")
            if step < 86400 and day != previous_day:
                label = f"{day} {label}"
                previous_day = day
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, axis_y))
            width = metrics.horizontalAdvance(label)
            if x - width / 2 >= free_from and x + width / 2 <= plot.right() + _MARGIN:
                painter.setPen(text_colour)
                painter.drawText(QPointF(x - width / 2, label_y), label)
                free_from = x + width / 2 + 6
            at += step

    def _paint_events(self, painter: QPainter, plot: QRectF) -> None:
        if not self._times:
            return
        start, end = self._view
        lo = bisect_left(self._times, start)
        hi = bisect_right(self._times, end)
        visible = hi - lo
        baseline = plot.bottom()
        if visible <= _EVENTS_DRAWN_ONE_BY_ONE:
            # Few enough to draw each one, coloured by source; stacked when they coincide.
            last_x = -1.0
            stack = 0
            for i in range(lo, hi):
                x = round(self._x_of(self._times[i]))
                stack = stack + 1 if x == last_x else 0
                last_x = x
                height = min(plot.height(), plot.height() * 0.3 + 6 + stack * 4)
                painter.setPen(QPen(source_colour(self._events[i].source or ""), 2))
                painter.drawLine(QPointF(x, baseline), QPointF(x, baseline - height))
            return
        # Dense: a histogram of per-bin counts, found by binary search (O(width · log n)).
        columns = int(plot.width() // _BIN_PX) + 1
        counts: list[int] = []
        for column in range(columns):
            left = self._time_at(plot.left() + column * _BIN_PX)
            right = self._time_at(plot.left() + (column + 1) * _BIN_PX)
            counts.append(bisect_left(self._times, right) - bisect_left(self._times, left))
        peak = max(counts) or 1
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        for column, count in enumerate(counts):
            if not count:
                continue
            height = max(3.0, math.log1p(count) / math.log1p(peak) * plot.height())
            painter.fillRect(
                QRectF(plot.left() + column * _BIN_PX, baseline - height, _BIN_PX, height), colour
            )

    def _paint_selection(self, painter: QPainter, plot: QRectF) -> None:
        if not self._selected:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        y = plot.bottom() + 1
        for at in self._selected:
            x = self._x_of(at)
            if plot.left() - 6 <= x <= plot.right() + 6:
                painter.drawPolygon(
                    QPolygonF([QPointF(x, y), QPointF(x - 5, y + 7), QPointF(x + 5, y + 7)])
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_moments(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, label_rows: int
    ) -> None:
        row_ends = [-math.inf] * label_rows
        bold = self._paint_font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        painter.setFont(bold)
        for at, moment in self._moments:
            x = self._x_of(at)
            if not plot.left() - 1 <= x <= plot.right() + 1:
                continue
            colour = KEY_MOMENT_COLOURS[moment]
            clock = format_time(datetime.fromtimestamp(at, UTC), self.zone_name)[11:16]
            label = f"{key_moment_label(moment)} {clock}"
            width = bold_metrics.horizontalAdvance(label) + 8
            left = min(max(x - 3, plot.left()), plot.right() - width)
            row = next((r for r, end in enumerate(row_ends) if left > end), None)
            if row is None:
                # No free row: fall back to the row that ends first (clipped, still marked).
                row = min(range(label_rows), key=lambda r: row_ends[r])
            row_ends[row] = left + width
            y = 4 + row * metrics.height()
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(x, y + metrics.height() - 2), QPointF(x, plot.bottom()))
            chip = QRectF(left, y, width - 4, metrics.height())
            fill = QColor(colour)
            fill.setAlpha(230)
            painter.fillRect(chip, fill)
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(chip.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(self._paint_font())

    # --- interaction -----------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps, event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_view = self._view
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self._is_zoomed:
            dx = event.position().x() - self._press.x()
            if abs(dx) > 4:
                self._dragged = True
            if self._dragged:
                start, end = self._press_view
                shift = dx / self._plot_width() * (end - start)
                self._view = (start - shift, end - shift)
                self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                found = self.event_near(event.position().x())
                if found is not None:
                    self.event_clicked.emit(found)
            self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.reset_zoom()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(2.0)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(0.5)
        elif event.key() == Qt.Key.Key_0:
            self.reset_zoom()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tooltip = plain_tooltip(self._tooltip_at(event.pos().x()))
            QToolTip.showText(event.globalPos(), tooltip, self)
            return True
        return super().event(event)

    def _tooltip_at(self, x: float) -> str:
        found = self.event_near(x)
        if found is not None:
            text = found.text if len(found.text) <= 120 else found.text[:117] + "…"
            who = found.author or found.source
            return f"{format_time(found.occurred_at, self.zone_name)}  {who}: {text}"
        left, right = self._time_at(x - 5), self._time_at(x + 5)
        count = bisect_left(self._times, right) - bisect_left(self._times, left)
        if count:
            return self.tr("{count} events around {time}").format(
                count=f"{count:,}",
                time=format_time(datetime.fromtimestamp((left + right) / 2, UTC), self.zone_name),
            )
        return self.tr("Wheel: zoom · drag: pan · double-click: show all · click: select event")
