"""The publish gates, each way, and overrides."""

from __future__ import annotations

from typing import Any

import pytest

from pmdesk.domain.gates import (
    GATE_IDS,
    HIT_KINDS,
    MESSAGES,
    GatesNotPassedError,
    check_gates,
    check_no_names_in_public,
    check_redaction,
    check_required_parts,
    check_root_causes_have_actions,
    keep_problem,
    resolve_overrides,
)
from pmdesk.domain.i18n import match_template
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.domain.redaction import HitKind
from pmdesk.domain.texts import LABELS
from pmdesk.errors import UserFacingError
from pmdesk.models import AcknowledgementKind, KeyMoment, LintAcknowledgement, Postmortem

from .conftest import LoadPostmortem, add_event


def _by_id(pm: Postmortem) -> dict[str, Any]:
    return {result.id: result for result in check_gates(pm)}


def test_sample_passes_every_gate(sample_pm: Postmortem) -> None:
    results = check_gates(sample_pm)
    assert [r.id for r in results] == list(GATE_IDS)
    assert all(r.passed for r in results), [r.as_dict() for r in results if not r.passed]


def test_required_parts_missing(load_pm: LoadPostmortem) -> None:
    def strip(data: dict[str, Any]) -> None:
        data["summary"] = "  "
        data["customer_impact"] = ""
        for event in data["timeline"]:
            event["key_moment"] = None

    result = check_required_parts(load_pm(strip))
    assert not result.passed
    assert {str(p.location) for p in result.problems} == {
        "field:summary",
        "field:customer_impact",
        "section:timeline",
    }
    assert result.count == 3


def test_times_that_contradict_each_other_fail_a_gate(load_pm: LoadPostmortem) -> None:
    def resolved_before_mitigated(data: dict[str, Any]) -> None:
        resolved = next(e for e in data["timeline"] if e["key_moment"] == "resolved")
        resolved["occurred_at"] = "2026-10-14T10:01:00Z"

    pm = load_pm(resolved_before_mitigated)
    result = _by_id(pm)["consistent_times"]
    assert not result.passed
    (problem,) = result.problems
    resolved_event = next(e for e in pm.timeline_events if e.key_moment is KeyMoment.RESOLVED)
    assert str(problem.location) == f"event:{resolved_event.id}"
    assert problem.step == "timeline"
    assert problem.message == "Resolved (10:01:00 UTC) is before mitigated (10:07:26 UTC)."


def test_required_parts_need_a_root_cause(load_pm: LoadPostmortem) -> None:
    def no_root(data: dict[str, Any]) -> None:
        data["action_items"] = []

        def walk(node: dict[str, Any]) -> None:
            node["is_root_cause"] = False
            for child in node["children"]:
                walk(child)

        for chain in data["why_chains"]:
            walk(chain)

    result = check_required_parts(load_pm(no_root))
    assert [str(p.location) for p in result.problems] == ["section:whys"]
    assert result.problems[0].step == "whys"


def test_root_cause_without_action_fails(load_pm: LoadPostmortem) -> None:
    def drop(data: dict[str, Any]) -> None:
        # Only action A4 addresses root cause w10.
        data["action_items"] = [a for a in data["action_items"] if a["root_causes"] != ["w10"]]

    pm = load_pm(drop)
    result = check_root_causes_have_actions(pm)
    assert not result.passed
    (problem,) = result.problems
    node = next(n for n in pm.why_nodes if n.text.startswith("The window and threshold"))
    assert str(problem.location) == f"why:{node.id}"
    assert "has no action item" in problem.message


def test_action_items_need_owner_and_due_date(load_pm: LoadPostmortem) -> None:
    def unowned(data: dict[str, Any]) -> None:
        data["action_items"][1]["owner"] = " "
        data["action_items"][2]["due_on"] = None

    pm = load_pm(unowned)
    result = check_root_causes_have_actions(pm)
    second, third = pm.action_items[1].id, pm.action_items[2].id
    assert [str(p.location) for p in result.problems] == [
        f"action:{second}.owner",
        f"action:{third}.due_on",
    ]
    assert all(p.step == "actions" for p in result.problems)


def test_redaction_gate_fails_on_secret_and_passes_once_kept(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: add_event(d, "DATABASE_URL=postgres://app:hunter22@db-01/main"))
    result = check_redaction(pm)
    assert not result.passed
    (problem,) = result.problems
    assert str(problem.location) == f"event:{pm.timeline_events[-1].id}"
    assert problem.fingerprint
    assert "hunter22" not in problem.message  # the excerpt masks the secret

    pm.acknowledgements.append(
        LintAcknowledgement(
            kind=AcknowledgementKind.REDACTION,
            fingerprint=problem.fingerprint,
            reason="Throwaway password of the staging fixture",
        )
    )
    assert check_redaction(pm).passed


