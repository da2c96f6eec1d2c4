"""Declarative base, column types and enums shared by every model."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, Dialect, MetaData, String
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Deterministic constraint names keep Alembic migrations portable across SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and returns them aware again.

    Naive UTC is portable: SQLite has no time zone type and PostgreSQL's
    `timestamp without time zone` then never depends on the session's zone.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("pmdesk stores only time-zone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Status(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"


class Language(enum.StrEnum):
    EN = "en"
    DE = "de"


class Verdict(enum.StrEnum):
    MANDATORY = "mandatory"
    RECOMMENDED = "recommended"
    NOT_REQUIRED = "not_required"


class KeyMoment(enum.StrEnum):
    IMPACT_START = "impact_start"
    DETECTED = "detected"
    ACKNOWLEDGED = "acknowledged"
    MITIGATED = "mitigated"
    RESOLVED = "resolved"


class ActionType(enum.StrEnum):
    CODE_CHANGE = "code_change"
    TEST = "test"
    PROCESS = "process"
    MONITORING = "monitoring"
    DOCUMENTATION = "documentation"
    OTHER = "other"


class Priority(enum.StrEnum):
    P0 = "P0"
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    WONT_DO = "wont_do"


class ReviewOutcome(enum.StrEnum):
    """The answer to "did it work?" once a done action's review date has come."""

    HELD = "held"
    DID_NOT_HOLD = "did_not_hold"


class LessonKind(enum.StrEnum):
    WENT_WELL = "went_well"
    WENT_WRONG = "went_wrong"
    LUCKY = "lucky"


class AcknowledgementKind(enum.StrEnum):
    LINT = "lint"
    REDACTION = "redaction"


def enum_column(enum_class: type[enum.Enum], name: str | None = None) -> SqlEnum:
    # Stored by value as VARCHAR + CHECK: readable in SQL and portable across databases.
    return SqlEnum(
        enum_class,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=True,
        length=32,
        # The CHECK constraint is named after this; a second column of the same enum in
        # one table needs its own name (PostgreSQL requires unique constraint names).
        name=name or enum_class.__name__.lower(),
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Base of every pmdesk model."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        date: Date(),
        str: String(255),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
        list[dict[str, str]]: JSON(),
        Status: enum_column(Status),
        Language: enum_column(Language),
        Verdict: enum_column(Verdict),
        KeyMoment: enum_column(KeyMoment),
        ActionType: enum_column(ActionType),
        Priority: enum_column(Priority),
        ActionStatus: enum_column(ActionStatus),
        ReviewOutcome: enum_column(ReviewOutcome),
        LessonKind: enum_column(LessonKind),
        AcknowledgementKind: enum_column(AcknowledgementKind),
    }
