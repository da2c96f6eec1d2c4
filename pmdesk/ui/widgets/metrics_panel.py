"""The incident metrics that follow from the timeline's key moments, and a warning
where the incident's times contradict each other."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from pmdesk.domain.timeline import (
    IncidentBound,
    IncidentMetrics,
    Moment,
    TimeContradiction,
    format_duration,
    format_moment,
    incident_metrics,
    time_contradictions,
)
from pmdesk.models import KeyMoment, Postmortem
from pmdesk.ui.itemmodels.timeline_table_model import key_moment_label
from pmdesk.ui.widgets.flow_layout import FlowLayout

__all__ = ["METRIC_NAMES", "MetricsPanel"]

# (attribute of IncidentMetrics, caption, the key moment whose marker it needs)
METRIC_NAMES: tuple[tuple[str, str, KeyMoment], ...] = (
    (
        "time_to_detect",
        str(QT_TRANSLATE_NOOP("MetricsPanel", "Time to detect")),
        KeyMoment.DETECTED,
    ),
    (
        "time_to_acknowledge",
        str(QT_TRANSLATE_NOOP("MetricsPanel", "Time to acknowledge")),
        KeyMoment.ACKNOWLEDGED,
    ),
    (
        "time_to_mitigate",
        str(QT_TRANSLATE_NOOP("MetricsPanel", "Time to mitigate")),
        KeyMoment.MITIGATED,
    ),
    (
        "time_to_resolve",
        str(QT_TRANSLATE_NOOP("MetricsPanel", "Time to resolve")),
        KeyMoment.RESOLVED,
    ),
    (
        "impact_duration",
        str(QT_TRANSLATE_NOOP("MetricsPanel", "Impact duration")),
        KeyMoment.MITIGATED,
    ),
)

_SHORTCUTS = {
    KeyMoment.IMPACT_START: "Ctrl+1",
    KeyMoment.DETECTED: "Ctrl+2",
    KeyMoment.ACKNOWLEDGED: "Ctrl+3",
    KeyMoment.MITIGATED: "Ctrl+4",
    KeyMoment.RESOLVED: "Ctrl+5",
}


_BOUND_NAMES = {
    IncidentBound.START: str(QT_TRANSLATE_NOOP("MetricsPanel", "Incident start")),
    IncidentBound.END: str(QT_TRANSLATE_NOOP("MetricsPanel", "Incident end")),
}
# Amber for light and dark palettes: a warning, not an error.
_WARNING_LIGHT, _WARNING_DARK = QColor("#a14a00"), QColor("#f5c56b")


class MetricsPanel(QFrame):
    """Five figures in a row (two rows when narrow): big value, small caption; "—"
    until the markers exist.
    Below them, a warning for every pair of times in an impossible order.

    Signals:
        location_activated(str): a warning's link was clicked: where to correct it
            ("event:12", "field:incident_start").
    """

    location_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Incident metrics"))
        self.metrics: IncidentMetrics | None = None
        self.contradictions: list[TimeContradiction] = []
        self.value_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        figures = QWidget(self)
        # The figures wrap onto a second row rather than widen the window at a large zoom.
        flow = FlowLayout(figures)
        flow.setContentsMargins(0, 0, 0, 0)
        for name, caption, _moment in METRIC_NAMES:
            cell = QWidget(figures)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(0)
            value = QLabel("—", cell)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label = QLabel(self.tr(caption), cell)
            caption_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value.setAccessibleName(self.tr(caption))
            cell_layout.addWidget(value)
            cell_layout.addWidget(caption_label)
            flow.addWidget(cell)
            self.value_labels[name] = value
        layout.addWidget(figures)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("time_contradictions")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)  # only pmdesk's own words
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.warning_label.setAccessibleName(self.tr("Times that contradict each other"))
        self.warning_label.linkActivated.connect(self.location_activated)
        self.warning_label.setVisible(False)
        layout.addWidget(self.warning_label)
        self._apply_fonts()
        self._apply_warning_colour()

    def _apply_fonts(self) -> None:
        value_font = QFont(self.font())
        if value_font.pointSizeF() > 0:
            value_font.setPointSizeF(value_font.pointSizeF() * 1.5)
        value_font.setBold(True)
        for label in self.value_labels.values():
            label.setFont(value_font)

    def _apply_warning_colour(self) -> None:
        is_dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        palette = self.warning_label.palette()
        colour = _WARNING_DARK if is_dark else _WARNING_LIGHT
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Link):
            palette.setColor(role, colour)
        self.warning_label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        # Follow the window's zoom (it changes the font of the whole window).
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_warning_colour()
        super().changeEvent(event)

    def update_from(self, pm: Postmortem) -> None:
        """Recompute from the key moments and the incident's start and end."""
        self.metrics = incident_metrics(pm.timeline_events)
        self._show_contradictions(time_contradictions(pm, self.metrics))
        has_start = KeyMoment.IMPACT_START in self.metrics.moments
        for name, caption, moment in METRIC_NAMES:
            label = self.value_labels[name]
            value = getattr(self.metrics, name)
            text = format_duration(value)
            if label.text() != text:
                label.setText(text)
            if value is not None and value.total_seconds() < 0:
                tip = self.tr(
                    "{caption} is negative: a key moment is marked before the impact started."
                ).format(caption=self.tr(caption))
            elif text != "—":
                tip = self.tr("{caption}: measured from impact start").format(caption=caption)
            elif not has_start:
                tip = self.tr("Mark the event where impact started (Ctrl+1).")
            else:
                tip = self.tr("Mark the event for this moment ({shortcut}).").format(
                    shortcut=_SHORTCUTS[moment]
                )
            label.setToolTip(tip)

    def _show_contradictions(self, found: list[TimeContradiction]) -> None:
        if found == self.contradictions and self.warning_label.isVisibleTo(self) == bool(found):
            return
        self.contradictions = found
        lines = [
            self.tr("{later} ({later_time}) is before {earlier} ({earlier_time}).").format(
                later=f'<a href="{escape(str(c.location))}">{escape(self._name(c.later))}</a>',
                later_time=format_moment(
                    c.later_at, with_date=c.later_at.date() != c.earlier_at.date()
                ),
                earlier=escape(self._name(c.earlier)),
                earlier_time=format_moment(
                    c.earlier_at, with_date=c.later_at.date() != c.earlier_at.date()
                ),
            )
            for c in found
        ]
        heading = self.tr("⚠ These times contradict each other; click a name to correct it:")
        self.warning_label.setText("<br>".join([escape(heading), *lines]))
        self.warning_label.setVisible(bool(found))

    def _name(self, moment: Moment) -> str:
        if isinstance(moment, IncidentBound):
            return self.tr(_BOUND_NAMES[moment])
        return key_moment_label(moment)

    def warning_text(self) -> str:
        """The contradictions as shown, without markup (for tests and screen readers)."""
        document = QTextDocument()
        document.setHtml(self.warning_label.text())
        return document.toPlainText() if self.contradictions else ""

    def value_text(self, name: str) -> str:
        """What is shown for one metric (for tests and the export preview)."""
        return self.value_labels[name].text()
