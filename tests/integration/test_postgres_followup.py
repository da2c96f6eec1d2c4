"""Following through on PostgreSQL: the same actions, trends and related reviews."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pmdesk.domain.related import draft_query
from pmdesk.models import ActionStatus
from pmdesk.store import Database, open_database
from pmdesk.store.followup import (
    ActionFilter,
    action_choices,
    action_rows,
    awaiting_review,
    change_action_status,
    count_actions,
    overdue_count,
)
from pmdesk.store.queries import find_postmortem
from pmdesk.store.related import related_reviews
from pmdesk.store.trends import library_trends
from tests.unit.store import test_related
from tests.unit.store.test_followup import TODAY, fill_library
from tests.unit.store.test_trends import assert_hand_computed, fill_hand_computed


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    db = open_database(postgres_url)
    yield db
    db.close()


def test_actions_are_listed_filtered_and_counted_on_postgres(pg: Database) -> None:
    fill_library(pg)
    assert [r.title for r in action_rows(pg, TODAY)][:2] == [
        "Add pooler reload",
        "Renew certificates automatically",
    ]
    assert [r.title for r in action_rows(pg, TODAY, ActionFilter(service="edge"))] == [
        "Renew certificates automatically",
        "Buy a bigger calendar",
    ]
    assert [r.title for r in action_rows(pg, TODAY, ActionFilter(owner="sre"), limit=1)] == [
        "Add pooler reload"
    ]
    counts = count_actions(pg, TODAY, ActionFilter(only_overdue=True))
    assert (counts.total, counts.overdue, counts.matching) == (5, 2, 2)
    assert overdue_count(pg, TODAY) == 2
    assert action_choices(pg) == (
        ["Database team", "Platform", "SRE"],
        ["checkout", "edge", "pgbouncer"],
    )
    (runbook,) = [r for r in action_rows(pg, TODAY) if r.title == "Runbook for failover"]
    assert awaiting_review(pg, TODAY) == ([], 0)
    with pg.transaction() as session:
        change_action_status(session, runbook.id, ActionStatus.OPEN, TODAY)
    assert overdue_count(pg, TODAY) == 3


def test_trends_on_postgres_match_the_hand_computed_numbers(pg: Database) -> None:
    fill_hand_computed(pg)
    assert_hand_computed(library_trends(pg, TODAY))


def test_related_reviews_on_postgres(pg: Database) -> None:
    test_related.fill(pg)
    with pg.reading() as session:
        query = draft_query(find_postmortem(session, "PM-0004"))
    assert [r.key for r in related_reviews(pg, query, TODAY)] == ["PM-0001", "PM-0003"]
