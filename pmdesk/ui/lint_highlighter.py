"""Live blameless-language underlines in text fields, and the colours of all underlines.

A `QSyntaxHighlighter` re-highlights only the paragraphs (blocks) that changed, so
linting as you type costs one paragraph per keystroke. Findings are drawn as wavy
underlines coloured by category. What a person can do about a finding (hover text,
"Replace with suggestion", "Keep, with a reason…") is in `pmdesk.ui.lint_actions`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication

from pmdesk.lint import Finding
from pmdesk.models import AcknowledgementKind
from pmdesk.ui.theme import MARK_CONTRAST, readable_on

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["CATEGORY_COLORS", "LintHighlighter", "kept_wordings", "underline_color"]

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


def kept_wordings(document: PostmortemDocument) -> frozenset[tuple[str, str]]:
    """(location, fingerprint) of every finding kept on purpose: when it changes, what
    is underlined changes although no text did."""
    return frozenset(
        (ack.location, ack.fingerprint)
        for ack in document.postmortem.acknowledgements
        if ack.kind is AcknowledgementKind.LINT
    )


class LintHighlighter(QSyntaxHighlighter):
    """Underlines the findings in one text field, except those kept on purpose.

    Args:
        text: the field's text document.
        document: the open post-mortem (its linter cache, language, participants, keeps).
        location: where the field's text is stored ("field:summary"), or a callable giving
            it for a field that shows one object after another (None: nothing stored).
        section: how the linter reads it (a `pmdesk.lint.Section` value).
    """

    def __init__(
        self,
        text: QTextDocument,
        document: PostmortemDocument,
        *,
        location: str | Callable[[], str | None],
        section: str,
    ) -> None:
        super().__init__(text)
        self.postmortem_document = document
        self._location = location
        self.section = section
        self.enabled = True
        self._kept = kept_wordings(document)
        # A keep (or its undo) changes what is underlined without changing the text.
        document.edited.connect(self._document_edited)

    @property
    def location(self) -> str | None:
        return self._location if isinstance(self._location, str) else self._location()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.rehighlight()

    def findings_in_block(self, text: str) -> list[Finding]:
        """The open findings in one paragraph's `text` (offsets within it)."""
        return self.postmortem_document.open_findings(self.location or "", text, self.section)

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text.strip():
            return
        for finding in self.findings_in_block(text):
            underline = QTextCharFormat()
            underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            underline.setUnderlineColor(underline_color(finding.category))
            self.setFormat(finding.start, finding.end - finding.start, underline)

    def _document_edited(self, _touched: tuple[object, ...]) -> None:
        kept = kept_wordings(self.postmortem_document)
        if kept != self._kept:
            self._kept = kept
            self.rehighlight()
