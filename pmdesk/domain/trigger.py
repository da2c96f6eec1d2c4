"""The trigger policy: does this incident require a formal post-mortem?

The organisation's rule is data (`TriggerPolicy`, loadable from TOML); `evaluate`
applies it to the answers and returns the verdict with every reason that matched.

Reasons are stored as English sentences. Each comes from a template marked for
translation (see `pmdesk.domain.i18n`), so the UI can show a stored reason in its own
language: `reason_template` finds the template and the values a sentence was made
from.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP, match_template
from pmdesk.errors import UserFacingError
from pmdesk.models import TriggerAssessment, Verdict

log = logging.getLogger(__name__)

__all__ = [
    "REASONS",
    "REASONS_CONTEXT",
    "TriggerAnswers",
    "TriggerPolicy",
    "TriggerResult",
    "answers_of",
    "evaluate",
    "load_policy",
    "question_names",
    "reason_template",
    "reassess",
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
