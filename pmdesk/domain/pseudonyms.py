"""Export profiles, and the pseudonyms of the public profile.

The **internal** profile shows names and the full timeline. The **public** profile
replaces every participant's name and chat handle with their role ("On-call engineer
A", "Database platform team B"), the same pseudonym for the same person everywhere
(authors, mentions in text including first names and @handles, why-chains, action
owners), removes redacted text, and leaves out everything marked internal-only.
Facilitator notes are never exported in any profile.
"""

from __future__ import annotations

import enum
import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pmdesk.models import Participant

__all__ = ["ExportProfile", "Pseudonymiser", "is_exported"]


class ExportProfile(enum.StrEnum):
    INTERNAL = "internal"
    PUBLIC = "public"


def is_exported(is_internal_only: bool, profile: ExportProfile) -> bool:
    """Whether an item with this marking appears in an export of `profile`."""
    return profile is ExportProfile.INTERNAL or not is_internal_only


def _fold(value: str) -> str:
    """Case- and accent-insensitive form: "Tomás" and "tomas" are the same handle."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True)
class _Person:
    pseudonym: str
    # Written forms of the name, matched with a capital letter in prose ("Priya").
    names: tuple[str, ...]
    # Handle forms, matched case- and accent-insensitively after "@" or as a whole author.
    handles: tuple[str, ...]


class Pseudonymiser:
    """Replaces participants' names and handles with stable role-based pseudonyms.

    Letters are given per label in participant order, so the first on-call engineer
    is always "On-call engineer A" however often the document is exported.

    Args:
        participants: the post-mortem's participants, in their stored order.
    """

    def __init__(self, participants: Sequence[Participant]) -> None:
        counts: dict[str, int] = {}
        people: list[_Person] = []
        for participant in participants:
            name = " ".join(participant.name.split())
            if not name:
                continue
            label = (participant.role or participant.team or "Participant").strip()
            letter = _letter(counts.get(label, 0))
            counts[label] = counts.get(label, 0) + 1
            people.append(_Person(f"{label} {letter}", _name_forms(name), _handle_forms(name)))
        self._people = people
        self._by_name: dict[str, str] = {}
        self._by_handle: dict[str, str] = {}
        # A first or last name shared by two participants is ambiguous: only the full
        # name (or a handle) identifies them then.
        shared = _shared_forms(p.names[1:] for p in people)
        for person in people:
            for form in person.names:
                if form in shared:
                    continue
                self._by_name.setdefault(form, person.pseudonym)
            for handle in person.handles:
                self._by_handle.setdefault(handle, person.pseudonym)
        self._pattern = _build_pattern(self._by_name, self._by_handle)

    @property
    def pseudonyms(self) -> dict[str, str]:
        """Full name → pseudonym, for the participants table."""
        return {person.names[0]: person.pseudonym for person in self._people}

    def person(self, value: str | None) -> str | None:
        """The pseudonym when `value` names a participant (name or handle), else `value`."""
        if value is None:
            return None
        stripped = " ".join(value.split())
        if not stripped:
            return value
        if stripped in self._by_name:
            return self._by_name[stripped]
        folded = _fold(stripped.lstrip("@"))
        if folded in self._by_handle:
            return self._by_handle[folded]
        return self.text(value)

    def text(self, value: str) -> str:
        """`value` with every mention of a participant replaced by their pseudonym."""
        if self._pattern is None or not value:
            return value

        def replace(match: re.Match[str]) -> str:
            handle = match.group("handle")
            if handle is not None:
                found = self._by_handle.get(_fold(handle))
                return found if found is not None else match.group(0)
            return self._by_name.get(match.group("name"), match.group(0))

        return self._pattern.sub(replace, value)


def _letter(index: int) -> str:
    letters = string.ascii_uppercase
    if index < len(letters):
        return letters[index]
    return letters[index // len(letters) - 1] + letters[index % len(letters)]


def _name_forms(name: str) -> tuple[str, ...]:
    """The full name first, then the given name and family name when they are
    long enough not to be ordinary words ("Al" is left alone)."""
    forms = [name]
    parts = name.split()
    if len(parts) > 1:
        for part in (parts[0], parts[-1]):
            if len(part) >= 3 and part[0].isupper():
                forms.append(part)
    return tuple(dict.fromkeys(forms))


def _handle_forms(name: str) -> tuple[str, ...]:
    parts = [re.sub(r"[^\w]", "", _fold(p)) for p in name.split()]
    parts = [p for p in parts if p]
    if not parts:
        return ()
    first, last = parts[0], parts[-1]
    forms = {first, "".join(parts)}
    if len(parts) > 1:
        forms |= {
            f"{first}.{last}",
            f"{first}_{last}",
            f"{first}-{last}",
            f"{first[0]}{last}",
            f"{first}{last[0]}",
            f"{first[0]}.{last}",
            last,
        }
    return tuple(sorted(f for f in forms if len(f) >= 2))


def _shared_forms(groups: Iterable[tuple[str, ...]]) -> set[str]:
    seen: set[str] = set()
    shared: set[str] = set()
    for group in groups:
        for form in set(group):
            (shared if form in seen else seen).add(form)
    return shared


def _build_pattern(names: dict[str, str], handles: dict[str, str]) -> re.Pattern[str] | None:
    if not names and not handles:
        return None
    # Longest first, so "Priya Raman" wins over "Priya".
    name_alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    parts = [r"@(?P<handle>[\w.\-]*\w)"]
    if name_alternatives:
        parts.append(rf"(?<![\w@])(?P<name>{name_alternatives})(?![\w])")
    return re.compile("|".join(parts))
