"""Evidence chips: the timeline events a why cites, as small clickable labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.models import TimelineEvent
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["EvidenceChip", "EvidenceChips", "chip_text", "event_count_text"]

CHIP_TEXT_LENGTH = 48


def event_count_text(count: int) -> str:
    """ "1 event", "3 events" (translated)."""
    if count == 1:
        return QCoreApplication.translate("EvidenceChips", "1 event")
    return QCoreApplication.translate("EvidenceChips", "{count} events").format(count=count)


def chip_text(event: TimelineEvent, limit: int = CHIP_TEXT_LENGTH) -> str:
    """ "14:02 · db-01 disk 95 % full" (local time, the text shortened)."""
    when = event.occurred_at.astimezone().strftime("%H:%M")
    text = " ".join(event.text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"{when} · {text}" if text else when


class EvidenceChip(QFrame):
    """One cited event: click the text to jump to it, × to stop citing it.

    Signals:
        clicked(object): the chip's TimelineEvent was clicked.
        remove_requested(object): the × was clicked.
    """

    clicked = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, event: TimelineEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_event = event
        self.setObjectName("evidenceChip")
        self.setStyleSheet(
            "#evidenceChip { border: 1px solid palette(mid); border-radius: 11px;"
            " background: palette(alternate-base); }"
            "#evidenceChip QPushButton { border: none; text-align: left; padding: 2px 4px; }"
            "#evidenceChip QPushButton:hover { text-decoration: underline; }"
            "#evidenceChip QToolButton { border: none; padding: 0 4px; }"
        )
        self.full_text = chip_text(event)
        self.button = QPushButton(self.full_text, self)
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        stamp = event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        self.button.setToolTip(
            plain_tooltip(
                self.tr("{when}\n{text}\n\nClick to show it in the timeline.").format(
                    when=stamp, text=event.text
                )
            )
        )
        self.button.setAccessibleName(self.tr("Evidence: {text}").format(text=chip_text(event)))
        # Long texts are cut by the panel's width, never widen it.
        self.button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.button.setMinimumWidth(60)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setToolTip(self.tr("Stop citing this event"))
        self.remove_button.setAccessibleName(self.tr("Remove evidence"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 1, 2, 1)
        layout.setSpacing(0)
        layout.addWidget(self.button, 1)
        layout.addWidget(self.remove_button)
        self.button.clicked.connect(lambda: self.clicked.emit(self.timeline_event))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.timeline_event))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        # Never cut mid-word without saying so: end with "…" (the tooltip has it all).
        room = self.button.width() - 2 * self.button.style().pixelMetric(
            QStyle.PixelMetric.PM_ButtonMargin
        )
        self.button.setText(
            self.button.fontMetrics().elidedText(
                self.full_text, Qt.TextElideMode.ElideRight, max(room, 20)
            )
        )


class EvidenceChips(QWidget):
    """The chips of one why, stacked; a hint when it cites nothing yet.

    Signals:
        event_clicked(object): a chip's TimelineEvent was clicked.
        remove_requested(object): a chip's × was clicked.
    """

    event_clicked = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[EvidenceChip] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self._layout.addWidget(self.empty_label)
        self._shown: list[TimelineEvent] = []
        self.set_events([], has_why=False)

    def set_events(self, events: Sequence[TimelineEvent], *, has_why: bool = True) -> None:
        """Show `events` (rebuilds the chips only when they changed)."""
        self.empty_label.setText(
            self.tr(
                "No evidence yet. Link timeline events, or drag them from the timeline "
                "onto this why."
            )
            if has_why
            else self.tr("Select a why to see the timeline events it cites.")
        )
        self.empty_label.setVisible(not events)
        if len(events) == len(self._shown) and all(
            a is b for a, b in zip(events, self._shown, strict=True)
        ):
            for chip in self.chips:
                chip.button.setText(chip_text(chip.timeline_event))
            return
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for event in events:
            chip = EvidenceChip(event, self)
            chip.clicked.connect(self.event_clicked)
            chip.remove_requested.connect(self.remove_requested)
            self._layout.addWidget(chip)
            self.chips.append(chip)
        self._shown = list(events)
