"""Paints where a search matched: "Action item 2: …reload the pooler…" with the
matched words highlighted.

The rich text is built here from escaped pieces of the snippet (see
`pmdesk.ui.richtext`): the user's text never reaches Qt as markup, so a why that
reads `<img src=/dev/zero>` is shown as those characters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from pmdesk.store.search import Snippet

__all__ = ["SnippetDelegate", "snippet_html"]


def snippet_html(location: str, snippet: Snippet, highlight: str, muted: str) -> str:
    """The snippet as HTML: its location in `muted`, the matches on `highlight`."""
    parts = [f"<span style='color:{muted}'>{escape(location)}:</span> "]
    if snippet.cut_before:
        parts.append("…")
    position = 0
    for start, end in snippet.spans:
        parts.append(escape(snippet.text[position:start]))
        parts.append(
            f"<b style='background-color:{highlight}'>{escape(snippet.text[start:end])}</b>"
        )
        position = end
    parts.append(escape(snippet.text[position:]))
    if snippet.cut_after:
        parts.append("…")
    return "<span style='white-space:pre'>" + "".join(parts) + "</span>"


def shortened(snippet: Snippet, length: int) -> Snippet:
    """The snippet's first `length` characters, marked as cut there."""
    if length >= len(snippet.text):
        return snippet
    spans = tuple((start, min(end, length)) for start, end in snippet.spans if start < length)
    return replace(snippet, text=snippet.text[:length].rstrip(), spans=spans, cut_after=True)


class SnippetDelegate(QStyledItemDelegate):
    """Draws the first snippet of a row (the model's `snippets_role`) on one line.

    Args:
        snippets_role: the role under which the model gives a row's snippets.
        location: names a snippet's location in the UI's language.
    """

    def __init__(
        self,
        snippets_role: int,
        location: Callable[[Snippet], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._role = snippets_role
        self._location = location
        # How much of a snippet fits a width: found once, not on every paint.
        self._fitting: dict[tuple[Snippet, str, str, int], int] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippets = index.data(self._role)
        if not snippets:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        # The cell's background and selection, without its text.
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        highlight = "rgba(255, 214, 0, 0.45)"
        muted_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        muted = palette.color(muted_role).name()
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        location = self._location(snippets[0])
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        snippet = snippets[0]
        document.setHtml(snippet_html(location, snippet, highlight, muted))
        if document.idealWidth() > rect.width():
            # Cut where it still fits, and say so with "…", as Qt elides a plain cell.
            key = (snippet, location, option.font.key(), rect.width())
            length = self._fitting.get(key)
            if length is None:
                length = self._fitting_length(document, location, snippet, rect.width())
                if len(self._fitting) > 1024:
                    self._fitting.clear()
                self._fitting[key] = length
            document.setHtml(snippet_html(location, shortened(snippet, length), highlight, muted))
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + (rect.height() - document.size().height()) / 2
        painter.translate(rect.left(), top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def _fitting_length(
        document: QTextDocument, location: str, snippet: Snippet, width: int
    ) -> int:
        """The most characters of `snippet` that fit `width` with their "…"."""
        low, high = 0, len(snippet.text)
        while low < high:
            middle = (low + high + 1) // 2
            document.setHtml(snippet_html(location, shortened(snippet, middle), "", ""))
            if document.idealWidth() <= width:
                low = middle
            else:
                high = middle - 1
        return low

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        # As wide as a snippet needs at most; the header may give it less.
        return QSize(min(hint.width(), 520), hint.height())
