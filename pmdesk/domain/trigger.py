"""The trigger policy: does this incident require a formal post-mortem?

The organisation's rule is data (`TriggerPolicy`, loadable from TOML); `evaluate`
applies it to the answers and returns the verdict with every reason that matched.

Reasons are stored as English sentences. Each comes from a template marked for
translation (see `pmdesk.domain.i18n`), so the UI can show a stored reason in its own
language: `reason_template` finds the template and the values a sentence was made
from.

Two answers are facts the post-mortem holds already, so they are read from there,
never copied: the severity is the post-mortem's own (`Postmortem.severity`, the same
field in the Incident step and the trigger check), and the outage is measured on the
timeline (impact start to mitigated, or resolved) or, before the key moments are
marked, from the incident's start and end. The facilitator may give another outage
figure; it is then an override, stored in `TriggerAssessment.outage_minutes` and shown
as such. `TriggerAssessment.severity` is no longer read: it records the severity the
stored verdict was made with, and is kept equal to the post-mortem's.
"""

from __future__ import annotations

import enum
import logging
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from pmdesk.domain.edits import Compound, Edit, SetValue
from pmdesk.domain.i18n import QT_TRANSLATE_NOOP, match_template
from pmdesk.domain.timeline import IncidentMetrics, incident_metrics, incident_window
from pmdesk.errors import UserFacingError
from pmdesk.models import KeyMoment, Postmortem, TriggerAssessment, Verdict

log = logging.getLogger(__name__)

__all__ = [
    "OVERRIDE_LABELS_CONTEXT",
    "REASONS",
    "REASONS_CONTEXT",
    "Outage",
    "OutageSource",
    "OverrideChange",
    "TriggerAnswers",
    "TriggerPolicy",
    "TriggerResult",
    "answer_edit",
    "evaluate",
    "is_stale",
    "load_policy",
    "new_assessment",
    "outage_of",
    "override_chosen",
    "override_reason_written",
    "question_names",
    "reason_template",
    "reassess",
    "trigger_answers",
    "verdict_edit",
]

_RANK = {Verdict.NOT_REQUIRED: 0, Verdict.RECOMMENDED: 1, Verdict.MANDATORY: 2}

# The reasons, as templates. Their English wording is stored with every assessment:
# changing it makes stored verdicts look out of date ("re-check").
REASONS_CONTEXT = "TriggerReasons"
DATA_LOST = QT_TRANSLATE_NOOP("TriggerReasons", "Data was lost.")
LONG_OUTAGE = QT_TRANSLATE_NOOP(
    "TriggerReasons",
    "The outage lasted {minutes} minutes, longer than the {threshold}-minute threshold.",
)
SECURITY_AFFECTED = QT_TRANSLATE_NOOP("TriggerReasons", "Security or privacy was affected.")
SEVERITY = QT_TRANSLATE_NOOP("TriggerReasons", "Severity {severity} incident.")
CUSTOMERS_AFFECTED = QT_TRANSLATE_NOOP("TriggerReasons", "Customers were affected.")
SLO_BUDGET_BURNED = QT_TRANSLATE_NOOP(
    "TriggerReasons",
    "{burned} % of the SLO error budget was burned (threshold {threshold} %).",
)
NOTHING_MATCHED = QT_TRANSLATE_NOOP(
    "TriggerReasons", "No rule of the post-mortem policy matched the answers."
)
NOTHING_MATCHED_YET = QT_TRANSLATE_NOOP(
    "TriggerReasons",
    "No rule of the post-mortem policy matched the answers. Not answered yet: {questions}.",
)
REASONS = (
    DATA_LOST,
    LONG_OUTAGE,
    SECURITY_AFFECTED,
    SEVERITY,
    CUSTOMERS_AFFECTED,
    SLO_BUDGET_BURNED,
    NOTHING_MATCHED,
    NOTHING_MATCHED_YET,
)
# The questions as "Not answered yet" names them, by TriggerAnswers field.
_QUESTION_NAMES = {
    "data_loss": QT_TRANSLATE_NOOP("TriggerReasons", "data loss"),
    "outage_minutes": QT_TRANSLATE_NOOP("TriggerReasons", "outage minutes"),
    "severity": QT_TRANSLATE_NOOP("TriggerReasons", "severity"),
    "customers_affected": QT_TRANSLATE_NOOP("TriggerReasons", "customers affected"),
    "security_impact": QT_TRANSLATE_NOOP("TriggerReasons", "security impact"),
    "slo_budget_burned_pct": QT_TRANSLATE_NOOP("TriggerReasons", "slo budget burned pct"),
}
_QUESTION_SEPARATOR = ", "


