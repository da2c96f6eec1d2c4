"""The post-mortem and the parts that belong to it alone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship
from sqlalchemy.sql.functions import FunctionElement

from pmdesk.models._base import Base, Language, LessonKind, Status, Verdict, enum_column

if TYPE_CHECKING:
    from pmdesk.models.analysis import ActionItem, WhyNode
    from pmdesk.models.records import LintAcknowledgement, Publication
    from pmdesk.models.timeline import ImportBatch, TimelineEvent


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Postmortem(Base):
    """One incident's investigation: the root of everything else."""

    __tablename__ = "postmortems"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(unique=True, default=new_uuid)
    key: Mapped[str] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    customer_impact: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[int | None] = mapped_column(Integer, default=None)
    incident_start: Mapped[datetime | None] = mapped_column(default=None)
    incident_end: Mapped[datetime | None] = mapped_column(default=None)
    # When the team meets to go through the post-mortem (the calendar export's event).
    review_meeting_at: Mapped[datetime | None] = mapped_column(default=None)
    status: Mapped[Status] = mapped_column(default=Status.DRAFT)
    facilitator: Mapped[str] = mapped_column(default="")
    language: Mapped[Language] = mapped_column(default=Language.EN)
    tags: Mapped[list[str]] = mapped_column(default=list)
    services: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Bumped on every change to the post-mortem or any of its parts (see store.session).
    version: Mapped[int] = mapped_column(default=1)
    # Private to the facilitator: never shown in presenter mode, never exported. Stored
    # apart, one row per database user (see PrivateNote); mapped below.
    if TYPE_CHECKING:
        facilitator_notes: Mapped[str]

    participants: Mapped[list[Participant]] = relationship(
        back_populates="postmortem",
        cascade="all, delete-orphan",
        order_by="Participant.position",
    )
    trigger_assessment: Mapped[TriggerAssessment | None] = relationship(
        back_populates="postmortem", cascade="all, delete-orphan", uselist=False
    )
    timeline_events: Mapped[list[TimelineEvent]] = relationship(
        back_populates="postmortem",
        cascade="all, delete-orphan",
        order_by="(TimelineEvent.occurred_at, TimelineEvent.id)",
    )
    import_batches: Mapped[list[ImportBatch]] = relationship(
        back_populates="postmortem", cascade="all, delete-orphan", order_by="ImportBatch.id"
    )
    why_nodes: Mapped[list[WhyNode]] = relationship(
        back_populates="postmortem",
        cascade="all, delete-orphan",
        order_by="(WhyNode.parent_id, WhyNode.position)",
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="postmortem", cascade="all, delete-orphan", order_by="ActionItem.position"
    )
    lessons: Mapped[list[Lesson]] = relationship(
        back_populates="postmortem", cascade="all, delete-orphan", order_by="Lesson.position"
    )
    contributing_factors: Mapped[list[ContributingFactor]] = relationship(
        back_populates="postmortem",
        cascade="all, delete-orphan",
        order_by="ContributingFactor.position",
    )
    acknowledgements: Mapped[list[LintAcknowledgement]] = relationship(
        back_populates="postmortem", cascade="all, delete-orphan", order_by="LintAcknowledgement.id"
    )
    publications: Mapped[list[Publication]] = relationship(
        back_populates="postmortem", cascade="all, delete-orphan", order_by="Publication.version"
    )

    @property
    def why_chains(self) -> list[WhyNode]:
        """The roots of the why-trees, in order."""
        return sorted(
            (node for node in self.why_nodes if node.parent is None), key=lambda n: n.position
        )

    @property
    def root_causes(self) -> list[WhyNode]:
        return [node for node in self.why_nodes if node.is_root_cause]

    def __repr__(self) -> str:
        return f"Postmortem(key={self.key!r}, title={self.title!r})"


class Participant(Base):
    """Someone who took part in the incident or the review."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    team: Mapped[str] = mapped_column(default="")
    # Chat handles and author names that mean this person ("lena", "ben.okafor"): the
    # public profile replaces them with the participant's pseudonym.
    handles: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int] = mapped_column(default=0)

    postmortem: Mapped[Postmortem] = relationship(back_populates="participants")


class TriggerAssessment(Base):
    """The answers to the trigger policy's questions and the verdict they gave."""

    __tablename__ = "trigger_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(
        ForeignKey("postmortems.id", ondelete="CASCADE"), unique=True
    )
    data_loss: Mapped[bool | None] = mapped_column(default=None)
    outage_minutes: Mapped[int | None] = mapped_column(default=None)
    severity: Mapped[int | None] = mapped_column(default=None)
    customers_affected: Mapped[bool | None] = mapped_column(default=None)
    security_impact: Mapped[bool | None] = mapped_column(default=None)
    slo_budget_burned_pct: Mapped[float | None] = mapped_column(default=None)
    verdict: Mapped[Verdict | None] = mapped_column(default=None)
    reasons: Mapped[list[str]] = mapped_column(default=list)
    override_verdict: Mapped[Verdict | None] = mapped_column(
        enum_column(Verdict, "override_verdict"), default=None
    )
    override_reason: Mapped[str] = mapped_column(Text, default="")

    postmortem: Mapped[Postmortem] = relationship(back_populates="trigger_assessment")

    @property
    def effective_verdict(self) -> Verdict | None:
        return self.override_verdict or self.verdict


class Lesson(Base):
    """What went well, what went wrong, or where we got lucky."""

    __tablename__ = "lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    kind: Mapped[LessonKind]
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    is_internal_only: Mapped[bool] = mapped_column(default=False)

    postmortem: Mapped[Postmortem] = relationship(back_populates="lessons")


class ContributingFactor(Base):
    """A condition that made the incident more likely or worse."""

    __tablename__ = "contributing_factors"

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    is_internal_only: Mapped[bool] = mapped_column(default=False)

    postmortem: Mapped[Postmortem] = relationship(back_populates="contributing_factors")


class database_user(FunctionElement[str]):
    """The database user running the statement: PostgreSQL's CURRENT_USER. An SQLite
    file has no users: whoever may open the file is the one user there is ('')."""

    type = String()
    inherit_cache = True


@compiles(database_user)
def _current_user(_element: database_user, _compiler: Any, **_kw: Any) -> str:
    return "CURRENT_USER"


@compiles(database_user, "sqlite")
def _sqlite_user(_element: database_user, _compiler: Any, **_kw: Any) -> str:
    return "''"


class PrivateNote(Base):
    """A facilitator's private notes on a post-mortem, one row per database user.

    On PostgreSQL, row-level security lets each database user read and write only their
    own rows (migration 0006), so other users of a shared team database cannot read
    them, not even with their own SQL. A post-mortem's `facilitator_notes` are the
    current user's row; store.engine writes it when they change.
    """

    __tablename__ = "private_notes"
    __table_args__ = (UniqueConstraint("postmortem_id", "owner"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    owner: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text, default="")


Postmortem.facilitator_notes = column_property(
    func.coalesce(
        select(PrivateNote.text)
        .where(PrivateNote.postmortem_id == Postmortem.id, PrivateNote.owner == database_user())
        .correlate_except(PrivateNote)
        .scalar_subquery(),
        "",
    ),
    # What was just written stays as it is in memory, like a column's value.
    expire_on_flush=False,
)
