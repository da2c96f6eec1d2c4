"""The 5 Whys: why-chains as trees, the edits that change them, and gentle checks.

A why lives in two lists at once: `postmortem.why_nodes` owns it (delete-orphan) and
its parent's `children` (or, for a chain's first why, the chain order given by
`position` among the parentless whys) orders it. The edits here keep both in step,
so every structural gesture (add, branch, indent, outdent, move, delete) is one
undoable `Edit` whose inverse restores the tree exactly, including a deleted
subtree's evidence links and the action items that addressed it.

The generic `InsertItem`/`RemoveItem` renumber `position` by list index, which is
right for a sibling list but wrong for the flat `why_nodes` or for many-to-many
links to whys; hence the small why-specific edits below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.orm import make_transient
from sqlalchemy.orm.attributes import set_committed_value

from pmdesk.domain.edits import Compound, Edit, InsertItem, RemoveItem, SetValue
from pmdesk.models import ActionItem, Participant, Postmortem, TimelineEvent, WhyNode

__all__ = [
    "PERSON_PROMPT",
    "ROOT_CAUSE_CATEGORIES",
    "AttachWhy",
    "DetachWhy",
    "MoveWhy",
    "PersonEnding",
    "ReviveWhys",
    "action_items_for",
    "add_branch",
    "add_chain",
    "add_why",
    "chain_of",
    "chains_ending_at_a_person",
    "delete_why",
    "depth_of",
    "ends_at_a_person",
    "indent_why",
    "link_evidence",
    "link_item",
    "move_why",
    "move_why_by",
    "new_why",
    "outdent_why",
    "set_category",
    "set_why_text",
    "siblings_of",
    "subtree",
    "toggle_root_cause",
    "unlink_evidence",
    "unlink_item",
]

# Shown beside a chain whose last why names a person. It asks about the system, and
# never repeats back who was named.
PERSON_PROMPT = (
    "This chain ends with a person. What in the system made that action possible or "
    "likely? Ask one more why."
)


# --- the tree -------------------------------------------------------------------------


def siblings_of(pm: Postmortem, parent: WhyNode | None) -> list[WhyNode]:
    """The ordered whys under `parent` (None: the chains' first whys)."""
    if parent is not None:
        return list(parent.children)
    return pm.why_chains


def subtree(node: WhyNode) -> Iterator[WhyNode]:
    """`node` and all its descendants, parents before children."""
    yield node
    for child in node.children:
        yield from subtree(child)


def chain_of(node: WhyNode) -> WhyNode:
    """The first why of the chain `node` belongs to."""
    while node.parent is not None:
        node = node.parent
    return node


def depth_of(node: WhyNode) -> int:
    depth = 0
    while node.parent is not None:
        node = node.parent
        depth += 1
    return depth


def _index_of(items: Sequence[object], item: object) -> int:
    # Identity, never equality: two whys with the same text are still two whys.
    return next(i for i, candidate in enumerate(items) if candidate is item)


def _contains(items: Iterable[object], item: object) -> bool:
    return any(candidate is item for candidate in items)


def _revive(item: object) -> None:
    """Make a why that an earlier save deleted new again, with its old key.

    `make_transient` keeps the attribute history from before the delete; it is reset
    here so that re-linking its evidence and children counts as new links.
    """
    state = inspect(item, raiseerr=False)
    if state is None or not (state.deleted or state.was_deleted):
        return
    make_transient(item)
    for relationship in state.mapper.relationships:
        if relationship.viewonly or relationship.key not in state.dict:
            continue
        current = state.dict[relationship.key]
        if relationship.uselist:
            items = list(current)
            set_committed_value(item, relationship.key, [])
            getattr(item, relationship.key).extend(items)
        elif current is None:
            set_committed_value(item, relationship.key, None)


def _place(pm: Postmortem, node: WhyNode, parent: WhyNode | None, index: int | None) -> None:
    """Put `node` (not currently among any siblings) under `parent` at `index`."""
    if parent is not None:
        children = parent.children
        at = len(children) if index is None else max(0, min(index, len(children)))
        children.insert(at, node)
        for position, child in enumerate(children):
            if child.position != position:
                child.position = position
        return
    chains = [chain for chain in pm.why_chains if chain is not node]
    at = len(chains) if index is None else max(0, min(index, len(chains)))
    chains.insert(at, node)
    node.parent = None
    for position, chain in enumerate(chains):
        if chain.position != position:
            chain.position = position


def _unplace(pm: Postmortem, node: WhyNode) -> tuple[WhyNode | None, int]:
    """Take `node` out of its sibling list; returns where it was."""
    parent = node.parent
    if parent is not None:
        children = parent.children
        index = _index_of(children, node)
        del children[index]
        for position, child in enumerate(children):
            if child.position != position:
                child.position = position
        return parent, index
    chains = pm.why_chains
    index = _index_of(chains, node)
    for position, chain in enumerate(c for c in chains if c is not node):
        if chain.position != position:
            chain.position = position
    return None, index


def _touched(pm: Postmortem, node: WhyNode) -> tuple[object, ...]:
    parent = node.parent
    return (pm, node) if parent is None else (pm, parent, node)


# --- edits ----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class AttachWhy(Edit):
    """Add `node` to the post-mortem under `parent` at `index` (None: at the end)."""

    postmortem: Postmortem
    node: WhyNode
    parent: WhyNode | None
    index: int | None = None
    label: str = "Add why"

    def apply(self) -> Edit:
        _revive(self.node)
        if not _contains(self.postmortem.why_nodes, self.node):
            self.postmortem.why_nodes.append(self.node)
        _place(self.postmortem, self.node, self.parent, self.index)
        return DetachWhy(self.postmortem, self.node, self.label)

    @property
    def touched(self) -> tuple[object, ...]:
        return _touched(self.postmortem, self.node)


@dataclass(frozen=True, eq=False)
class DetachWhy(Edit):
    """Take `node` out of the post-mortem (its children are detached separately)."""

    postmortem: Postmortem
    node: WhyNode
    label: str = "Delete why"

    def apply(self) -> Edit:
        parent, index = _unplace(self.postmortem, self.node)
        why_nodes = self.postmortem.why_nodes
        if _contains(why_nodes, self.node):
            del why_nodes[_index_of(why_nodes, self.node)]
        return AttachWhy(self.postmortem, self.node, parent, index, self.label)

    @property
    def touched(self) -> tuple[object, ...]:
        return _touched(self.postmortem, self.node)


@dataclass(frozen=True, eq=False)
class MoveWhy(Edit):
    """Move `node` (with its subtree) under `parent` at `index`."""

    postmortem: Postmortem
    node: WhyNode
    parent: WhyNode | None
    index: int
    label: str = "Move why"

    def apply(self) -> Edit:
        old_parent, old_index = _unplace(self.postmortem, self.node)
        _place(self.postmortem, self.node, self.parent, self.index)
        return MoveWhy(self.postmortem, self.node, old_parent, old_index, self.label)

    @property
    def touched(self) -> tuple[object, ...]:
        return _touched(self.postmortem, self.node)


@dataclass(frozen=True, eq=False)
class ReviveWhys(Edit):
    """Bring back whys that a save already deleted, before anything links to them.

    It changes nothing when they are not deleted; a deleted subtree's whys must all be
    revived before the first of them is re-attached, as attaching one cascades to the
    others.
    """

    nodes: tuple[WhyNode, ...]
    label: str = "Delete why"

    def apply(self) -> Edit:
        for node in self.nodes:
            _revive(node)
        return self

    @property
    def touched(self) -> tuple[object, ...]:
        return ()


def link_item(
    owner: object, collection: str, item: object, index: int | None = None, label: str = "Link"
) -> InsertItem:
    """Add `item` to the many-to-many `owner.collection` at `index` (no renumbering)."""
    return InsertItem(owner, collection, item, index, label, renumber=False)


def unlink_item(owner: object, collection: str, item: object, label: str = "Unlink") -> RemoveItem:
    """Remove `item` from the many-to-many `owner.collection` (no renumbering)."""
    return RemoveItem(owner, collection, item, label, renumber=False)


# --- building the edits ---------------------------------------------------------------


def new_why(text: str = "") -> WhyNode:
    """A why with every value set, as the database defaults would (they apply on save)."""
    return WhyNode(text=text, position=0, is_root_cause=False, category=None)


def add_why(pm: Postmortem, parent: WhyNode, text: str = "") -> tuple[Edit, WhyNode]:
    """The next why under `parent`, as its first child (Enter on a why)."""
    node = new_why(text)
    return AttachWhy(pm, node, parent, 0, "Add why"), node


def add_branch(pm: Postmortem, node: WhyNode, text: str = "") -> tuple[Edit, WhyNode]:
    """A sibling right after `node`: a second answer to the same question."""
    branch = new_why(text)
    index = _index_of(siblings_of(pm, node.parent), node) + 1
    return AttachWhy(pm, branch, node.parent, index, "Add branch"), branch


def add_chain(pm: Postmortem, text: str = "") -> tuple[Edit, WhyNode]:
    """A new chain after the last one."""
    node = new_why(text)
    return AttachWhy(pm, node, None, None, "New chain"), node


def indent_why(pm: Postmortem, node: WhyNode) -> Edit | None:
    """Make `node` the last child of the sibling before it (None when it is first)."""
    siblings = siblings_of(pm, node.parent)
    index = _index_of(siblings, node)
    if index == 0:
        return None
    new_parent = siblings[index - 1]
    return MoveWhy(pm, node, new_parent, len(new_parent.children), "Indent why")


def outdent_why(pm: Postmortem, node: WhyNode) -> Edit | None:
    """Make `node` the sibling right after its parent (None for a chain's first why)."""
    parent = node.parent
    if parent is None:
        return None
    index = _index_of(siblings_of(pm, parent.parent), parent) + 1
    return MoveWhy(pm, node, parent.parent, index, "Outdent why")


def move_why_by(pm: Postmortem, node: WhyNode, delta: int) -> Edit | None:
    """Move `node` up (-1) or down (+1) among its siblings (None at either end)."""
    siblings = siblings_of(pm, node.parent)
    index = _index_of(siblings, node) + delta
    if not 0 <= index < len(siblings):
        return None
    return MoveWhy(pm, node, node.parent, index, "Move why")


def move_why(pm: Postmortem, node: WhyNode, parent: WhyNode | None, index: int) -> Edit | None:
    """Move `node` under `parent`, to be its `index`-th child as the list is now.

    Returns None when nothing would change.

    Raises:
        ValueError: `parent` is `node` or lies inside its subtree.
    """
    if parent is not None and _contains(subtree(node), parent):
        raise ValueError("a why cannot move under itself")
    siblings = siblings_of(pm, parent)
    if node.parent is parent:
        old = _index_of(siblings, node)
        # `index` counts the list with `node` still in it.
        if index > old:
            index -= 1
        if index == old:
            return None
    index = max(0, min(index, len(siblings)))
    return MoveWhy(pm, node, parent, index, "Move why")


def delete_why(pm: Postmortem, node: WhyNode) -> Edit:
    """Delete `node` and everything under it, with their evidence and action links."""
    nodes = list(subtree(node))
    deleted = set(map(id, nodes))
    edits: list[Edit] = []
    for action in pm.action_items:
        for cause in list(action.root_causes):
            if id(cause) in deleted:
                edits.append(unlink_item(action, "root_causes", cause, "Delete why"))
    # Children before parents, so undo (which runs in reverse) re-adds parents first.
    for why in reversed(nodes):
        for event in list(why.evidence):
            edits.append(unlink_item(why, "evidence", event, "Delete why"))
        edits.append(DetachWhy(pm, why, "Delete why"))
    # Last here, so first on undo.
    edits.append(ReviveWhys(tuple(nodes)))
    return Compound(tuple(edits), "Delete why")


def toggle_root_cause(node: WhyNode) -> Edit:
    label = "Unmark root cause" if node.is_root_cause else "Mark root cause"
    return SetValue(node, "is_root_cause", not node.is_root_cause, label)


# What kind of condition a root cause is, as stored in `WhyNode.category` and shown in
# the reports. Older or imported post-mortems may hold other values; they are kept.
ROOT_CAUSE_CATEGORIES: tuple[str, ...] = (
    "automation",
    "capacity",
    "code",
    "configuration",
    "dependency",
    "deployment",
    "documentation",
    "monitoring",
    "process",
    "testing",
)


def set_category(node: WhyNode, category: str | None) -> Edit | None:
    """File the root cause `node` under `category` (None: no category)."""
    if category == node.category:
        return None
    return SetValue(node, "category", category, "Set category")


def set_why_text(node: WhyNode, text: str) -> Edit | None:
    if text == node.text:
        return None
    return SetValue(node, "text", text, "Edit why")


def link_evidence(node: WhyNode, events: Iterable[TimelineEvent]) -> Edit | None:
    """Cite `events` as evidence for `node`, in time order; None when all are cited."""
    linked = list(node.evidence)
    edits: list[Edit] = []
    for event in sorted(events, key=lambda e: e.occurred_at):
        if _contains(linked, event):
            continue
        index = sum(1 for e in linked if e.occurred_at <= event.occurred_at)
        linked.insert(index, event)
        edits.append(link_item(node, "evidence", event, index, "Link evidence"))
    if not edits:
        return None
    return Compound(tuple(edits), "Link evidence")


def unlink_evidence(node: WhyNode, event: TimelineEvent) -> Edit:
    return unlink_item(node, "evidence", event, "Remove evidence")


def action_items_for(pm: Postmortem, node: WhyNode) -> list[ActionItem]:
    """The action items that list `node` among their root causes."""
    return [a for a in pm.action_items if _contains(a.root_causes, node)]


# --- chains that end at a person ------------------------------------------------------

# Phrases that put the cause in a person rather than in the system around them.
_PERSON_PHRASES = (
    r"human errors?",
    r"user errors?",
    r"operator errors?",
    r"mistakes?",
    r"mistakenly",
    r"forg[eo]t(?:s|ten)?",
    r"careless(?:ly|ness)?",
    r"negligen(?:t|ce)",
    r"overlooked",
    r"oversight",
    r"inattenti(?:ve|on)",
    r"fat[- ]finger(?:ed|s)?",
    r"did(?:n't| not) (?:pay attention|notice|check|follow)",
    r"failed to (?:notice|check|follow|read)",
    r"menschliche[sn]? (?:versagen|fehler)",
    r"vergessen",
    r"vergaß",
    r"unachtsam(?:keit)?",
    r"nachlässig(?:keit)?",
    r"flüchtigkeitsfehler",
)
# People by role, when the text stops at them.
_ROLE_NOUNS = (
    r"on[- ]?call (?:engineers?|persons?|responders?)",
    r"engineers?",
    r"developers?",
    r"admins?",
    r"administrators?",
    r"sysadmins?",
    r"dbas?",
    r"reviewers?",
    r"responders?",
    r"someone",
    r"somebody",
    r"nobody",
    r"no one",
    r"he",
    r"she",
    r"jemand",
    r"niemand",
    r"kollege",
    r"kollegin",
)
_PHRASE_PATTERN = re.compile(r"\b(?:" + "|".join(_PERSON_PHRASES) + r")\b", re.IGNORECASE)
# "admin console", "reviewer rotation": a role word naming a thing, not a person.
_THING_AFTER_ROLE = (
    r"(?!\s+(?:panel|console|api|ui|page|account|accounts|tool|tools|tooling|script|scripts"
    r"|rights|access|role|roles|endpoint|interface|dashboard|rotation|rotations|schedule"
    r"|runbook|runbooks|handbook|process|policy|guide|docs|documentation|queue|pager)\b)"
)
_ROLE_PATTERN = re.compile(
    r"\b(?:" + "|".join(_ROLE_NOUNS) + r")\b" + _THING_AFTER_ROLE, re.IGNORECASE
)
# Words of a name or role too common to signal a person on their own.
_WEAK_WORDS = frozenset(
    {"the", "and", "of", "lead", "team", "support", "database", "incident", "on", "call"}
)


@dataclass(frozen=True)
class PersonEnding:
    """A chain whose last why stops at a person.

    Attributes:
        chain: the chain's first why.
        leaf: the last why, the one to ask about.
        cue: the words that suggest a person (for tooltips; not shown as a verdict).
    """

    chain: WhyNode
    leaf: WhyNode
    cue: str


def _name_patterns(participants: Iterable[Participant]) -> list[re.Pattern[str]]:
    patterns: list[re.Pattern[str]] = []
    for participant in participants:
        # Names match with their capitals, so that "Will" or "Mark" do not match
        # "will" or "mark"; roles ("on-call engineer") match in any case.
        if name := participant.name.strip():
            patterns.append(re.compile(r"\b" + re.escape(name) + r"\b"))
        if role := participant.role.strip():
            patterns.append(re.compile(r"\b" + re.escape(role) + r"\b", re.IGNORECASE))
        # First or last name alone ("Priya restarted…"), if it is not a common word.
        for word in participant.name.split():
            if len(word) >= 3 and word.lower() not in _WEAK_WORDS:
                patterns.append(re.compile(r"\b" + re.escape(word) + r"\b"))
    return patterns


def ends_at_a_person(text: str, participants: Iterable[Participant] = ()) -> str | None:
    """The words in `text` that name a person or "human error", or None.

    Simple heuristics: a participant's name or role, a role noun ("the on-call
    engineer"), or phrases like "human error", "forgot", "careless".
    """
    for pattern in _name_patterns(participants):
        if match := pattern.search(text):
            return match.group(0)
    for pattern in (_PHRASE_PATTERN, _ROLE_PATTERN):
        if match := pattern.search(text):
            return match.group(0)
    return None


def chains_ending_at_a_person(
    pm: Postmortem, participants: Iterable[Participant] | None = None
) -> list[PersonEnding]:
    """Every last why (a leaf) whose text stops at a person, in tree order.

    Args:
        pm: the post-mortem.
        participants: whose names and roles count; the post-mortem's own by default.
    """
    people = list(pm.participants if participants is None else participants)
    found: list[PersonEnding] = []
    for chain in pm.why_chains:
        for node in subtree(chain):
            # A chain that is still only its question has not ended anywhere yet.
            if node.children or node is chain:
                continue
            cue = ends_at_a_person(node.text, people)
            if cue is not None:
                found.append(PersonEnding(chain, node, cue))
    return found


def concerns_whys(pm: Postmortem, touched: Sequence[object]) -> bool:
    """Whether an edit of `touched` can change what the 5 Whys page shows.

    The page shows whys, their evidence (timeline events), the action items linked
    to them and person prompts (participants). An edit of another field of
    the post-mortem — the summary, say, on every keystroke — cannot.
    """
    if not touched:
        return True
    for obj in touched:
        if isinstance(obj, WhyNode | TimelineEvent | ActionItem | Participant):
            return True
    return False