@dataclass(frozen=True)
class TriggerAnswers:
    """What is known about the incident; None means "not answered yet"."""

    data_loss: bool | None = None
    outage_minutes: int | None = None
    severity: int | None = None
    customers_affected: bool | None = None
    security_impact: bool | None = None
    slo_budget_burned_pct: float | None = None


@dataclass(frozen=True)
class TriggerPolicy:
    """When a formal post-mortem is mandatory or recommended.

    The defaults follow our own guidance: data loss or an outage longer than an hour
    is mandatory; severity 1–2 or customer impact is recommended.
    """

    data_loss_mandatory: bool = True
    outage_threshold_minutes: int = 60
    mandatory_severities: tuple[int, ...] = ()
    recommended_severities: tuple[int, ...] = (1, 2)
    customer_impact_recommended: bool = True
    security_incidents_mandatory: bool = True
    slo_budget_threshold_pct: float | None = 50.0
    slo_budget_verdict: Verdict = Verdict.RECOMMENDED


@dataclass(frozen=True)
class TriggerResult:
    verdict: Verdict
    reasons: tuple[str, ...]
    unanswered: tuple[str, ...] = field(default=())


def evaluate(answers: TriggerAnswers, policy: TriggerPolicy | None = None) -> TriggerResult:
    """Apply `policy` to `answers`.

    Returns:
        The strictest verdict that any rule gives, with one plain sentence per rule
        that matched (mandatory reasons first). With nothing matching, the verdict is
        "not required" and the reasons say why.
    """
    policy = policy or TriggerPolicy()
    matched: list[tuple[Verdict, str]] = []

    if policy.data_loss_mandatory and answers.data_loss:
        matched.append((Verdict.MANDATORY, DATA_LOST))
    if (
        answers.outage_minutes is not None
        and answers.outage_minutes > policy.outage_threshold_minutes
    ):
        reason = LONG_OUTAGE.format(
            minutes=answers.outage_minutes, threshold=policy.outage_threshold_minutes
        )
        matched.append((Verdict.MANDATORY, reason))
    if policy.security_incidents_mandatory and answers.security_impact:
        matched.append((Verdict.MANDATORY, SECURITY_AFFECTED))
    if answers.severity is not None:
        if answers.severity in policy.mandatory_severities:
            matched.append((Verdict.MANDATORY, SEVERITY.format(severity=answers.severity)))
        elif answers.severity in policy.recommended_severities:
            matched.append((Verdict.RECOMMENDED, SEVERITY.format(severity=answers.severity)))
    if policy.customer_impact_recommended and answers.customers_affected:
        matched.append((Verdict.RECOMMENDED, CUSTOMERS_AFFECTED))
    if (
        policy.slo_budget_threshold_pct is not None
        and answers.slo_budget_burned_pct is not None
        and answers.slo_budget_burned_pct >= policy.slo_budget_threshold_pct
    ):
        reason = SLO_BUDGET_BURNED.format(
            burned=f"{answers.slo_budget_burned_pct:g}",
            threshold=f"{policy.slo_budget_threshold_pct:g}",
        )
        matched.append((policy.slo_budget_verdict, reason))

    unanswered = tuple(f.name for f in fields(answers) if getattr(answers, f.name) is None)
    if not matched:
        reason = NOTHING_MATCHED
        if unanswered:
            questions = _QUESTION_SEPARATOR.join(_QUESTION_NAMES[name] for name in unanswered)
            reason = NOTHING_MATCHED_YET.format(questions=questions)
        return TriggerResult(Verdict.NOT_REQUIRED, (reason,), unanswered)
    matched.sort(key=lambda item: -_RANK[item[0]])
    return TriggerResult(matched[0][0], tuple(text for _, text in matched), unanswered)


def reason_template(reason: str) -> tuple[str, dict[str, str]] | None:
    """The template and values that a stored reason was made from.

    Returns:
        (template, values) with the values as they appear in the sentence (numbers
        as written, "Not answered yet" questions joined by ", "); None for a
        sentence no template makes (written by an older pmdesk, say).
    """
    return match_template(reason, REASONS)


