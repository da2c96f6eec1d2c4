"""SQLAlchemy models: the domain objects of a post-mortem."""

from pmdesk.models._base import (
    AcknowledgementKind,
    ActionStatus,
    ActionType,
    Base,
    KeyMoment,
    Language,
    LessonKind,
    Priority,
    ReviewOutcome,
    Status,
    UtcDateTime,
    Verdict,
)
from pmdesk.models.analysis import ActionItem, WhyNode, action_item_root_causes, why_evidence
from pmdesk.models.postmortem import (
    ContributingFactor,
    Lesson,
    Participant,
    Postmortem,
    TriggerAssessment,
    utc_now,
)
from pmdesk.models.records import KeyCounter, LintAcknowledgement, Publication
from pmdesk.models.timeline import ImportBatch, TimelineEvent

__all__ = [
    "AcknowledgementKind",
    "ActionItem",
    "ActionStatus",
    "ActionType",
    "Base",
    "ContributingFactor",
    "ImportBatch",
    "KeyCounter",
    "KeyMoment",
    "Language",
    "Lesson",
    "LessonKind",
    "LintAcknowledgement",
    "Participant",
    "Postmortem",
    "Priority",
    "Publication",
    "ReviewOutcome",
    "Status",
    "TimelineEvent",
    "TriggerAssessment",
    "UtcDateTime",
    "Verdict",
    "WhyNode",
    "action_item_root_causes",
    "utc_now",
    "why_evidence",
]
