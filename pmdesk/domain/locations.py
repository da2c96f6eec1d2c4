"""Where each part of a post-mortem is shown, so that a change can be brought into view.

The locations are those of `texts.TextField` ("field:summary", "event:12",
"action:3.owner"), with "participant:<id>", "trigger:<answer>" and "step:<step>" for a
whole step: what the window's `go_to_location` understands. Undo and redo use
`changed_locations` to show what they changed, which may be on another step.
"""

from __future__ import annotations

from collections.abc import Iterable

from pmdesk.domain.edits import Compound, Edit, InsertItem, MoveItem, RemoveItem, SetValue
from pmdesk.domain.flow import Step
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.texts import TEXT_PARTS
from pmdesk.domain.timeline_edits import ReplaceTimelineEvents
from pmdesk.models import (
    AcknowledgementKind,
    ActionItem,
    ImportBatch,
    LintAcknowledgement,
    Participant,
    Postmortem,
    Publication,
    TriggerAssessment,
)

__all__ = ["changed_locations", "locations_of"]

# The step that shows each kind of part located by its id.
_STEP_OF_KIND: dict[LocationKind, Step] = {
    LocationKind.EVENT: Step.TIMELINE,
    LocationKind.WHY: Step.FIVE_WHYS,
    LocationKind.ACTION: Step.ACTION_ITEMS,
    LocationKind.LESSON: Step.LESSONS,
    LocationKind.FACTOR: Step.LESSONS,
    LocationKind.PARTICIPANT: Step.INCIDENT,
}
_PARTS = (
    *((kind, part) for kind, part, _list, _attribute in TEXT_PARTS),
    (LocationKind.PARTICIPANT, Participant),
)
# Parts shown only as a whole step.
_WHOLE: tuple[tuple[type, Step], ...] = (
    (ImportBatch, Step.TIMELINE),
    (LintAcknowledgement, Step.PUBLISH),
    (Publication, Step.PUBLISH),
)
# The post-mortem's own attributes that another step than the Incident shows.
_POSTMORTEM_STEPS: dict[str, Step] = {
    "trigger_assessment": Step.TRIGGER_CHECK,
    "timeline_events": Step.TIMELINE,
    "import_batches": Step.TIMELINE,
    "why_nodes": Step.FIVE_WHYS,
    "action_items": Step.ACTION_ITEMS,
    "lessons": Step.LESSONS,
    "contributing_factors": Step.LESSONS,
    "acknowledgements": Step.PUBLISH,
    "publications": Step.PUBLISH,
    "status": Step.PUBLISH,
}
# Trigger answers the trigger step shows under a "field:" location.
_TRIGGER_FIELDS = ("override_reason", "override_verdict")


def locations_of(obj: object, attribute: str | None = None) -> list[Location]:
    """Where `obj` (its `attribute`, when given) is shown: the most precise place first,
    its step last; empty for what no step shows."""
    if isinstance(obj, Postmortem):
        if attribute is None:
            return []
        if attribute in _POSTMORTEM_STEPS:
            return [Location.of_step(_POSTMORTEM_STEPS[attribute])]
        return [Location.of_field(attribute), Location.of_step(Step.INCIDENT)]
    if isinstance(obj, TriggerAssessment):
        step = Location.of_step(Step.TRIGGER_CHECK)
        if attribute is None:
            return [step]
        kind = LocationKind.FIELD if attribute in _TRIGGER_FIELDS else LocationKind.TRIGGER
        return [Location(kind, attribute), step]
    if isinstance(obj, LintAcknowledgement) and obj.kind is AcknowledgementKind.LINT:
        # A kept wording is shown where the wording is.
        kept = Location.parse(obj.location)
        return [kept] if kept is not None else []
    for kind, part in _PARTS:
        if isinstance(obj, part):
            step = Location.of_step(_STEP_OF_KIND[kind])
            ident = getattr(obj, "id", None)
            if ident is None:  # not saved yet: no location names it
                return [step]
            field = attribute if attribute and part is ActionItem else None
            return [Location.of_part(kind, ident, field), step]
    for part, step_of_part in _WHOLE:
        if isinstance(obj, part):
            return [Location.of_step(step_of_part)]
    return []


def changed_locations(edit: Edit) -> list[Location]:
    """Where to show what `edit` changed, the best first: try each until one is found
    (a part that the edit removed is not, and then its step is)."""
    precise: list[Location] = []
    steps: list[Location] = []
    links: list[Location] = []
    for part in _parts(edit):
        if isinstance(part, InsertItem | RemoveItem) and not isinstance(part.owner, Postmortem):
            # A link (a why citing an event): a change of the part that links, and
            # a side effect in a bigger edit (deleting the event unlinks it too).
            links += locations_of(part.owner, part.collection) + locations_of(part.item)
            continue
        for location in _locations_of_part(part):
            (steps if location.kind is LocationKind.STEP else precise).append(location)
    return list(dict.fromkeys([*precise, *steps, *links]))


def _parts(edit: Edit) -> Iterable[Edit]:
    if isinstance(edit, Compound):
        for part in edit.edits:
            yield from _parts(part)
    else:
        yield edit


def _locations_of_part(edit: Edit) -> list[Location]:
    if isinstance(edit, SetValue):
        return locations_of(edit.target, edit.attribute)
    if isinstance(edit, InsertItem | RemoveItem | MoveItem):
        return locations_of(edit.item) + locations_of(edit.owner, edit.collection)
    if isinstance(edit, ReplaceTimelineEvents):
        return [Location.of_step(Step.TIMELINE)]
    # Other edits (the whys' own) name the part they change last among what they touch.
    return [location for obj in reversed(edit.touched) for location in locations_of(obj)]