def question_names(questions: str) -> list[str]:
    """The question names in a "Not answered yet: {questions}" value, each one a
    source text in REASONS_CONTEXT."""
    return questions.split(_QUESTION_SEPARATOR)


class OutageSource(enum.StrEnum):
    """Where a measured outage comes from."""

    KEY_MOMENTS = "key_moments"  # impact start to mitigated (or resolved)
    INCIDENT_WINDOW = "incident_window"  # the incident's start to its end


@dataclass(frozen=True)
class Outage:
    """How long the outage lasted, for the trigger check.

    Attributes:
        measured_minutes: from the timeline or the incident's start and end; None
            while neither tells (or they contradict each other).
        measured_from: where `measured_minutes` comes from.
        measured_until: the key moment the measurement ends at (mitigated or resolved).
        override_minutes: the facilitator's own figure, which then counts instead.
    """

    measured_minutes: int | None
    measured_from: OutageSource | None = None
    measured_until: KeyMoment | None = None
    override_minutes: int | None = None

    @property
    def minutes(self) -> int | None:
        """The figure the trigger check uses."""
        return self.measured_minutes if self.override_minutes is None else self.override_minutes

    @property
    def is_overridden(self) -> bool:
        return self.override_minutes is not None


def outage_of(pm: Postmortem, metrics: IncidentMetrics | None = None) -> Outage:
    """The outage: measured (to the nearest minute), unless the facilitator overrode it.

    Args:
        metrics: `incident_metrics(pm.timeline_events)`, when the caller has it already.
    """
    if metrics is None:
        metrics = incident_metrics(pm.timeline_events)
    assessment = pm.trigger_assessment
    override = assessment.outage_minutes if assessment is not None else None
    window = incident_window(pm, metrics)
    impact = metrics.impact_duration
    if impact is not None and impact >= timedelta(0):
        until = (
            KeyMoment.MITIGATED if KeyMoment.MITIGATED in metrics.moments else KeyMoment.RESOLVED
        )
        return Outage(_whole_minutes(impact), OutageSource.KEY_MOMENTS, until, override)
    if window.duration is not None and window.duration >= timedelta(0):
        minutes = _whole_minutes(window.duration)
        return Outage(minutes, OutageSource.INCIDENT_WINDOW, override_minutes=override)
    return Outage(None, override_minutes=override)


def _whole_minutes(duration: timedelta) -> int:
    return (int(duration.total_seconds()) + 30) // 60


def trigger_answers(pm: Postmortem, outage: Outage | None = None) -> TriggerAnswers:
    """The answers the trigger check evaluates: the assessment's, the post-mortem's
    severity and the outage (`outage_of(pm)`, unless the caller has it already)."""
    assessment = pm.trigger_assessment
    if outage is None:
        outage = outage_of(pm)
    return TriggerAnswers(
        data_loss=assessment.data_loss if assessment else None,
        outage_minutes=outage.minutes,
        severity=pm.severity,
        customers_affected=assessment.customers_affected if assessment else None,
        security_impact=assessment.security_impact if assessment else None,
        slo_budget_burned_pct=assessment.slo_budget_burned_pct if assessment else None,
    )


def new_assessment() -> TriggerAssessment:
    """An unanswered assessment with every field set (column defaults apply on insert)."""
    return TriggerAssessment(
        data_loss=None,
        outage_minutes=None,
        severity=None,
        customers_affected=None,
        security_impact=None,
        slo_budget_burned_pct=None,
        verdict=None,
        reasons=[],
        override_verdict=None,
        override_reason="",
    )


def _record_edits(
    assessment: TriggerAssessment, severity: int | None, result: TriggerResult, label: str
) -> list[Edit]:
    """Store `result` on `assessment`, with the severity it was made with."""
    values: dict[str, Any] = {
        "verdict": result.verdict,
        "reasons": list(result.reasons),
        "severity": severity,
    }
    return [
        SetValue(assessment, name, value, label)
        for name, value in values.items()
        if getattr(assessment, name) != value
    ]


