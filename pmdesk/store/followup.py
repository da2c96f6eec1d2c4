"""Action items across the library: the Actions window's rows and its changes.

The rows are read with one SQL statement and no ORM objects, so a library of ten
thousand post-mortems lists its actions in a fraction of a second; for an SQLite file
without an engine yet, the stdlib driver reads them (as `store.library` does). Each
change is one short write transaction that goes through the same domain edits as the
post-mortem window.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pmdesk.domain.followup import (
    attention_rank,
    is_overdue,
    is_review_due,
    record_review,
    set_action_status,
)
from pmdesk.errors import UserFacingError
from pmdesk.models import ActionItem, ActionStatus, ActionType, Priority, ReviewOutcome
from pmdesk.store.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "ActionFilter",
    "ActionRow",
    "action_rows",
    "change_action_status",
    "overdue_count",
    "read_rows",
    "record_action_review",
    "sort_for_attention",
]

ACTIONS_SQL = """
SELECT a.id, a.postmortem_id, p.key, p.title, a.title, a.type, a.owner, a.priority,
       a.due_on, a.status, a.completed_on, a.success_criterion, a.review_on,
       a.review_outcome, p.services
FROM action_items AS a
JOIN postmortems AS p ON p.id = a.postmortem_id
"""

UNFINISHED_DUE_SQL = """
SELECT due_on FROM action_items
WHERE status IN ('open', 'in_progress') AND due_on IS NOT NULL
"""


def read_rows(db: Database, sql: str) -> list[Sequence[Any]]:
    """The rows of one read-only statement without parameters, in one snapshot."""
    path = db.sqlite_file
    if path is not None and not db.has_engine:
        reader = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return list(reader.execute(sql))
        finally:
            reader.close()
    from sqlalchemy import text

    with db.engine.connect() as connection:
        return list(connection.execute(text(sql)))


def _day(value: Any) -> date | None:
    # SQLite gives ISO text, PostgreSQL a date.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _names(value: Any) -> tuple[str, ...]:
    names = json.loads(value) if isinstance(value, str) else value
    return tuple(str(name) for name in names or ())


@dataclass(frozen=True)
class ActionRow:
    """One action item as the Actions window and `pmdesk actions` show it."""

    id: int
    postmortem_id: int
    postmortem_key: str
    postmortem_title: str
    title: str
    type: ActionType
    owner: str
    priority: Priority
    due_on: date | None
    status: ActionStatus
    completed_on: date | None
    success_criterion: str
    review_on: date | None
    review_outcome: ReviewOutcome | None
    services: tuple[str, ...]

    def is_overdue(self, today: date) -> bool:
        return is_overdue(self.status, self.due_on, today)

    def is_review_due(self, today: date) -> bool:
        return is_review_due(self.status, self.review_on, self.review_outcome, today)

    def as_json(self, today: date) -> dict[str, Any]:
        return {
            "postmortem": self.postmortem_key,
            "title": self.title,
            "type": self.type.value,
            "owner": self.owner,
            "priority": self.priority.value,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "status": self.status.value,
            "is_overdue": self.is_overdue(today),
            "completed_on": self.completed_on.isoformat() if self.completed_on else None,
            "success_criterion": self.success_criterion,
            "review_on": self.review_on.isoformat() if self.review_on else None,
            "review_outcome": self.review_outcome.value if self.review_outcome else None,
            "is_review_due": self.is_review_due(today),
            "services": list(self.services),
        }


def _row(values: Sequence[Any]) -> ActionRow:
    (ident, pm_id, key, pm_title, title, kind, owner, priority, due, status, completed,
     criterion, review_on, outcome, services) = values  # fmt: skip
    return ActionRow(
        id=int(ident),
        postmortem_id=int(pm_id),
        postmortem_key=key,
        postmortem_title=pm_title or "",
        title=title or "",
        type=ActionType(kind),
        owner=owner or "",
        priority=Priority(priority),
        due_on=_day(due),
        status=ActionStatus(status),
        completed_on=_day(completed),
        success_criterion=criterion or "",
        review_on=_day(review_on),
        review_outcome=ReviewOutcome(outcome) if outcome else None,
        services=_names(services),
    )


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to list; an empty value lets every action through."""

    only_overdue: bool = False
    owner: str = ""
    type: ActionType | None = None
    priority: Priority | None = None
    service: str = ""

    def admits(self, row: ActionRow, today: date) -> bool:
        # Owners and services are compared without regard to case: "SRE" is "sre".
        return (
            (not self.only_overdue or row.is_overdue(today))
            and (not self.owner or row.owner.casefold() == self.owner.casefold())
            and (self.type is None or row.type is self.type)
            and (self.priority is None or row.priority is self.priority)
            and (
                not self.service
                or any(s.casefold() == self.service.casefold() for s in row.services)
            )
        )


def sort_for_attention(rows: Iterable[ActionRow], today: date) -> list[ActionRow]:
    """Overdue first (longest overdue at the top), then open by due date, then done
    and won't-do; undated work after dated work of its kind."""
    return sorted(
        rows,
        key=lambda row: (
            attention_rank(row.status, row.due_on, today),
            row.due_on is None,
            row.due_on or date.max,
            row.postmortem_key,
            row.id,
        ),
    )


def action_rows(
    db: Database, today: date, action_filter: ActionFilter | None = None
) -> list[ActionRow]:
    """Every action item in the library that `action_filter` admits, what needs
    attention first (see `sort_for_attention`)."""
    chosen = action_filter or ActionFilter()
    rows = (_row(values) for values in read_rows(db, ACTIONS_SQL))
    return sort_for_attention((row for row in rows if chosen.admits(row, today)), today)


def overdue_count(db: Database, today: date) -> int:
    """How many action items in the library are late on `today`."""
    return sum(1 for (due,) in read_rows(db, UNFINISHED_DUE_SQL) if (_day(due) or today) < today)


def _action(session: Session, action_id: int) -> ActionItem:
    item = session.get(ActionItem, action_id)
    if item is None:
        raise UserFacingError(
            "This action item no longer exists; it was deleted elsewhere.",
            "The list has been refreshed.",
        )
    return item


def change_action_status(
    session: Session, action_id: int, status: ActionStatus, today: date
) -> None:
    """Set a stored action's status (and the day it was done) in the caller's
    transaction."""
    edit = set_action_status(_action(session, action_id), status, today)
    if edit is not None:
        edit.apply()


def record_action_review(
    session: Session,
    action_id: int,
    outcome: ReviewOutcome,
    note: str,
    reviewed_by: str,
    now: datetime,
) -> None:
    """Record whether a stored action's success criterion held."""
    record_review(_action(session, action_id), outcome, note, reviewed_by, now).apply()
