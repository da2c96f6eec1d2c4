"""User text in Qt widgets is shown literally, never as rich text.

Qt renders a label's, tooltip's or message box's text as HTML whenever
`Qt::mightBeRichText` guesses so, and that HTML loads every `<img src=…>` from disk,
even by a relative path: a why naming a FIFO hangs pmdesk, `/dev/zero` aborts it. So
text that may contain user content reaches a widget in one of two ways only:

- a QLabel made by `plain_label`, whose text format is PlainText;
- for what has no text format (tooltips, message boxes, input dialogs' labels), the
  HTML that `plain_html` builds: the text escaped, its line breaks and spaces kept.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.domain.limits import elide

__all__ = ["CELL_MAX_CHARS", "TOOLTIP_MAX_CHARS", "plain_html", "plain_label", "plain_tooltip"]

# A tooltip is a glance: a few paragraphs at most, however long the text it shows.
TOOLTIP_MAX_CHARS = 1000
# A one-line table cell shows a few hundred characters on the widest screen; a view
# measures the whole text it is given on every paint, so it gets no more than this.
CELL_MAX_CHARS = 1000


def plain_html(text: str) -> str:
    """`text` as HTML that Qt shows exactly as written.

    The leading tag makes Qt treat the whole string as rich text, so the escapes are
    always decoded (a string Qt guesses to be plain would show "&lt;" literally).
    """
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def plain_tooltip(text: str | None) -> str:
    """A tooltip showing `text` literally, elided to `TOOLTIP_MAX_CHARS`; "" (no
    tooltip) for no text."""
    return plain_html(elide(text, TOOLTIP_MAX_CHARS)) if text else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows `text`, and whatever is set later, as plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