def answer_edit(
    pm: Postmortem, question: str, value: Any, policy: TriggerPolicy, label: str
) -> Edit:
    """One answer, stored with the verdict and reasons it gives, as one edit.

    The first answer creates the assessment. The severity is the post-mortem's own
    field; an outage figure is an override, and the measured figure (or None) removes
    the override.

    Args:
        question: a `TriggerAnswers` field ("severity", "outage_minutes", "data_loss"…).
    """
    edits: list[Edit] = []
    assessment = pm.trigger_assessment
    if assessment is None:
        assessment = new_assessment()
        edits.append(SetValue(pm, "trigger_assessment", assessment, label))
    outage = outage_of(pm)
    answers = trigger_answers(pm, outage)
    if question == "outage_minutes":
        if value == outage.measured_minutes:
            value = None
        answers = replace(
            answers, outage_minutes=outage.measured_minutes if value is None else value
        )
    else:
        answers = replace(answers, **{question: value})
    target: object = pm if question == "severity" else assessment
    if getattr(target, question) != value:
        edits.append(SetValue(target, question, value, label))
    edits += _record_edits(assessment, answers.severity, evaluate(answers, policy), label)
    return Compound(tuple(edits), label)


def verdict_edit(
    pm: Postmortem, policy: TriggerPolicy, label: str, outage: Outage | None = None
) -> Edit | None:
    """Store the verdict that `policy` gives for today's answers; None if it is stored.

    Args:
        outage: `outage_of(pm)`, when the caller has it already.
    """
    assessment = pm.trigger_assessment
    if assessment is None:
        return None
    answers = trigger_answers(pm, outage)
    edits = _record_edits(assessment, answers.severity, evaluate(answers, policy), label)
    return Compound(tuple(edits), label) if edits else None


def is_stale(pm: Postmortem, policy: TriggerPolicy, outage: Outage | None = None) -> bool:
    """Whether the stored verdict differs from what `policy` gives for today's answers.

    Args:
        outage: `outage_of(pm)`, when the caller has it already.
    """
    assessment = pm.trigger_assessment
    if assessment is None or assessment.verdict is None:
        return False
    result = evaluate(trigger_answers(pm, outage), policy)
    return (result.verdict, list(result.reasons)) != (assessment.verdict, assessment.reasons)


# The undo step names of an override, translated where they are shown.
OVERRIDE_LABELS_CONTEXT = "TriggerStep"
OVERRIDE_VERDICT = QT_TRANSLATE_NOOP("TriggerStep", "Override verdict")
REMOVE_OVERRIDE = QT_TRANSLATE_NOOP("TriggerStep", "Remove override")
EDIT_OVERRIDE_REASON = QT_TRANSLATE_NOOP("TriggerStep", "Edit override reason")


@dataclass(frozen=True)
class OverrideChange:
    """What choosing an override verdict, or writing its reason, changes.

    An override needs a reason: a verdict chosen without one is held back (not stored)
    until a reason is written, and removing the reason withdraws the stored override
    and holds it back again.

    Attributes:
        edit: the change to store, as one undo step; None when nothing is stored.
        held_back: the verdict chosen but not stored for want of a reason.
    """

    edit: Edit | None
    held_back: Verdict | None


def _same(text: str) -> str:
    return text


def _assessment_for_override(
    pm: Postmortem, policy: TriggerPolicy, outage: Outage | None, edits: list[Edit], label: str
) -> TriggerAssessment:
    """The assessment, created (with the verdict of today's answers) as part of `edits`
    when missing."""
    assessment = pm.trigger_assessment
    if assessment is not None:
        return assessment
    assessment = new_assessment()
    result = evaluate(trigger_answers(pm, outage), policy)
    assessment.verdict = result.verdict
    assessment.reasons = list(result.reasons)
    assessment.severity = pm.severity
    edits.append(SetValue(pm, "trigger_assessment", assessment, label))
    return assessment


def override_chosen(
    pm: Postmortem,
    chosen: Verdict | None,
    reason: str,
    policy: TriggerPolicy,
    *,
    outage: Outage | None = None,
    translate: Callable[[str], str] = _same,
) -> OverrideChange:
    """Choose the override verdict (None: use the policy's), with the reason written so far.

    Args:
        translate: names the undo step (`OVERRIDE_VERDICT`…) in the UI's language.
    """
    assessment = pm.trigger_assessment
    stored = assessment.override_verdict if assessment else None
    if chosen is None or not reason.strip():
        remove = None
        if stored is not None:
            remove = SetValue(assessment, "override_verdict", None, translate(REMOVE_OVERRIDE))
        return OverrideChange(remove, chosen)
    label = translate(OVERRIDE_VERDICT)
    edits: list[Edit] = []
    assessment = _assessment_for_override(pm, policy, outage, edits, label)
    edits.append(SetValue(assessment, "override_verdict", chosen, label))
    if assessment.override_reason != reason:
        edits.append(SetValue(assessment, "override_reason", reason, label))
    return OverrideChange(Compound(tuple(edits), label), None)


