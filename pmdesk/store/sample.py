"""The sample post-mortem a newcomer sees on first start."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmdesk.models import Postmortem
from pmdesk.resource_files import resource_path
from pmdesk.store.interchange import load_postmortem

__all__ = ["ensure_sample", "sample_file"]


def sample_file() -> Path:
    return resource_path("samples", "database-failover.json")


def ensure_sample(session: Session) -> Postmortem | None:
    """Load the sample when the database holds no post-mortem at all."""
    if session.scalar(select(func.count()).select_from(Postmortem)):
        return None
    document = json.loads(sample_file().read_text(encoding="utf-8"))
    postmortem, _created = load_postmortem(session, document)
    return postmortem
