"""The rows of the 5 Whys tree: a why's wrapped text, its badges, its evidence chips and,
where a chain stops at a person, a gentle prompt."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QWidget,
)

from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import TimelineEvent, WhyNode
from pmdesk.ui.category_names import category_name
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import AnyIndex, Role
from pmdesk.ui.itemmodels.why_tree_model import (
    short_person_prompt,
)
from pmdesk.ui.lint_actions import CellLinting, LintActions
from pmdesk.ui.lint_paint import paint_findings
from pmdesk.ui.richtext import plain_tooltip
from pmdesk.ui.text_paint import CellText
from pmdesk.ui.theme import readable_on
from pmdesk.ui.widgets.evidence_chips import chip_text, event_count_text

__all__ = ["WhyItemDelegate", "root_cause_badge_color"]


ROOT_CAUSE_FILL = QColor(255, 196, 0, 60)
ROOT_CAUSE_ACCENT = QColor(204, 133, 0)
PROMPT_COLOR = QColor(60, 120, 200)
# The narrowest the badge column gets; it grows with the font (presenter mode, zoom).
MIN_BADGE_WIDTH = 110
PADDING = 6
# The why's text starts this far into its row (after the root-cause accent bar).
TEXT_INSET = PADDING + 4
CHIP_GAP = 4


def _row_background(palette: QPalette, fill: QColor | None = None) -> QColor:
    """The colour a row's text sits on: the base, with `fill` blended over it."""
    base = palette.color(QPalette.ColorRole.Base)
    if fill is None:
        return base
    alpha = fill.alphaF()
    return QColor.fromRgbF(
        fill.redF() * alpha + base.redF() * (1 - alpha),
        fill.greenF() * alpha + base.greenF() * (1 - alpha),
        fill.blueF() * alpha + base.blueF() * (1 - alpha),
    )


def _why_text(index: AnyIndex) -> tuple[Location | None, str, str] | None:
    node = index.data(Role.ITEM)
    if not isinstance(node, WhyNode):
        return None
    location = Location.of_part(LocationKind.WHY, node.id) if node.id is not None else None
    return location, node.text or "", "why"


def root_cause_badge_color(palette: QPalette) -> QColor:
    """The root-cause badge's amber, readable (4.5:1) on the row's tint in any theme."""
    return readable_on(ROOT_CAUSE_ACCENT, _row_background(palette, ROOT_CAUSE_FILL))


