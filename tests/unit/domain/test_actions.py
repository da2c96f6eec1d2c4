"""Which root causes lack an action item, and which action items are incomplete."""

from __future__ import annotations

from datetime import date

from pmdesk.domain.actions import (
    actions_missing_owner_or_due,
    missing_fields,
    new_action_item,
    owner_suggestions,
    root_causes_without_actions,
)
from pmdesk.domain.flow import Step, blockers
from pmdesk.domain.gates import check_root_causes_have_actions
from pmdesk.models import ActionStatus, ActionType, Participant, Postmortem, Priority, WhyNode


def make_postmortem() -> Postmortem:
    pm = Postmortem(key="PM-0001", title="Checkout errors")
    chain = WhyNode(text="Why did checkout fail?", is_root_cause=False)
    pooler = WhyNode(text="The pooler kept the old address.", is_root_cause=True, parent=chain)
    alerting = WhyNode(text="Archiver failures are not alerted on.", is_root_cause=True)
    pm.why_nodes = [chain, pooler, alerting]
    return pm


def test_every_root_cause_lacks_an_action_when_there_are_none() -> None:
    pm = make_postmortem()
    assert [node.text for node in root_causes_without_actions(pm)] == [
        "The pooler kept the old address.",
        "Archiver failures are not alerted on.",
    ]


def test_a_linked_action_addresses_its_root_cause() -> None:
    pm = make_postmortem()
    pooler = pm.why_nodes[1]
    pm.action_items = [new_action_item([pooler], "Reload the pooler on failover")]
    assert [node.text for node in root_causes_without_actions(pm)] == [
        "Archiver failures are not alerted on."
    ]
    pm.action_items[0].root_causes.append(pm.why_nodes[2])
    assert root_causes_without_actions(pm) == []


def test_the_step_the_progress_and_the_gate_agree_on_a_link_loaded_apart() -> None:
    """Where the three checks disagreed: the Action items step and the wizard's progress
    compared links by object, the publish gate by object or stored id. A link to the same
    stored why, loaded as another object (by another session), addresses it; two whys
    not saved yet are told apart by object."""
    pm = make_postmortem()
    pooler, alerting = pm.why_nodes[1], pm.why_nodes[2]
    pooler.id, alerting.id = 7, 8
    same_stored_why = WhyNode(id=7, text=pooler.text, is_root_cause=True)
    unsaved = WhyNode(text="Another unsaved why.", is_root_cause=True)
    pm.why_nodes.append(WhyNode(text="Unsaved root cause.", is_root_cause=True))
    action = new_action_item([same_stored_why, unsaved], "Reload the pooler on failover")
    action.owner, action.due_on = "Database team", date(2026, 12, 1)
    pm.action_items = [action]

    expected = ["Archiver failures are not alerted on.", "Unsaved root cause."]
    assert [node.text for node in root_causes_without_actions(pm)] == expected
    assert [str(b.location) for b in blockers(pm, Step.ACTION_ITEMS)] == ["why:8", "why:None"]
    gate = check_root_causes_have_actions(pm)
    assert [str(problem.location) for problem in gate.problems] == ["why:8", "why:None"]


def test_whys_that_are_not_root_causes_never_need_an_action() -> None:
    pm = Postmortem(key="PM-0002", title="No root cause yet")
    pm.why_nodes = [WhyNode(text="Why?", is_root_cause=False)]
    assert root_causes_without_actions(pm) == []


def test_new_action_item_has_every_field_set() -> None:
    item = new_action_item()
    assert item.title == ""
    assert item.type is ActionType.OTHER
    assert item.priority is Priority.P2
    assert item.status is ActionStatus.OPEN
    assert item.owner == ""
    assert item.due_on is None
    assert item.tracker_url == ""
    assert item.root_causes == []


def test_missing_owner_or_due_date() -> None:
    pm = make_postmortem()
    complete = new_action_item(title="Complete")
    complete.owner = "SRE team"
    complete.due_on = date(2026, 12, 1)
    no_owner = new_action_item(title="No owner")
    no_owner.owner = "   "
    no_owner.due_on = date(2026, 12, 1)
    no_due = new_action_item(title="No due date")
    no_due.owner = "Payments team"
    pm.action_items = [complete, no_owner, no_due]
    assert missing_fields(complete) == ()
    assert missing_fields(no_owner) == ("owner",)
    assert missing_fields(no_due) == ("due_on",)
    assert missing_fields(new_action_item()) == ("owner", "due_on")
    assert actions_missing_owner_or_due(pm) == [no_owner, no_due]


def test_owner_suggestions_are_teams_and_roles_never_names() -> None:
    pm = make_postmortem()
    pm.participants = [
        Participant(name="Priya Raman", role="On-call engineer", team="SRE team"),
        Participant(name="Mei Lin", role="Incident commander", team="SRE team"),
        Participant(name="Jonas Becker", role="", team=""),
    ]
    item = new_action_item(title="Alert on archiving")
    item.owner = "Database platform team"
    pm.action_items = [item]
    assert owner_suggestions(pm) == [
        "SRE team",
        "On-call engineer",
        "Incident commander",
        "Database platform team",
    ]
