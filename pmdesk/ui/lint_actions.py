"""What a person can do about a lint finding, wherever its text is shown.

One mechanism serves every lintable place: text fields (`attach_linting`), the line
editor open in a cell (`LineEditLinting`) and the cells of a view (`CellLinting`, used by
the delegates `LintedTextDelegate` and the 5 Whys delegate in `pmdesk.ui.delegates`). Each
shows the same underline (wavy, or dotted for a quiet "consider" hint), the same hover text
(the finding's message and the neutral rewording) and offers the same actions, "Replace with
suggestion" and "Keep, with a reason…", in its context menu: with the mouse on the word, and
with the Menu key or Shift+F10 for the finding at the text cursor or in the current cell. A
cell whose "…" hides a finding marks the "…", and the mouse reaches the finding there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from pmdesk.domain.findings import keep_edit
from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.domain.location import Location
from pmdesk.lint import Finding, apply_replacement
from pmdesk.models import AcknowledgementKind
from pmdesk.ui.dialogs.reason_dialog import ReasonDialog
from pmdesk.ui.itemmodels.roles import AnyIndex
from pmdesk.ui.lint_highlighter import LintHighlighter, kept_wordings
from pmdesk.ui.lint_paint import paint_findings
from pmdesk.ui.text_paint import CellText
from pmdesk.ui.widgets.text_limits import limit_line_edit

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = [
    "CellLinting",
    "LineEditLinting",
    "LintActions",
    "LintedText",
    "attach_line_linting",
    "attach_linting",
    "keep_finding",
]

# Where a cell's text is stored, the text, and how the linter reads it (a Section value);
# the location is None while the object is not stored yet (nothing to keep it against).
Locator = Callable[[AnyIndex], tuple[Location | None, str, str] | None]

CATEGORY_NAMES = {
    "counterfactual": str(QT_TRANSLATE_NOOP("LintActions", "Counterfactual")),
    "hindsight": str(QT_TRANSLATE_NOOP("LintActions", "Hindsight")),
    "minimizing": str(QT_TRANSLATE_NOOP("LintActions", "Minimising")),
    "human_error": str(QT_TRANSLATE_NOOP("LintActions", "“Human error” as a cause")),
    "person_failure": str(QT_TRANSLATE_NOOP("LintActions", "A person as the cause")),
    "negligence": str(QT_TRANSLATE_NOOP("LintActions", "Implied negligence")),
    "character": str(QT_TRANSLATE_NOOP("LintActions", "Judging a person")),
    "group_blame": str(QT_TRANSLATE_NOOP("LintActions", "Blaming a team")),
    "passive_blame": str(QT_TRANSLATE_NOOP("LintActions", "Accusing passive")),
    "rule_violation": str(QT_TRANSLATE_NOOP("LintActions", "Framed as a rule breach")),
    "culprit": str(QT_TRANSLATE_NOOP("LintActions", "Naming a culprit")),
    "person_remedy": str(QT_TRANSLATE_NOOP("LintActions", "A remedy aimed at people")),
    "accusatory_question": str(QT_TRANSLATE_NOOP("LintActions", "Accusing question")),
    "quoted_blame": str(QT_TRANSLATE_NOOP("LintActions", "Quoted blame")),
    "learned": str(QT_TRANSLATE_NOOP("LintActions", "Reads like blame (learned check)")),
}


@dataclass(frozen=True)
class LintedText:
    """A lintable text as one place shows it."""

    location: Location | None
    text: str
    section: str


def keep_finding(
    document: PostmortemDocument, location: Location, finding: Finding, reason: str, excerpt: str
) -> None:
    """Store a deliberate "keep" so the finding stops being reported (one undo step)."""
    document.push(
        keep_edit(
            document.postmortem,
            AcknowledgementKind.LINT,
            fingerprint=finding.fingerprint,
            rule_id=finding.rule_id,
            location=str(location),
            excerpt=excerpt,
            reason=reason,
            label=QCoreApplication.translate("PostmortemWindow", "Keep wording"),
        )
    )


class LintActions(QObject):
    """The open findings of one post-mortem's texts, and what can be done about them."""

    def __init__(self, document: PostmortemDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def findings(self, target: LintedText | None) -> list[Finding]:
        """The findings to show in `target`: none while underlines are switched off."""
        if target is None or not self.document.underlines_visible or not target.text.strip():
            return []
        return self.document.open_findings(target.location, target.text, target.section)

    # --- hover ---------------------------------------------------------------------

    def rewording(self, text: str, finding: Finding) -> str:
        """The exact change "Replace with suggestion" makes, in words."""
        start, end = finding.replaced_range
        old = text[start:end]
        if not finding.replacement:
            return self.tr("Removes “{old}”.").format(old=old)
        return self.tr("“{old}” becomes “{new}”.").format(old=old, new=finding.replacement)

    def tooltip(self, findings: Sequence[Finding], text: str) -> str:
        """What each finding says, with the neutral rewording, as rich text."""
        replace_label = self.tr("Replace with suggestion:")
        suggestion_label = self.tr("Suggestion:")
        question_label = self.tr("Ask instead:")
        parts = []
        for finding in findings:
            name = CATEGORY_NAMES.get(finding.category)
            heading = self.tr(name) if name else finding.category
            if finding.is_hint:
                heading = self.tr("Consider: {category} (does not block publishing)").format(
                    category=heading
                )
            lines = [f"<b>{escape(heading)}</b>", escape(finding.message)]
            labelled = [
                (
                    replace_label,
                    self.rewording(text, finding) if finding.replacement is not None else None,
                ),
                (suggestion_label, finding.suggestion),
                (question_label, finding.question),
            ]
            for label, value in labelled:
                if value:
                    lines.append(f"<i>{escape(label)}</i> {escape(value)}")
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        return "<qt>" + "".join(parts) + "</qt>"

    def show_tooltip(
        self, findings: Sequence[Finding], text: str, global_pos: QPoint, widget: QWidget
    ) -> bool:
        """Show the findings' hover text; False (and no tooltip) when there are none."""
        if not findings:
            return False
        QToolTip.showText(global_pos, self.tooltip(findings, text), widget)
        return True

    # --- the context menu -------------------------------------------------------------

    def add_to_menu(
        self,
        menu: QMenu,
        target: LintedText,
        findings: Sequence[Finding],
        replace: Callable[[Finding], None],
        parent: QWidget,
    ) -> None:
        """Put the actions for `findings` first in `menu`, above a separator; one
        submenu per finding when there are several."""
        if not findings:
            return
        first = menu.actions()[0] if menu.actions() else None
        entries: list[QAction] = []
        if len(findings) == 1:
            entries = self._finding_actions(menu, target, findings[0], replace, parent)
        else:
            for finding in findings:
                name = CATEGORY_NAMES.get(finding.category)
                title = self.tr("“{excerpt}”: {category}").format(
                    excerpt=target.text[finding.start : finding.end],
                    category=self.tr(name) if name else finding.category,
                )
                submenu = QMenu(title, menu)
                submenu.setToolTipsVisible(True)
                submenu.addActions(self._finding_actions(submenu, target, finding, replace, parent))
                entries.append(submenu.menuAction())
        menu.setToolTipsVisible(True)
        for entry in entries:
            menu.insertAction(first, entry)  # type: ignore[arg-type]  # None appends
        if first is not None:
            menu.insertSeparator(first)

    def _finding_actions(
        self,
        owner: QMenu,
        target: LintedText,
        finding: Finding,
        replace: Callable[[Finding], None],
        parent: QWidget,
    ) -> list[QAction]:
        read_only = self.tr("This post-mortem is open read-only.")
        replace_action = QAction(self.tr("Replace with suggestion"), owner)
        if finding.replacement is None:
            replace_action.setEnabled(False)
            replace_action.setToolTip(
                self.tr("No exact wording to offer here; rewrite it yourself.")
            )
        elif self.document.db.read_only:
            replace_action.setEnabled(False)
            replace_action.setToolTip(read_only)
        else:
            replace_action.setToolTip(self.rewording(target.text, finding))
        replace_action.triggered.connect(lambda: replace(finding))
        keep_action = QAction(self.tr("Keep, with a reason…"), owner)
        blocker = read_only if self.document.db.read_only else self._keep_blocker(target, finding)
        if blocker:
            keep_action.setEnabled(False)
            keep_action.setToolTip(blocker)
        keep_action.triggered.connect(lambda: self.keep(parent, target, finding))
        return [replace_action, keep_action]

    def _keep_blocker(self, target: LintedText, finding: Finding) -> str | None:
        if target.location is None:
            return self.tr("Store the text first (Enter), then keep its wording.")
        for ack in self.document.postmortem.acknowledgements:
            if ack.kind is AcknowledgementKind.LINT and ack.fingerprint == finding.fingerprint:
                # One keep per wording: the store allows no second one in another place.
                return self.tr(
                    "The same sentence is kept in another place already; reword one of them."
                )
        return None

    def keep(self, parent: QWidget, target: LintedText, finding: Finding) -> None:
        """Ask for the reason, then store the keep; the underline goes at once."""
        reason = ReasonDialog.ask(
            parent,
            QCoreApplication.translate("LintHighlighter", "Keep this wording"),
            QCoreApplication.translate(
                "LintHighlighter",
                "Why is this wording right here? (stored with the post-mortem)\n\n{}",
            ).format(finding.message),
        )
        if reason and target.location is not None:
            excerpt = target.text[finding.start : finding.end]
            keep_finding(self.document, target.location, finding, reason, excerpt)


def _is_menu_shortcut(event: QEvent) -> bool:
    """Shift+F10: the context menu from the keyboard, besides the Menu key (which Qt
    itself turns into a keyboard context-menu event)."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() == Qt.Key.Key_F10
        and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
    )


def _ask_for_keyboard_menu(widget: QWidget, pos: QPoint) -> None:
    """Send `widget` the context-menu event Qt sends for the Menu key."""
    QApplication.sendEvent(
        widget,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, widget.mapToGlobal(pos)),
    )


@dataclass(frozen=True)
class _Hit:
    """The findings at one spot of an editor, and how to apply one's replacement."""

    target: LintedText
    findings: list[Finding]
    replace: Callable[[Finding], None]


class _EditorLinting(QObject):
    """Hover text and the context menu (standard edit actions plus the lint actions)
    for the findings in one text editor. `surface` gets the mouse (a viewport)."""

    def __init__(self, editor: QWidget, surface: QWidget, actions: LintActions) -> None:
        super().__init__(editor)
        self.editor = editor
        self.surface = surface
        self.actions = actions
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        surface.installEventFilter(self)
        if surface is not editor:
            editor.installEventFilter(self)

    def hit_at(self, point: QPoint) -> _Hit | None:
        """The findings under `point` (surface coordinates)."""
        raise NotImplementedError

    def hit_at_cursor(self) -> _Hit | None:
        """The findings at the text cursor."""
        raise NotImplementedError

    def cursor_point(self) -> QPoint:
        """Where the text cursor is, in surface coordinates."""
        raise NotImplementedError

    def standard_menu(self, point: QPoint) -> QMenu:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.editor):  # events can arrive while Qt tears down
            return False
        kind = event.type()
        if watched is self.surface and kind == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.hit_at(event.pos())
            if hit is None or not self.actions.show_tooltip(
                hit.findings, hit.target.text, event.globalPos(), self.surface
            ):
                QToolTip.hideText()
                return False
            return True
        if kind == QEvent.Type.ContextMenu and watched in (self.surface, self.editor):
            assert isinstance(event, QContextMenuEvent)
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                point = self.cursor_point()
                hit = self.hit_at_cursor()
            else:
                point = event.pos()
                if watched is not self.surface:
                    point = self.surface.mapFrom(self.editor, point)
                hit = self.hit_at(point)
            self._show_menu(point, hit)
            return True
        if watched is self.editor and _is_menu_shortcut(event):
            _ask_for_keyboard_menu(
                self.editor, self.editor.mapFrom(self.surface, self.cursor_point())
            )
            return True
        return False

    def _show_menu(self, point: QPoint, hit: _Hit | None) -> None:
        menu = self.standard_menu(point)
        if hit is not None:
            self.actions.add_to_menu(menu, hit.target, hit.findings, hit.replace, self.editor)
        menu.exec(self.surface.mapToGlobal(point))
        menu.deleteLater()