def test_keeping_a_problem_is_one_undo_step_of_the_gates_kind(load_pm: LoadPostmortem) -> None:
    pm = load_pm(
        lambda d: add_event(
            d, "DATABASE_URL=postgres://app:hunter22@db-01/main Priya should have checked."
        )
    )
    secret = check_redaction(pm).problems[0]
    undo = keep_problem(pm, "redaction", secret, "Staging fixture").apply()
    (kept,) = pm.acknowledgements
    assert (kept.kind, kept.fingerprint, kept.location) == (
        AcknowledgementKind.REDACTION,
        secret.fingerprint,
        str(secret.location),
    )
    assert kept.excerpt == secret.message[:200]
    assert "hunter22" not in kept.excerpt
    assert check_redaction(pm).passed
    undo.apply()
    assert pm.acknowledgements == []
    assert not check_redaction(pm).passed

    blame = next(
        p for p in _by_id(pm)["blameless_language"].problems if p.location == secret.location
    )
    keep_problem(pm, "blameless_language", blame, "Quoted").apply()
    assert [(a.kind, a.rule_id) for a in pm.acknowledgements] == [
        (AcknowledgementKind.LINT, blame.rule_id)
    ]


def test_redaction_acknowledgement_of_other_kind_does_not_count(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: add_event(d, "mail me: jane.doe@example.org"))
    problem = check_redaction(pm).problems[0]
    pm.acknowledgements.append(
        LintAcknowledgement(
            kind=AcknowledgementKind.LINT, fingerprint=problem.fingerprint, reason="x"
        )
    )
    assert not check_redaction(pm).passed


def test_ip_address_is_a_warning_only(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: add_event(d, "Traffic from 203.0.113.7 spiked"))
    result = check_redaction(pm)
    assert result.passed
    assert result.count == 0
    assert [p.severity for p in result.warnings] == ["warning"]


def test_facilitator_notes_are_not_checked(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: d.update(facilitator_notes="call +49 170 1234567, pw=hunter22"))
    assert check_redaction(pm).passed


def test_blameless_language_gate(load_pm: LoadPostmortem) -> None:
    pm = load_pm(
        lambda d: add_event(d, "Priya should have checked the pooler before the failover.")
    )
    result = _by_id(pm)["blameless_language"]
    assert not result.is_skipped
    assert not result.passed
    added = f"event:{pm.timeline_events[-1].id}"
    problem = next(p for p in result.problems if str(p.location) == added)
    assert problem.start is not None
    assert problem.fingerprint

    for p in result.problems:
        pm.acknowledgements.append(
            LintAcknowledgement(
                kind=AcknowledgementKind.LINT,
                fingerprint=p.fingerprint or "",
                reason="Quoted from the chat log",
            )
        )
    assert _by_id(pm)["blameless_language"].passed


def test_a_consider_hint_never_blocks_publishing(load_pm: LoadPostmortem) -> None:
    pm = load_pm(
        lambda d: add_event(d, "The vendor's spokesperson blamed “a human mistake” for it.")
    )
    result = _by_id(pm)["blameless_language"]
    assert result.passed
    added = f"event:{pm.timeline_events[-1].id}"
    assert [(str(p.location), p.rule_id, p.severity) for p in result.warnings] == [
        (added, "quoted_blame.quote", "warning")
    ]


def test_override_with_reason_is_recorded(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: d.update(summary=""))
    results = check_gates(pm)
    records = resolve_overrides(
        results, {"required_parts": "  Early draft  for the\nweekly review "}
    )
    assert records == [{"gate": "required_parts", "reason": "Early draft for the weekly review"}]
    # The wildcard overrides every failing gate; passing gates are not recorded.
    assert resolve_overrides(results, {"*": "Urgent"}) == [
        {"gate": "required_parts", "reason": "Urgent"}
    ]


def test_override_without_reason_is_refused(load_pm: LoadPostmortem) -> None:
    results = check_gates(load_pm(lambda d: d.update(summary="")))
    with pytest.raises(UserFacingError, match="only with a reason"):
        resolve_overrides(results, {"required_parts": "   "})
    with pytest.raises(UserFacingError, match="no gate called"):
        resolve_overrides(results, {"no_such_gate": "because"})


def test_failing_gate_without_override_is_refused(load_pm: LoadPostmortem) -> None:
    results = check_gates(load_pm(lambda d: d.update(summary="")))
    with pytest.raises(GatesNotPassedError) as caught:
        resolve_overrides(results, {})
    assert [g.id for g in caught.value.failing] == ["required_parts"]
    assert "Required parts" in str(caught.value)


def test_gates_need_no_session() -> None:
    pm = Postmortem(key="PM-9", title="Only a title")
    results = {r.id: r for r in check_gates(pm)}
    assert not results["required_parts"].passed
    assert results["root_causes_have_actions"].passed
    assert results["redaction"].passed


