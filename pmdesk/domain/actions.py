"""Action items: which root causes still lack one, and which items are incomplete.

"No action items" is the anti-pattern pmdesk exists to prevent, so the wizard shows
these lists prominently; they are plain functions over the models.
"""

from __future__ import annotations

from pmdesk.models import ActionItem, ActionStatus, ActionType, Postmortem, Priority, WhyNode

__all__ = [
    "actions_missing_owner_or_due",
    "missing_fields",
    "new_action_item",
    "owner_suggestions",
    "root_causes_without_actions",
]


def root_causes_without_actions(pm: Postmortem) -> list[WhyNode]:
    """The root causes that no action item is linked to, in the order of the whys.

    The one place that decides this: the Action items step, the wizard's progress and
    the publish gate all ask here. A link names a why when it is the same object (so
    whys not saved yet count too) or the same stored why (the same id: a link loaded
    apart from the why, e.g. by another session, is still a link to it).
    """
    linked = [node for item in pm.action_items for node in item.root_causes]
    objects = {id(node) for node in linked}
    stored = {node.id for node in linked if node.id is not None}
    return [
        node
        for node in pm.root_causes
        if id(node) not in objects and (node.id is None or node.id not in stored)
    ]


def missing_fields(item: ActionItem) -> tuple[str, ...]:
    """Which of "owner" and "due_on" `item` still lacks (empty when complete)."""
    missing: list[str] = []
    if not (item.owner or "").strip():
        missing.append("owner")
    if item.due_on is None:
        missing.append("due_on")
    return tuple(missing)


def actions_missing_owner_or_due(pm: Postmortem) -> list[ActionItem]:
    """The action items without an owner or without a due date, in table order."""
    return [item for item in pm.action_items if missing_fields(item)]


def owner_suggestions(pm: Postmortem) -> list[str]:
    """Teams, then roles, of the participants, and the owners already used; no repeats.

    Owners are teams or roles, never people, so names are not suggested.
    """
    suggestions: list[str] = []
    candidates = [p.team for p in pm.participants] + [p.role for p in pm.participants]
    candidates += [item.owner for item in pm.action_items]
    for candidate in candidates:
        value = (candidate or "").strip()
        if value and value not in suggestions:
            suggestions.append(value)
    return suggestions


def new_action_item(root_causes: list[WhyNode] | None = None, title: str = "") -> ActionItem:
    """A blank action item with every field set (column defaults apply only on insert)."""
    return ActionItem(
        title=title,
        description="",
        type=ActionType.OTHER,
        owner="",
        priority=Priority.P2,
        due_on=None,
        status=ActionStatus.OPEN,
        tracker_url="",
        position=0,
        root_causes=list(root_causes or []),
        completed_on=None,
        success_criterion="",
        review_on=None,
        review_outcome=None,
        review_note="",
        reviewed_by="",
        reviewed_at=None,
    )
