"""Dates and moments typed as text, with a calendar to pick the day.

QDateEdit and QDateTimeEdit edit one section at a time: typed digits overflow into
the next section, a typed "-" skips one, and typing over a selection does nothing,
so "2026-12-18" can come out as another day. These editors are line edits instead:
the text is read by `pmdesk.domain.moments` when it is complete, and text that is
no date is refused visibly (red frame, tooltip, `refused` signal) instead of being
turned into one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from pmdesk.domain.moments import (
    format_day,
    format_moment,
    parse_day,
    parse_display_time,
    zone_named,
)

__all__ = ["DayEdit", "MomentEdit"]

_PROBLEM_STYLE = "QLineEdit { border: 2px solid #c62828; border-radius: 3px; }"


def _calendar_icon(colour: QColor) -> QIcon:
    """A small calendar sheet drawn in `colour` (no icon theme is needed)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(4, 6, 24, 6), colour)
    painter.fillRect(QRectF(9, 3, 3, 6), colour)
    painter.fillRect(QRectF(20, 3, 3, 6), colour)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(8 + column * 6.5, 15 + row * 6, 3.5, 3.5), colour)
    painter.end()
    return QIcon(pixmap)


class _Readable(QValidator):
    """Acceptable when the editor can read its text; never Invalid, so typing is
    never blocked. Qt calls `fixup` when the user finishes with unreadable text
    (Enter, Tab in a table, leaving the field): the editor says what is wrong."""

    def __init__(self, editor: _TypedDateEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def validate(self, text: str, pos: int, /) -> QValidator.State:
        # A validator whose Python side was collected with its editor's reads nothing.
        editor = self.__dict__.get("editor")
        return (
            QValidator.State.Acceptable
            if editor is not None and editor.reads(text)
            else QValidator.State.Intermediate
        )

    def fixup(self, text: str, /) -> str:
        self.editor.refuse_text()
        return text


class _CalendarPopup(QCalendarWidget):
    """The calendar an editor opens below itself; a click or Enter chooses the day.

    It is a child of the editor, so opening it does not end editing in a table.
    """

    chosen = Signal(QDate)

    def __init__(self, editor: QWidget) -> None:
        super().__init__(editor)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)

    def _choose(self, day: QDate) -> None:
        if self.isVisible():
            self.close()
            self.chosen.emit(day)


class _TypedDateEdit(QLineEdit):
    """A value typed as ISO text (subclasses say which), with a calendar popup.

    The text is read whenever it changes; a complete value is announced at once,
    unreadable text only when the user finishes with it (Enter, Tab, leaving).

    Signals:
        entered(object): the text now holds a value the user typed, pasted or picked
            (None: the text was emptied, where that means "not set").
        picked(object): the user chose a day in the calendar (after `entered`).
        refused(str): the user finished with text that is no date; the message says
            what to type. The text stays, framed in red, until it is readable.
    """

    entered = Signal(object)
    picked = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None, *, allow_empty: bool) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self._problem: str | None = None
        self._calendar: _CalendarPopup | None = None
        self.setValidator(_Readable(self))
        self.calendar_action = self.addAction(
            _calendar_icon(self.palette().text().color()),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self.calendar_action.setToolTip(self.tr("Pick the day from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._text_changed)
        self.textEdited.connect(self._text_edited)
        self.editingFinished.connect(self._tidy)

    # -- what subclasses provide --------------------------------------------------
    def hint(self) -> str:
        """How to type a value (the tooltip while the text is fine)."""
        raise NotImplementedError

    def parse(self, text: str) -> Any:
        """The value `text` (stripped, not empty) stands for; ValueError if none."""
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def refusal(self, text: str) -> str:
        """Why `text` is not taken, and what to type instead (one sentence)."""
        raise NotImplementedError

    def calendar_day(self) -> date:
        """The day the calendar opens on."""
        raise NotImplementedError

    def with_day(self, day: date) -> Any:
        """The value when the user picks `day` in the calendar."""
        raise NotImplementedError

    # -- reading and showing ------------------------------------------------------
    def value(self) -> Any:
        """The value the text holds (None when empty and that is allowed).

        Raises:
            ValueError: the text holds no value.
        """
        text = self.text().strip()
        if not text:
            if self.allow_empty:
                return None
            raise ValueError("No value typed")
        return self.parse(text)

    def reads(self, text: str) -> bool:
        """Whether `text` holds a value."""
        stripped = text.strip()
        if not stripped:
            return self.allow_empty
        try:
            self.parse(stripped)
        except ValueError:
            return False
        return True

    def set_value(self, value: Any) -> None:
        """Show `value` (None: empty), as the program does: no signal."""
        self.setText("" if value is None else self.format(value))
        self._clear_problem()

    def problem(self) -> str | None:
        """What is wrong with the text the user left, or None."""
        return self._problem

    def refuse_text(self) -> None:
        """The user finished with unreadable text: frame it and say why (once)."""
        message = self.refusal(self.text().strip())
        if message == self._problem:
            return
        self._problem = message
        self.setStyleSheet(_PROBLEM_STYLE)
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        self.refused.emit(message)

    def _text_changed(self, text: str) -> None:
        if self._problem is not None and self.reads(text):
            self._clear_problem()

    def _clear_problem(self) -> None:
        if self._problem is None:
            return
        self._problem = None
        self.setStyleSheet("")
        self.setToolTip(self.hint())
        self.setAccessibleDescription("")

    def _text_edited(self, _text: str) -> None:
        try:
            value = self.value()
        except ValueError:
            return  # not complete yet; judged when the user finishes
        self.entered.emit(value)

    def _tidy(self) -> None:
        # Once the user is done, "2026-11-30T13:58" reads "2026-11-30 13:58".
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None and self.text() != self.format(value):
            self.set_value(value)

    # -- the calendar -------------------------------------------------------------
    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = _CalendarPopup(self)
            self._calendar.chosen.connect(self._day_chosen)
        calendar = self._calendar
        day = self.calendar_day()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - calendar.width()))
        y = below.y()
        if y + calendar.height() > screen.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - calendar.height()
        calendar.move(x, y)
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar_popup(self) -> QCalendarWidget | None:
        """The calendar, once it was opened."""
        return self._calendar

    def _day_chosen(self, day: QDate) -> None:
        value = self.with_day(date(day.year(), day.month(), day.day()))
        self.set_value(value)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.entered.emit(value)
        self.picked.emit(value)

    # -- keys -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier) or (
            key == Qt.Key.Key_F4 and modifiers == Qt.KeyboardModifier.NoModifier
        ):
            self.show_calendar()
            event.accept()
            return
        if (
            self.allow_empty
            and key == Qt.Key.Key_Delete
            and modifiers == Qt.KeyboardModifier.ControlModifier
        ):
            self.clear()
            self.entered.emit(None)
            event.accept()
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._problem is not None:
            event.accept()  # refused: Enter must not go on to a dialog's default button


