"""Why-chains: the edits that shape the tree, their inverses, and the person check."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from pmdesk.domain import whys
from pmdesk.domain.edits import Edit
from pmdesk.models import ActionItem, Participant, Postmortem, TimelineEvent, WhyNode
from pmdesk.store import Database
from pmdesk.store.interchange import dump_postmortem, load_postmortem

T0 = datetime(2024, 10, 14, 9, 0, tzinfo=UTC)


def shape(pm: Postmortem) -> list[Any]:
    """The tree as nested (text, root cause, evidence texts, children) tuples."""

    def node(why: WhyNode) -> Any:
        return (
            why.text,
            bool(why.is_root_cause),
            [e.text for e in why.evidence],
            [node(child) for child in why.children],
        )

    return [node(chain) for chain in pm.why_chains]


def positions_are_consistent(pm: Postmortem) -> bool:
    lists = [pm.why_chains, *(list(n.children) for n in pm.why_nodes)]
    return all([n.position for n in items] == list(range(len(items))) for items in lists)


@pytest.fixture
def pm() -> Postmortem:
    """Two chains in memory, no database: A → (A1 → A1a, A2), B."""
    postmortem = Postmortem(key="PM-1", title="t")
    event_1 = TimelineEvent(occurred_at=T0, text="disk full", fingerprint="1")
    event_2 = TimelineEvent(occurred_at=T0 + timedelta(minutes=5), text="paged", fingerprint="2")
    postmortem.timeline_events = [event_1, event_2]
    a = WhyNode(text="A", position=0)
    a1 = WhyNode(text="A1", position=0, parent=a, evidence=[event_1])
    WhyNode(text="A1a", position=0, parent=a1, is_root_cause=True)
    WhyNode(text="A2", position=1, parent=a)
    b = WhyNode(text="B", position=1)
    postmortem.why_nodes = [*whys.subtree(a), b]
    postmortem.action_items = [ActionItem(title="fix", root_causes=[a1.children[0]])]
    postmortem.participants = [
        Participant(name="Priya Raman", role="On-call engineer"),
        Participant(name="Tomás Ortega", role="Support lead"),
        Participant(name="Will Mark", role=""),
    ]
    return postmortem


def find(pm: Postmortem, text: str) -> WhyNode:
    return next(n for n in pm.why_nodes if n.text == text)


def roundtrip(pm: Postmortem, edit: Edit) -> Edit:
    """Apply, check the inverse restores the tree, redo; returns the redo's inverse."""
    before = shape(pm)
    inverse = edit.apply()
    after = shape(pm)
    assert positions_are_consistent(pm)
    redo = inverse.apply()
    assert shape(pm) == before
    assert positions_are_consistent(pm)
    again = redo.apply()
    assert shape(pm) == after
    return again


def test_add_why_puts_the_next_why_under_the_current_one(pm: Postmortem) -> None:
    edit, node = whys.add_why(pm, find(pm, "A2"), "A2a")
    roundtrip(pm, edit)
    assert node.parent is find(pm, "A2")
    assert any(n is node for n in pm.why_nodes)


def test_add_branch_adds_a_sibling_right_after(pm: Postmortem) -> None:
    edit, node = whys.add_branch(pm, find(pm, "A1"), "A1 bis")
    roundtrip(pm, edit)
    assert [c.text for c in find(pm, "A").children] == ["A1", "A1 bis", "A2"]
    assert node.position == 1


def test_a_branch_of_a_chain_is_a_new_chain_after_it(pm: Postmortem) -> None:
    edit, _ = whys.add_branch(pm, find(pm, "A"), "C")
    roundtrip(pm, edit)
    assert [c.text for c in pm.why_chains] == ["A", "C", "B"]


def test_new_chain_goes_last(pm: Postmortem) -> None:
    edit, node = whys.add_chain(pm, "Why was there no automated backup?")
    roundtrip(pm, edit)
    assert pm.why_chains[-1] is node
    assert node.parent is None


def test_indent_makes_it_the_last_child_of_the_previous_sibling(pm: Postmortem) -> None:
    edit = whys.indent_why(pm, find(pm, "A2"))
    assert edit is not None
    roundtrip(pm, edit)
    assert [c.text for c in find(pm, "A1").children] == ["A1a", "A2"]
    assert whys.indent_why(pm, find(pm, "A1")) is None


def test_indent_a_chain_under_the_previous_chain(pm: Postmortem) -> None:
    edit = whys.indent_why(pm, find(pm, "B"))
    assert edit is not None
    roundtrip(pm, edit)
    assert [c.text for c in pm.why_chains] == ["A"]
    assert [c.text for c in find(pm, "A").children] == ["A1", "A2", "B"]


