"""Timeline events and the imports they came from."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pmdesk.models._base import Base, KeyMoment
from pmdesk.models.postmortem import utc_now

if TYPE_CHECKING:
    from pmdesk.models.postmortem import Postmortem


class ImportBatch(Base):
    """One import of a file into the timeline, so it can be removed in one step."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    source_label: Mapped[str] = mapped_column(default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[str] = mapped_column(String(32), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utc_now)
    event_count: Mapped[int] = mapped_column(default=0)
    skipped_count: Mapped[int] = mapped_column(default=0)

    postmortem: Mapped[Postmortem] = relationship(back_populates="import_batches")
    events: Mapped[list[TimelineEvent]] = relationship(back_populates="import_batch")


class TimelineEvent(Base):
    """One objective entry of the timeline, stored in UTC."""

    __tablename__ = "timeline_events"
    __table_args__ = (
        UniqueConstraint("postmortem_id", "fingerprint", name="uq_timeline_events_fingerprint"),
        Index("ix_timeline_events_postmortem_time", "postmortem_id", "occurred_at"),
        # The library's trends read every post-mortem's key moments from this alone.
        Index("ix_timeline_events_key_moment", "key_moment", "postmortem_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, default="")
    # The timestamp exactly as the source wrote it, and the zone it was read in.
    original_time: Mapped[str] = mapped_column(default="")
    source_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    source: Mapped[str] = mapped_column(default="manual")
    author: Mapped[str | None] = mapped_column(default=None)
    kind: Mapped[str] = mapped_column(String(32), default="note")
    key_moment: Mapped[KeyMoment | None] = mapped_column(default=None)
    fingerprint: Mapped[str] = mapped_column(String(64))
    flags: Mapped[list[str]] = mapped_column(default=list)
    is_internal_only: Mapped[bool] = mapped_column(default=False)
    # The log level of a log line (pmdesk's names: "error", "warning", …); None for
    # messages and notes, which have none.
    level: Mapped[str | None] = mapped_column(String(16), default=None)
    # The same moment seen by another source (a PagerDuty alert, its Slack message, the
    # alert log's line) is kept as evidence that corroborates one event, the one the
    # timeline shows: `pmdesk.domain.corroboration`. Never a chain: the event it
    # corroborates corroborates nothing itself.
    corroborates_id: Mapped[int | None] = mapped_column(
        ForeignKey("timeline_events.id", ondelete="SET NULL"), default=None
    )
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), default=None
    )

    postmortem: Mapped[Postmortem] = relationship(back_populates="timeline_events")
    import_batch: Mapped[ImportBatch | None] = relationship(back_populates="events")
    # Set by an UPDATE after the rows are inserted: otherwise the unit of work inserts a
    # corroborating event after the others, and its id (which orders events of the same
    # second) no longer follows the timeline's order.
    corroborates: Mapped[TimelineEvent | None] = relationship(
        remote_side=[id], foreign_keys=[corroborates_id], post_update=True
    )
