"""A library of published post-mortems for the static-site tests: copies of the sample,
each with its own key, title, services, tags, severity and year."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pmdesk.exporters.html import content_hash
from pmdesk.resource_files import resource_path
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.publications import publish

Edit = Callable[[int, dict[str, Any]], None]


def sample_postmortem() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        Path(resource_path("samples", "database-failover.json")).read_text(encoding="utf-8")
    )
    return data


def add_published(
    db: Database,
    count: int,
    *,
    edit: Edit | None = None,
    profile: str = "internal",
    start: int = 1,
    published: bool = True,
) -> list[str]:
    """Load `count` copies of the sample (number `start` on), edited by `edit(number,
    postmortem)`, and publish each once; returns their keys."""
    sample = sample_postmortem()
    keys = []
    with db.transaction() as session:
        for number in range(start, start + count):
            document = copy.deepcopy(sample)
            data = document["postmortem"]
            data["uuid"] = str(uuid.UUID(int=number))
            data["key"] = f"PM-{number:04d}"
            data["title"] = f"{data['title']} (review {number})"
            data["publications"] = []
            if edit is not None:
                edit(number, data)
            pm, _created = load_postmortem(session, document)
            if published:
                publish(
                    session,
                    pm,
                    formats=["html"],
                    profile=profile,
                    content_hash=content_hash(pm.title),
                )
            keys.append(pm.key)
    return keys