class MomentEdit(_TypedDateEdit):
    """A moment typed as wall-clock time of a display zone ("2026-11-30 13:58").

    Args:
        zone_name: the zone the text is in ("UTC", "Europe/Berlin").
        reference: the moment whose day a time typed alone ("13:58") falls on, and
            whose time a day picked in the calendar gets when the text holds none.
        allow_empty: whether empty text means "not set" (None).
    """

    def __init__(
        self,
        zone_name: str,
        reference: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        allow_empty: bool = False,
    ) -> None:
        super().__init__(parent, allow_empty=allow_empty)
        self.zone_name = zone_name
        self._reference = reference
        self.setToolTip(self.hint())

    def hint(self) -> str:
        return self.tr(
            "Type the date and time like 2026-11-30 13:58 ({zone}), or a time alone; "
            "Alt+Down opens a calendar."
        ).format(zone=self.zone_name)

    def parse(self, text: str) -> datetime:
        return parse_display_time(text, self.zone_name, self._reference())

    def format(self, value: Any) -> str:
        return format_moment(value, self.zone_name)

    def refusal(self, text: str) -> str:
        if not text:
            return self.tr(
                "A date and time is needed: type it like 2026-11-30 13:58 ({zone})."
            ).format(zone=self.zone_name)
        return self.tr(
            "“{text}” is not a date and time: type it like 2026-11-30 13:58 ({zone})."
        ).format(text=text, zone=self.zone_name)

    def calendar_day(self) -> date:
        return self._shown_or_reference().date()

    def with_day(self, day: date) -> datetime:
        # The picked day at the time of day shown (or of the reference), in the zone.
        local = self._shown_or_reference()
        return local.replace(year=day.year, month=day.month, day=day.day).astimezone(UTC)

    def _shown_or_reference(self) -> datetime:
        """The moment shown, or else the reference, as wall-clock time of the zone."""
        try:
            shown = self.value()
        except ValueError:
            shown = None
        moment = shown if isinstance(shown, datetime) else self._reference()
        return moment.astimezone(zone_named(self.zone_name))


class DayEdit(_TypedDateEdit):
    """A calendar day typed as year-month-day ("2026-12-18"); empty text means none
    (Ctrl+Delete empties it).

    Args:
        default_day: the day the calendar opens on when the text holds none.
    """

    def __init__(self, default_day: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent, allow_empty=True)
        self._default_day = default_day
        self.setToolTip(self.hint())

    def hint(self) -> str:
        return self.tr(
            "Type the date like 2026-12-18; Alt+Down opens a calendar; Ctrl+Delete clears it."
        )

    def parse(self, text: str) -> date:
        return parse_day(text)

    def format(self, value: Any) -> str:
        return format_day(value)

    def refusal(self, text: str) -> str:
        return self.tr("“{text}” is not a date: type it like 2026-12-18 (year-month-day).").format(
            text=text
        )

    def calendar_day(self) -> date:
        try:
            day = self.value()
        except ValueError:
            day = None
        return day if isinstance(day, date) else self._default_day()

    def with_day(self, day: date) -> date:
        return day
