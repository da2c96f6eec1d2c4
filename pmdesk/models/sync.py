"""What push and pull between two databases remember (see store.sync)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pmdesk.models._base import Base
from pmdesk.models.postmortem import utc_now


class DatabaseIdentity(Base):
    """The one row that tells this database apart from every other (a UUID), so that
    a laptop's database knows which team database it last agreed with."""

    __tablename__ = "database_identity"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)


class SyncPoint(Base):
    """The last push or pull of a post-mortem between this database and `peer`: this
    database's `version` of it then held the same as the peer's `peer_version`. Both
    sides' changes since are merged three-way against that shared state."""

    __tablename__ = "sync_points"
    __table_args__ = (UniqueConstraint("postmortem_id", "peer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    peer: Mapped[str] = mapped_column(String(36))
    version: Mapped[int]
    peer_version: Mapped[int]
    synced_at: Mapped[datetime] = mapped_column(default=utc_now)
