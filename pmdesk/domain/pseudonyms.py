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
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Only named in annotations: the export profiles are read by `pmdesk --help`,
    # which must not import the ORM.
    from pmdesk.models import Participant

__all__ = ["ExportProfile", "Pseudonymiser", "is_authored_by_a_person", "is_exported"]


class ExportProfile(enum.StrEnum):
    INTERNAL = "internal"
    PUBLIC = "public"


def is_exported(is_internal_only: bool, profile: ExportProfile) -> bool:
    """Whether an item with this marking appears in an export of `profile`."""
    return profile is ExportProfile.INTERNAL or not is_internal_only


class Authored(Protocol):
    """A timeline event, stored or just imported."""

    @property
    def author(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def flags(self) -> Sequence[str]: ...


def is_authored_by_a_person(event: Authored) -> bool:
    """Whether the event's author is a person (a chat message, a note, an alert someone
    acknowledged), not a program (a log line's process, a bot's message)."""
    return (
        bool(event.author and event.author.strip())
        and event.kind not in MACHINE_KINDS
        and not BOT_FLAGS & set(event.flags or ())
    )


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
    # Forms matched case- and accent-insensitively as whole words anywhere in prose:
    # handles someone wrote down for this person, and an unlisted author's own name.
    bare: tuple[str, ...] = ()
    # The row of the participants table, for people who have one.
    participant: Participant | None = None


# Event kinds whose author is a program (a syslog ident, a Kubernetes component), not a
# person; and flags that mark a bot's message.
MACHINE_KINDS = frozenset({"log", "k8s-event"})
BOT_FLAGS = frozenset({"bot"})
# Mentions that address a whole channel, not a person.
_BROADCASTS = frozenset({"here", "channel", "everyone", "all"})
# An owner or author with one of these words is a group, not a person ("SRE team").
_GROUP_WORDS = re.compile(
    r"\b(?:teams?|squad|group|guild|crew|department|rotation|on-?call|ops|platform|support|"
    r"service|bot)\b",
    re.IGNORECASE,
)
UNLISTED_LABEL = "Participant"
FACILITATOR_LABEL = "Facilitator"


class Pseudonymiser:
    """Replaces people's names and handles with stable role-based pseudonyms.

    Letters are given per label in participant order, so the first on-call engineer
    is always "On-call engineer A" however often the document is exported. People who
    are not in the participants table (a chat author, an action owner, the facilitator)
    are pseudonymised too: the facilitator as "Facilitator A", anyone else as
    "Participant A", "Participant B"… in the order they are named.

    Args:
        participants: the post-mortem's participants, in their stored order.
        facilitator: the facilitator's name, when they may not be a participant.
        people: further names that denote people (chat authors, action owners), in the
            order they appear; those that are not participants get "Participant" letters.
    """

    def __init__(
        self,
        participants: Sequence[Participant],
        *,
        facilitator: str = "",
        people: Iterable[str] = (),
    ) -> None:
        self._counts: dict[str, int] = {}
        self._people: list[_Person] = []
        self._groups = {
            _fold(value)
            for participant in participants
            for value in (participant.role, participant.team)
            if value.strip()
        }
        for participant in participants:
            given = participant.handles or ()  # None until the participant is stored
            handles = [h for h in (_fold(h.strip().lstrip("@")) for h in given) if h]
            name = " ".join(participant.name.split()) or (handles[0] if handles else "")
            if not name:
                continue
            label = (participant.role or participant.team or UNLISTED_LABEL).strip()
            self._people.append(
                _Person(
                    self._next_pseudonym(label),
                    _name_forms(name),
                    tuple(sorted({*_handle_forms(name), *handles})),
                    tuple(dict.fromkeys([*handles, *_full_names(name), *_spelled_handles(name)])),
                    participant,
                )
            )
        self._index()
        if facilitator.strip() and self.lookup(facilitator) is None:
            self._add_unlisted(facilitator, FACILITATOR_LABEL)
        for value in people:
            self.someone(value)

    def _next_pseudonym(self, label: str) -> str:
        count = self._counts.get(label, 0)
        self._counts[label] = count + 1
        return f"{label} {_letter(count)}"

    def _index(self) -> None:
        self._by_name: dict[str, str] = {}
        self._by_handle: dict[str, str] = {}
        self._by_bare: dict[str, str] = {}
        # A first or last name shared by two people is ambiguous: only the full name
        # (or a handle) identifies them then.
        shared = _shared_forms(p.names[1:] for p in self._people)
        for person in self._people:
            for form in person.names:
                if form not in shared:
                    self._by_name.setdefault(form, person.pseudonym)
            for handle in person.handles:
                self._by_handle.setdefault(handle, person.pseudonym)
            for form in person.bare:
                self._by_bare.setdefault(form, person.pseudonym)
        self._pattern = _build_pattern(self._by_name, self._by_bare)

    def _add_unlisted(self, value: str, label: str = UNLISTED_LABEL) -> str:
        name = " ".join(value.strip().lstrip("@").split())
        person = _Person(
            self._next_pseudonym(label),
            _name_forms(name),
            _handle_forms(name),
            (_fold(name),),
        )
        self._people.append(person)
        self._index()
        return person.pseudonym

    @property
    def pseudonyms(self) -> dict[str, str]:
        """Full name → pseudonym, for the participants table."""
        return {person.names[0]: person.pseudonym for person in self._people}

    def identifying_words(self) -> tuple[list[str], list[str]]:
        """Every name, name part and handle known to denote a person, for checking
        that none is left in a public text (shared name parts included): the words to
        look for in any case (full names, given names, handles — "lena restarted it" in
        a chat line), and the family names, looked for only as written (or in capitals):
        "Page" is a name, "page" a word every incident report uses."""
        any_case: set[str] = set()
        as_written: set[str] = set()
        for person in self._people:
            full, *parts = person.names
            given = full.split()[0]
            any_case |= {full, *person.bare, *(p for p in parts if p == given)}
            as_written |= {form for p in parts if p != given for form in (p, p.upper())}
        as_written -= {word for word in as_written if _fold(word) in map(_fold, any_case)}
        return _longest_first(any_case), _longest_first(as_written)

    def lookup(self, value: str | None) -> str | None:
        """The pseudonym of the person `value` names (a name or a handle), or None."""
        stripped = " ".join((value or "").split())
        if not stripped:
            return None
        if stripped in self._by_name:
            return self._by_name[stripped]
        folded = _fold(stripped.lstrip("@"))
        return self._by_handle.get(folded) or self._by_bare.get(folded)

    def participant(self, value: str | None) -> Participant | None:
        """The participant `value` names (a name or a handle), or None."""
        pseudonym = self.lookup(value)
        return next(
            (person.participant for person in self._people if person.pseudonym == pseudonym),
            None,
        )

    def person(self, value: str | None) -> str | None:
        """The pseudonym when `value` names a participant (name or handle), else `value`
        with any mention in it replaced."""
        if value is None:
            return None
        found = self.lookup(value)
        if found is not None:
            return found
        return self.text(value) if value.strip() else value

    def someone(self, value: str | None) -> str | None:
        """`value` names a person (a chat author, an action owner): their pseudonym; a
        new "Participant" letter when they are not listed. A group ("SRE team", a role
        or team of the participants) stays as it is."""
        if value is None or not value.strip():
            return value
        found = self.lookup(value)
        if found is not None:
            return found
        if self.is_group(value):
            return self.text(value)
        return self._add_unlisted(value)

    def is_group(self, value: str) -> bool:
        """Whether `value` names a team or role rather than a person."""
        return _fold(" ".join(value.split())) in self._groups or bool(_GROUP_WORDS.search(value))

    def text(self, value: str) -> str:
        """`value` with every mention of a person replaced by their pseudonym; an
        @mention of someone nobody listed becomes a new "Participant" letter."""
        if not value:
            return value

        def replace(match: re.Match[str]) -> str:
            handle = match.group("handle")
            if handle is not None:
                folded = _fold(handle)
                if folded in _BROADCASTS:
                    return match.group(0)
                found = self._by_handle.get(folded) or self._by_bare.get(folded)
                return found if found is not None else self._add_unlisted(handle)
            bare = match.group("bare")
            if bare is not None:
                return self._by_bare.get(_fold(bare), bare)
            return self._by_name.get(match.group("name"), match.group(0))

        # Replacing one mention may add a person (an unlisted @handle) whose name comes
        # up again later in the same text: go on from where the last replacement ended.
        result: list[str] = []
        position = 0
        while True:
            match = self._pattern.search(value, position)
            if match is None:
                result.append(value[position:])
                return "".join(result)
            result.append(value[position : match.start()])
            result.append(replace(match))
            position = match.end()


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


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(words, key=lambda word: (-len(word), word))


def _shared_forms(groups: Iterable[tuple[str, ...]]) -> set[str]:
    seen: set[str] = set()
    shared: set[str] = set()
    for group in groups:
        for form in set(group):
            (shared if form in seen else seen).add(form)
    return shared


def _full_names(name: str) -> tuple[str, ...]:
    """A name of several words, case-insensitively: "priya raman" in a chat line."""
    return (_fold(name),) if len(name.split()) > 1 else ()


def _spelled_handles(name: str) -> tuple[str, ...]:
    """The handle forms of a name that no ordinary word looks like ("priya.raman",
    "priya_raman"), which are replaced even without an "@"."""
    return tuple(form for form in _handle_forms(name) if re.search(r"[._\-]", form))


def _build_pattern(names: dict[str, str], bare: dict[str, str]) -> re.Pattern[str]:
    # Longest first, so "Priya Raman" wins over "Priya".
    parts = [r"(?<![\w.+\-])@(?P<handle>[\w.\-]*\w)"]
    if bare:
        alternatives = "|".join(re.escape(b) for b in sorted(bare, key=len, reverse=True))
        parts.append(rf"(?<![\w@.\-])(?i:(?P<bare>{alternatives}))(?![\w\-]|\.\w)")
    if names:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        parts.append(rf"(?<![\w@])(?P<name>{alternatives})(?![\w])")
    return re.compile("|".join(parts))
