"""No pattern asks for two spaces between words: a group of words that each carry their own
space, followed by another space ("told (?:[\\w-]+ ){1,2}) that"), never matches ordinary
text. Four patterns had this flaw; the reported-speech one let "X told the Tribunal that …"
block as the writer's own blame."""

from __future__ import annotations

import re
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

import pytest

from pmdesk.lint._rules import load_rules

SPACE = 32


def _ends_with_space(item: tuple[Any, Any]) -> bool:
    op, av = item
    if op == sre.LITERAL:
        return bool(av == SPACE)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _sequence_ends_with_space(list(av[2]))
    if op == sre.SUBPATTERN:
        return _sequence_ends_with_space(list(av[-1]))
    if op == sre.BRANCH:
        return any(_sequence_ends_with_space(list(branch)) for branch in av[1])
    return False


def _sequence_ends_with_space(items: list[tuple[Any, Any]]) -> bool:
    return bool(items) and _ends_with_space(items[-1])


def _double_spaces(items: Any) -> int:
    """How many places in a parsed pattern put a space after something that ends in one."""
    items = list(items)
    found = 0
    for index, (op, av) in enumerate(items):
        follows = items[index + 1] if index + 1 < len(items) else None
        if follows == (sre.LITERAL, SPACE) and op != sre.LITERAL and _ends_with_space((op, av)):
            found += 1
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found += _double_spaces(av[2])
        elif op == sre.SUBPATTERN:
            found += _double_spaces(av[-1])
        elif op == sre.BRANCH:
            found += sum(_double_spaces(branch) for branch in av[1])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found += _double_spaces(av[1])
    return found


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_pattern_asks_for_two_spaces(lang: str) -> None:
    pack = load_rules().pack(lang)
    sources = [
        (rule.id, pattern.pattern)
        for rule in pack.rules
        for pattern in [*rule.patterns, *rule.exclude]
    ]
    if pack.reported is not None:
        sources.append(("reported speech", pack.reported.pattern))
    flawed = [name for name, source in sources if _double_spaces(sre.parse(source, re.I))]
    assert flawed == []
