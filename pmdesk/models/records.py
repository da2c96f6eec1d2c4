"""Records: kept findings, what was published, and the keys handed out."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pmdesk.models._base import AcknowledgementKind, Base
from pmdesk.models.postmortem import utc_now

if TYPE_CHECKING:
    from pmdesk.models.postmortem import Postmortem


class LintAcknowledgement(Base):
    """A finding (lint or redaction) deliberately kept, with the reason why."""

    __tablename__ = "lint_acknowledgements"
    __table_args__ = (
        UniqueConstraint("postmortem_id", "kind", "fingerprint", name="uq_ack_fingerprint"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    kind: Mapped[AcknowledgementKind] = mapped_column(default=AcknowledgementKind.LINT)
    fingerprint: Mapped[str] = mapped_column(String(64))
    rule_id: Mapped[str] = mapped_column(default="")
    location: Mapped[str] = mapped_column(default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    postmortem: Mapped[Postmortem] = relationship(back_populates="acknowledgements")


class Publication(Base):
    """An immutable record of one publish: what went out, when, and with which overrides."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("postmortem_id", "version", name="uq_publication_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    postmortem_id: Mapped[int] = mapped_column(ForeignKey("postmortems.id", ondelete="CASCADE"))
    version: Mapped[int]
    postmortem_version: Mapped[int] = mapped_column(default=0)
    formats: Mapped[list[str]] = mapped_column(default=list)
    profile: Mapped[str] = mapped_column(String(32), default="internal")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    published_at: Mapped[datetime] = mapped_column(default=utc_now)
    gate_overrides: Mapped[list[dict[str, str]]] = mapped_column(default=list)

    postmortem: Mapped[Postmortem] = relationship(back_populates="publications")

    def __setattr__(self, name: str, value: Any) -> None:
        # Once stored, a publication is history: refuse changes to it.
        state = self.__dict__.get("_sa_instance_state")
        if state is not None and state.persistent and not name.startswith("_"):
            raise AttributeError("a publication record cannot be changed once stored")
        super().__setattr__(name, value)


class KeyCounter(Base):
    """The last number handed out for a kind of key ("postmortem": PM-0007).

    It only grows, even when post-mortems are deleted, so a key that once named a
    review never names another one: old references never point at the wrong review.
    """

    __tablename__ = "key_counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_value: Mapped[int]
