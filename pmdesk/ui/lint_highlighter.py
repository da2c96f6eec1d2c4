"""Live blameless-language linting in text editors.

A `QSyntaxHighlighter` re-highlights only the paragraphs (blocks) that changed, so
linting as you type costs one paragraph per keystroke. Findings are drawn as
wavy underlines coloured by category; hovering shows the message and suggestion,
and the context menu offers "Replace with suggestion" and "Keep, with a reason…".
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip, QWidget

from pmdesk.domain.findings import FindingsCollector
from pmdesk.lint import Finding, Participant, apply_replacement
from pmdesk.ui.dialogs.reason_dialog import ReasonDialog
from pmdesk.ui.richtext import plain_html
from pmdesk.ui.theme import MARK_CONTRAST, readable_on

__all__ = ["CATEGORY_COLORS", "LintHighlighter", "attach_linting", "underline_color"]

# Calm, distinguishable hues; all readable as underlines on light and dark palettes.
CATEGORY_COLORS: dict[str, str] = {
    "counterfactual": "#d97706",
    "hindsight": "#ca8a04",
    "minimizing": "#0891b2",
    "human_error": "#dc2626",
    "person_failure": "#e11d48",
    "negligence": "#c2410c",
    "character": "#be123c",
    "group_blame": "#9333ea",
    "passive_blame": "#7c3aed",
    "rule_violation": "#2563eb",
    "culprit": "#b91c1c",
    "person_remedy": "#059669",
    "accusatory_question": "#db2777",
}


def underline_color(category: str) -> QColor:
    """The category's hue, with at least 3:1 contrast on the app's text background,
    so that the wave stays visible in a dark theme too."""
    background = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(_readable_mark(category, background.rgb()))


@functools.lru_cache(maxsize=256)
def _readable_mark(category: str, background: int) -> int:
    color = CATEGORY_COLORS.get(category, "#d97706")
    return readable_on(color, QColor.fromRgb(background), MARK_CONTRAST).rgb()


class LintHighlighter(QSyntaxHighlighter):
    """Underlines findings in one text document.

    Signals:
        block_findings_changed: some block's findings changed (panels may refresh).
    """

    block_findings_changed = Signal()

    def __init__(
        self,
        document: QTextDocument,
        collector: FindingsCollector,
        *,
        section: str,
        language: Callable[[], str],
        participants: Callable[[], tuple[Participant, ...]],
        is_acknowledged: Callable[[Finding], bool],
    ) -> None:
        super().__init__(document)
        self.collector = collector
        self.section = section
        self._language = language
        self._participants = participants
        self._is_acknowledged = is_acknowledged
        self.enabled = True

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.rehighlight()

    def findings_in_block(self, text: str) -> list[Finding]:
        found = self.collector.findings_for(
            text, self.section, self._language(), self._participants()
        )
        return [f for f in found if not self._is_acknowledged(f)]

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text.strip():
            return
        for finding in self.findings_in_block(text):
            underline = QTextCharFormat()
            underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            underline.setUnderlineColor(underline_color(finding.category))
            self.setFormat(finding.start, finding.end - finding.start, underline)


class _EditorLinting(QObject):
    """Tooltips and quick-fixes for one QPlainTextEdit with a LintHighlighter."""

    def __init__(
        self,
        editor: QPlainTextEdit,
        highlighter: LintHighlighter,
        keep: Callable[[Finding, str], None],
        before_fix: Callable[[], None],
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        self.keep = keep
        self.before_fix = before_fix
        editor.viewport().installEventFilter(self)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        editor.installEventFilter(self)

    def finding_at(self, point: QPoint) -> tuple[Finding, QTextCursor] | None:
        cursor = self.editor.cursorForPosition(point)
        block = cursor.block()
        offset = cursor.positionInBlock()
        for finding in self.highlighter.findings_in_block(block.text()):
            if finding.start <= offset <= finding.end:
                selection = QTextCursor(block)
                selection.setPosition(block.position() + finding.start)
                selection.setPosition(
                    block.position() + finding.end, QTextCursor.MoveMode.KeepAnchor
                )
                return finding, selection
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self.editor):  # events can arrive while Qt tears down
            return False
        if watched is self.editor.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            hit = self.finding_at(event.pos()) if self.highlighter.enabled else None
            if hit is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(event.globalPos(), tooltip_html(hit[0]), self.editor)
            return True
        if watched is self.editor and event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            self.show_menu(event)
            return True
        return False

    def show_menu(self, event: QContextMenuEvent) -> None:
        menu = self.editor.createStandardContextMenu(event.pos())
        hit = self.finding_at(self.editor.viewport().mapFrom(self.editor, event.pos()))
        if hit is not None:
            finding, selection = hit
            first = menu.actions()[0] if menu.actions() else None
            replace = menu.addAction(self.tr("Replace with suggestion"))
            replace.setEnabled(finding.replacement is not None)
            if finding.replacement is None:
                replace.setToolTip(self.tr("No exact wording to offer here; rewrite it yourself."))
            replace.triggered.connect(lambda: self.replace_with_suggestion(finding, selection))
            keep = menu.addAction(self.tr("Keep, with a reason…"))
            keep.triggered.connect(lambda: self.ask_keep(finding))
            if first is not None:
                menu.insertAction(first, replace)
                menu.insertAction(first, keep)
                menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def replace_with_suggestion(self, finding: Finding, selection: QTextCursor) -> None:
        self.before_fix()  # the fix is an undo step of its own, not part of the typing
        apply_suggestion(self.editor, selection, finding)

    def ask_keep(self, finding: Finding) -> None:
        reason = KeepFindingDialog.ask(self.editor, finding)
        if reason:
            self.keep(finding, reason)


def apply_suggestion(editor: QPlainTextEdit, selection: QTextCursor, finding: Finding) -> None:
    """Apply the finding's exact replacement to its paragraph, as one edit."""
    if finding.replacement is None:
        return
    block = selection.block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(apply_replacement(block.text(), finding))
    editor.setTextCursor(cursor)