def test_outdent_makes_it_the_sibling_after_its_parent(pm: Postmortem) -> None:
    edit = whys.outdent_why(pm, find(pm, "A1a"))
    assert edit is not None
    roundtrip(pm, edit)
    assert [c.text for c in find(pm, "A").children] == ["A1", "A1a", "A2"]
    assert whys.outdent_why(pm, find(pm, "A")) is None


def test_outdent_to_a_new_chain(pm: Postmortem) -> None:
    edit = whys.outdent_why(pm, find(pm, "A2"))
    assert edit is not None
    roundtrip(pm, edit)
    assert [c.text for c in pm.why_chains] == ["A", "A2", "B"]


def test_move_up_and_down_among_siblings(pm: Postmortem) -> None:
    down = whys.move_why_by(pm, find(pm, "A1"), +1)
    assert down is not None
    roundtrip(pm, down)
    assert [c.text for c in find(pm, "A").children] == ["A2", "A1"]
    assert whys.move_why_by(pm, find(pm, "A1"), +1) is None
    assert whys.move_why_by(pm, find(pm, "B"), -1) is not None


def test_move_counts_the_index_with_the_node_still_in_place(pm: Postmortem) -> None:
    assert whys.move_why(pm, find(pm, "A1"), find(pm, "A"), 1) is None
    edit = whys.move_why(pm, find(pm, "A1"), find(pm, "A"), 2)
    assert edit is not None
    roundtrip(pm, edit)
    assert [c.text for c in find(pm, "A").children] == ["A2", "A1"]


def test_move_into_another_chain_and_never_under_itself(pm: Postmortem) -> None:
    edit = whys.move_why(pm, find(pm, "A1"), find(pm, "B"), 0)
    assert edit is not None
    roundtrip(pm, edit)
    assert find(pm, "A1").parent is find(pm, "B")
    with pytest.raises(ValueError, match="under itself"):
        whys.move_why(pm, find(pm, "B"), find(pm, "A1a"), 0)


def test_delete_removes_the_subtree_and_undo_restores_links(pm: Postmortem) -> None:
    a1 = find(pm, "A1")
    leaf = find(pm, "A1a")
    evidence = list(a1.evidence)
    inverse = whys.delete_why(pm, a1).apply()
    assert {n.text for n in pm.why_nodes} == {"A", "A2", "B"}
    assert pm.action_items[0].root_causes == []
    inverse.apply()
    assert shape(pm)[0][3][0] == ("A1", False, ["disk full"], [("A1a", True, [], [])])
    assert a1.evidence == evidence
    assert pm.action_items[0].root_causes[0] is leaf
    assert positions_are_consistent(pm)


def test_root_cause_toggle_and_text(pm: Postmortem) -> None:
    node = find(pm, "A2")
    roundtrip(pm, whys.toggle_root_cause(node))
    assert node.is_root_cause
    edit = whys.set_why_text(node, "The alert had no owner")
    assert edit is not None
    roundtrip(pm, edit)
    assert node.text == "The alert had no owner"
    assert whys.set_why_text(node, node.text) is None


def test_a_root_cause_is_filed_under_a_category_and_back(pm: Postmortem) -> None:
    node = find(pm, "A1a")
    edit = whys.set_category(node, "monitoring")
    assert edit is not None
    inverse = edit.apply()
    assert node.category == "monitoring"
    assert whys.set_category(node, "monitoring") is None
    inverse.apply()
    assert node.category is None


def test_link_evidence_in_time_order_and_skip_linked(pm: Postmortem) -> None:
    node = find(pm, "A1")
    first, second = pm.timeline_events
    assert whys.link_evidence(node, [first]) is None
    node.evidence = [second]
    edit = whys.link_evidence(node, [second, first])
    assert edit is not None
    roundtrip(pm, edit)
    assert node.evidence == [first, second]
    roundtrip(pm, whys.unlink_evidence(node, first))
    assert node.evidence == [second]


def test_action_items_for(pm: Postmortem) -> None:
    assert whys.action_items_for(pm, find(pm, "A1a")) == pm.action_items
    assert whys.action_items_for(pm, find(pm, "A1")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Human error.",
        "The on-call engineer forgot to drain the node.",
        "Priya restarted the wrong host.",
        "A mistake during the change.",
        "Careless typing in the console.",
        "Menschliches Versagen",
        "The on-call engineer was tired",
        "Support lead approved it",
        "Someone ran the script twice",
        "Will pushed the change on Friday",
        "The admin ran it by hand",
    ],
)
def test_person_endings_are_noticed(pm: Postmortem, text: str) -> None:
    assert whys.ends_at_a_person(text, pm.participants) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The failover automation has no callback that reloads poolers.",
        "The alert threshold has no owner who reviews it.",
        "Credential rotation has no check that every consumer picked up the key.",
        "Engineering enablement docs were out of date",
        "The on-call rotation had no secondary.",
        "The admin console has no confirmation step.",
        "The check will mark the build as failed.",
        "",
    ],
)
def test_system_statements_are_not_person_endings(pm: Postmortem, text: str) -> None:
    assert whys.ends_at_a_person(text, pm.participants) is None


