"""The trigger policy: does this incident require a formal post-mortem?

The organisation's rule is data (`TriggerPolicy`, loadable from TOML); `evaluate`
applies it to the answers and returns the verdict with every reason that matched.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pmdesk.errors import UserFacingError
from pmdesk.models import TriggerAssessment, Verdict

log = logging.getLogger(__name__)

__all__ = [
    "TriggerAnswers",
    "TriggerPolicy",
    "TriggerResult",
    "answers_of",
    "evaluate",
    "load_policy",
    "reassess",
]

_RANK = {Verdict.NOT_REQUIRED: 0, Verdict.RECOMMENDED: 1, Verdict.MANDATORY: 2}


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
        matched.append((Verdict.MANDATORY, "Data was lost."))
    if (
        answers.outage_minutes is not None
        and answers.outage_minutes > policy.outage_threshold_minutes
    ):
        matched.append(
            (
                Verdict.MANDATORY,
                f"The outage lasted {answers.outage_minutes} minutes, longer than the "
                f"{policy.outage_threshold_minutes}-minute threshold.",
            )
        )
    if policy.security_incidents_mandatory and answers.security_impact:
        matched.append((Verdict.MANDATORY, "Security or privacy was affected."))
    if answers.severity is not None:
        if answers.severity in policy.mandatory_severities:
            matched.append((Verdict.MANDATORY, f"Severity {answers.severity} incident."))
        elif answers.severity in policy.recommended_severities:
            matched.append((Verdict.RECOMMENDED, f"Severity {answers.severity} incident."))
    if policy.customer_impact_recommended and answers.customers_affected:
        matched.append((Verdict.RECOMMENDED, "Customers were affected."))
    if (
        policy.slo_budget_threshold_pct is not None
        and answers.slo_budget_burned_pct is not None
        and answers.slo_budget_burned_pct >= policy.slo_budget_threshold_pct
    ):
        matched.append(
            (
                policy.slo_budget_verdict,
                f"{answers.slo_budget_burned_pct:g} % of the SLO error budget was burned "
                f"(threshold {policy.slo_budget_threshold_pct:g} %).",
            )
        )

    unanswered = tuple(f.name for f in fields(answers) if getattr(answers, f.name) is None)
    if not matched:
        reason = "No rule of the post-mortem policy matched the answers."
        if unanswered:
            reason += f" Not answered yet: {', '.join(n.replace('_', ' ') for n in unanswered)}."
        return TriggerResult(Verdict.NOT_REQUIRED, (reason,), unanswered)
    matched.sort(key=lambda item: -_RANK[item[0]])
    return TriggerResult(matched[0][0], tuple(text for _, text in matched), unanswered)


def answers_of(assessment: TriggerAssessment) -> TriggerAnswers:
    return TriggerAnswers(
        data_loss=assessment.data_loss,
        outage_minutes=assessment.outage_minutes,
        severity=assessment.severity,
        customers_affected=assessment.customers_affected,
        security_impact=assessment.security_impact,
        slo_budget_burned_pct=assessment.slo_budget_burned_pct,
    )


def reassess(assessment: TriggerAssessment, policy: TriggerPolicy | None = None) -> TriggerResult:
    """Evaluate the stored answers and store the verdict and reasons on `assessment`."""
    result = evaluate(answers_of(assessment), policy)
    assessment.verdict = result.verdict
    assessment.reasons = list(result.reasons)
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
