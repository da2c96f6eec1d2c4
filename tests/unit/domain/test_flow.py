"""Step states and blockers of the learning loop."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from pmdesk.domain.flow import (
    PublicationState,
    Step,
    StepState,
    blockers,
    publication_state,
    step_state,
)
from pmdesk.domain.gates import check_root_causes_have_actions
from pmdesk.domain.prompts import prompts_for
from pmdesk.models import (
    ActionItem,
    ContributingFactor,
    KeyMoment,
    Lesson,
    LessonKind,
    Postmortem,
    Status,
    TimelineEvent,
    TriggerAssessment,
    Verdict,
    WhyNode,
)
from pmdesk.store import open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.publications import publish
from pmdesk.store.queries import find_postmortem
from pmdesk.store.sample import sample_file


def empty() -> Postmortem:
    return Postmortem(
        key="PM-1",
        title="",
        summary="",
        customer_impact="",
        status=Status.DRAFT,
        participants=[],
        timeline_events=[],
        why_nodes=[],
        action_items=[],
        lessons=[],
        contributing_factors=[],
        publications=[],
        acknowledgements=[],
    )


def test_an_empty_post_mortem_is_empty_everywhere() -> None:
    pm = empty()
    for step in Step:
        assert step_state(pm, step) is StepState.EMPTY


def test_incident_needs_title_summary_and_impact() -> None:
    pm = empty()
    pm.title = "Login outage"
    assert step_state(pm, Step.INCIDENT) is StepState.IN_PROGRESS
    assert [str(b.location) for b in blockers(pm, Step.INCIDENT)] == [
        "field:summary",
        "field:customer_impact",
    ]
    pm.summary, pm.customer_impact = "Sessions expired.", "Logins failed for 20 min."
    assert step_state(pm, Step.INCIDENT) is StepState.COMPLETE


def test_open_lint_findings_mean_problems() -> None:
    pm = empty()
    pm.title = pm.summary = pm.customer_impact = "x"
    assert step_state(pm, Step.INCIDENT, {Step.INCIDENT: 2}) is StepState.HAS_PROBLEMS


def test_trigger_override_without_reason_is_a_problem() -> None:
    pm = empty()
    pm.trigger_assessment = TriggerAssessment(outage_minutes=10, verdict=Verdict.NOT_REQUIRED)
    assert step_state(pm, Step.TRIGGER_CHECK) is StepState.COMPLETE
    pm.trigger_assessment.override_verdict = Verdict.RECOMMENDED
    assert step_state(pm, Step.TRIGGER_CHECK) is StepState.HAS_PROBLEMS
    pm.trigger_assessment.override_reason = "A near miss worth sharing."
    assert step_state(pm, Step.TRIGGER_CHECK) is StepState.COMPLETE


def test_timeline_needs_the_impact_start_marked() -> None:
    pm = empty()
    event = TimelineEvent(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), text="x", fingerprint="f")
    pm.timeline_events.append(event)
    assert step_state(pm, Step.TIMELINE) is StepState.IN_PROGRESS
    event.key_moment = KeyMoment.IMPACT_START
    assert step_state(pm, Step.TIMELINE) is StepState.COMPLETE


def test_root_causes_without_actions_are_problems() -> None:
    pm = empty()
    cause = WhyNode(text="No pooler reload on failover", is_root_cause=True)
    pm.why_nodes.append(cause)
    assert step_state(pm, Step.FIVE_WHYS) is StepState.COMPLETE
    assert step_state(pm, Step.ACTION_ITEMS) is StepState.HAS_PROBLEMS
    action = ActionItem(
        title="Reload pooler from a callback", root_causes=[cause], owner="", due_on=None
    )
    pm.action_items.append(action)
    # The step asks the publish gate: the same problems, in the same words.
    assert [b.message for b in blockers(pm, Step.ACTION_ITEMS)] == [
        "The action item “Reload pooler from a callback” has no owner.",
        "The action item “Reload pooler from a callback” has no due date.",
    ]
    assert blockers(pm, Step.ACTION_ITEMS) == list(check_root_causes_have_actions(pm).problems)
    action.owner, action.due_on = "Database team", date(2026, 12, 1)
    assert step_state(pm, Step.ACTION_ITEMS) is StepState.COMPLETE


def test_blank_lessons_do_not_count() -> None:
    pm = empty()
    pm.lessons.append(Lesson(kind=LessonKind.LUCKY, text="  "))
    pm.contributing_factors.append(ContributingFactor(text=""))
    assert step_state(pm, Step.LESSONS) is StepState.EMPTY
    assert [str(b.location) for b in blockers(pm, Step.LESSONS)] == ["step:lessons"]
    pm.lessons.append(Lesson(kind=LessonKind.WENT_WELL, text="The runbook was current."))
    assert step_state(pm, Step.LESSONS) is StepState.COMPLETE


def test_the_sample_is_complete_up_to_publishing(sample_document: dict[str, Any]) -> None:
    database = open_database("sqlite://")
    with database.transaction() as session:
        pm, _ = load_postmortem(session, sample_document)
        for step in (
            Step.INCIDENT,
            Step.TRIGGER_CHECK,
            Step.TIMELINE,
            Step.FIVE_WHYS,
            Step.ACTION_ITEMS,
            Step.LESSONS,
        ):
            assert step_state(pm, step) is StepState.COMPLETE, step
        assert step_state(pm, Step.PUBLISH) is StepState.EMPTY


def test_prompts_exist_for_every_step() -> None:
    for step in Step:
        prompts = prompts_for(step)
        assert prompts
        assert all(prompt.endswith(("?", ".")) for prompt in prompts)


def test_publication_state_tells_edits_after_publishing() -> None:
    database = open_database("sqlite://")
    try:
        with database.transaction() as session:
            pm = load_postmortem(session, json.loads(sample_file().read_text("utf-8")))[0]
            assert publication_state(pm) is None
            session.flush()
            publish(session, pm, formats=["md"], profile="internal", content_hash="0" * 64)
        with database.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert publication_state(pm) == PublicationState(1, is_edited_since=False)
            pm.summary += " Edited after publishing."
        with database.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert publication_state(pm) == PublicationState(1, is_edited_since=True)
            publish(session, pm, formats=["md"], profile="internal", content_hash="0" * 64)
        with database.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert publication_state(pm) == PublicationState(2, is_edited_since=False)
    finally:
        database.close()
