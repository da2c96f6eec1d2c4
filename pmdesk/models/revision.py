"""Revisions: who changed what in a post-mortem, one row per save (the audit trail)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from pmdesk.models._base import Base
from pmdesk.models.postmortem import utc_now


class Revision(Base):
    """What one save (or a run of quick saves by one person) changed in a post-mortem.

    It covers the versions after `base_version` up to and including `version`, so the
    revisions of a post-mortem since any version say exactly what others changed
    since then. `changes` holds field-level entries (see store.revisions).
    """

    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_postmortem_version", "postmortem_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    base_version: Mapped[int]
    version: Mapped[int]
    author: Mapped[str]
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
