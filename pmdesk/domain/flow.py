"""The learning loop's steps: what each one still needs, and its state.

The post-mortem window shows a state per step and the Publish checklist lists
blockers; both ask these functions, so the rules live here and not in widgets.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pmdesk.domain.actions import root_causes_without_actions
from pmdesk.models import ContributingFactor, KeyMoment, Lesson, Postmortem, Status

__all__ = [
    "Blocker",
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


@dataclass(frozen=True)
class Blocker:
    """Something a step still needs; `location` is where to fix it ("field:summary")."""

    step: Step
    message: str
    location: str


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


def _root_causes_without_actions(pm: Postmortem) -> list[Blocker]:
    return [
        Blocker(
            Step.ACTION_ITEMS,
            f"Root cause has no action item: {node.text or '(empty why)'}",
            f"why:{node.id}",
        )
        for node in root_causes_without_actions(pm)
    ]


def blockers(pm: Postmortem, step: Step) -> list[Blocker]:
    """What keeps `step` from being complete; an empty list means it is done."""
    found: list[Blocker] = []
    if step is Step.INCIDENT:
        for attribute, label in (
            ("title", "a title"),
            ("summary", "a summary"),
            ("customer_impact", "the customer impact"),
        ):
            if not getattr(pm, attribute).strip():
                found.append(Blocker(step, f"Add {label}.", f"field:{attribute}"))
    elif step is Step.TRIGGER_CHECK:
        assessment = pm.trigger_assessment
        if assessment is None or assessment.verdict is None:
            found.append(Blocker(step, "Answer the trigger questions.", "field:trigger"))
        elif (
            assessment.override_verdict is not None
            and not (assessment.override_reason or "").strip()
        ):
            found.append(Blocker(step, "Give a reason for the override.", "field:override_reason"))
    elif step is Step.TIMELINE:
        if not pm.timeline_events:
            found.append(Blocker(step, "Add or import timeline events.", "step:timeline"))
        elif not any(e.key_moment is not None for e in pm.timeline_events):
            found.append(
                Blocker(step, "Mark at least one key moment (e.g. impact start).", "step:timeline")
            )
        else:
            marked = {e.key_moment for e in pm.timeline_events}
            if KeyMoment.IMPACT_START not in marked:
                found.append(Blocker(step, "Mark when the impact started.", "step:timeline"))
    elif step is Step.FIVE_WHYS:
        if not pm.why_nodes:
            found.append(Blocker(step, "Start a why-chain.", "step:whys"))
        elif not pm.root_causes:
            found.append(Blocker(step, "Mark at least one root cause.", "step:whys"))
    elif step is Step.ACTION_ITEMS:
        found.extend(_root_causes_without_actions(pm))
        for item in pm.action_items:
            missing = [
                label
                for label, value in (("an owner", item.owner.strip()), ("a due date", item.due_on))
                if not value
            ]
            if missing:
                found.append(
                    Blocker(
                        step,
                        f"Action item needs {' and '.join(missing)}: {item.title or '(untitled)'}",
                        f"action:{item.id}",
                    )
                )
    elif step is Step.LESSONS:
        if not _written(pm.lessons):
            found.append(
                Blocker(
                    step,
                    "Note what went well, what went wrong, and where we got lucky.",
                    "step:lessons",
                )
            )
    elif step is Step.PUBLISH and pm.status is not Status.PUBLISHED:
        found.append(Blocker(step, "Not published yet.", "step:publish"))
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
    if any(b.location == "field:override_reason" for b in pending):
        return StepState.HAS_PROBLEMS
    return StepState.IN_PROGRESS if pending else StepState.COMPLETE