def test_chains_ending_at_a_person_look_at_last_whys_only(pm: Postmortem) -> None:
    find(pm, "A").text = "Why did Priya get paged?"
    find(pm, "A2").text = "Human error"
    find(pm, "A1a").text = "Tomás approved the change"
    found = whys.chains_ending_at_a_person(pm)
    assert [(f.chain.text, f.leaf.text) for f in found] == [
        ("Why did Priya get paged?", "Tomás approved the change"),
        ("Why did Priya get paged?", "Human error"),
    ]
    assert found[0].cue == "Tomás"
    assert whys.chains_ending_at_a_person(pm, participants=[]) == [found[1]]
    # A chain that is only its question is not "ending" anywhere yet.
    find(pm, "B").text = "Why did Priya restart the primary?"
    assert len(whys.chains_ending_at_a_person(pm)) == 2
    assert "system" in whys.PERSON_PROMPT


def test_tree_helpers(pm: Postmortem) -> None:
    leaf = find(pm, "A1a")
    assert whys.chain_of(leaf) is find(pm, "A")
    assert whys.depth_of(leaf) == 2
    assert [n.text for n in whys.subtree(find(pm, "A"))] == ["A", "A1", "A1a", "A2"]
    assert whys.siblings_of(pm, None) == pm.why_chains


# --- with a database: saves between an edit and its undo ------------------------------


def stored_whys(db: Database, postmortem_id: int) -> tuple[Any, Any]:
    with db.transaction() as session:
        data = dump_postmortem(session.get_one(Postmortem, postmortem_id))["postmortem"]
        return data["why_chains"], [a["root_causes"] for a in data["action_items"]]


def test_delete_save_undo_save_restores_everything_stored(
    db: Database, sample_document: dict[str, Any]
) -> None:
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, sample_document)[0].id
    before = stored_whys(db, postmortem_id)
    session = db.sessions()
    pm = session.scalars(select(Postmortem).where(Postmortem.id == postmortem_id)).one()
    undo = whys.delete_why(pm, pm.why_chains[0]).apply()
    session.commit()
    chains, links = stored_whys(db, postmortem_id)
    assert len(chains) == 1
    assert links == [[], [], [], ["w3"], []]
    redo = undo.apply()
    session.commit()
    assert stored_whys(db, postmortem_id) == before
    # And once more, now that the revived rows were saved again.
    redo.apply().apply()
    session.commit()
    assert stored_whys(db, postmortem_id) == before
    assert json.dumps(before)
    session.close()


def test_undo_before_the_save_also_restores(db: Database, sample_document: dict[str, Any]) -> None:
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, sample_document)[0].id
    before = stored_whys(db, postmortem_id)
    session = db.sessions()
    pm = session.scalars(select(Postmortem).where(Postmortem.id == postmortem_id)).one()
    whys.delete_why(pm, pm.why_chains[0].children[1]).apply().apply()
    session.commit()
    assert stored_whys(db, postmortem_id) == before
    session.close()


def test_structural_edits_save_and_undo(db: Database, sample_document: dict[str, Any]) -> None:
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, sample_document)[0].id
    before = stored_whys(db, postmortem_id)
    session = db.sessions()
    pm = session.scalars(select(Postmortem).where(Postmortem.id == postmortem_id)).one()
    first = pm.why_chains[0]
    added, node = whys.add_why(pm, first.children[0], "new why")
    edits = [
        added,
        whys.indent_why(pm, first.children[1]),
        whys.outdent_why(pm, first.children[0].children[0]),
        whys.move_why_by(pm, pm.why_chains[1], -1),
    ]
    inverses = []
    for edit in edits:
        assert edit is not None
        inverses.append(edit.apply())
        session.commit()
    assert node.id is not None
    redos = []
    for inverse in reversed(inverses):
        redos.append(inverse.apply())
        session.commit()
    assert stored_whys(db, postmortem_id) == before
    # Redo the add after its undo was saved (the why was deleted): it comes back.
    redos[-1].apply()
    session.commit()
    chains, _links = stored_whys(db, postmortem_id)
    assert chains[0]["children"][0]["children"][0]["text"] == "new why"
    session.close()
