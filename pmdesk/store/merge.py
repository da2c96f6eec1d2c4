"""Merging an open post-mortem's unsaved changes with what others saved meanwhile.

An open post-mortem (ui.document) remembers the version it read. When the stored one
has moved on by the time it saves, it `capture`s its own changes, rolls its session
back, reads the post-mortem afresh and replays its edits on top. That is a three-way
merge against the version both sides started from: a field or part only one side
changed takes that side's value, so the others' changes simply show up and ours are
kept. Where both sides changed the same thing, `find_conflicts` says so, and the
person saving chooses (`Conflict.resolution`): nothing is dropped without that choice.

Arrangement — the order of parts and where a why hangs — is never a conflict: the
save that comes later decides it, as in any shared list. Links (a why's evidence, an
action item's root causes) merge as sets.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, make_transient

from pmdesk.domain.edits import Edit, InsertItem, SetValue
from pmdesk.domain.whys import AttachWhy
from pmdesk.models import ActionItem, Postmortem, Revision, WhyNode
from pmdesk.store.engine import changed_instances
from pmdesk.store.revisions import (
    LINK_FIELDS,
    PART_NAMES,
    Change,
    changes_of,
    entry_key,
    label_of,
    snapshot,
    to_json,
)

__all__ = [
    "COLLECTIONS",
    "Choice",
    "Conflict",
    "ConflictKind",
    "Unsaved",
    "authors_since",
    "capture",
    "find_conflicts",
    "parts_of",
    "settle",
]

# Where a post-mortem keeps each kind of part.
COLLECTIONS = {
    "participant": "participants",
    "timeline_event": "timeline_events",
    "why": "why_nodes",
    "action_item": "action_items",
    "lesson": "lessons",
    "contributing_factor": "contributing_factors",
    "acknowledgement": "acknowledgements",
    "import_batch": "import_batches",
    "publication": "publications",
}
# The order of parts and where a why hangs: the later save decides, never a conflict.
ARRANGEMENT = frozenset({"position", "parent_id"})


class ConflictKind(enum.StrEnum):
    BOTH_CHANGED = "both_changed"  # the same field, to different values
    THEY_REMOVED = "they_removed"  # you changed a part that someone else removed
    YOU_REMOVED = "you_removed"  # you removed a part that someone else changed


class Choice(enum.StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    MERGED = "merged"  # a value the person wrote from both


@dataclass(frozen=True, eq=False)
class Conflict:
    """Something both sides changed since the version they started from.

    `base`, `mine` and `theirs` are the field's values (BOTH_CHANGED); for a removed
    part, the side that removed it has None.
    """

    kind: ConflictKind
    postmortem: Postmortem
    target: object
    part: str
    label: str
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    authors: tuple[str, ...] = ()
    # Where a removed part goes back if it is kept: its place, and its parent why.
    position: int | None = None
    parent: WhyNode | None = None

    @property
    def can_edit_a_merge(self) -> bool:
        """Whether a person can write a merged value (texts can be merged by hand)."""
        return (
            self.kind is ConflictKind.BOTH_CHANGED
            and isinstance(self.mine, str)
            and isinstance(self.theirs, str)
        )

    def resolution(self, choice: Choice, merged: Any = None) -> Edit | None:
        """The edit that makes `choice` (None: what the post-mortem shows already is it).

        After the merge the post-mortem shows mine: my value, my removal, or — for a
        part someone else removed — no part, as theirs (it comes back only if kept).
        """
        if choice is Choice.MERGED:
            if not self.can_edit_a_merge:
                raise ValueError("only two texts can be merged by hand")
            return SetValue(self.target, str(self.field), merged, "Merge both versions")
        if self.kind is ConflictKind.BOTH_CHANGED:
            if choice is Choice.KEEP_MINE:
                return None
            return SetValue(self.target, str(self.field), self.theirs, "Take their version")
        keeps_part = (self.kind is ConflictKind.THEY_REMOVED) == (choice is Choice.KEEP_MINE)
        # It may be back already: an undone removal of it was among the replayed edits.
        is_back = any(part is self.target for part in parts_of(self.postmortem))
        return self._put_back() if keeps_part and not is_back else None

    def _put_back(self) -> Edit:
        label = "Keep the part"
        if isinstance(self.target, WhyNode):
            return AttachWhy(self.postmortem, self.target, self.parent, self.position, label)
        if self.part == "trigger_assessment":
            return SetValue(self.postmortem, "trigger_assessment", self.target, label)
        return InsertItem(
            self.postmortem, COLLECTIONS[self.part], self.target, self.position, label
        )


@dataclass
class Unsaved:
    """An open post-mortem's unsaved changes, captured before its session rolls back."""

    postmortem: Postmortem
    changes: list[Change]
    # The column values, as in memory, of each stored part whose fields changed:
    # what goes back if someone else removed it and the person keeps it.
    values: dict[int, dict[str, Any]]


def capture(session: Session, postmortem: Postmortem) -> Unsaved:
    """What the next save of `session` would change in `postmortem`."""
    changes = changes_of(session, changed_instances(session)).get(postmortem, [])
    values: dict[int, dict[str, Any]] = {}
    for change in changes:
        instance = change.instance
        if change.what == "field" and id(instance) not in values:
            columns = {attr.key for attr in inspect(instance).mapper.column_attrs}
            current = snapshot(instance, old=False)
            values[id(instance)] = {k: v for k, v in current.items() if k in columns}
    return Unsaved(postmortem, changes, values)


