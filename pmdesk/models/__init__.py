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
    PrivateNote,
    TriggerAssessment,
    utc_now,
)
from pmdesk.models.records import KeyCounter, LintAcknowledgement, Publication
from pmdesk.models.revision import Revision
from pmdesk.models.sync import DatabaseIdentity, SyncPoint
from pmdesk.models.timeline import ImportBatch, TimelineEvent

__all__ = [
    "AcknowledgementKind",
    "ActionItem",
    "ActionStatus",
    "ActionType",
    "Base",
    "ContributingFactor",
    "DatabaseIdentity",
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
    "PrivateNote",
    "Publication",
    "ReviewOutcome",
    "Revision",
    "Status",
    "SyncPoint",
    "TimelineEvent",
    "TriggerAssessment",
    "UtcDateTime",
    "Verdict",
    "WhyNode",
    "action_item_root_causes",
    "utc_now",
    "why_evidence",
]
