"""Fixtures for the publish/export tests: the sample post-mortem in an in-memory store."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from pmdesk.models import Postmortem
from pmdesk.resource_files import resource_path
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem

SAMPLE = resource_path("samples", "database-failover.json")
FIXED_TIME = datetime(2026, 10, 17, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def sample_document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(SAMPLE).read_text(encoding="utf-8"))
    return data


@pytest.fixture
def database() -> Iterator[Database]:
    db = open_database("sqlite://")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.transaction() as s:
        yield s


LoadPostmortem = Callable[..., Postmortem]


@pytest.fixture
def load_pm(session: Session, sample_document: dict[str, Any]) -> LoadPostmortem:
    """Load the sample, optionally edited by `edit(data)` first (data is a deep copy)."""

    def load(edit: Callable[[dict[str, Any]], None] | None = None) -> Postmortem:
        document = copy.deepcopy(sample_document)
        if edit is not None:
            edit(document["postmortem"])
        pm, _created = load_postmortem(session, document)
        return pm

    return load


@pytest.fixture
def sample_pm(load_pm: LoadPostmortem) -> Postmortem:
    return load_pm()


def add_event(data: dict[str, Any], text: str, *, author: str | None = None, **extra: Any) -> None:
    """Append a timeline event (as imported from chat or logs) to interchange data."""
    index = len(data["timeline"]) + 1
    data["timeline"].append(
        {
            "ref": f"e{index}",
            "occurred_at": extra.pop("occurred_at", "2026-10-14T10:30:00Z"),
            "text": text,
            "original_time": "10:30:00",
            "source_zone": "UTC",
            "source": extra.pop("source", "slack #inc-checkout"),
            "author": author,
            "kind": "message",
            "key_moment": extra.pop("key_moment", None),
            "fingerprint": f"{index:064x}",
            "flags": [],
            "is_internal_only": extra.pop("is_internal_only", False),
            "corroborates": extra.pop("corroborates", None),
            "import": None,
        }
    )
