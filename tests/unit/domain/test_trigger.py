"""The trigger policy decides whether a formal post-mortem is required."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.domain.trigger import (
    NOTHING_MATCHED_YET,
    Outage,
    OutageSource,
    TriggerAnswers,
    TriggerPolicy,
    answer_edit,
    evaluate,
    is_stale,
    load_policy,
    outage_of,
    override_chosen,
    override_reason_written,
    question_names,
    reason_template,
    reassess,
    trigger_answers,
    verdict_edit,
)
from pmdesk.errors import UserFacingError
from pmdesk.models import KeyMoment, Postmortem, TimelineEvent, TriggerAssessment, Verdict

T0 = datetime(2026, 10, 14, 9, 0, tzinfo=UTC)


def incident(**moments: int) -> Postmortem:
    """A post-mortem whose timeline marks `moments` (seconds after 09:00)."""
    pm = Postmortem(key="PM-1", title="t", timeline_events=[])
    for number, (name, seconds) in enumerate(moments.items(), 1):
        pm.timeline_events.append(
            TimelineEvent(
                occurred_at=T0 + timedelta(seconds=seconds),
                text=name,
                fingerprint=str(number),
                key_moment=KeyMoment(name),
            )
        )
    return pm


def test_data_loss_is_mandatory() -> None:
    result = evaluate(TriggerAnswers(data_loss=True, outage_minutes=0))
    assert result.verdict is Verdict.MANDATORY
    assert result.reasons == ("Data was lost.",)


@pytest.mark.parametrize(
    ("minutes", "verdict"),
    [(59, Verdict.NOT_REQUIRED), (60, Verdict.NOT_REQUIRED), (61, Verdict.MANDATORY)],
)
def test_outage_longer_than_an_hour_is_mandatory(minutes: int, verdict: Verdict) -> None:
    assert evaluate(TriggerAnswers(outage_minutes=minutes)).verdict is verdict


@pytest.mark.parametrize(
    ("severity", "verdict"),
    [
        (1, Verdict.RECOMMENDED),
        (2, Verdict.RECOMMENDED),
        (3, Verdict.NOT_REQUIRED),
        (4, Verdict.NOT_REQUIRED),
    ],
)
def test_high_severity_is_recommended(severity: int, verdict: Verdict) -> None:
    assert evaluate(TriggerAnswers(severity=severity)).verdict is verdict


def test_customer_impact_is_recommended() -> None:
    result = evaluate(TriggerAnswers(customers_affected=True))
    assert result.verdict is Verdict.RECOMMENDED
    assert "Customers were affected." in result.reasons


def test_security_impact_is_mandatory_by_default_and_configurable() -> None:
    answers = TriggerAnswers(security_impact=True)
    assert evaluate(answers).verdict is Verdict.MANDATORY
    relaxed = TriggerPolicy(security_incidents_mandatory=False)
    assert evaluate(answers, relaxed).verdict is Verdict.NOT_REQUIRED


def test_slo_budget_threshold() -> None:
    assert evaluate(TriggerAnswers(slo_budget_burned_pct=49.9)).verdict is Verdict.NOT_REQUIRED
    burned = evaluate(TriggerAnswers(slo_budget_burned_pct=50))
    assert burned.verdict is Verdict.RECOMMENDED
    assert burned.reasons == ("50 % of the SLO error budget was burned (threshold 50 %).",)
    strict = TriggerPolicy(slo_budget_verdict=Verdict.MANDATORY, slo_budget_threshold_pct=20)
    assert evaluate(TriggerAnswers(slo_budget_burned_pct=25), strict).verdict is Verdict.MANDATORY


def test_every_matching_reason_is_listed_strictest_first() -> None:
    result = evaluate(
        TriggerAnswers(data_loss=True, outage_minutes=90, severity=1, customers_affected=True)
    )
    assert result.verdict is Verdict.MANDATORY
    assert result.reasons == (
        "Data was lost.",
        "The outage lasted 90 minutes, longer than the 60-minute threshold.",
        "Severity 1 incident.",
        "Customers were affected.",
    )


def test_nothing_matching_explains_what_is_unanswered() -> None:
    result = evaluate(TriggerAnswers(data_loss=False, outage_minutes=5))
    assert result.verdict is Verdict.NOT_REQUIRED
    assert "severity" in result.reasons[0]
    assert "data loss" not in result.reasons[0]
    assert set(result.unanswered) == {
        "severity",
        "customers_affected",
        "security_impact",
        "slo_budget_burned_pct",
    }


def test_mandatory_severities_override_recommended() -> None:
    policy = TriggerPolicy(mandatory_severities=(1,))
    assert evaluate(TriggerAnswers(severity=1), policy).verdict is Verdict.MANDATORY
    assert evaluate(TriggerAnswers(severity=2), policy).verdict is Verdict.RECOMMENDED


@given(
    data_loss=st.none() | st.booleans(),
    minutes=st.none() | st.integers(0, 10_000),
    severity=st.none() | st.integers(1, 5),
    customers=st.none() | st.booleans(),
    security=st.none() | st.booleans(),
    budget=st.none() | st.floats(0, 1000, allow_nan=False),
)
def test_verdict_is_the_strictest_rule_and_always_explained(
    data_loss: bool | None,
    minutes: int | None,
    severity: int | None,
    customers: bool | None,
    security: bool | None,
    budget: float | None,
) -> None:
    answers = TriggerAnswers(data_loss, minutes, severity, customers, security, budget)
    result = evaluate(answers)
    mandatory = bool(data_loss) or (minutes or 0) > 60 or bool(security)
    recommended = severity in (1, 2) or bool(customers) or (budget or 0) >= 50
    expected = (
        Verdict.MANDATORY
        if mandatory
        else Verdict.RECOMMENDED
        if recommended
        else Verdict.NOT_REQUIRED
    )
    assert result.verdict is expected
    assert result.reasons
    assert all(reason.endswith(".") for reason in result.reasons)


def test_reassess_stores_the_verdict_on_the_assessment() -> None:
    pm = Postmortem(key="PM-1", severity=3, timeline_events=[])
    pm.trigger_assessment = TriggerAssessment(outage_minutes=120)
    result = reassess(pm)
    assert pm.trigger_assessment.verdict is Verdict.MANDATORY
    assert pm.trigger_assessment.reasons == list(result.reasons)
    assert pm.trigger_assessment.severity == 3  # recorded with the verdict
    assert trigger_answers(pm).outage_minutes == 120


def test_the_severity_is_the_post_mortems_own() -> None:
    pm = Postmortem(key="PM-1", severity=2, timeline_events=[])
    # A severity stored by an older pmdesk on the assessment is not an answer any more.
    pm.trigger_assessment = TriggerAssessment(severity=4)
    assert trigger_answers(pm).severity == 2
    assert "Severity 2 incident." in reassess(pm).reasons


def test_the_outage_is_measured_from_impact_start_to_mitigation() -> None:
    pm = incident(impact_start=0, mitigated=64 * 60 + 55, resolved=74 * 60)
    pm.incident_start, pm.incident_end = T0, T0 + timedelta(hours=3)
    assert outage_of(pm) == Outage(65, OutageSource.KEY_MOMENTS, KeyMoment.MITIGATED)
    assert trigger_answers(pm).outage_minutes == 65
    pm.timeline_events[1].key_moment = None  # not mitigated: until resolved
    assert outage_of(pm) == Outage(74, OutageSource.KEY_MOMENTS, KeyMoment.RESOLVED)


def test_without_key_moments_the_incident_window_gives_the_outage() -> None:
    pm = incident()
    assert outage_of(pm) == Outage(None)
    pm.incident_start, pm.incident_end = T0, T0 + timedelta(minutes=90)
    assert outage_of(pm) == Outage(90, OutageSource.INCIDENT_WINDOW)
    # An end before the start measures nothing (the contradiction is shown elsewhere).
    pm.incident_end = T0 - timedelta(minutes=5)
    assert outage_of(pm).minutes is None


def test_an_override_counts_and_says_so() -> None:
    pm = incident(impact_start=0, mitigated=30 * 60)
    pm.trigger_assessment = TriggerAssessment(outage_minutes=75)
    outage = outage_of(pm)
    assert outage.is_overridden
    assert (outage.minutes, outage.measured_minutes) == (75, 30)
    assert evaluate(trigger_answers(pm)).verdict is Verdict.MANDATORY


def test_an_answer_is_one_edit_with_its_verdict() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    edit = answer_edit(pm, "severity", 1, policy, "Answer severity")
    inverse = edit.apply()
    assessment = pm.trigger_assessment
    assert assessment is not None
    assert pm.severity == 1  # the post-mortem's field, shown in the Incident step too
    assert (assessment.verdict, assessment.severity) == (Verdict.RECOMMENDED, 1)
    inverse.apply()
    assert pm.trigger_assessment is None
    assert pm.severity is None


def test_giving_the_measured_outage_removes_the_override() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    answer_edit(pm, "outage_minutes", 75, policy, "Answer outage").apply()
    assert pm.trigger_assessment is not None
    assert pm.trigger_assessment.outage_minutes == 75
    assert pm.trigger_assessment.verdict is Verdict.MANDATORY
    answer_edit(pm, "outage_minutes", 30, policy, "Answer outage").apply()
    assert pm.trigger_assessment.outage_minutes is None
    assert pm.trigger_assessment.verdict is Verdict.NOT_REQUIRED


def test_the_verdict_follows_facts_changed_elsewhere() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    answer_edit(pm, "data_loss", False, policy, "Answer data loss").apply()
    assert verdict_edit(pm, policy, "Re-check") is None  # in step
    pm.timeline_events[1].occurred_at = T0 + timedelta(minutes=95)  # mitigated later
    edit = verdict_edit(pm, policy, "Re-check")
    assert edit is not None
    edit.apply()
    assert pm.trigger_assessment is not None
    assert pm.trigger_assessment.verdict is Verdict.MANDATORY
    assert pm.trigger_assessment.reasons == [
        "The outage lasted 95 minutes, longer than the 60-minute threshold."
    ]


def test_an_override_without_a_reason_is_held_back_until_one_is_written() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    chosen = override_chosen(pm, Verdict.MANDATORY, "", policy)
    assert (chosen.edit, chosen.held_back) == (None, Verdict.MANDATORY)
    assert pm.trigger_assessment is None

    written = override_reason_written(pm, Verdict.MANDATORY, "Third this quarter.", policy)
    assert written.held_back is None
    assert written.edit is not None
    undo = written.edit.apply()
    assessment = pm.trigger_assessment
    assert assessment is not None
    # The assessment the override creates carries the verdict of today's answers.
    assert (assessment.verdict, assessment.effective_verdict) == (
        Verdict.NOT_REQUIRED,
        Verdict.MANDATORY,
    )
    assert assessment.override_reason == "Third this quarter."
    undo.apply()
    assert pm.trigger_assessment is None


def test_taking_the_reason_away_withdraws_the_override_but_keeps_it_chosen() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    first = override_chosen(pm, Verdict.RECOMMENDED, "Near miss.", policy)
    assert first.edit is not None
    first.edit.apply()
    assessment = pm.trigger_assessment
    assert assessment is not None
    assert assessment.override_verdict is Verdict.RECOMMENDED

    emptied = override_reason_written(pm, Verdict.RECOMMENDED, "", policy)
    assert emptied.held_back is Verdict.RECOMMENDED
    assert emptied.edit is not None
    emptied.edit.apply()
    assert (assessment.override_verdict, assessment.override_reason) == (None, "")

    # Choosing the policy's verdict again leaves nothing held back.
    assert override_chosen(pm, None, "", policy) == type(emptied)(None, None)


def test_typing_the_reason_of_a_stored_override_is_one_undo_step() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    first = override_chosen(pm, Verdict.MANDATORY, "D", policy)
    assert first.edit is not None
    first.edit.apply()
    one = override_reason_written(pm, Verdict.MANDATORY, "Da", policy).edit
    assert one is not None
    one.apply()
    two = override_reason_written(pm, Verdict.MANDATORY, "Dat", policy).edit
    assert two is not None
    assert one.merged_with(two) is two
    assert two.label == "Edit override reason"


def test_undo_step_names_come_in_the_callers_language() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    change = override_chosen(pm, Verdict.MANDATORY, "Why", policy, translate=str.upper)
    assert change.edit is not None
    assert change.edit.label == "OVERRIDE VERDICT"


def test_a_verdict_of_other_answers_is_stale() -> None:
    policy = TriggerPolicy()
    pm = incident(impact_start=0, mitigated=30 * 60)
    assert not is_stale(pm, policy)  # no verdict yet
    answer_edit(pm, "data_loss", False, policy, "Answer data loss").apply()
    assert not is_stale(pm, policy)
    pm.timeline_events[1].occurred_at = T0 + timedelta(minutes=95)
    assert is_stale(pm, policy)


def test_override_takes_precedence_over_the_verdict() -> None:
    assessment = TriggerAssessment(
        verdict=Verdict.NOT_REQUIRED,
        override_verdict=Verdict.RECOMMENDED,
        override_reason="Near miss worth learning from.",
    )
    assert assessment.effective_verdict is Verdict.RECOMMENDED


def test_policy_file_changes_the_thresholds(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        "[trigger]\noutage_threshold_minutes = 30\nrecommended_severities = [1, 2, 3]\n"
        "slo_budget_threshold_pct = false\nunknown_setting = 1\n",
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert policy.outage_threshold_minutes == 30
    assert policy.recommended_severities == (1, 2, 3)
    assert policy.slo_budget_threshold_pct is None
    assert evaluate(TriggerAnswers(outage_minutes=45), policy).verdict is Verdict.MANDATORY


def test_missing_policy_file_gives_the_default(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "absent.toml") == TriggerPolicy()


@pytest.mark.parametrize(
    "content",
    [
        "outage_threshold_minutes = [",
        "outage_threshold_minutes = 'soon'",
        "data_loss_mandatory = 3",
    ],
)
def test_broken_policy_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserFacingError, match="policy"):
        load_policy(path)


@given(
    data_loss=st.none() | st.booleans(),
    outage_minutes=st.none() | st.integers(0, 100_000),
    severity=st.none() | st.integers(1, 5),
    customers_affected=st.none() | st.booleans(),
    security_impact=st.none() | st.booleans(),
    slo_budget_burned_pct=st.none() | st.floats(0, 1000, allow_nan=False),
)
def test_every_reason_can_be_traced_to_its_template_for_translation(
    data_loss: bool | None,
    outage_minutes: int | None,
    severity: int | None,
    customers_affected: bool | None,
    security_impact: bool | None,
    slo_budget_burned_pct: float | None,
) -> None:
    answers = TriggerAnswers(
        data_loss,
        outage_minutes,
        severity,
        customers_affected,
        security_impact,
        slo_budget_burned_pct,
    )
    for reason in evaluate(answers, TriggerPolicy(mandatory_severities=(1,))).reasons:
        found = reason_template(reason)
        assert found is not None, reason
        template, values = found
        assert template.format(**values) == reason


def test_a_reason_names_the_unanswered_questions_one_by_one() -> None:
    (reason,) = evaluate(TriggerAnswers(severity=4, customers_affected=False)).reasons
    found = reason_template(reason)
    assert found is not None
    template, values = found
    assert template == NOTHING_MATCHED_YET
    assert question_names(values["questions"]) == [
        "data loss",
        "outage minutes",
        "security impact",
        "slo budget burned pct",
    ]
    assert reason_template("A reason an older pmdesk wrote.") is None