def test_every_message_and_label_comes_from_a_template_the_ui_translates(
    load_pm: LoadPostmortem,
) -> None:
    def spoil(data: dict[str, Any]) -> None:
        data["title"] = ""
        data["summary"] = ""
        data["customer_impact"] = ""
        for event in data["timeline"]:
            event["key_moment"] = None
        data["action_items"][0]["owner"] = ""
        data["action_items"][1]["title"] = ""
        data["action_items"][1]["due_on"] = None
        data["action_items"][2]["root_causes"] = []
        add_event(data, "DATABASE_URL=postgres://app:hunter22@db-01/main mail dana@example.com")
        add_event(data, "priya paged jonas")
        data["lessons"][0]["text"] = "lena was not paged"
        data["facilitator"] = "Lena Fischer"
        data["incident_end"] = "2026-10-14T09:00:00Z"  # before the start

    pm = load_pm(spoil)
    problems = [
        problem
        for result in check_gates(pm, profile=ExportProfile.PUBLIC)
        if result.id != "blameless_language"  # the linter writes its own messages
        for problem in result.problems
    ]
    messages = [problem.message for problem in problems]
    assert "The action item Action 2 has no due date." in messages
    assert "The post-mortem has no title." in messages
    assert any(m.startswith("Looks like a connection string with credentials: ") for m in messages)
    assert any(m.startswith("Looks like an e-mail address: ") for m in messages)
    assert any(m.startswith("“lena” would name a person") for m in messages)
    assert "Incident end (09:00:00 UTC) is before incident start (09:02:31 UTC)." in messages
    assert "Lessons" in {problem.label for problem in problems}
    assert any(problem.label.startswith("Timeline E") for problem in problems)
    for problem in problems:
        assert match_template(problem.message, MESSAGES) is not None, problem.message
        assert match_template(problem.label, LABELS) is not None, problem.label
    assert set(HIT_KINDS) == set(HitKind)  # every kind of hit has words for LOOKS_LIKE
    notes = [result.note for result in check_gates(pm) if result.note]
    assert notes  # the public-names gate says why it was skipped
    for note in notes:
        assert match_template(note, MESSAGES) is not None, note


def test_public_names_gate_is_for_the_public_version_only(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: d.update(summary=d["summary"] + " priya paged jonas."))
    internal = _by_id(pm)["no_names_in_public"]
    assert internal.passed
    assert internal.is_skipped
    public = {r.id: r for r in check_gates(pm, profile=ExportProfile.PUBLIC)}
    assert not public["no_names_in_public"].passed
    assert [(str(p.location), p.step) for p in public["no_names_in_public"].problems] == [
        ("field:summary", "incident"),
        ("field:summary", "incident"),
    ]


def test_public_names_gate_finds_what_pseudonyms_could_not_replace(
    load_pm: LoadPostmortem,
) -> None:
    def edit(data: dict[str, Any]) -> None:
        # Two Sams: "Sam" alone names nobody for sure, so it is left, and found.
        data["participants"] += [
            {"name": "Sam Lee", "role": "Engineer", "team": ""},
            {"name": "Sam Park", "role": "Engineer", "team": ""},
        ]
        data["timeline"][3]["text"] = "Sam restarted the replica"
        # The full name in any case is replaced; a surname alone in capitals is not.
        data["lessons"][0]["text"] = "LENA FISCHER called; FISCHER was not paged"
        data["facilitator"] = "Lena Fischer"

    pm = load_pm(edit)
    result = check_no_names_in_public(pm)
    found = {(p.label.split()[0], p.message.split("”")[0].lstrip("“")) for p in result.problems}
    assert found == {("Timeline", "Sam"), ("Lessons", "FISCHER")}
    event = next(p for p in result.problems if p.label.startswith("Timeline"))
    assert str(event.location) == f"event:{pm.timeline_events[3].id}"
    assert event.step == "timeline"


def test_a_family_name_that_is_also_a_word_blocks_only_as_a_name(
    load_pm: LoadPostmortem,
) -> None:
    # "Page" names a person; "page" is what every incident report does to on-call.
    pm = load_pm(lambda d: d.update(facilitator="Ben Page"))
    pm.timeline_events[0].text = "The alert did not page anyone; the status page stayed green."
    assert check_no_names_in_public(pm).passed
    pm.timeline_events[0].text = "PAGE confirmed the failover"
    assert not check_no_names_in_public(pm).passed
    pm.timeline_events[0].text = "ben confirmed the failover"  # a given name in chat
    assert not check_no_names_in_public(pm).passed


def test_public_names_gate_passes_once_everyone_has_a_pseudonym(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: d.update(facilitator="Lena Fischer"))
    pm.timeline_events[0].text = "lena and @lena.f confirmed"
    assert not check_no_names_in_public(pm).passed  # lower-case "lena" is not replaced
    pm.timeline_events[0].text = "Fischer and @lfi confirmed"
    assert check_no_names_in_public(pm).passed  # @lfi is an unlisted person
    pm.timeline_events[0].text = "Fischer confirmed, fischer-proof"
    assert check_no_names_in_public(pm).passed  # the capitalised surname is replaced
    pm.participants[4].handles = ["lena", "lena.f"]  # the facilitator row, Alex Morgan
    pm.participants[4].name = "Lena Fischer"
    pm.timeline_events[0].text = "lena and lena.f confirmed"
    assert check_no_names_in_public(pm).passed