def parts_of(postmortem: Postmortem) -> Iterator[object]:
    """The post-mortem and every part of it."""
    yield postmortem
    for collection in COLLECTIONS.values():
        yield from getattr(postmortem, collection)
    if postmortem.trigger_assessment is not None:
        yield postmortem.trigger_assessment


def _comparable(field: str, value: Any) -> Any:
    plain = to_json(value)
    return sorted(plain, key=str) if field in LINK_FIELDS and isinstance(plain, list) else plain


def _same(field: str, one: Any, other: Any) -> bool:
    return bool(_comparable(field, one) == _comparable(field, other))


def _differs(part: str, base: Mapping[str, Any], now: Mapping[str, Any]) -> bool:
    return any(
        not _same(key, value, now.get(key))
        for key, value in base.items()
        if key not in ARRANGEMENT and key not in LINK_FIELDS and key in now
    )


def authors_since(
    revisions: Iterable[Revision], part: str, ident: Any, field: str | None = None
) -> tuple[str, ...]:
    """Who changed a part (or one of its fields) in `revisions`, in order."""
    found: dict[str, None] = {}
    for revision in revisions:
        for entry in revision.changes:
            key = entry_key(entry)
            if key[:2] == (part, ident) and (field is None or key[2] in (field, None)):
                found[revision.author] = None
    return tuple(found)


def find_conflicts(unsaved: Unsaved, revisions: Sequence[Revision]) -> list[Conflict]:
    """What `unsaved` and the others (`revisions`, since the shared version) both
    changed; call it once the post-mortem has been read afresh, before the replay.

    A part that someone else removed while this side changed it is detached from the
    session (it keeps this side's values), so the replay cannot write it back
    unasked; `settle` tidies up after the replay.
    """
    pm = unsaved.postmortem
    live = {id(part) for part in parts_of(pm)}
    conflicts: list[Conflict] = []
    gone: dict[int, object] = {}
    for change in unsaved.changes:
        instance = change.instance
        part = PART_NAMES[type(instance)]
        ident = _stored_id(instance)
        if change.what == "added":
            continue
        if change.what == "removed":
            if id(instance) not in live:
                continue  # removed on both sides
            theirs = snapshot(instance, old=False)
            if _differs(part, change.snapshot or {}, theirs):
                conflicts.append(
                    Conflict(
                        ConflictKind.YOU_REMOVED,
                        pm,
                        instance,
                        part,
                        label_of(instance),
                        None,
                        change.snapshot,
                        None,
                        theirs,
                        authors_since(revisions, part, ident),
                        getattr(instance, "position", None),
                        getattr(instance, "parent", None),
                    )
                )
            continue
        field = str(change.field)
        if id(instance) not in live:
            if field not in ARRANGEMENT:
                gone[id(instance)] = instance
            continue
        if field in ARRANGEMENT or field in LINK_FIELDS:
            continue
        theirs = getattr(instance, field)
        if _same(field, theirs, change.old) or _same(field, theirs, change.new):
            continue
        conflicts.append(
            Conflict(
                ConflictKind.BOTH_CHANGED,
                pm,
                instance,
                part,
                label_of(instance),
                field,
                change.old,
                change.new,
                theirs,
                authors_since(revisions, part, ident, field),
            )
        )
    conflicts.extend(_detach_removed(unsaved, gone.values(), revisions))
    return conflicts


def _stored_id(instance: object) -> Any:
    # From the identity: the row of a part someone else removed cannot be read.
    identity = inspect(instance).identity
    return identity[0] if identity else None


def _detach_removed(
    unsaved: Unsaved, removed: Iterable[object], revisions: Sequence[Revision]
) -> Iterator[Conflict]:
    pm = unsaved.postmortem
    for instance in removed:
        ident = _stored_id(instance)
        mine = unsaved.values[id(instance)]
        # Its row is gone: make it a new object with this side's values.
        make_transient(instance)
        for key, value in mine.items():
            if key != "id":
                setattr(instance, key, value)
        part = PART_NAMES[type(instance)]
        parent_id = mine.get("parent_id")
        parent = next((w for w in pm.why_nodes if w.id == parent_id), None) if parent_id else None
        yield Conflict(
            ConflictKind.THEY_REMOVED,
            pm,
            instance,
            part,
            label_of(instance),
            None,
            None,
            mine,
            None,
            authors_since(revisions, part, ident),
            mine.get("position"),
            parent,
        )


def settle(session: Session, postmortem: Postmortem) -> None:
    """After the replay: links hold each part once and only parts that still exist
    (someone else may have linked the same event, or removed it)."""
    live = {id(part) for part in parts_of(postmortem)}
    owners: list[WhyNode | ActionItem] = [*postmortem.why_nodes, *postmortem.action_items]
    for owner in owners:
        for key in ("evidence", "root_causes"):
            if not hasattr(owner, key):
                continue
            items: list[object] = getattr(owner, key)
            seen: set[int] = set()
            for index in reversed(range(len(items))):
                item = items[index]
                if id(item) in seen or id(item) not in live:
                    del items[index]
                seen.add(id(item))
    for instance in list(session.new):
        if PART_NAMES.get(type(instance)) and id(instance) not in live:
            session.expunge(instance)
