"""User edits as values: each one applies itself and returns its inverse.

The UI's undo stack holds these; core tests check that an edit followed by its
inverse restores the post-mortem. Edits work on the ORM objects of one open
session; re-inserting an object that an earlier save already deleted makes it
transient again so it is inserted afresh (with the same primary key).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import make_transient

__all__ = ["Compound", "Edit", "InsertItem", "MoveItem", "RemoveItem", "SetValue", "revive"]


class Edit(ABC):
    """One undoable change."""

    label: str

    @abstractmethod
    def apply(self) -> Edit:
        """Make the change and return the edit that reverts it."""

    @property
    @abstractmethod
    def touched(self) -> tuple[object, ...]:
        """The objects whose state or collections this edit changes."""

    def merged_with(self, later: Edit) -> Edit | None:
        """One edit equivalent to `self` then `later`, when they belong together."""
        return None


def _renumber(items: list[Any]) -> None:
    # Collections ordered by a `position` column keep it in step with list order.
    for index, item in enumerate(items):
        if hasattr(item, "position") and item.position != index:
            item.position = index


def revive(item: object) -> None:
    """Make an object that an earlier save deleted new again, with its old key."""
    state = inspect(item, raiseerr=False)
    if state is not None and (state.deleted or state.was_deleted):
        make_transient(item)


@dataclass(frozen=True, eq=False)
class SetValue(Edit):
    """Set `target.attribute` to `value`."""

    target: object
    attribute: str
    value: Any
    label: str = "Edit"
    # Typing in one field merges into one undo step.
    mergeable: bool = False

    def apply(self) -> Edit:
        old = getattr(self.target, self.attribute)
        # Setting a one-to-one part (post-mortem → trigger assessment) back after a save
        # deleted it inserts it again.
        if self.value is not None and not isinstance(self.value, str | int | float | bool):
            revive(self.value)
        setattr(self.target, self.attribute, self.value)
        return SetValue(self.target, self.attribute, old, self.label, self.mergeable)

    @property
    def touched(self) -> tuple[object, ...]:
        return (self.target,)

    def merged_with(self, later: Edit) -> Edit | None:
        if (
            self.mergeable
            and isinstance(later, SetValue)
            and later.mergeable
            and later.target is self.target
            and later.attribute == self.attribute
        ):
            return later
        return None


@dataclass(frozen=True, eq=False)
class InsertItem(Edit):
    """Insert `item` into `owner.collection` at `index` (None = at the end)."""

    owner: object
    collection: str
    item: object
    index: int | None = None
    label: str = "Add"
    # False for links (many-to-many collections): only owned, ordered collections
    # keep a `position` in step with the list.
    renumber: bool = True

    def apply(self) -> Edit:
        items: list[Any] = getattr(self.owner, self.collection)
        if self.renumber:
            revive(self.item)
        index = len(items) if self.index is None else min(self.index, len(items))
        items.insert(index, self.item)
        if self.renumber:
            _renumber(items)
        return RemoveItem(self.owner, self.collection, self.item, self.label, self.renumber)

    @property
    def touched(self) -> tuple[object, ...]:
        return (self.owner, self.item)


@dataclass(frozen=True, eq=False)
class RemoveItem(Edit):
    """Remove `item` from `owner.collection` (a delete-orphan collection deletes it)."""

    owner: object
    collection: str
    item: object
    label: str = "Delete"
    renumber: bool = True

    def apply(self) -> Edit:
        items: list[Any] = getattr(self.owner, self.collection)
        # Identity, never equality: two whys with the same text are still two whys.
        index = next(i for i, candidate in enumerate(items) if candidate is self.item)
        del items[index]
        if self.renumber:
            _renumber(items)
        return InsertItem(self.owner, self.collection, self.item, index, self.label, self.renumber)

    @property
    def touched(self) -> tuple[object, ...]:
        return (self.owner, self.item)


@dataclass(frozen=True, eq=False)
class MoveItem(Edit):
    """Move `item` within `owner.collection` to `index`."""

    owner: object
    collection: str
    item: object
    index: int
    label: str = "Move"

    def apply(self) -> Edit:
        items: list[Any] = getattr(self.owner, self.collection)
        old = next(i for i, candidate in enumerate(items) if candidate is self.item)
        del items[old]
        items.insert(min(self.index, len(items)), self.item)
        _renumber(items)
        return MoveItem(self.owner, self.collection, self.item, old, self.label)

    @property
    def touched(self) -> tuple[object, ...]:
        return (self.owner, self.item)


@dataclass(frozen=True, eq=False)
class Compound(Edit):
    """Several edits as one undo step ("add a why and link its evidence")."""

    edits: tuple[Edit, ...]
    label: str = "Edit"
    _touched: tuple[object, ...] = field(default=(), repr=False)

    def apply(self) -> Edit:
        inverses = [edit.apply() for edit in self.edits]
        return Compound(tuple(reversed(inverses)), self.label)

    @property
    def touched(self) -> tuple[object, ...]:
        seen: list[object] = []
        for edit in self.edits:
            for obj in edit.touched:
                if not any(obj is s for s in seen):
                    seen.append(obj)
        return tuple(seen)
