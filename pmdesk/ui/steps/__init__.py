"""The pages of the post-mortem window, one per step of the learning loop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from pmdesk.domain.location import Location
from pmdesk.ui.document import PostmortemDocument

__all__ = ["StepPage"]


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

    def set_presenter_mode(self, enabled: bool) -> None:
        """Presenter mode: hide private things, favour legibility (font size is global)."""