def tooltip_html(finding: Finding) -> str:
    from html import escape

    parts = [f"<b>{escape(finding.category.replace('_', ' ').capitalize())}</b>"]
    parts.append(f"<p>{escape(finding.message)}</p>")
    if finding.suggestion:
        parts.append(f"<p><i>Suggestion:</i> {escape(finding.suggestion)}</p>")
    if finding.question:
        parts.append(f"<p><i>Ask instead:</i> {escape(finding.question)}</p>")
    return "<qt>" + "".join(parts) + "</qt>"


class KeepFindingDialog:
    """Asks why a finding is kept on purpose."""

    @classmethod
    def ask(cls, parent: QWidget, finding: Finding) -> str | None:
        return ReasonDialog.ask(
            parent,
            QCoreApplication.translate("LintHighlighter", "Keep this wording"),
            plain_html(
                QCoreApplication.translate(
                    "LintHighlighter",
                    "Why is this wording right here? (stored with the post-mortem)\n\n{}",
                ).format(finding.message)
            ),
        )


def attach_linting(
    editor: QPlainTextEdit,
    collector: FindingsCollector,
    *,
    section: str,
    language: Callable[[], str],
    participants: Callable[[], tuple[Participant, ...]],
    is_acknowledged: Callable[[Finding], bool],
    keep: Callable[[Finding, str], None],
    before_fix: Callable[[], None] = lambda: None,
) -> LintHighlighter:
    """Lint `editor` live; returns its highlighter (toggle with `set_enabled`)."""
    highlighter = LintHighlighter(
        editor.document(),
        collector,
        section=section,
        language=language,
        participants=participants,
        is_acknowledged=is_acknowledged,
    )
    _EditorLinting(editor, highlighter, keep, before_fix)
    return highlighter
