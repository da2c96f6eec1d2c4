"""The "Seen before" panel follows the draft and opens an earlier review."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.domain.edits import SetValue
from pmdesk.store import Database
from pmdesk.store.queries import find_postmortem
from pmdesk.ui import related_panel
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.related_panel import RelatedReviewsPanel
from tests.unit.store.test_related import TODAY, fill


@pytest.fixture
def draft(db: Database) -> Iterator[PostmortemDocument]:
    fill(db)
    with db.reading() as session:
        ident = find_postmortem(session, "PM-0004").id
    document = PostmortemDocument(db, ident)
    yield document
    document.save()
    document.session.close()


@pytest.fixture
def panel(
    qtbot: QtBot, draft: PostmortemDocument, monkeypatch: pytest.MonkeyPatch
) -> RelatedReviewsPanel:
    monkeypatch.setattr(related_panel, "local_today", lambda: TODAY)
    monkeypatch.setattr(related_panel, "SEARCH_DELAY_MS", 0)
    widget = RelatedReviewsPanel(draft)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.list.count() == 2, timeout=10_000)
    return widget


def texts(panel: RelatedReviewsPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_earlier_reviews_are_listed_with_their_actions(panel: RelatedReviewsPanel) -> None:
    assert texts(panel) == [
        "PM-0001 · Checkout errors after failover\nPM-0001 had a similar root cause; "
        "its action “Add pooler reload” is still open and overdue.",
        "PM-0003 · Slow search\nPM-0003 shared checkout; it has no action items.",
    ]
    assert panel.note.text() == "Double-click a review to open it."


def test_the_list_follows_the_draft(
    panel: RelatedReviewsPanel, draft: PostmortemDocument, qtbot: QtBot
) -> None:
    (node,) = draft.postmortem.why_nodes
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        draft.push(SetValue(node, "text", "A disk filled up with debug logs", "Edit why"))
    assert texts(panel)[0].endswith(
        "PM-0001 shared checkout; its action “Add pooler reload” is still open and overdue."
    )


def test_enter_opens_the_earlier_review(panel: RelatedReviewsPanel, qtbot: QtBot) -> None:
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened.args == [panel.reviews[0].postmortem_id]