class WhyItemDelegate(QStyledItemDelegate):
    """Draws a why with wrapped text, a root-cause badge, its evidence count and,
    under a chain's last why that stops at a person, a gentle prompt. Under the
    current why it draws its evidence as chips.

    Signals:
        chip_clicked(object): an evidence chip (its TimelineEvent) was clicked.
    """

    chip_clicked = Signal(object)

    def __init__(self, view: QTreeView, document: PostmortemDocument) -> None:
        super().__init__(view)
        self.view = view
        self.document = document
        # Findings in a why: hover text and actions over the word, and in its editor.
        self.linting = CellLinting(view, LintActions(document, self), _why_text, self.text_cell)

    def _text_width(self, index: AnyIndex) -> int:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.view.indentation() * (depth + 1)
        row_width = self.view.viewport().width() - indent
        return max(120, row_width - self.badge_width(index) - TEXT_INSET - PADDING)

    def _badge_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(small.pointSizeF() * 0.85)
        return small

    def _badges(self, index: AnyIndex) -> list[str]:
        """The labels in the badge column of the why at `index`, top to bottom."""
        labels: list[str] = []
        if index.data(Role.IS_ROOT_CAUSE):
            labels.append(self.tr("★ Root cause"))
            if index.data(Role.CATEGORY):
                labels.append(category_name(str(index.data(Role.CATEGORY))))
        count = int(index.data(Role.EVIDENCE_COUNT) or 0)
        if count:
            labels.append(event_count_text(count))
        return labels

    def badge_width(self, index: AnyIndex) -> int:
        """Wide enough for every badge of this why in the view's font, never clipped."""
        bold = self._badge_font(self.view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(label) for label in self._badges(index)), default=0)
        return max(MIN_BADGE_WIDTH, widest + 2 * PADDING + 6)

    def _fonts(self, option: QStyleOptionViewItem, index: AnyIndex) -> tuple[QFont, QFont]:
        font = QFont(option.font)
        if not index.parent().isValid() or index.data(Role.IS_ROOT_CAUSE):
            font.setBold(True)
        prompt = QFont(option.font)
        prompt.setItalic(True)
        prompt.setPointSizeF(prompt.pointSizeF() * 0.9)
        return font, prompt

    def _content_height(self, option: QStyleOptionViewItem, index: AnyIndex, width: int) -> int:
        """Height of the why's text plus, if any, the prompt line under it."""
        font, prompt_font = self._fonts(option, index)
        text = str(index.data() or "M")
        flags = int(Qt.TextFlag.TextWordWrap)
        height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
        if index.data(Role.PERSON_CUE):
            height += (
                QFontMetrics(prompt_font)
                .boundingRect(QRect(0, 0, width, 10_000), flags, short_person_prompt())
                .height()
                + 2
            )
        return height

    def _is_current(self, index: AnyIndex) -> bool:
        current = self.view.currentIndex()
        return current.isValid() and current.internalPointer() is index.internalPointer()

    def chip_rects(
        self, option: QStyleOptionViewItem, index: AnyIndex, rect: QRect
    ) -> list[tuple[QRect, TimelineEvent]]:
        """Where the evidence chips under the current why are drawn (empty for others)."""
        node = index.data(Role.ITEM)
        if not isinstance(node, WhyNode) or not node.evidence or not self._is_current(index):
            return []
        width = rect.width() - self.badge_width(index) - TEXT_INSET - PADDING
        left = rect.left() + TEXT_INSET
        top = rect.top() + PADDING + self._content_height(option, index, width) + CHIP_GAP
        metrics = QFontMetrics(self._chip_font(option))
        height = metrics.height() + 6
        x, y = left, top
        rects: list[tuple[QRect, TimelineEvent]] = []
        for event in node.evidence:
            chip_width = min(width, metrics.horizontalAdvance(chip_text(event, 36)) + 18)
            if x > left and x + chip_width > left + width:
                x, y = left, y + height + CHIP_GAP
            rects.append((QRect(x, y, chip_width, height), event))
            x += chip_width + CHIP_GAP
        return rects

    def _chip_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self._text_width(index)
        height = self._content_height(option, index, width)
        badge_width = self.badge_width(index)
        chips = self.chip_rects(
            option, index, QRect(0, 0, width + badge_width + TEXT_INSET + PADDING, 0)
        )
        if chips:
            height = chips[-1][0].bottom() - PADDING + CHIP_GAP
        # The badges on the right stack up: root cause, category, evidence count.
        badge_line = QFontMetrics(self._badge_font(option.font)).height() + 2
        height = max(height, len(self._badges(index)) * badge_line)
        return QSize(width + badge_width + TEXT_INSET, height + 2 * PADDING)

    def text_cell(self, option: QStyleOptionViewItem, index: AnyIndex) -> CellText:
        """The why's text as `paint` draws it, in its place in the row."""
        font, _prompt = self._fonts(option, index)
        rect: QRect = option.rect
        text_rect = rect.adjusted(TEXT_INSET, PADDING, -self.badge_width(index) - PADDING, -PADDING)
        return CellText(str(index.data() or ""), font, text_rect, wrap=True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = self.view
        style = widget.style()
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        state = opt.state
        is_root_cause = bool(index.data(Role.IS_ROOT_CAUSE))
        painter.save()
        if is_root_cause:
            painter.fillRect(rect, ROOT_CAUSE_FILL)
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), ROOT_CAUSE_ACCENT)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        font, prompt_font = self._fonts(option, index)
        badge_width = self.badge_width(index)
        text_rect = rect.adjusted(TEXT_INSET, PADDING, -badge_width - PADDING, -PADDING)
        text = str(index.data() or "")
        painter.setFont(font)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop)
        if text:
            painter.setPen(text_color)
            cell = self.text_cell(option, index)
            used = cell.draw(painter)
            findings = self.linting.actions.findings(self.linting.target(index))
            paint_findings(painter, cell, findings)
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            placeholder = (
                self.tr("The question this chain answers…")
                if not index.parent().isValid()
                else self.tr("Because… (type the answer)")
            )
            used = painter.drawText(text_rect, flags, placeholder)
        if index.data(Role.PERSON_CUE):
            painter.setFont(prompt_font)
            painter.setPen(
                text_color if selected else readable_on(PROMPT_COLOR, _row_background(palette))
            )
            prompt_rect = text_rect.adjusted(0, used.height() + 2, 0, 0)
            painter.drawText(prompt_rect, flags, short_person_prompt())
        chips = self.chip_rects(option, index, rect)
        if chips:
            painter.setFont(self._chip_font(option))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            for chip_rect, event in chips:
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawRoundedRect(chip_rect, chip_rect.height() / 2, chip_rect.height() / 2)
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawText(
                    chip_rect.adjusted(9, 0, -9, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    QFontMetrics(painter.font()).elidedText(
                        chip_text(event, 36), Qt.TextElideMode.ElideRight, chip_rect.width() - 18
                    ),
                )
        small = self._badge_font(option.font)
        line_height = QFontMetrics(small).height() + 2
        badge_rect = QRect(
            rect.right() - badge_width, rect.top() + PADDING, badge_width - 6, line_height
        )
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for position, label in enumerate(self._badges(index)):
            is_root_cause_badge = is_root_cause and position == 0
            small.setBold(is_root_cause_badge)
            painter.setFont(small)
            if selected:
                painter.setPen(text_color)
            elif is_root_cause:
                painter.setPen(root_cause_badge_color(palette))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(badge_rect, right, label)
            badge_rect.translate(0, line_height)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            for chip_rect, timeline_event in self.chip_rects(option, index, option.rect):
                if chip_rect.contains(event.position().toPoint()):
                    self.chip_clicked.emit(timeline_event)
                    return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        for chip_rect, timeline_event in self.chip_rects(option, index, option.rect):
            if chip_rect.contains(event.pos()):
                QToolTip.showText(
                    event.globalPos(),
                    plain_tooltip(
                        self.tr("{text}\n\nClick to show it in the timeline.").format(
                            text=timeline_event.text
                        )
                    ),
                    view,
                )
                return True
        return super().helpEvent(event, view, option, index)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        return self.linting.open_editor(super().createEditor(parent, option, index), index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = option.rect
        height = max(editor.sizeHint().height(), 28)
        editor.setGeometry(
            QRect(rect.left() + 2, rect.top() + 2, rect.width() - self.badge_width(index), height)
        )
