"""The pages of the post-mortem window, one per step of the learning loop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from pmdesk.domain.location import Location
from pmdesk.ui.document import PostmortemDocument

__all__ = ["LintableEditor", "StepPage"]


@dataclass(frozen=True)
class LintableEditor:
    """A text field of a page that the window lints.

    Attributes:
        editor: the field.
        location: where its text is stored (the field "summary"), or a callable giving it
            for a field that shows the selected object's text (None while that object
            is not stored).
        section: how the linter reads it (a `pmdesk.lint.Section` value).
    """

    editor: QPlainTextEdit | QLineEdit
    location: Location | Callable[[], Location | None]
    section: str


class StepPage(QWidget):
    """Base of every step page.

    A page shows the document's objects and sends every change through
    `document.push(edit)`; it refreshes itself from `document.edited`.

    Signals:
        jump_requested(Location): the user asked to go to a location elsewhere.
    """

    jump_requested = Signal(object)

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def focus_location(self, location: Location) -> bool:
        """Select and reveal `location` if this page shows it; True when it did."""
        return False

    def lintable_editors(self) -> list[LintableEditor]:
        """The page's text fields, for the window to lint (the cells of its tables are
        linted by their delegates)."""
        return []

    def set_presenter_mode(self, enabled: bool) -> None:
        """Presenter mode: hide private things, favour legibility (font size is global)."""
