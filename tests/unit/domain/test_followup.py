"""Overdue actions and "did it work?" reviews, as pure logic over action items."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pmdesk.domain.actions import new_action_item
from pmdesk.domain.followup import (
    attention_rank,
    is_overdue,
    is_review_due,
    overdue_actions,
    record_review,
    reviews_due,
    set_action_status,
)
from pmdesk.models import ActionStatus, ReviewOutcome

TODAY = date(2026, 12, 3)


def test_only_unfinished_work_past_its_due_date_is_overdue() -> None:
    yesterday, today = date(2026, 12, 2), TODAY
    assert is_overdue(ActionStatus.OPEN, yesterday, today)
    assert is_overdue(ActionStatus.IN_PROGRESS, yesterday, today)
    # Due today is not late yet; done or dropped work is never late; no date, no lateness.
    assert not is_overdue(ActionStatus.OPEN, today, today)
    assert not is_overdue(ActionStatus.DONE, yesterday, today)
    assert not is_overdue(ActionStatus.WONT_DO, yesterday, today)
    assert not is_overdue(ActionStatus.OPEN, None, today)


def test_overdue_actions_keep_their_order() -> None:
    late = new_action_item(title="late")
    late.due_on = date(2026, 11, 1)
    on_time = new_action_item(title="on time")
    on_time.due_on = date(2026, 12, 24)
    later_late = new_action_item(title="also late")
    later_late.due_on = date(2026, 12, 1)
    assert [i.title for i in overdue_actions([late, on_time, later_late], TODAY)] == [
        "late",
        "also late",
    ]


def test_attention_rank_puts_overdue_first_and_wont_do_last() -> None:
    ranks = [
        attention_rank(ActionStatus.OPEN, date(2026, 1, 1), TODAY),
        attention_rank(ActionStatus.IN_PROGRESS, None, TODAY),
        attention_rank(ActionStatus.DONE, date(2026, 1, 1), TODAY),
        attention_rank(ActionStatus.WONT_DO, None, TODAY),
    ]
    assert ranks == [0, 1, 2, 3]


def test_becoming_done_notes_the_day_and_undo_forgets_it() -> None:
    item = new_action_item(title="Reload the pooler on failover")
    edit = set_action_status(item, ActionStatus.DONE, TODAY)
    assert edit is not None
    inverse = edit.apply()
    assert (item.status, item.completed_on) == (ActionStatus.DONE, TODAY)
    inverse.apply()
    assert (item.status, item.completed_on) == (ActionStatus.OPEN, None)


def test_reopening_forgets_the_day_it_was_done() -> None:
    item = new_action_item()
    item.status, item.completed_on = ActionStatus.DONE, date(2026, 11, 20)
    edit = set_action_status(item, ActionStatus.IN_PROGRESS, TODAY)
    assert edit is not None
    edit.apply()
    assert item.completed_on is None
    assert set_action_status(item, ActionStatus.IN_PROGRESS, TODAY) is None


def test_the_question_comes_when_done_and_the_review_day_has_come() -> None:
    assert is_review_due(ActionStatus.DONE, TODAY, None, TODAY)
    assert not is_review_due(ActionStatus.DONE, date(2026, 12, 4), None, TODAY)
    assert not is_review_due(ActionStatus.IN_PROGRESS, TODAY, None, TODAY)
    assert not is_review_due(ActionStatus.DONE, None, None, TODAY)
    assert not is_review_due(ActionStatus.DONE, TODAY, ReviewOutcome.HELD, TODAY)


def test_recording_the_answer_stops_the_question_and_undoes_whole() -> None:
    item = new_action_item(title="Alert on archiver failures")
    item.status, item.review_on = ActionStatus.DONE, date(2026, 12, 1)
    assert reviews_due([item], TODAY) == [item]
    now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)

    inverse = record_review(
        item, ReviewOutcome.DID_NOT_HOLD, "  Paged twice. ", "lena", now
    ).apply()

    assert (item.review_outcome, item.review_note, item.reviewed_by, item.reviewed_at) == (
        ReviewOutcome.DID_NOT_HOLD,
        "Paged twice.",
        "lena",
        now,
    )
    assert reviews_due([item], TODAY) == []
    inverse.apply()
    assert (item.review_outcome, item.review_note, item.reviewed_by, item.reviewed_at) == (
        None,
        "",
        "",
        None,
    )