def override_reason_written(
    pm: Postmortem,
    chosen: Verdict | None,
    reason: str,
    policy: TriggerPolicy,
    *,
    outage: Outage | None = None,
    translate: Callable[[str], str] = _same,
) -> OverrideChange:
    """Store the override reason as written so far, with the verdict `chosen` beside it.

    A reason makes a held-back verdict count; taking the reason away withdraws the
    stored override (it stays chosen, held back). Typing in the reason is one undo step.
    """
    assessment = pm.trigger_assessment
    stored = assessment.override_verdict if assessment else None
    held_back = chosen if chosen is not None and chosen != stored else None
    if stored is not None and not reason.strip():
        label = translate(REMOVE_OVERRIDE)
        edit: Edit = Compound(
            (
                SetValue(assessment, "override_verdict", None, label),
                SetValue(assessment, "override_reason", reason, label),
            ),
            label,
        )
        return OverrideChange(edit, stored)
    if chosen is not None and stored != chosen and reason.strip():
        label = translate(OVERRIDE_VERDICT)
        edits: list[Edit] = []
        assessment = _assessment_for_override(pm, policy, outage, edits, label)
        edits += [
            SetValue(assessment, "override_verdict", chosen, label),
            SetValue(assessment, "override_reason", reason, label),
        ]
        return OverrideChange(Compound(tuple(edits), label), None)
    label = translate(EDIT_OVERRIDE_REASON)
    if assessment is not None and assessment.override_reason != reason:
        typed = SetValue(assessment, "override_reason", reason, label, mergeable=True)
        return OverrideChange(typed, held_back)
    if assessment is None and reason.strip():
        edits = []
        assessment = _assessment_for_override(pm, policy, outage, edits, label)
        edits.append(SetValue(assessment, "override_reason", reason, label))
        return OverrideChange(Compound(tuple(edits), label), held_back)
    return OverrideChange(None, held_back)


def reassess(pm: Postmortem, policy: TriggerPolicy | None = None) -> TriggerResult:
    """Evaluate the answers and store the verdict and reasons on the assessment (which
    is created if missing)."""
    if pm.trigger_assessment is None:
        pm.trigger_assessment = new_assessment()
    result = evaluate(trigger_answers(pm), policy)
    for edit in _record_edits(pm.trigger_assessment, pm.severity, result, "Re-check"):
        edit.apply()
    return result


def load_policy(path: Path) -> TriggerPolicy:
    """Read a policy TOML file; a missing file gives the default policy.

    Raises:
        UserFacingError: the file exists but is not a valid policy.
    """
    if not path.exists():
        return TriggerPolicy()
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserFacingError(
            f"The post-mortem policy {path} could not be read ({exc}).",
            "Fix the file or remove it to use the default policy.",
        ) from exc
    section = data.get("trigger", data)
    known = {f.name for f in fields(TriggerPolicy)}
    unknown = sorted(set(section) - known)
    if unknown:
        log.warning("Ignoring unknown policy settings in %s: %s", path, ", ".join(unknown))
    values: dict[str, Any] = {}
    try:
        for name in known & set(section):
            value = section[name]
            if name.endswith("_severities"):
                value = tuple(int(v) for v in value)
            elif name == "slo_budget_verdict":
                value = Verdict(value)
            elif name == "outage_threshold_minutes":
                value = int(value)
            elif name == "slo_budget_threshold_pct":
                value = None if value is False else float(value)
            elif not isinstance(value, bool):
                raise TypeError(f"{name} must be true or false")
            values[name] = value
    except (TypeError, ValueError) as exc:
        raise UserFacingError(
            f"The post-mortem policy {path} has an invalid value ({exc}).",
            "Fix the file or remove it to use the default policy.",
        ) from exc
    return TriggerPolicy(**values)
