"""Live blameless-language underlines in text fields, and the colours of all underlines.

A `QSyntaxHighlighter` re-highlights only the paragraphs (blocks) that changed, so
linting as you type costs one paragraph per keystroke. Findings that block publishing
are drawn as wavy underlines coloured by category; quiet "consider" hints as a dotted
underline in one calm colour. What a person can do about a finding (hover text,
"Replace with suggestion", "Keep, with a reason…") is in `pmdesk.ui.lint_actions`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication

from pmdesk.domain.location import Location
from pmdesk.lint import Finding
from pmdesk.models import AcknowledgementKind
from pmdesk.ui.theme import MARK_CONTRAST, readable_on

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = [
    "CATEGORY_COLORS",
    "HINT_COLOR",
    "LintHighlighter",
    "finding_color",
    "kept_wordings",
    "underline_color",
]

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
# One calm slate for every "consider" hint: visible, but not an alarm.
HINT_COLOR = "#64748b"


def underline_color(category: str) -> QColor:
    """The category's hue, with at least 3:1 contrast on the app's text background,
    so that the wave stays visible in a dark theme too."""
    return _readable_mark(CATEGORY_COLORS.get(category, "#d97706"))


def finding_color(finding: Finding) -> QColor:
    """The underline colour of `finding`: the calm hint colour for a "consider" hint,
    else its category's hue."""
    return _readable_mark(HINT_COLOR) if finding.is_hint else underline_color(finding.category)


def _readable_mark(color: str) -> QColor:
    """`color` with at least 3:1 contrast on the app's text background."""
    background = QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(_readable_rgb(color, background.rgb()))


@functools.lru_cache(maxsize=256)
def _readable_rgb(color: str, background: int) -> int:
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
        location: where the field's text is stored, or a callable giving it for a field
            that shows one object after another (None: nothing stored).
        section: how the linter reads it (a `pmdesk.lint.Section` value).
    """

    def __init__(
        self,
        text: QTextDocument,
        document: PostmortemDocument,
        *,
        location: Location | Callable[[], Location | None],
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
    def location(self) -> Location | None:
        return self._location if isinstance(self._location, Location) else self._location()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.rehighlight()

    def findings_in_block(self, text: str) -> list[Finding]:
        """The open findings in one paragraph's `text` (offsets within it)."""
        return self.postmortem_document.open_findings(self.location, text, self.section)

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text.strip():
            return
        for finding in self.findings_in_block(text):
            underline = QTextCharFormat()
            underline.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DotLine
                if finding.is_hint
                else QTextCharFormat.UnderlineStyle.WaveUnderline
            )
            underline.setUnderlineColor(finding_color(finding))
            self.setFormat(finding.start, finding.end - finding.start, underline)

    def _document_edited(self, _touched: tuple[object, ...]) -> None:
        kept = kept_wordings(self.postmortem_document)
        if kept != self._kept:
            self._kept = kept
            self.rehighlight()
