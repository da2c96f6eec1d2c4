"""Actions across the library: the listing, its filters, its changes, and the CLI."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

from pmdesk.cli import run
from pmdesk.domain.actions import new_action_item
from pmdesk.models import ActionItem, ActionStatus, ActionType, Priority, ReviewOutcome
from pmdesk.settings import Paths
from pmdesk.store import Database, migrations, open_database
from pmdesk.store.followup import (
    ActionFilter,
    action_rows,
    change_action_status,
    overdue_count,
    record_action_review,
)
from pmdesk.store.queries import create_postmortem

TODAY = date(2026, 12, 3)


def add_action(
    pm_actions: list[ActionItem],
    title: str,
    *,
    owner: str = "SRE",
    due_on: date | None = None,
    status: ActionStatus = ActionStatus.OPEN,
    type_: ActionType = ActionType.OTHER,
    priority: Priority = Priority.P2,
) -> ActionItem:
    item = new_action_item(title=title)
    item.owner, item.due_on, item.status, item.type, item.priority = (
        owner,
        due_on,
        status,
        type_,
        priority,
    )
    item.position = len(pm_actions)
    pm_actions.append(item)
    return item


def fill_library(db: Database) -> None:
    """Two post-mortems, five actions: two overdue, one open, one done, one dropped."""
    with db.transaction() as session:
        first = create_postmortem(session, "Checkout errors", services=["checkout", "pgbouncer"])
        add_action(first.action_items, "Add pooler reload", due_on=date(2026, 11, 20))
        add_action(
            first.action_items,
            "Alert on archiver failures",
            owner="Database team",
            due_on=date(2026, 12, 24),
            type_=ActionType.MONITORING,
        )
        add_action(
            first.action_items,
            "Runbook for failover",
            due_on=date(2026, 11, 1),
            status=ActionStatus.DONE,
        )
        second = create_postmortem(session, "Certificate expiry", services=["edge"])
        add_action(
            second.action_items,
            "Renew certificates automatically",
            owner="Platform",
            due_on=date(2026, 12, 1),
            status=ActionStatus.IN_PROGRESS,
            priority=Priority.P1,
        )
        add_action(second.action_items, "Buy a bigger calendar", status=ActionStatus.WONT_DO)


def test_actions_are_listed_overdue_first(db: Database) -> None:
    fill_library(db)
    rows = action_rows(db, TODAY)
    assert [(r.postmortem_key, r.title, r.is_overdue(TODAY)) for r in rows] == [
        ("PM-0001", "Add pooler reload", True),
        ("PM-0002", "Renew certificates automatically", True),
        ("PM-0001", "Alert on archiver failures", False),
        ("PM-0001", "Runbook for failover", False),
        ("PM-0002", "Buy a bigger calendar", False),
    ]
    assert rows[0].services == ("checkout", "pgbouncer")
    assert overdue_count(db, TODAY) == 2


def test_filters_by_owner_type_priority_service_and_lateness(db: Database) -> None:
    fill_library(db)

    def titles(chosen: ActionFilter) -> list[str]:
        return [row.title for row in action_rows(db, TODAY, chosen)]

    assert titles(ActionFilter(only_overdue=True, owner="sre")) == ["Add pooler reload"]
    assert titles(ActionFilter(type=ActionType.MONITORING)) == ["Alert on archiver failures"]
    assert titles(ActionFilter(priority=Priority.P1)) == ["Renew certificates automatically"]
    assert titles(ActionFilter(service="edge")) == [
        "Renew certificates automatically",
        "Buy a bigger calendar",
    ]


def test_a_status_change_is_stored_with_the_day_it_was_done(db: Database) -> None:
    fill_library(db)
    (row,) = action_rows(db, TODAY, ActionFilter(owner="Platform"))
    with db.transaction() as session:
        change_action_status(session, row.id, ActionStatus.DONE, TODAY)
    (row,) = action_rows(db, TODAY, ActionFilter(owner="Platform"))
    assert (row.status, row.completed_on) == (ActionStatus.DONE, TODAY)
    assert overdue_count(db, TODAY) == 1


def test_a_review_answer_is_stored(db: Database) -> None:
    fill_library(db)
    (row,) = [r for r in action_rows(db, TODAY) if r.title == "Runbook for failover"]
    now = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    with db.transaction() as session:
        record_action_review(session, row.id, ReviewOutcome.HELD, "Used twice.", "lena", now)
    with db.reading() as session:
        item = session.get(ActionItem, row.id)
        assert item is not None
        assert (item.review_outcome, item.review_note, item.reviewed_by, item.reviewed_at) == (
            ReviewOutcome.HELD,
            "Used twice.",
            "lena",
            now,
        )


def pmdesk(paths: Paths, *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    assert err.getvalue() == ""
    return status, out.getvalue()


def test_cli_lists_overdue_actions_of_an_owner(paths: Paths, db: Database) -> None:
    fill_library(db)
    db.close()
    # The CLI asks about today: dates relative to it are far enough in the past.
    status, out = pmdesk(paths, "actions", "--overdue", "--owner", "Platform", "--json")
    assert status == 0
    (item,) = json.loads(out)
    assert item["title"] == "Renew certificates automatically"
    assert item["postmortem"] == "PM-0002"
    assert item["is_overdue"] is True
    assert item["status"] == "in_progress"

    status, out = pmdesk(paths, "actions", "--overdue")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("PM-0001")
    assert "OVERDUE" in lines[0]
    assert "Add pooler reload" in lines[0]


def test_actions_of_an_older_database_get_an_empty_follow_up(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(
            text(
                "INSERT INTO postmortems (id, uuid, key, title, summary, customer_impact, "
                "status, facilitator, language, tags, services, created_at, updated_at, "
                "version, facilitator_notes) VALUES (1, 'u-1', 'PM-0001', 'Old', '', '', "
                "'draft', '', 'en', '[]', '[]', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00', 1, '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO action_items (postmortem_id, title, description, type, owner, "
                "priority, due_on, status, tracker_url, position) VALUES (1, 'Old action', '', "
                "'other', 'SRE', 'P2', '2026-01-10', 'done', '', 0)"
            )
        )
    engine.dispose()
    database = open_database(url)
    try:
        (row,) = action_rows(database, TODAY)
        assert (row.title, row.completed_on, row.success_criterion, row.review_on) == (
            "Old action",
            None,
            "",
            None,
        )
        assert row.review_outcome is None
    finally:
        database.close()