class _PlainTextLinting(_EditorLinting):
    """A text field (QPlainTextEdit) that a LintHighlighter underlines."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        highlighter: LintHighlighter,
        actions: LintActions,
        before_fix: Callable[[], None],
    ) -> None:
        super().__init__(editor, editor.viewport(), actions)
        self.text_edit = editor
        self.highlighter = highlighter
        self.before_fix = before_fix

    def _hit(self, cursor: QTextCursor) -> _Hit | None:
        if not self.highlighter.enabled:
            return None
        block = cursor.block()
        offset = cursor.positionInBlock()
        findings = [
            f
            for f in self.highlighter.findings_in_block(block.text())
            if f.start <= offset <= f.end
        ]
        if not findings:
            return None
        target = LintedText(self.highlighter.location, block.text(), self.highlighter.section)
        return _Hit(target, findings, lambda finding: self._replace(cursor, finding))

    def hit_at(self, point: QPoint) -> _Hit | None:
        return self._hit(self.text_edit.cursorForPosition(point))

    def hit_at_cursor(self) -> _Hit | None:
        return self._hit(self.text_edit.textCursor())

    def cursor_point(self) -> QPoint:
        return self.text_edit.cursorRect().center()

    def standard_menu(self, point: QPoint) -> QMenu:
        return self.text_edit.createStandardContextMenu(point)

    def _replace(self, cursor: QTextCursor, finding: Finding) -> None:
        """Apply the finding's replacement to its paragraph, as one edit."""
        if finding.replacement is None:
            return
        self.before_fix()  # the fix is an undo step of its own, not part of the typing
        block = cursor.block()
        paragraph = QTextCursor(block)
        paragraph.movePosition(
            QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
        )
        paragraph.insertText(apply_replacement(block.text(), finding))
        self.text_edit.setTextCursor(paragraph)


