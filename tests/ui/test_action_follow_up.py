"""Following an action through on the post-mortem's Action items page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from pmdesk.models import ActionItem, ActionStatus, ReviewOutcome
from pmdesk.store.queries import find_postmortem
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels import action_table_model
from pmdesk.ui.itemmodels.action_table_model import OVERDUE_COLOR, ActionItemTableModel
from pmdesk.ui.steps.actions_step import ActionItemsStep
from pmdesk.ui.widgets import action_follow_up

TODAY = date(2026, 12, 3)


@pytest.fixture
def page(
    qtbot: QtBot, document: PostmortemDocument, monkeypatch: pytest.MonkeyPatch
) -> ActionItemsStep:
    for module in (action_follow_up, action_table_model):
        monkeypatch.setattr(module, "local_today", lambda: TODAY)
    step = ActionItemsStep(document)
    qtbot.addWidget(step)
    step.resize(1300, 900)
    step.show()
    return step


def select(page: ActionItemsStep, title_start: str) -> ActionItem:
    for row in range(page.model.rowCount()):
        item = page.model.item(row)
        if item.title.startswith(title_start):
            page.table.setCurrentIndex(page.model.index(row, ActionItemTableModel.TITLE))
            return item
    raise AssertionError(title_start)


def stored(document: PostmortemDocument, title_start: str) -> ActionItem:
    assert document.save()
    with document.db.reading() as session:
        pm = find_postmortem(session, document.postmortem.key)
        for item in pm.action_items:
            if item.title.startswith(title_start):
                session.expunge(item)
                return item
    raise AssertionError(title_start)


def test_overdue_actions_are_counted_and_their_due_dates_red(page: ActionItemsStep) -> None:
    # Due 2026-11-04 (in progress), 2026-11-18 and 2026-11-30 (open); the done one is not late.
    assert page.follow_up.overdue_label.isVisible()
    assert page.follow_up.overdue_label.text() == (
        "3 action items are overdue (their due dates are shown in red)."
    )
    late = select(page, "Reload PgBouncer")
    row = page.model.row_of(late)
    index = page.model.index(row, ActionItemTableModel.DUE)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    done = select(page, "Alert when WAL archiving")
    index = page.model.index(page.model.row_of(done), ActionItemTableModel.DUE)
    assert index.data(Qt.ItemDataRole.ForegroundRole) != OVERDUE_COLOR


def test_the_success_criterion_and_review_date_are_typed_and_stored(
    page: ActionItemsStep, document: PostmortemDocument, qtbot: QtBot
) -> None:
    select(page, "Exercise a primary failover")
    follow_up = page.follow_up
    qtbot.keyClicks(follow_up.criterion_edit, "A failover drill passes without paging anyone")
    qtbot.keyClicks(follow_up.review_edit, "2027-02-01")

    item = stored(document, "Exercise a primary failover")
    assert item.success_criterion == "A failover drill passes without paging anyone"
    assert item.review_on == date(2027, 2, 1)
    assert not follow_up.prompt.isVisible()  # not done yet, and not due


def test_marking_an_action_done_notes_the_day(
    page: ActionItemsStep, document: PostmortemDocument, qtbot: QtBot
) -> None:
    item = select(page, "Replace the 10-minute")
    index = page.model.index(page.model.row_of(item), ActionItemTableModel.STATUS)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "Done")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert stored(document, "Replace the 10-minute").completed_on == TODAY
    assert page.follow_up.overdue_label.text() == (
        "2 action items are overdue (their due dates are shown in red)."
    )
    document.undo_stack.undo()
    assert (item.status, item.completed_on) == (ActionStatus.OPEN, None)


def test_did_it_work_is_asked_on_the_page_and_answered(
    page: ActionItemsStep, document: PostmortemDocument, qtbot: QtBot
) -> None:
    select(page, "Alert when WAL archiving")
    follow_up = page.follow_up
    qtbot.keyClicks(follow_up.criterion_edit, "Archiving lag pages within 5 minutes")
    assert not follow_up.prompt.isVisible()
    qtbot.keyClicks(follow_up.review_edit, "2026-12-01")

    prompt = follow_up.prompt
    assert prompt.isVisible()
    assert "Archiving lag pages within 5 minutes" in prompt.question.text()
    qtbot.keyClicks(prompt.note, "Lag in November went unnoticed for 40 minutes")
    qtbot.mouseClick(prompt.not_held_button, Qt.MouseButton.LeftButton)

    assert not prompt.isVisible()
    item = stored(document, "Alert when WAL archiving")
    assert item.review_outcome is ReviewOutcome.DID_NOT_HOLD
    assert item.review_note == "Lag in November went unnoticed for 40 minutes"
    assert follow_up.answer_label.text().startswith("✗ It did not hold (answered ")
    assert follow_up.answer_label.text().endswith("Lag in November went unnoticed for 40 minutes")

    document.undo_stack.undo()
    assert prompt.isVisible()
