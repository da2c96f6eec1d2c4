"""A calm meeting timer: a timebox per step and a countdown that shows overrun."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

__all__ = ["MeetingTimer", "format_clock"]


def format_clock(seconds: float) -> str:
    """ "12:05", or "1:02:05" past an hour; negative values get a leading "+" (overrun)."""
    over = seconds < 0
    total = int(abs(seconds) + (0 if over else 0.999))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return f"+{clock}" if over else clock


class MeetingTimer(QWidget):
    """Counts the time spent in each step against its timebox while running.

    Signals:
        overrun_changed(bool): the current step went over (or back under) its timebox.
    """

    overrun_changed = Signal(bool)

    def __init__(
        self,
        step_names: Sequence[str],
        timeboxes_minutes: Sequence[int],
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.step_names = list(step_names)
        self.timeboxes = [m * 60 for m in timeboxes_minutes]
        self._clock = clock
        self.spent = [0.0] * len(self.step_names)
        self.current = 0
        self._running_since: float | None = None
        self._was_over = False

        self.toggle_button = QToolButton(self)
        self.toggle_button.setText(self.tr("Start meeting"))
        self.toggle_button.setToolTip(self.tr("Start or pause the meeting timer (Ctrl+T)"))
        self.toggle_button.setAccessibleName(self.tr("Meeting timer"))
        self.toggle_button.clicked.connect(self.toggle)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Time left in this step"))
        self.label.setMinimumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.label)

        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self.refresh)
        self.refresh()

    @property
    def is_running(self) -> bool:
        return self._running_since is not None

    def _bank(self) -> None:
        if self._running_since is not None:
            now = self._clock()
            self.spent[self.current] += now - self._running_since
            self._running_since = now

    def toggle(self) -> None:
        if self.is_running:
            self._bank()
            self._running_since = None
            self._tick.stop()
            self.toggle_button.setText(self.tr("Resume"))
        else:
            self._running_since = self._clock()
            self._tick.start()
            self.toggle_button.setText(self.tr("Pause"))
        self.refresh()

    def set_step(self, index: int) -> None:
        if 0 <= index < len(self.step_names) and index != self.current:
            self._bank()
            self.current = index
            self.refresh()

    def set_timeboxes(self, minutes: Sequence[int]) -> None:
        self.timeboxes = [m * 60 for m in minutes]
        self.refresh()

    def remaining(self) -> float:
        """Seconds left in the current step's timebox (negative when over)."""
        spent = self.spent[self.current]
        if self._running_since is not None:
            spent += self._clock() - self._running_since
        box = self.timeboxes[self.current] if self.current < len(self.timeboxes) else 0
        return box - spent

    def meeting_remaining(self) -> float:
        total = sum(self.timeboxes) - sum(self.spent)
        if self._running_since is not None:
            total -= self._clock() - self._running_since
        return total

    def refresh(self) -> None:
        left = self.remaining()
        name = self.step_names[self.current]
        over = left < 0
        if over:
            text = self.tr("{step}: {clock} over").format(step=name, clock=format_clock(left))
        else:
            text = self.tr("{step}: {clock} left").format(step=name, clock=format_clock(left))
        text += self.tr("  ·  meeting {clock}").format(clock=format_clock(self.meeting_remaining()))
        self.label.setText(text)
        # Overrun is shown calmly: amber text, no flashing.
        self.label.setStyleSheet("color: #b45309; font-weight: 600;" if over else "")
        if over != self._was_over:
            self._was_over = over
            self.overrun_changed.emit(over)
