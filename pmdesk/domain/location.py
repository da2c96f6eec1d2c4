"""One vocabulary for "where" in a post-mortem: the `Location` type.

A location names a place someone can be taken to: a field of the post-mortem itself
("field:summary"), a part by its id ("event:12", "why:4", "action:3.owner"), a part by
its place in a list where it has no id yet ("action[2].owner", as the command line
names the parts of a file), a trigger answer ("trigger:severity"), a section where
something is missing ("section:timeline") or a whole step ("step:timeline").

Those strings are the stored and printed form (in kept findings, JSON and the command
line's output) and stay exactly as they are: `str(location)` writes them and
`Location.parse` reads them back. Everything else builds and compares `Location`s.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

__all__ = ["Location", "LocationKind"]


class LocationKind(enum.StrEnum):
    """What a location names; its value is the stored form's prefix."""

    FIELD = "field"  # a field of the post-mortem itself (key: the attribute)
    TRIGGER = "trigger"  # a trigger answer (key: the question)
    SECTION = "section"  # a section where something is missing (key: its name)
    STEP = "step"  # a whole wizard step (key: the step's value)
    EVENT = "event"
    WHY = "why"
    ACTION = "action"
    LESSON = "lesson"
    FACTOR = "factor"
    PARTICIPANT = "participant"


# The kinds that name a part of a list (by id or by place), whose key is a number.
_PARTS = frozenset(
    (
        LocationKind.EVENT,
        LocationKind.WHY,
        LocationKind.ACTION,
        LocationKind.LESSON,
        LocationKind.FACTOR,
        LocationKind.PARTICIPANT,
    )
)
_BY_ID = re.compile(r"(?P<kind>[a-z_]+):(?P<key>[^.]*)(?:\.(?P<field>[a-z_]+))?")
_BY_PLACE = re.compile(r"(?P<kind>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<field>[a-z_]+))?")


@dataclass(frozen=True)
class Location:
    """A place in a post-mortem.

    Attributes:
        kind: what is named.
        key: the attribute, question, section or step name; or the part's id (None for
            a part not saved yet, written "why:None").
        field: the part's field, where one is named ("owner" in "action:3.owner").
        index: the part's place in its list (from 0), for a part named by place.
    """

    kind: LocationKind
    key: str | int | None = None
    field: str | None = None
    index: int | None = None

    # -- the usual places ------------------------------------------------------------
    @classmethod
    def of_field(cls, attribute: str) -> Location:
        """A field of the post-mortem itself ("field:summary")."""
        return cls(LocationKind.FIELD, attribute)

    @classmethod
    def of_part(cls, kind: LocationKind, ident: int | None, field: str | None = None) -> Location:
        """A part by its id ("event:12", "action:3.owner"); None while it is not saved."""
        return cls(kind, ident, field)

    @classmethod
    def of_step(cls, step: str) -> Location:
        """A whole wizard step ("step:timeline"), by its value."""
        return cls(LocationKind.STEP, str(step))

    # -- the stored form -------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Location | None:
        """The location `text` writes (`str(location)`); None for anything else."""
        by_place = _BY_PLACE.fullmatch(text)
        if by_place is not None:
            kind = _kind(by_place["kind"])
            if kind not in _PARTS:
                return None
            return cls(kind, None, by_place["field"], int(by_place["index"]))
        by_id = _BY_ID.fullmatch(text)
        if by_id is None:
            return None
        kind = _kind(by_id["kind"])
        if kind is None:
            return None
        key, field = by_id["key"], by_id["field"]
        if kind not in _PARTS:
            if field is not None or not key:
                return None
            return cls(kind, key)
        if key == "None":
            return cls(kind, None, field)
        if not key.isdigit():
            return None
        return cls(kind, int(key), field)

    def __str__(self) -> str:
        if self.index is not None:
            place = f"{self.kind}[{self.index}]"
        else:
            place = f"{self.kind}:{self.key}"
        return f"{place}.{self.field}" if self.field else place

    # -- reading it --------------------------------------------------------------------
    @property
    def ident(self) -> int | None:
        """The part's id, for a part named by id; None otherwise."""
        return self.key if isinstance(self.key, int) else None

    @property
    def part(self) -> Location:
        """The part itself, without the field ("action:3.owner" → "action:3")."""
        return Location(self.kind, self.key, None, self.index)


def _kind(prefix: str) -> LocationKind | None:
    try:
        return LocationKind(prefix)
    except ValueError:
        return None
