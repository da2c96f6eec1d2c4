"""Root-cause analysis: why-trees, and the action items that address root causes."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pmdesk.models._base import ActionStatus, ActionType, Base, Priority, ReviewOutcome

if TYPE_CHECKING:
    from pmdesk.models.postmortem import Postmortem
    from pmdesk.models.timeline import TimelineEvent

why_evidence = Table(
    "why_evidence",
    Base.metadata,
    Column("why_node_id", ForeignKey("why_nodes.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "timeline_event_id", ForeignKey("timeline_events.id", ondelete="CASCADE"), primary_key=True
    ),
)

action_item_root_causes = Table(
    "action_item_root_causes",
    Base.metadata,
    Column("action_item_id", ForeignKey("action_items.id", ondelete="CASCADE"), primary_key=True),
    Column("why_node_id", ForeignKey("why_nodes.id", ondelete="CASCADE"), primary_key=True),
)


class WhyNode(Base):
    """One "why?" in a chain; a node without a parent starts a chain."""

    __tablename__ = "why_nodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("why_nodes.id", ondelete="CASCADE"), default=None
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    is_root_cause: Mapped[bool] = mapped_column(default=False)
    category: Mapped[str | None] = mapped_column(default=None)

    postmortem: Mapped[Postmortem] = relationship(back_populates="why_nodes")
    parent: Mapped[WhyNode | None] = relationship(
        back_populates="children", remote_side="WhyNode.id"
    )
    children: Mapped[list[WhyNode]] = relationship(
        back_populates="parent", order_by="WhyNode.position"
    )
    evidence: Mapped[list[TimelineEvent]] = relationship(
        secondary=why_evidence, order_by="TimelineEvent.occurred_at"
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        secondary=action_item_root_causes, back_populates="root_causes", viewonly=True
    )


class ActionItem(Base):
    """A concrete task that addresses one or more root causes."""

    __tablename__ = "action_items"
    # Overdue counts and the trends' "done by the due date" read this alone.
    __table_args__ = (Index("ix_action_items_due_on", "due_on", "status", "completed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[ActionType] = mapped_column(default=ActionType.OTHER)
    owner: Mapped[str] = mapped_column(default="")
    priority: Mapped[Priority] = mapped_column(default=Priority.P2)
    due_on: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    tracker_url: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    # The day the status last became done (None while not done): "done by the due date"
    # is measured against it.
    completed_on: Mapped[date | None] = mapped_column(default=None)
    # "How we will know it worked", and when to ask whether it did.
    success_criterion: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(default=None)
    # The answer, once given: whether the criterion held, a note, who answered and when.
    review_outcome: Mapped[ReviewOutcome | None] = mapped_column(default=None)
    review_note: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[str] = mapped_column(default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)

    postmortem: Mapped[Postmortem] = relationship(back_populates="action_items")
    root_causes: Mapped[list[WhyNode]] = relationship(
        secondary=action_item_root_causes, order_by="WhyNode.id"
    )
