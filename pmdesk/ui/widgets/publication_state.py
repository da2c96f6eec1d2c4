"""Whether the post-mortem was changed after its latest publication."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.domain.flow import publication_state
from pmdesk.ui.document import PostmortemDocument

__all__ = ["PublicationStateLabel"]


class PublicationStateLabel(QLabel):
    """ "Edited since version 2 was published", or "Published as version 2"; hidden
    while the post-mortem has never been published.

    For the Publish step and the window's status bar. Edits count at once, before
    they are saved (a save is what moves the post-mortem's version on).
    """

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("publication_state")
        self.setAccessibleName(self.tr("Publication state"))
        self.is_edited_since = False
        document.changed.connect(self.refresh)
        document.saved.connect(self.refresh)
        document.edited.connect(self._edited)
        self.refresh()

    def _edited(self, _touched: tuple[object, ...]) -> None:
        self.refresh()

    def refresh(self) -> None:
        if not self.document.postmortem.publications:
            self.is_edited_since = False
            self.clear()
            self.setVisible(False)
            return
        state = publication_state(self.document.postmortem)
        assert state is not None
        self.is_edited_since = self.document.is_dirty or state.is_edited_since
        if self.is_edited_since:
            self.setText(
                self.tr("Edited since version {version} was published").format(
                    version=state.version
                )
            )
            self.setToolTip(
                self.tr("Publish again so that readers see the changes as version {next}.").format(
                    next=state.version + 1
                )
            )
            self.setForegroundRole(QPalette.ColorRole.Highlight)
        else:
            self.setText(self.tr("Published as version {version}").format(version=state.version))
            self.setToolTip(self.tr("Nothing was changed since it was published."))
            self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.setVisible(True)
