"""A drawing of the why-trees: boxes and connectors, the chains side by side.

Made for a shared screen: by default it scales to fit the whole analysis into the
view; Ctrl+wheel (or + and −) zooms, 0 fits again. It draws from the
`WhyTreeModel`, so it shows exactly what the editor shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmdesk.models import WhyNode
from pmdesk.ui.itemmodels.why_tree_model import WhyTreeModel, person_prompt
from pmdesk.ui.mime import TIMELINE_EVENTS_MIME
from pmdesk.ui.widgets.evidence_chips import event_count_text

__all__ = ["WhyDiagram"]

BOX_WIDTH = 230.0
PADDING = 10.0
H_GAP = 22.0
V_GAP = 30.0
CHAIN_GAP = 60.0
MARGIN = 24.0
MIN_ZOOM = 0.3
MAX_ZOOM = 3.0

ROOT_CAUSE_FILL = QColor(255, 196, 0, 70)
ROOT_CAUSE_BORDER = QColor(204, 133, 0)
PROMPT_COLOR = QColor(60, 120, 200)


@dataclass
class _Box:
    node: WhyNode
    rect: QRectF
    text_rect: QRectF
    prompt_rect: QRectF | None
    is_chain: bool
    children: list[_Box] = field(default_factory=list)


class WhyDiagram(QWidget):
    """Custom-painted why-trees.

    Signals:
        node_clicked(object): a why's box was clicked (its WhyNode).
        node_activated(object): a why's box was double-clicked.
        events_dropped(object, object): timeline events (the drag's QMimeData) were
            dropped on a why's box (its WhyNode).
    """

    node_clicked = Signal(object)
    node_activated = Signal(object)
    events_dropped = Signal(object, object)

    def __init__(self, model: WhyTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.selected: WhyNode | None = None
        self.is_fitted = True
        self.zoom = 1.0
        self.presenter_mode = False
        self._boxes: list[_Box] = []
        self._size = QSize(0, 0)
        self.setAccessibleName(self.tr("Why diagram"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.setAcceptDrops(True)
        model.tree_synced.connect(self.relayout)
        model.modelReset.connect(self.relayout)
        model.dataChanged.connect(self.relayout)
        self.relayout()

    # --- layout ------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont, QFont]:
        base = QFont(self.font())
        if self.presenter_mode:
            base.setPointSizeF(base.pointSizeF() * 1.2)
        chain = QFont(base)
        chain.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        prompt = QFont(small)
        prompt.setItalic(True)
        return base, chain, small, prompt

    def relayout(self) -> None:
        """Measure and place every box again (after any change)."""
        base, chain_font, small, prompt_font = self._fonts()
        text_width = BOX_WIDTH - 2 * PADDING
        tag_height = QFontMetricsF(small).height()

        def text_height(font: QFont, text: str) -> float:
            bounds = QFontMetricsF(font).boundingRect(
                QRectF(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, text or "M"
            )
            return bounds.height()

        def measure(node: WhyNode) -> float:
            widths = [measure(child) for child in node.children]
            together = sum(widths) + H_GAP * max(0, len(widths) - 1)
            return max(BOX_WIDTH, together)

        def place(node: WhyNode, left: float, top: float, is_chain: bool) -> _Box:
            width = measure(node)
            font = chain_font if is_chain or node.is_root_cause else base
            height = text_height(font, node.text) + 2 * PADDING
            if node.is_root_cause or node.evidence:
                height += tag_height
            x = left + (width - BOX_WIDTH) / 2
            rect = QRectF(x, top, BOX_WIDTH, height)
            text_top = top + PADDING + (tag_height if node.is_root_cause else 0)
            text_rect = QRectF(x + PADDING, text_top, text_width, height - 2 * PADDING)
            prompt_rect = None
            bottom = rect.bottom()
            if self.model.person_cue(node) is not None:
                prompt_height = text_height(prompt_font, person_prompt())
                prompt_rect = QRectF(x + 4, bottom + 6, BOX_WIDTH - 8, prompt_height)
                bottom = prompt_rect.bottom()
            box = _Box(node, rect, text_rect, prompt_rect, is_chain)
            children = list(node.children)
            widths = [measure(child) for child in children]
            together = sum(widths) + H_GAP * max(0, len(widths) - 1)
            child_left = left + (width - together) / 2
            for child, child_width in zip(children, widths, strict=True):
                box.children.append(place(child, child_left, bottom + V_GAP, False))
                child_left += child_width + H_GAP
            return box

        self._boxes = []
        left = MARGIN
        right = bottom = 0.0
        for chain in self.model.document.postmortem.why_chains:
            box = place(chain, left, MARGIN + tag_height + 6, True)
            self._boxes.append(box)
            left += measure(chain) + CHAIN_GAP
        for item in self._walk():
            right = max(right, item.rect.right())
            bottom = max(bottom, (item.prompt_rect or item.rect).bottom())
        self._size = QSize(int(right + MARGIN), int(bottom + MARGIN))
        self._apply_size()
        self.update()

    def _walk(self) -> list[_Box]:
        found: list[_Box] = []

        def walk(box: _Box) -> None:
            found.append(box)
            for child in box.children:
                walk(child)

        for box in self._boxes:
            walk(box)
        return found

    def content_size(self) -> QSize:
        """The diagram's size at 100 %."""
        return self._size

    def _apply_size(self) -> None:
        if self.is_fitted:
            # Fitting never shrinks below MIN_ZOOM; beyond that the scroll area scrolls.
            self.setMinimumSize(
                int(self._size.width() * MIN_ZOOM), int(self._size.height() * MIN_ZOOM)
            )
        else:
            self.setMinimumSize(
                int(self._size.width() * self.zoom), int(self._size.height() * self.zoom)
            )
        self.updateGeometry()

    def scale(self) -> float:
        if not self.is_fitted:
            return self.zoom
        if self._size.isEmpty():
            return 1.0
        fit = min(self.width() / self._size.width(), self.height() / self._size.height())
        return max(MIN_ZOOM, min(1.25 if self.presenter_mode else 1.0, fit))

    def _offset(self) -> QPointF:
        scale = self.scale()
        extra = self.width() - self._size.width() * scale
        return QPointF(max(0.0, extra / 2), 0.0)

    def sizeHint(self) -> QSize:
        return QSize(800, 500)

    # --- zoom --------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.is_fitted = False
        self._apply_size()
        self.update()

    def fit(self) -> None:
        self.is_fitted = True
        self._apply_size()
        self.update()

    def set_presenter_mode(self, enabled: bool) -> None:
        self.presenter_mode = enabled
        self.relayout()

    def set_selected(self, node: WhyNode | None) -> None:
        if node is not self.selected:
            self.selected = node
            self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.scale() * (1.15**steps))
            event.accept()
            return
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Plain keys, as in the timeline strip: Ctrl +/−/0 zoom the whole window.
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.set_zoom(self.scale() * 1.15)
                return
            if event.key() == Qt.Key.Key_Minus:
                self.set_zoom(self.scale() / 1.15)
                return
            if event.key() == Qt.Key.Key_0:
                self.fit()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    # --- mouse -------------------------------------------------------------------

    def node_at(self, position: QPointF) -> WhyNode | None:
        scale = self.scale()
        logical = (position - self._offset()) / scale
        for box in self._walk():
            if box.rect.contains(logical):
                return box.node
        return None

    def box_center(self, node: WhyNode) -> QPointF | None:
        """Where `node`'s box is drawn, in widget coordinates (for tests and tours)."""
        for box in self._walk():
            if box.node is node:
                return box.rect.center() * self.scale() + self._offset()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_selected(node)
            self.node_clicked.emit(node)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        if node is not None:
            self.node_activated.emit(node)
        super().mouseDoubleClickEvent(event)

    # --- drops ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(TIMELINE_EVENTS_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.node_at(event.position()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        node = self.node_at(event.position())
        if node is None or not event.mimeData().hasFormat(TIMELINE_EVENTS_MIME):
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_selected(node)
        self.events_dropped.emit(node, event.mimeData())

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        base, chain_font, small, prompt_font = self._fonts()
        if not self._boxes:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setFont(base)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No why-chains yet. Start one with “New chain”."),
            )
            return
        painter.translate(self._offset())
        painter.scale(self.scale(), self.scale())
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line_pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.6)
        for number, chain in enumerate(self._boxes, 1):
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRectF(chain.rect.left(), MARGIN - 2, BOX_WIDTH, 20),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("Chain {number}").format(number=number),
            )
        for box in self._walk():
            self._paint_connectors(painter, box, line_pen)
        for box in self._walk():
            self._paint_box(painter, box, (base, chain_font, small, prompt_font), text_color)

    def _paint_connectors(self, painter: QPainter, box: _Box, pen: QPen) -> None:
        if not box.children:
            return
        painter.setPen(pen)
        start = (box.prompt_rect or box.rect).bottom()
        top = QPointF(box.rect.center().x(), start)
        bus_y = start + V_GAP / 2
        path = QPainterPath(top)
        path.lineTo(top.x(), bus_y)
        xs = [child.rect.center().x() for child in box.children]
        path.moveTo(min([*xs, top.x()]), bus_y)
        path.lineTo(max([*xs, top.x()]), bus_y)
        for child in box.children:
            path.moveTo(child.rect.center().x(), bus_y)
            path.lineTo(child.rect.center().x(), child.rect.top())
        painter.drawPath(path)

    def _paint_box(
        self,
        painter: QPainter,
        box: _Box,
        fonts: tuple[QFont, QFont, QFont, QFont],
        text_color: QColor,
    ) -> None:
        base, chain_font, small, prompt_font = fonts
        palette = self.palette()
        node = box.node
        fill = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        width = 1.2
        if box.is_chain:
            fill = palette.color(QPalette.ColorRole.AlternateBase)
            border = palette.color(QPalette.ColorRole.Dark)
        painter.setBrush(fill)
        pen = QPen(border, width)
        if node.is_root_cause:
            pen = QPen(ROOT_CAUSE_BORDER, 2.6)
        elif box.prompt_rect is not None:
            pen = QPen(PROMPT_COLOR, 1.6, Qt.PenStyle.DashLine)
        if node is self.selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3.0)
        painter.setPen(pen)
        painter.drawRoundedRect(box.rect, 8, 8)
        if node.is_root_cause:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ROOT_CAUSE_FILL)
            painter.drawRoundedRect(box.rect.adjusted(1.5, 1.5, -1.5, -1.5), 7, 7)
            painter.setFont(small)
            painter.setPen(ROOT_CAUSE_BORDER.darker(130))
            painter.drawText(
                QRectF(box.text_rect.left(), box.rect.top() + PADDING - 4, BOX_WIDTH, 20),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("★ ROOT CAUSE") + (f" · {node.category.upper()}" if node.category else ""),
            )
        painter.setFont(chain_font if box.is_chain or node.is_root_cause else base)
        if node.text:
            painter.setPen(text_color)
            painter.drawText(box.text_rect, Qt.TextFlag.TextWordWrap, node.text)
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(box.text_rect, Qt.TextFlag.TextWordWrap, self.tr("(empty why)"))
        if node.evidence:
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                box.rect.adjusted(PADDING, 0, -PADDING, -4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                event_count_text(len(node.evidence)),
            )
        if box.prompt_rect is not None:
            painter.setFont(prompt_font)
            painter.setPen(PROMPT_COLOR)
            painter.drawText(box.prompt_rect, Qt.TextFlag.TextWordWrap, person_prompt())
