"""The "Seen before" panel: earlier post-mortems like the one being written.

While a review is drafted, its root causes, contributing factors, services and tags
are compared with the library's earlier reviews (`pmdesk.store.related`); the search
runs off the UI thread a moment after the last change, so typing never waits for it.
Each earlier review says why it is related and how its action items stand:
"PM-0142 had the same root cause; its action 'add pooler reload' is still open".
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pmdesk.domain.followup import local_today
from pmdesk.domain.related import RelatedReview, draft_query
from pmdesk.models import ContributingFactor, Postmortem, WhyNode
from pmdesk.store.related import related_reviews
from pmdesk.ui.background import BackgroundOp
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["RelatedReviewsPanel"]

# The search starts this long after the last change that can alter its answer.
SEARCH_DELAY_MS = 800


class RelatedReviewsPanel(QWidget):
    """Earlier reviews like this one, each with the state of its action items.

    Signals:
        open_requested(int): open this post-mortem (double-click or Enter).
        searched: the list shows the answer to the latest search.
    """

    open_requested = Signal(int)
    searched = Signal()

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.reviews: list[RelatedReview] = []
        self._running: BackgroundOp[list[RelatedReview]] | None = None
        self._search_again = False

        self.note = QLabel(self)
        self.note.setObjectName("related_note")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QListWidget(self)
        self.list.setObjectName("related_reviews")
        self.list.setAccessibleName(self.tr("Earlier reviews like this one"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        document.edited.connect(self._edited)
        self.note.setText(self.tr("Looking through earlier reviews…"))
        QTimer.singleShot(0, self.search)

    def _edited(self, touched: tuple[object, ...]) -> None:
        # Only causes, factors, services and tags change the answer.
        if any(isinstance(obj, WhyNode | ContributingFactor | Postmortem) for obj in touched):
            self._timer.start()

    def search(self) -> None:
        """Look for related reviews now (off the UI thread)."""
        if self._running is not None:
            self._search_again = True
            return
        query = draft_query(self.document.postmortem)
        db, today = self.document.db, local_today()
        self._running = (
            BackgroundOp(self, lambda _context: related_reviews(db, query, today))
            .success(self.show_reviews)
            .failure(self._failed)
        )
        self._running.finished.connect(self._search_finished)
        self._running.run_in_background()

    def _search_finished(self) -> None:
        self._running = None
        if self._search_again:
            self._search_again = False
            self.search()

    def _failed(self, _error: BaseException) -> None:
        # The panel is a help, not a task: a failed search leaves a note, no dialog.
        self.note.setText(self.tr("Earlier reviews could not be searched just now."))

    def show_reviews(self, reviews: list[RelatedReview]) -> None:
        self.reviews = reviews
        self.list.clear()
        for review in reviews:
            item = QListWidgetItem(self._describe(review))
            item.setData(Role.ITEM, review.postmortem_id)
            if review.matching_cause:
                item.setToolTip(
                    plain_tooltip(
                        self.tr("Its root cause: {cause}").format(cause=review.matching_cause)
                    )
                )
            self.list.addItem(item)
        self.note.setText(
            self.tr("Double-click a review to open it.")
            if reviews
            else self.tr(
                "No earlier review shares this one's root causes, contributing factors, "
                "services or tags yet."
            )
        )
        self.searched.emit()

    def _describe(self, review: RelatedReview) -> str:
        if review.has_same_cause:
            why = self.tr("had the same root cause")
        elif review.has_similar_cause:
            why = self.tr("had a similar root cause")
        else:
            why = self.tr("shared {names}").format(
                names=", ".join([*review.shared_services, *review.shared_tags])
            )
        unfinished = review.unfinished_actions
        if not review.actions:
            follow = self.tr("it has no action items")
        elif not unfinished:
            follow = self.tr("all its action items are closed")
        elif len(unfinished) == 1:
            follow = (
                self.tr("its action “{action}” is still open and overdue")
                if unfinished[0].is_overdue
                else self.tr("its action “{action}” is still open")
            ).format(action=unfinished[0].title)
        else:
            late = sum(1 for a in unfinished if a.is_overdue)
            follow = self.tr("{n} of its action items are still open ({late} overdue)").format(
                n=len(unfinished), late=late
            )
        return f"{review.key} · {review.title}\n{review.key} {why}; {follow}."

    def _activated(self, item: QListWidgetItem) -> None:
        ident = item.data(Role.ITEM)
        if isinstance(ident, int):
            self.open_requested.emit(ident)
