"""Drawing a cell's text in a fixed box without cutting words off silently.

`CellText` lays the text out once; painting it, underlining lint findings in it and
finding the word under the mouse all use that one layout, so they agree on where every
character is, and on which characters the "…" hides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextLine, QTextOption

__all__ = ["CellText"]

# QTextLayout breaks lines at U+2028 only; it has the same length as "\n", so offsets hold.
_LINE_BREAK = "\u2028"
_NO_WIDTH_LIMIT = 1_000_000.0


def _x_of(position: object) -> float:
    # PySide returns (x, cursor position) for QTextLine.cursorToX.
    return float(position[0]) if isinstance(position, tuple) else float(position)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ShownLine:
    """One drawn line: `shown` characters of the text from `start`, then "…" if `hidden`."""

    start: int
    shown: int
    layout: QTextLayout  # one line: the shown characters, and the ellipsis if any
    origin: QPointF
    height: float
    hidden: tuple[int, int] | None  # the text the ellipsis stands for (start, end)

    def line(self) -> QTextLine:
        return self.layout.lineAt(0)

    def x_at(self, offset: int) -> float:
        """Where the cursor position `offset` (in the whole text) is drawn."""
        return self.origin.x() + _x_of(self.line().cursorToX(offset - self.start))

    @property
    def baseline(self) -> float:
        return self.origin.y() + self.line().ascent()


class CellText:
    """`text` laid out in `rect` with `font`: wrapped at the width (or one line per
    paragraph), and the last line that fits, or a line too long to fit, ends with "…".

    Args:
        wrap: wrap at word boundaries (else only at line breaks).
        alignment: where the block of lines sits in `rect`, as for a cell's text.
    """

    def __init__(
        self,
        text: str,
        font: QFont,
        rect: QRect | QRectF,
        *,
        wrap: bool,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop,
    ) -> None:
        self.text = text
        self.font = QFont(font)
        self.rect = QRectF(rect)
        self.lines = self._lay_out(wrap, alignment)

    def _lay_out(self, wrap: bool, alignment: Qt.AlignmentFlag) -> list[ShownLine]:
        metrics = QFontMetricsF(self.font)
        width = self.rect.width()
        flowing = self.text.replace("\n", _LINE_BREAK)
        spans = _line_spans(flowing, self.font, width if wrap else _NO_WIDTH_LIMIT, wrap)
        line_height = metrics.lineSpacing()
        room = self.rect.height()
        fitting = max(1, int(room // line_height)) if room > 0 else len(spans)
        drawn: list[tuple[int, int, str, tuple[int, int] | None]] = []
        for number, (start, length) in enumerate(spans[:fitting]):
            more_follow = number == fitting - 1 and fitting < len(spans)
            if more_follow:
                candidate = flowing[start:].replace(_LINE_BREAK, " ")
            else:
                candidate = flowing[start : start + length].rstrip(_LINE_BREAK)
            # A wrapped line fits by construction (its trailing space may hang over).
            may_elide = more_follow or not wrap
            elided = metrics.elidedText(candidate, Qt.TextElideMode.ElideRight, width)
            if not may_elide or elided == candidate:
                drawn.append((start, len(candidate), candidate, None))
                continue
            shown = _common_prefix_length(elided, candidate)
            drawn.append((start, shown, elided, (start + shown, start + len(candidate))))
        total = line_height * len(drawn)
        spare = max(0.0, room - total)
        top = self.rect.top()
        if alignment & Qt.AlignmentFlag.AlignVCenter:
            top += spare / 2
        elif alignment & Qt.AlignmentFlag.AlignBottom:
            top += spare
        lines = []
        for number, (start, shown, string, hidden) in enumerate(drawn):
            layout = _one_line(string, self.font)
            natural = layout.lineAt(0).naturalTextWidth()
            left = self.rect.left()
            if alignment & Qt.AlignmentFlag.AlignRight:
                left = self.rect.right() - natural
            elif alignment & Qt.AlignmentFlag.AlignHCenter:
                left += (width - natural) / 2
            origin = QPointF(left, top + number * line_height)
            lines.append(ShownLine(start, shown, layout, origin, line_height, hidden))
        return lines

    # --- drawing ---------------------------------------------------------------------

    def draw(self, painter: QPainter) -> QRect:
        """Draw the lines with the painter's pen; returns the rectangle they take."""
        for line in self.lines:
            line.layout.draw(painter, line.origin)
        bottom = self.lines[-1].origin.y() + self.lines[-1].height if self.lines else 0.0
        top = self.lines[0].origin.y() if self.lines else self.rect.top()
        return QRect(
            round(self.rect.left()), round(top), round(self.rect.width()), round(bottom - top)
        )

    # --- geometry ----------------------------------------------------------------------

    def visible_spans(self, start: int, end: int) -> Iterator[tuple[float, float, float]]:
        """(left, right, baseline) of each drawn piece of the characters start..end."""
        for line in self.lines:
            first, last = max(start, line.start), min(end, line.start + line.shown)
            if first < last:
                yield line.x_at(first), line.x_at(last), line.baseline

    def ellipses_hiding(self, start: int, end: int) -> Iterator[tuple[float, float, float]]:
        """(left, right, baseline) of each "…" that hides some of the characters start..end."""
        for line in self.lines:
            if line.hidden is not None and start < line.hidden[1] and end > line.hidden[0]:
                right = line.origin.x() + line.line().naturalTextWidth()
                yield line.x_at(line.start + line.shown), right, line.baseline

    def span_at(self, point: QPointF) -> tuple[int, int] | None:
        """The character drawn at `point` as (offset, offset + 1), the text a "…" at
        `point` stands for, or None (between lines, beside the text)."""
        for line in self.lines:
            if not line.origin.y() <= point.y() < line.origin.y() + line.height:
                continue
            x = point.x() - line.origin.x()
            text_line = line.line()
            if not 0 <= x <= text_line.naturalTextWidth():
                return None
            index = text_line.xToCursor(x, QTextLine.CursorPosition.CursorOnCharacter)
            if index < line.shown:
                return line.start + index, line.start + index + 1
            return line.hidden
        return None


def _common_prefix_length(first: str, second: str) -> int:
    """How many leading characters the two strings share (the elided line's shown part)."""
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _line_spans(text: str, font: QFont, width: float, wrap: bool) -> list[tuple[int, int]]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if wrap
        else QTextOption.WrapMode.ManualWrap
    )
    layout.setTextOption(option)
    spans = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    return spans


def _one_line(text: str, font: QFont) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(_NO_WIDTH_LIMIT)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout
