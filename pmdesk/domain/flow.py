"""The learning loop's steps: what each one still needs, and its state.

The post-mortem window shows a state per step and the Publish checklist lists
blockers; both ask these functions, so the rules live here and not in widgets.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pmdesk.domain.gates import GateProblem, check_required_parts, check_root_causes_have_actions
from pmdesk.domain.location import Location
from pmdesk.domain.texts import (
    FIVE_WHYS,
    LESSONS,
    OVERRIDE_REASON,
    PUBLISHED_VERSIONS,
    TIMELINE,
    TRIGGER_CHECK,
)
from pmdesk.models import ContributingFactor, KeyMoment, Lesson, Postmortem, Status

__all__ = [
    "PublicationState",
    "Step",
    "StepState",
    "blockers",
    "publication_state",
    "step_state",
]


class Step(enum.StrEnum):
    INCIDENT = "incident"
    TRIGGER_CHECK = "trigger"
    TIMELINE = "timeline"
    FIVE_WHYS = "whys"
    ACTION_ITEMS = "actions"
    LESSONS = "lessons"
    PUBLISH = "publish"


class StepState(enum.StrEnum):
    EMPTY = "empty"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    HAS_PROBLEMS = "has_problems"


def _written(items: Sequence[Lesson | ContributingFactor]) -> bool:
    # Blank items (left by older versions) say nothing: they do not count.
    return any(item.text.strip() for item in items)


@dataclass(frozen=True)
class PublicationState:
    """The latest published version, and whether the post-mortem changed after it."""

    version: int
    is_edited_since: bool


def publication_state(pm: Postmortem) -> PublicationState | None:
    """How the post-mortem stands to its latest publication; None if never published.

    A publication records the post-mortem's `version` as it was published. Recording it
    (the publication itself, and the status Published) counts once more, so any later
    change leaves the post-mortem more than one version ahead.
    """
    if not pm.publications:
        return None
    latest = max(pm.publications, key=lambda publication: publication.version)
    return PublicationState(latest.version, pm.version > latest.postmortem_version + 1)


_OVERRIDE_REASON = Location.of_field("override_reason")


def blockers(pm: Postmortem, step: Step) -> list[GateProblem]:
    """What keeps `step` from being complete; an empty list means it is done.

    Where a publish gate checks the same thing (the Incident's required parts, root
    causes and action items), the step asks the gate: one rule, one kind of problem.
    """
    found: list[GateProblem] = []

    def needs(label: str, message: str, location: Location | None = None) -> None:
        found.append(GateProblem(location or Location.of_step(step), label, step, message))

    if step is Step.INCIDENT:
        found += [p for p in check_required_parts(pm).problems if p.step == step]
    elif step is Step.TRIGGER_CHECK:
        assessment = pm.trigger_assessment
        if assessment is None or assessment.verdict is None:
            needs(TRIGGER_CHECK, "Answer the trigger questions.", Location.of_field("trigger"))
        elif (
            assessment.override_verdict is not None
            and not (assessment.override_reason or "").strip()
        ):
            needs(OVERRIDE_REASON, "Give a reason for the override.", _OVERRIDE_REASON)
    elif step is Step.TIMELINE:
        if not pm.timeline_events:
            needs(TIMELINE, "Add or import timeline events.")
        elif not any(e.key_moment is not None for e in pm.timeline_events):
            needs(TIMELINE, "Mark at least one key moment (e.g. impact start).")
        else:
            marked = {e.key_moment for e in pm.timeline_events}
            if KeyMoment.IMPACT_START not in marked:
                needs(TIMELINE, "Mark when the impact started.")
    elif step is Step.FIVE_WHYS:
        if not pm.why_nodes:
            needs(FIVE_WHYS, "Start a why-chain.")
        elif not pm.root_causes:
            needs(FIVE_WHYS, "Mark at least one root cause.")
    elif step is Step.ACTION_ITEMS:
        found += check_root_causes_have_actions(pm).problems
    elif step is Step.LESSONS:
        if not _written(pm.lessons):
            needs(LESSONS, "Note what went well, what went wrong, and where we got lucky.")
    elif step is Step.PUBLISH and pm.status is not Status.PUBLISHED:
        needs(PUBLISHED_VERSIONS, "Not published yet.")
    return found


def _has_content(pm: Postmortem, step: Step) -> bool:
    match step:
        case Step.INCIDENT:
            return bool(pm.title.strip() or pm.summary.strip() or pm.customer_impact.strip())
        case Step.TRIGGER_CHECK:
            ta = pm.trigger_assessment
            return ta is not None and any(
                value is not None
                for value in (
                    ta.data_loss,
                    ta.outage_minutes,
                    pm.severity,  # the post-mortem's own, which the trigger check reads
                    ta.customers_affected,
                    ta.security_impact,
                    ta.slo_budget_burned_pct,
                )
            )
        case Step.TIMELINE:
            return bool(pm.timeline_events)
        case Step.FIVE_WHYS:
            return bool(pm.why_nodes)
        case Step.ACTION_ITEMS:
            return bool(pm.action_items) or bool(pm.root_causes)
        case Step.LESSONS:
            return _written(pm.lessons) or _written(pm.contributing_factors)
        case Step.PUBLISH:
            return bool(pm.publications)
    return False  # pragma: no cover - every step is matched above


# Blockers that mean something is wrong, not merely unfinished.
_PROBLEM_STEPS = {Step.ACTION_ITEMS}


def step_state(
    pm: Postmortem, step: Step, lint_findings: Mapping[Step, int] | None = None
) -> StepState:
    """EMPTY, IN_PROGRESS, COMPLETE, or HAS_PROBLEMS (open lint findings, root causes
    without actions, an override without a reason)."""
    open_findings = (lint_findings or {}).get(step, 0)
    if not _has_content(pm, step):
        return StepState.HAS_PROBLEMS if open_findings else StepState.EMPTY
    pending = blockers(pm, step)
    if open_findings or (pending and step in _PROBLEM_STEPS):
        return StepState.HAS_PROBLEMS
    if any(b.location == _OVERRIDE_REASON for b in pending):
        return StepState.HAS_PROBLEMS
    return StepState.IN_PROGRESS if pending else StepState.COMPLETE
