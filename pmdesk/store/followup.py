"""Action items across the library: the Actions window's rows and its changes.

The library may hold tens of thousands of action items, so the database filters,
sorts and pages them (what needs attention first, the order of
`domain.followup.attention_rank`); a view reads one page at a time and never builds
ORM objects for them. For an SQLite file without an engine yet, the stdlib driver
reads (see `store.overdue.read_rows`). Each change is one short write transaction that
goes through the same domain edits as the post-mortem window.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pmdesk.domain.followup import is_overdue, is_review_due, record_review, set_action_status
from pmdesk.errors import UserFacingError
from pmdesk.models import ActionItem, ActionStatus, ActionType, Priority, ReviewOutcome
from pmdesk.store.database import Database
from pmdesk.store.overdue import overdue_count, read_day, read_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "ActionCounts",
    "ActionFilter",
    "ActionRow",
    "action_choices",
    "action_rows",
    "awaiting_review",
    "change_action_status",
    "count_actions",
    "overdue_count",
    "record_action_review",
    "updated_row",
]

_ACTION_COLUMNS = """
SELECT a.id, a.postmortem_id, p.key, p.title, a.title, a.type, a.owner, a.priority,
       a.due_on, a.status, a.completed_on, a.success_criterion, a.review_on,
       a.review_outcome, p.services"""
_ACTIONS_FROM = """
FROM action_items AS a
JOIN postmortems AS p ON p.id = a.postmortem_id
"""
ACTIONS_SQL = _ACTION_COLUMNS + _ACTIONS_FROM
_OVERDUE = "a.status IN ('open', 'in_progress') AND a.due_on < :today"
# `domain.followup.attention_rank` in SQL, then by due date (undated last), then key.
ATTENTION_ORDER = f"""
ORDER BY CASE WHEN {_OVERDUE} THEN 0 WHEN a.status IN ('open', 'in_progress') THEN 1
              WHEN a.status = 'done' THEN 2 ELSE 3 END,
         CASE WHEN a.due_on IS NULL THEN 1 ELSE 0 END, a.due_on, p.key, a.id
"""


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
        due_on=read_day(due),
        status=ActionStatus(status),
        completed_on=read_day(completed),
        success_criterion=criterion or "",
        review_on=read_day(review_on),
        review_outcome=ReviewOutcome(outcome) if outcome else None,
        services=_names(services),
    )


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to list; an empty value lets every action through. Owners are
    compared without regard to (ASCII) case, so `--owner sre` finds "SRE"."""

    only_overdue: bool = False
    owner: str = ""
    type: ActionType | None = None
    priority: Priority | None = None
    service: str = ""

    def sql(self) -> tuple[str, dict[str, Any]]:
        """The condition (over `action_items AS a` joined with `postmortems AS p`) and
        its parameters."""
        conditions = ["1 = 1"]
        parameters: dict[str, Any] = {}
        if self.only_overdue:
            conditions.append(f"({_OVERDUE})")
        if self.owner:
            conditions.append("LOWER(a.owner) = LOWER(:owner)")
            parameters["owner"] = self.owner
        if self.type is not None:
            conditions.append("a.type = :type")
            parameters["type"] = self.type.value
        if self.priority is not None:
            conditions.append("a.priority = :priority")
            parameters["priority"] = self.priority.value
        if self.service:
            # Services are a JSON list of strings: the name as JSON writes it, quoted,
            # is in the text exactly when it is in the list.
            quoted = json.dumps(self.service)
            escaped = quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append("CAST(p.services AS TEXT) LIKE :service ESCAPE '\\'")
            parameters["service"] = f"%{escaped}%"
        return " AND ".join(conditions), parameters


def action_rows(
    db: Database,
    today: date,
    action_filter: ActionFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[ActionRow]:
    """The action items `action_filter` admits, what needs attention first: overdue
    (longest overdue at the top), then open by due date, then done, then won't do;
    undated work after dated work of its kind. `offset` and `limit` page through them.
    """
    condition, parameters = (action_filter or ActionFilter()).sql()
    page = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
    sql = f"{ACTIONS_SQL} WHERE {condition} {ATTENTION_ORDER}{page}"
    return [_row(values) for values in read_rows(db, sql, {**parameters, "today": today})]


@dataclass(frozen=True)
class ActionCounts:
    total: int
    overdue: int
    matching: int


def count_actions(db: Database, today: date, action_filter: ActionFilter) -> ActionCounts:
    """How many actions the library holds, how many are overdue, and how many
    `action_filter` admits."""
    condition, parameters = action_filter.sql()
    # Every action has its post-mortem: joined only when the filter asks about it
    # (joined always, counting 40,000 actions took twice as long).
    source = _ACTIONS_FROM if "p." in condition else "FROM action_items AS a"
    sql = f"""
    SELECT COUNT(*), COALESCE(SUM(CASE WHEN {_OVERDUE} THEN 1 ELSE 0 END), 0),
           COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)
    {source}
    """
    total, overdue, matching = read_rows(db, sql, {**parameters, "today": today})[0]
    return ActionCounts(int(total), int(overdue), int(matching))


def awaiting_review(
    db: Database, today: date, skipping: Collection[int] = (), limit: int = 1
) -> tuple[list[ActionRow], int]:
    """Done actions whose review date has come and whose question is unanswered
    (`domain.followup.is_review_due`): the first `limit` of them, oldest review date
    first, and how many there are; the actions `skipping` names are left out."""
    condition = "a.status = 'done' AND a.review_on <= :today AND a.review_outcome IS NULL"
    if skipping:
        condition += f" AND a.id NOT IN ({', '.join(str(int(i)) for i in skipping)})"
    # One statement: the first ones and, on each row, how many there are.
    first = (
        f"{_ACTION_COLUMNS}, COUNT(*) OVER () {_ACTIONS_FROM} WHERE {condition} "
        f"ORDER BY a.review_on, p.key, a.id LIMIT {int(limit)}"
    )
    found = read_rows(db, first, {"today": today})
    return [_row(values[:-1]) for values in found], int(found[0][-1]) if found else 0


def action_choices(db: Database) -> tuple[list[str], list[str]]:
    """The owners and the services named in the library, for the filters."""
    owners = {str(owner) for (owner,) in read_rows(db, "SELECT DISTINCT owner FROM action_items")}
    lists = read_rows(db, "SELECT DISTINCT CAST(services AS TEXT) FROM postmortems")
    services = {name for (value,) in lists for name in _names(value)}
    return sorted(owners - {""}, key=str.casefold), sorted(services, key=str.casefold)


def updated_row(row: ActionRow, item: ActionItem) -> ActionRow:
    """`row` with the follow-up values `item` (the same action) has now."""
    return dataclasses.replace(
        row,
        status=item.status,
        completed_on=item.completed_on,
        review_outcome=item.review_outcome,
    )


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
) -> ActionItem:
    """Set a stored action's status (and the day it was done) in the caller's
    transaction; returns the action."""
    item = _action(session, action_id)
    edit = set_action_status(item, status, today)
    if edit is not None:
        edit.apply()
    return item


def record_action_review(
    session: Session,
    action_id: int,
    outcome: ReviewOutcome,
    note: str,
    reviewed_by: str,
    now: datetime,
) -> ActionItem:
    """Record whether a stored action's success criterion held; returns the action."""
    item = _action(session, action_id)
    record_review(item, outcome, note, reviewed_by, now).apply()
    return item
