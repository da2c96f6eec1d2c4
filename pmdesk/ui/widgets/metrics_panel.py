"""The incident metrics that follow from the timeline's key moments."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from pmdesk.domain.timeline import IncidentMetrics, format_duration, incident_metrics
from pmdesk.models import KeyMoment, TimelineEvent

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


class MetricsPanel(QFrame):
    """Five figures in a row: big value, small caption; "—" until the markers exist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Incident metrics"))
        self.metrics: IncidentMetrics | None = None
        self.value_labels: dict[str, QLabel] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(0)
        for column, (name, caption, _moment) in enumerate(METRIC_NAMES):
            value = QLabel("—", self)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label = QLabel(self.tr(caption), self)
            caption_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            # Long captions (German) wrap rather than widen the whole window.
            caption_label.setWordWrap(True)
            value.setAccessibleName(self.tr(caption))
            layout.addWidget(value, 0, column)
            layout.addWidget(caption_label, 1, column)
            self.value_labels[name] = value
        layout.setColumnStretch(len(METRIC_NAMES), 1)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        value_font = QFont(self.font())
        if value_font.pointSizeF() > 0:
            value_font.setPointSizeF(value_font.pointSizeF() * 1.5)
        value_font.setBold(True)
        for label in self.value_labels.values():
            label.setFont(value_font)

    def changeEvent(self, event: QEvent) -> None:
        # Follow the window's zoom (it changes the font of the whole window).
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)

    def update_from(self, events: Iterable[TimelineEvent]) -> None:
        """Recompute from the events' key moments."""
        self.metrics = incident_metrics(events)
        has_start = KeyMoment.IMPACT_START in self.metrics.moments
        for name, caption, moment in METRIC_NAMES:
            label = self.value_labels[name]
            text = format_duration(getattr(self.metrics, name))
            if label.text() != text:
                label.setText(text)
            if text != "—":
                tip = self.tr("{caption}: measured from impact start").format(caption=caption)
            elif not has_start:
                tip = self.tr("Mark the event where impact started (Ctrl+1).")
            else:
                tip = self.tr("Mark the event for this moment ({shortcut}).").format(
                    shortcut=_SHORTCUTS[moment]
                )
            label.setToolTip(tip)

    def value_text(self, name: str) -> str:
        """What is shown for one metric (for tests and the export preview)."""
        return self.value_labels[name].text()