class LineEditLinting(_EditorLinting):
    """A line editor (a cell's editor): underlines as you type, hover text, context menu.

    Args:
        place: the LintedText for the editor's current text (None: not lintable).
    """

    def __init__(
        self,
        editor: QLineEdit,
        actions: LintActions,
        place: Callable[[str], LintedText | None],
        before_fix: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(editor, editor, actions)
        self.line_edit = editor
        self.place = place
        self.before_fix = before_fix
        # A keep (or its undo) changes the underlines without changing the text.
        actions.document.edited.connect(editor.update)

    def _target(self) -> tuple[LintedText, list[Finding]] | None:
        target = self.place(self.line_edit.text())
        findings = self.actions.findings(target)
        return (target, findings) if target is not None and findings else None

    def _cell(self) -> CellText:
        """The editor's text as it draws it: one line, scrolled sideways with the cursor."""
        editor = self.line_edit
        text = editor.text()
        cursor = editor.cursorRect()
        at_cursor = CellText(text, editor.font(), QRectF(0, 0, 1e6, 1e3), wrap=False)
        # Qt puts the cursor rectangle 5 px left of the cursor's x (QWidgetLineControl).
        left = round(cursor.left() + 5 - at_cursor.lines[0].x_at(editor.cursorPosition()))
        height = editor.fontMetrics().lineSpacing()
        return CellText(text, editor.font(), QRectF(left, cursor.top(), 1e6, height), wrap=False)

    def _hit(self, target: LintedText, findings: list[Finding]) -> _Hit:
        return _Hit(target, findings, self._replace)

    def hit_at(self, point: QPoint) -> _Hit | None:
        found = self._target()
        span = self._cell().span_at(QPointF(point)) if found else None
        if found is None or span is None:
            return None
        target, findings = found
        at_point = [f for f in findings if f.start < span[1] and f.end > span[0]]
        return self._hit(target, at_point) if at_point else None

    def hit_at_cursor(self) -> _Hit | None:
        found = self._target()
        if found is None:
            return None
        target, findings = found
        offset = self.line_edit.cursorPosition()
        at_cursor = [f for f in findings if f.start <= offset <= f.end]
        return self._hit(target, at_cursor) if at_cursor else None

    def cursor_point(self) -> QPoint:
        return self.line_edit.cursorRect().center()

    def standard_menu(self, point: QPoint) -> QMenu:
        return self.line_edit.createStandardContextMenu()

    def _replace(self, finding: Finding) -> None:
        self.before_fix()
        text = self.line_edit.text()
        fixed = apply_replacement(text, finding)
        self.line_edit.selectAll()
        self.line_edit.insert(fixed)  # undoable in the editor, as typing is
        self.line_edit.setCursorPosition(
            min(len(fixed), finding.replaced_range[0] + len(finding.replacement or ""))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.Paint
            and shiboken6.isValid(self.line_edit)
        ):
            assert isinstance(event, QPaintEvent)
            self.line_edit.paintEvent(event)  # the editor first, the waves on top
            found = self._target()
            if found is not None:
                painter = QPainter(self.line_edit)
                painter.setClipRect(self.line_edit.contentsRect())
                paint_findings(painter, self._cell(), found[1])
                painter.end()
            return True
        return super().eventFilter(watched, event)


def attach_linting(
    editor: QPlainTextEdit,
    document: PostmortemDocument,
    *,
    location: Location | Callable[[], Location | None],
    section: str,
    before_fix: Callable[[], None] = lambda: None,
) -> LintHighlighter:
    """Lint the text field `editor` live; returns its highlighter (toggle with
    `set_enabled`).

    Args:
        location: where the field's text is stored, or a callable giving it for a field
            that shows the selected object's text.
        section: how the linter reads it.
        before_fix: called before "Replace with suggestion" changes the text.
    """
    highlighter = LintHighlighter(editor.document(), document, location=location, section=section)
    _PlainTextLinting(editor, highlighter, LintActions(document, editor), before_fix)
    return highlighter


def attach_line_linting(
    editor: QLineEdit,
    document: PostmortemDocument,
    *,
    location: Location | Callable[[], Location | None],
    section: str,
    before_fix: Callable[[], None] = lambda: None,
) -> None:
    """Lint the one-line field `editor` (the title) live, as `attach_linting` does."""
    LineEditLinting(
        editor,
        LintActions(document, editor),
        lambda text: LintedText(
            location if isinstance(location, Location) else location(), text, section
        ),
        before_fix,
    )


class CellLinting(QObject):
    """The findings in the cells of one view: hover text over a word (or over the "…"
    hiding it), the lint actions in the context menu, and linting in a cell's editor.

    Args:
        locate: the stored text of a cell, or None for cells that are not linted.
        lay_out: how the view's delegate draws a cell's text (None: not as `locate` says).
        base_menu: the view's own context menu, to which the lint actions are added; by
            default its actions when the view shows them as its context menu.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        actions: LintActions,
        locate: Locator,
        lay_out: Callable[[QStyleOptionViewItem, AnyIndex], CellText | None],
        base_menu: Callable[[], QMenu | None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.actions = actions
        self.locate = locate
        self.lay_out = lay_out
        self.base_menu = base_menu
        self._kept = kept_wordings(actions.document)
        actions.document.edited.connect(self._document_edited)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def target(self, index: AnyIndex) -> LintedText | None:
        located = self.locate(index) if index.isValid() else None
        return LintedText(*located) if located is not None else None

    def cell(self, index: QModelIndex) -> CellText | None:
        """The cell's text laid out as the delegate draws it, in viewport coordinates."""
        option = QStyleOptionViewItem()
        self.view.initViewItemOption(option)
        option.rect = self.view.visualRect(index)
        return self.lay_out(option, index)

    def findings_at(self, point: QPoint) -> tuple[QModelIndex, LintedText, list[Finding]] | None:
        """The findings under `point` (viewport coordinates): on a word, or hidden
        behind the "…" there."""
        index = self.view.indexAt(point)
        target = self.target(index)
        findings = self.actions.findings(target)
        cell = self.cell(index) if findings else None
        span = cell.span_at(QPointF(point)) if cell is not None else None
        if target is None or span is None:
            return None
        at_point = [f for f in findings if f.start < span[1] and f.end > span[0]]
        return (index, target, at_point) if at_point else None

    def _document_edited(self, _touched: tuple[object, ...]) -> None:
        # A keep (or its undo) changes which cells are underlined, not their text.
        kept = kept_wordings(self.actions.document)
        if kept != self._kept:
            self._kept = kept
            self.view.viewport().update()

    def open_editor(self, editor: QWidget, index: AnyIndex) -> QWidget:
        """The cell's text editor as every linted cell has it: a line editor refuses text
        past `TEXT_MAX_CHARS` and is linted as it is typed in."""
        if isinstance(editor, QLineEdit):
            limit_line_edit(editor, TEXT_MAX_CHARS)
        self.attach_editor(editor, index)
        return editor

    def attach_editor(self, editor: QWidget, index: AnyIndex) -> None:
        """Lint the line editor just opened on the cell at `index` as it is typed in."""
        if not isinstance(editor, QLineEdit) or self.locate(index) is None:
            return
        cell = QPersistentModelIndex(index)

        def place(text: str) -> LintedText | None:
            located = self.locate(cell) if cell.isValid() else None
            return LintedText(located[0], text, located[2]) if located is not None else None

        LineEditLinting(editor, self.actions, place)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.view):
            return False
        viewport = self.view.viewport()
        kind = event.type()
        if watched is viewport and kind == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.findings_at(event.pos())
            return hit is not None and self.actions.show_tooltip(
                hit[2], hit[1].text, event.globalPos(), viewport
            )
        if kind == QEvent.Type.ContextMenu and watched in (viewport, self.view):
            assert isinstance(event, QContextMenuEvent)
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                return self._keyboard_menu()
            point = event.pos() if watched is viewport else viewport.mapFrom(self.view, event.pos())
            return self._mouse_menu(point)
        if watched is self.view and _is_menu_shortcut(event):
            rect = self.view.visualRect(self.view.currentIndex())
            _ask_for_keyboard_menu(self.view, self.view.mapFrom(viewport, rect.center()))
            return True
        return False

    def _mouse_menu(self, point: QPoint) -> bool:
        hit = self.findings_at(point)
        if hit is None:
            return False  # the view's own menu, if it has one
        index, target, findings = hit
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        self._show_menu(index, target, findings, point)
        return True

    def _keyboard_menu(self) -> bool:
        index = self.view.currentIndex()
        target = self.target(index)
        findings = self.actions.findings(target)
        if target is None or not findings:
            return False
        # Under the first finding's word, or its "…", else at the cell.
        cell = self.cell(index)
        point = self.view.visualRect(index).bottomLeft()
        if cell is not None:
            start, end = findings[0].start, findings[0].end
            pieces = [*cell.visible_spans(start, end), *cell.ellipses_hiding(start, end)]
            if pieces:
                left, _right, baseline = pieces[0]
                point = QPoint(round(left), round(baseline) + 4)
        self._show_menu(index, target, findings, point)
        return True

    def _show_menu(
        self, index: QModelIndex, target: LintedText, findings: list[Finding], point: QPoint
    ) -> None:
        document = self.actions.document
        if target.location is None and document.is_dirty and document.save():
            # Typed a moment ago, before the autosave: saved now, it has the place a
            # keep is stored against.
            target = self.target(index) or target
        menu = self._base_menu() or QMenu(self.view)
        cell = QPersistentModelIndex(index)
        self.actions.add_to_menu(
            menu, target, findings, lambda finding: self._replace(cell, target, finding), self.view
        )
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _base_menu(self) -> QMenu | None:
        if self.base_menu is not None:
            return self.base_menu()
        if self.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            menu = QMenu(self.view)
            menu.addActions(self.view.actions())
            return menu
        return None

    def _replace(self, cell: QPersistentModelIndex, target: LintedText, finding: Finding) -> None:
        """Store the cell's text with the replacement, as typing it would."""
        current = self.target(cell)
        if not cell.isValid() or current is None or current.text != target.text:
            return  # the text changed meanwhile: the finding's offsets no longer hold
        cell.model().setData(
            cell, apply_replacement(target.text, finding), Qt.ItemDataRole.EditRole
        )
