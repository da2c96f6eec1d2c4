"""Where undo and redo show what an edit changed."""

from __future__ import annotations

from datetime import UTC, datetime

from pmdesk.domain.edits import Compound, Edit, InsertItem, RemoveItem, SetValue
from pmdesk.domain.locations import changed_locations, locations_of
from pmdesk.domain.texts import resolve_location
from pmdesk.domain.timeline_edits import delete_events_edit
from pmdesk.domain.whys import link_item
from pmdesk.models import (
    AcknowledgementKind,
    ActionItem,
    KeyMoment,
    LintAcknowledgement,
    Postmortem,
    TimelineEvent,
    TriggerAssessment,
    WhyNode,
)

AT = datetime(2026, 10, 14, 9, 2, tzinfo=UTC)


def where(edit: Edit) -> list[str]:
    """What `changed_locations` gives, in the stored form."""
    return [str(location) for location in changed_locations(edit)]


def make_postmortem() -> Postmortem:
    pm = Postmortem(id=1, key="PM-0001", title="Checkout errors")
    pm.timeline_events = [
        TimelineEvent(id=11, occurred_at=AT, text="First HTTP 502"),
        TimelineEvent(id=12, occurred_at=AT, text="Pager fired"),
    ]
    pm.why_nodes = [WhyNode(id=21, text="Why did checkout fail?")]
    pm.action_items = [ActionItem(id=31, title="Alert on archiver failures")]
    return pm


def test_a_field_of_the_post_mortem_is_shown_on_its_step() -> None:
    pm = make_postmortem()
    assert where(SetValue(pm, "summary", "x")) == ["field:summary", "step:incident"]
    assert where(SetValue(pm, "status", "x")) == ["step:publish"]


def test_a_part_is_shown_by_its_id_and_then_its_step() -> None:
    pm = make_postmortem()
    event, action = pm.timeline_events[0], pm.action_items[0]
    assert where(SetValue(event, "key_moment", KeyMoment.DETECTED)) == [
        "event:11",
        "step:timeline",
    ]
    # The action items table shows each attribute in a column of its own.
    assert where(SetValue(action, "owner", "SRE team")) == [
        "action:31.owner",
        "step:actions",
    ]
    # Every location that names a text also leads back to it.
    assert resolve_location(pm, locations_of(event)[0]) == (event, "text")


def test_an_added_or_removed_part_before_its_list() -> None:
    pm = make_postmortem()
    event = pm.timeline_events[1]
    expected = ["event:12", "step:timeline"]
    assert where(RemoveItem(pm, "timeline_events", event)) == expected
    assert where(InsertItem(pm, "timeline_events", event)) == expected
    # Not saved yet: no id names it, its step does.
    assert where(InsertItem(pm, "action_items", ActionItem(title="New"))) == ["step:actions"]


def test_a_deletion_shows_the_deleted_events_not_the_whys_that_cited_them() -> None:
    pm = make_postmortem()
    why, event = pm.why_nodes[0], pm.timeline_events[0]
    why.evidence = [event]
    assert where(delete_events_edit(pm, [event])) == [
        "event:11",
        "step:timeline",
        "why:21",
        "step:whys",
    ]
    # Linking evidence is a change of the why.
    assert where(link_item(why, "evidence", pm.timeline_events[1])) == [
        "why:21",
        "step:whys",
        "event:12",
        "step:timeline",
    ]


def test_the_trigger_answer_before_its_step() -> None:
    pm = make_postmortem()
    assessment = TriggerAssessment()
    edit = Compound(
        (
            SetValue(pm, "trigger_assessment", assessment),
            SetValue(assessment, "data_loss", True),
            SetValue(assessment, "override_reason", "Board asked"),
        )
    )
    assert where(edit) == [
        "trigger:data_loss",
        "field:override_reason",
        "step:trigger",
    ]


def test_a_kept_wording_is_shown_where_the_wording_is() -> None:
    pm = make_postmortem()
    kept = LintAcknowledgement(
        kind=AcknowledgementKind.LINT, fingerprint="f", location="field:summary"
    )
    assert where(InsertItem(pm, "acknowledgements", kept)) == [
        "field:summary",
        "step:publish",
    ]
