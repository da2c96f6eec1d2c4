"""Every free-text field of a post-mortem, with where it is and what kind of text it is.

The linter, the redaction check and the findings panel all walk the same list, so a
field added here is checked everywhere. Each field's label is English, made from one
of LABELS (marked for translation, see `pmdesk.domain.i18n`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import (
    ActionItem,
    ContributingFactor,
    Lesson,
    Postmortem,
    TimelineEvent,
    WhyNode,
)

__all__ = [
    "LABELS",
    "LABELS_CONTEXT",
    "TEXT_PARTS",
    "TextField",
    "lintable_texts",
    "resolve_location",
]

# The parts a location names by id ("event:12"): the location's kind, their type, the
# post-mortem's list of them, and the attribute a location without one means.
TEXT_PARTS: tuple[tuple[LocationKind, type, str, str], ...] = (
    (LocationKind.EVENT, TimelineEvent, "timeline_events", "text"),
    (LocationKind.WHY, WhyNode, "why_nodes", "text"),
    (LocationKind.ACTION, ActionItem, "action_items", "title"),
    (LocationKind.LESSON, Lesson, "lessons", "text"),
    (LocationKind.FACTOR, ContributingFactor, "contributing_factors", "text"),
)

LABELS_CONTEXT = "TextFields"
TITLE = QT_TRANSLATE_NOOP("TextFields", "Title")
SUMMARY = QT_TRANSLATE_NOOP("TextFields", "Summary")
CUSTOMER_IMPACT = QT_TRANSLATE_NOOP("TextFields", "Customer impact")
OVERRIDE_REASON = QT_TRANSLATE_NOOP("TextFields", "Override reason")
FACILITATOR_NOTES = QT_TRANSLATE_NOOP("TextFields", "Facilitator notes")
TIMELINE_EVENT = QT_TRANSLATE_NOOP("TextFields", "Timeline {n}")
WHY = QT_TRANSLATE_NOOP("TextFields", "Why {n}")
ACTION = QT_TRANSLATE_NOOP("TextFields", "Action {n}")
ACTION_DESCRIPTION = QT_TRANSLATE_NOOP("TextFields", "Action {n} description")
LESSON = QT_TRANSLATE_NOOP("TextFields", "Lesson {n}")
CONTRIBUTING_FACTOR = QT_TRANSLATE_NOOP("TextFields", "Contributing factor {n}")
# Sections named when something is missing from them.
TIMELINE = QT_TRANSLATE_NOOP("TextFields", "Timeline")
FIVE_WHYS = QT_TRANSLATE_NOOP("TextFields", "5 Whys")
# Parts of the public document that name no single field (see the public-names gate).
INCIDENT = QT_TRANSLATE_NOOP("TextFields", "Incident")
FACILITATOR = QT_TRANSLATE_NOOP("TextFields", "Facilitator")
PARTICIPANTS = QT_TRANSLATE_NOOP("TextFields", "Participants")
TRIGGER_CHECK = QT_TRANSLATE_NOOP("TextFields", "Trigger check")
ACTION_ITEMS = QT_TRANSLATE_NOOP("TextFields", "Action items")
LESSONS = QT_TRANSLATE_NOOP("TextFields", "Lessons")
CONTRIBUTING_FACTORS = QT_TRANSLATE_NOOP("TextFields", "Contributing factors")
PUBLISHED_VERSIONS = QT_TRANSLATE_NOOP("TextFields", "Published versions")
LABELS = (
    TITLE,
    SUMMARY,
    CUSTOMER_IMPACT,
    OVERRIDE_REASON,
    FACILITATOR_NOTES,
    TIMELINE_EVENT,
    WHY,
    ACTION,
    ACTION_DESCRIPTION,
    LESSON,
    CONTRIBUTING_FACTOR,
    TIMELINE,
    FIVE_WHYS,
    INCIDENT,
    FACILITATOR,
    PARTICIPANTS,
    TRIGGER_CHECK,
    ACTION_ITEMS,
    LESSONS,
    CONTRIBUTING_FACTORS,
    PUBLISHED_VERSIONS,
)


@dataclass(frozen=True)
class TextField:
    """One text: `location` names the object and field ("field:summary", "event:12",
    "why:4", "action:3.title", "lesson:2", "factor:1"); `section` is how the linter
    should read it (a value of `pmdesk.lint.Section`); `label` is for people."""

    location: Location
    label: str
    text: str
    section: str
    step: str  # a pmdesk.domain.flow.Step value: where the field is edited
    is_exported: bool = True


def lintable_texts(pm: Postmortem) -> list[TextField]:
    """The fields people write, in document order. Facilitator notes are private and
    never exported, but they are still linted so habits stay blameless."""
    return list(_fields(pm))


def _fields(pm: Postmortem) -> Iterator[TextField]:
    yield TextField(Location.of_field("title"), TITLE, pm.title, "title", "incident")
    yield TextField(Location.of_field("summary"), SUMMARY, pm.summary, "summary", "incident")
    yield TextField(
        Location.of_field("customer_impact"),
        CUSTOMER_IMPACT,
        pm.customer_impact,
        "summary",
        "incident",
    )
    if pm.trigger_assessment and pm.trigger_assessment.override_reason:
        yield TextField(
            Location.of_field("override_reason"),
            OVERRIDE_REASON,
            pm.trigger_assessment.override_reason,
            "prose",
            "trigger",
        )
    for index, event in enumerate(pm.timeline_events):
        yield TextField(
            Location.of_part(LocationKind.EVENT, event.id),
            TIMELINE_EVENT.format(n=index + 1),
            event.text,
            "timeline",
            "timeline",
        )
    for index, node in enumerate(pm.why_nodes):
        yield TextField(
            Location.of_part(LocationKind.WHY, node.id),
            WHY.format(n=index + 1),
            node.text,
            "why",
            "whys",
        )
    for index, item in enumerate(pm.action_items):
        yield TextField(
            Location.of_part(LocationKind.ACTION, item.id, "title"),
            ACTION.format(n=index + 1),
            item.title,
            "action_item",
            "actions",
        )
        if item.description:
            yield TextField(
                Location.of_part(LocationKind.ACTION, item.id, "description"),
                ACTION_DESCRIPTION.format(n=index + 1),
                item.description,
                "action_item",
                "actions",
            )
    for index, lesson in enumerate(pm.lessons):
        yield TextField(
            Location.of_part(LocationKind.LESSON, lesson.id),
            LESSON.format(n=index + 1),
            lesson.text,
            "lesson",
            "lessons",
        )
    for index, factor in enumerate(pm.contributing_factors):
        yield TextField(
            Location.of_part(LocationKind.FACTOR, factor.id),
            CONTRIBUTING_FACTOR.format(n=index + 1),
            factor.text,
            "prose",
            "lessons",
        )
    yield TextField(
        Location.of_field("facilitator_notes"),
        FACILITATOR_NOTES,
        pm.facilitator_notes,
        "prose",
        "incident",
        is_exported=False,
    )


def resolve_location(pm: Postmortem, location: Location) -> tuple[object, str] | None:
    """The object and attribute a text location names ("event:12" → (event, "text"))."""
    if location.kind is LocationKind.FIELD:
        attribute = str(location.key)
        if attribute == "override_reason":
            return (pm.trigger_assessment, "override_reason") if pm.trigger_assessment else None
        return (pm, attribute) if hasattr(pm, attribute) else None
    ident = location.ident
    if ident is None:
        return None
    for kind, _type, collection, default_attribute in TEXT_PARTS:
        if kind is location.kind:
            items: list[Any] = getattr(pm, collection)
            target = next((item for item in items if item.id == ident), None)
            return (target, location.field or default_attribute) if target is not None else None
    return None
