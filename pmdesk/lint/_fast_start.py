"""The same regex, written so that Python's regex engine can skip ahead.

Most rule patterns open with a word boundary and a list of words: ``\\b(?:forgot|failed to|
(?:hit|pulled) the brakes …)``. CPython's engine looks for the possible first characters of a
pattern and jumps from one to the next, but only when the pattern starts with a character or
a choice of them; a leading ``\\b`` hides them, and the engine tries every position. This
module moves the boundary behind the first character of each alternative (``f(?<!\\wf)(?:orgot
|ailed to)|h(?<!\\wh)(?:it the brakes)|…``), which matches exactly where the original does (a
boundary before a letter means the character before it is no word character) and lets the
engine skip ahead: a third of the time of such a pattern on the benchmark's sentences.

Alternatives that open with a group are written out first (``(?:hit|pulled) the brakes``
becomes ``hit the brakes|pulled the brakes``, and ``(?:einen )?Fehler`` becomes ``einen
Fehler|Fehler``); alternatives with the same first letter can only match at the same places,
so grouping them by that letter keeps the order in which each place tries them. Where the
first letters are common (stopping at each of them cost more than testing each word start once
their letters made up about a third of running text, measured over the benchmark's patterns)
or case is ignored (the engine skips ahead to no cased letter), the boundary stays in front and
only the grouping is kept: each word start then tries one letter's alternatives instead of all
of them, which alone takes the longest verb list from 24 to 7 ms over the benchmark's
sentences. A pattern of any other shape is left as it is, and so is one
with an unnamed group or a back-reference, whose numbers would change when a part is written
out twice.

The rewritten patterns are longer and take longer to compile, which a short text would feel
(``pmdesk lint`` on one line): ``pmdesk.lint._rules`` compiles a pattern as written first and
swaps in the rewritten one once it has been used often.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

__all__ = ["fast_start"]

_LEADING_BOUNDARY = re.compile(r"\\b(\(\?P<\w+>)?(\(\?:)?")
# How often each letter occurs in running English or German text, in percent (the larger of
# the two); other letters count as 1.
_LETTER_SHARE = {
    "e": 17.4, "n": 9.8, "t": 9.1, "a": 8.2, "i": 7.6, "o": 7.5, "s": 7.3, "r": 7.0, "h": 6.1,
    "d": 5.1, "l": 4.0, "u": 4.4, "c": 3.1, "m": 2.5, "g": 3.0, "w": 2.4, "f": 2.2, "y": 2.0,
    "p": 1.9, "b": 1.9, "k": 1.2, "z": 1.1, "v": 1.0,
}  # fmt: skip
# Above this share of running text, stopping at each first letter is slower than \b.
_MOST_SHARE = 32.0
_QUANTIFIERS = ("?", "*", "+", "{")
# Written-out alternatives beyond this are not worth the longer pattern.
_MOST_ALTERNATIVES = 600


def fast_start(source: str, flags: int = 0) -> str:
    """``source`` with its leading word boundary moved behind each alternative's first letter,
    or ``source`` itself when it has another shape."""
    opening = _LEADING_BOUNDARY.match(source)
    if opening is None or _numbers_groups(source):
        return source
    named = opening.group(1) or ""
    if named:
        # "\b(?P<cue>(?:hit|pulled) the brakes|let …)": the boundary binds every alternative
        # of the named group, which are what is written out.
        body_start = opening.start() + 2 + len(named)
    elif opening.group(2):
        # "\b(?:forgot|failed to) …": the boundary binds the group's alternatives.
        body_start = opening.end()
    else:
        # One word after the boundary, which binds only the first alternative: "\bmade …".
        first = source[opening.end() : opening.end() + 1]
        if flags & re.IGNORECASE or not first.isalpha():
            return source
        if source[opening.end() + 1 : opening.end() + 2] in _QUANTIFIERS:
            return source
        if _LETTER_SHARE.get(first, 1.0) >= _MOST_SHARE:
            return source
        return f"{first}(?<!\\w{first}){source[opening.end() + 1 :]}"
    close = _closing(source, body_start)
    if close is None or source[close + 1 : close + 2] in _QUANTIFIERS:
        return source
    expanded: list[str] = []
    ignore_case = bool(flags & re.IGNORECASE)
    for alternative in _alternatives(source[body_start:close]):
        written_out = _written_out(alternative, ignore_case)
        if written_out is None:
            return source
        expanded.extend(written_out)
        if len(expanded) > _MOST_ALTERNATIVES:
            return source
    by_letter: dict[str, list[str]] = {}
    for alternative in expanded:
        first, rest = alternative[0], alternative[1:]
        if not first.isalpha() or rest[:1] in _QUANTIFIERS:
            return source  # "s?…": the first letter may be left out
        by_letter.setdefault(first.lower() if ignore_case else first, []).append(rest)
    # The written-out alternatives take the place of the group, or of the named group's
    # content.
    after = source[close:] if named else source[close + 1 :]
    share = sum(_LETTER_SHARE.get(letter, 1.0) for letter in by_letter)
    if ignore_case or share >= _MOST_SHARE:
        # Too common to skip ahead to (or, ignoring case, no skipping at all): the boundary
        # stays, and each word start tries one letter's alternatives instead of all of them.
        branches = "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())
        return f"\\b{named}(?:{branches}){after}"
    branches = "|".join(
        f"{letter}(?<!\\w{letter})(?:{'|'.join(rests)})" for letter, rests in by_letter.items()
    )
    return f"{named}(?:{branches}){after}"


def _written_out(alternative: str, ignore_case: bool) -> list[str] | None:
    """``alternative`` as alternatives that each open with a literal letter, or None. A group
    at its start is split by the first letters of its choices, so that what follows the group
    is written once per letter, not once per choice: ``(?:sent|shared|emailed) to …`` becomes
    ``s(?:ent|hared) to …`` and ``e(?:mailed) to …``."""
    if alternative[:1].isalpha():
        return [alternative]
    if not alternative.startswith("(?:"):
        return None  # an escape, a class, a named group, a look-around
    close = _closing(alternative, 3)
    if close is None:
        return None
    if alternative[close + 1 : close + 2] == "?" and alternative[close + 2 : close + 3] not in (
        "?",
        "+",
    ):
        # "(?:einen )?Fehler begangen": with the group, then without it, the order in which
        # the greedy "?" tries them.
        with_group = _written_out(alternative[: close + 1] + alternative[close + 2 :], ignore_case)
        without = _written_out(alternative[close + 2 :], ignore_case)
        if with_group is None or without is None:
            return None
        return with_group + without
    if alternative[close + 1 : close + 2] in _QUANTIFIERS:
        return None
    inner = alternative[3:close]
    rest = alternative[close + 1 :]
    if "(?P<" in inner:
        return None  # a named group would be written more than once
    by_letter: dict[str, list[str]] = {}
    for choice in _alternatives(inner):
        out = _written_out(choice, ignore_case)
        if out is None:
            return None
        for written in out:
            if written[1:2] in _QUANTIFIERS:
                return None
            letter = written[0].lower() if ignore_case else written[0]
            by_letter.setdefault(letter, []).append(written[1:])
    if len(by_letter) > 1 and "(?P<" in rest:
        return None  # a named group after the group would be written more than once
    return [f"{letter}(?:{'|'.join(rests)}){rest}" for letter, rests in by_letter.items()]


def _numbers_groups(source: str) -> bool:
    """Whether ``source`` has an unnamed group, a back-reference or a conditional: written
    out twice, a part would change the groups' numbers."""
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            if source[i + 1 : i + 2].isdigit():
                return True
            i += 2
            continue
        if char == "[":
            i = _after_class(source, i)
            continue
        if char == "(" and (
            source[i + 1 : i + 2] != "?"
            or source[i + 2 : i + 4] == "P="
            or source[i + 2 : i + 3] == "("
        ):
            return True
        i += 1
    return False


def _marks(source: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """The parentheses and bars from ``start`` on, outside escapes and character classes:
    (index, depth before it, character)."""
    depth = 0
    i = start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _after_class(source, i)
            continue
        if char in "()|":
            yield i, depth, char
            depth += 1 if char == "(" else -1 if char == ")" else 0
        i += 1


def _closing(source: str, start: int) -> int | None:
    """The index of the parenthesis that closes the group whose content starts at
    ``start``."""
    return next((i for i, depth, char in _marks(source, start) if char == ")" and depth == 0), None)


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a group's content."""
    bars = [i for i, depth, char in _marks(body) if char == "|" and depth == 0]
    bounds = [-1, *bars, len(body)]
    return [body[begin + 1 : end] for begin, end in pairwise(bounds)]


def _after_class(source: str, start: int) -> int:
    """The index after the character class that opens at ``start``."""
    i = start + 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1  # "[]…]": a leading bracket is a member
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1
