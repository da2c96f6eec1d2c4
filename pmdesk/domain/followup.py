"""Following action items through: overdue work, and "did it work?" reviews.

A post-mortem only pays off when its action items are done and the change they made
actually helps. Two questions are asked across the whole library: which actions are
late (open or in progress past their due date), and which done actions have reached
their review date without anyone saying whether their success criterion held. The
answers are plain functions over an action's stored values, so the Actions window,
the post-mortem's page, the CLI and the exports agree; every change is an `Edit`, so
the post-mortem window can undo it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pmdesk.domain.edits import Compound, Edit, SetValue
from pmdesk.models import ActionItem, ActionStatus, ReviewOutcome

__all__ = [
    "UNFINISHED",
    "attention_rank",
    "is_overdue",
    "is_review_due",
    "local_today",
    "overdue_actions",
    "record_review",
    "reviews_due",
    "set_action_status",
]

# Statuses of work still to be done: only these can be overdue.
UNFINISHED = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})


def local_today() -> date:
    """Today where the user is: due and review dates are days on their calendar."""
    return datetime.now(UTC).astimezone().date()


def is_overdue(status: ActionStatus, due_on: date | None, today: date) -> bool:
    """Whether an action with this status and due date is late on `today`."""
    return status in UNFINISHED and due_on is not None and due_on < today


def is_review_due(
    status: ActionStatus, review_on: date | None, outcome: ReviewOutcome | None, today: date
) -> bool:
    """Whether pmdesk should now ask if a done action worked.

    The question comes once the action is done and its review date has come, and
    stays until it is answered.
    """
    return (
        status is ActionStatus.DONE
        and review_on is not None
        and review_on <= today
        and outcome is None
    )


def overdue_actions(items: list[ActionItem], today: date) -> list[ActionItem]:
    """The items of `items` that are late on `today`, in their order."""
    return [item for item in items if is_overdue(item.status, item.due_on, today)]


def reviews_due(items: list[ActionItem], today: date) -> list[ActionItem]:
    """The items of `items` whose "did it work?" question is due on `today`."""
    return [
        item
        for item in items
        if is_review_due(item.status, item.review_on, item.review_outcome, today)
    ]


def attention_rank(status: ActionStatus, due_on: date | None, today: date) -> int:
    """Where an action goes in a list sorted by what needs attention first:
    0 overdue, 1 other open or in progress, 2 done, 3 won't do."""
    if is_overdue(status, due_on, today):
        return 0
    if status in UNFINISHED:
        return 1
    return 2 if status is ActionStatus.DONE else 3


def set_action_status(
    item: ActionItem, status: ActionStatus, today: date, label: str = "Change action status"
) -> Edit | None:
    """Change `item`'s status, noting the day it became done (None: no change).

    Leaving "done" forgets the day, so "done by the due date" always describes the
    latest time it was finished.
    """
    if item.status == status:
        return None
    completed_on = today if status is ActionStatus.DONE else None
    edits: list[Edit] = [SetValue(item, "status", status, label)]
    if item.completed_on != completed_on:
        edits.append(SetValue(item, "completed_on", completed_on, label))
    return Compound(tuple(edits), label) if len(edits) > 1 else edits[0]


def record_review(
    item: ActionItem,
    outcome: ReviewOutcome,
    note: str,
    reviewed_by: str,
    now: datetime,
    label: str = "Record whether the action worked",
) -> Edit:
    """Record whether `item`'s success criterion held, with a note, who and when."""
    values = {
        "review_outcome": outcome,
        "review_note": note.strip(),
        "reviewed_by": reviewed_by.strip(),
        "reviewed_at": now,
    }
    return Compound(
        tuple(SetValue(item, name, value, label) for name, value in values.items()), label
    )
