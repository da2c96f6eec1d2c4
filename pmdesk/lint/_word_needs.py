"""Words a regex cannot match without, so that a sentence lacking them skips the regex.

A sentence that holds a rule's cue is matched against all of the rule's patterns, and most of
those runs find nothing: the failure-verb rule's idioms, its "you've broken …" and its causal
frames run on every sentence that says "failed". Each pattern, read from its parse tree, says
which words every match of it must contain: ``\\b(?:dropped the ball|let … slip through)``
cannot match a sentence without a word that starts with "drop" or "let". Such a word is kept
as its first four letters (a whole word if shorter), its *key*; a pattern's need is a set of
keys, one of which every match contains as a word of the text. A sentence's keys are one set
built once; a pattern whose need is disjoint from it cannot match, and is not run.

Only what the parse tree proves is used: a run of literal letters counts only where a word
starts before it (a word boundary, a space or other non-word character, or the start of the
text) and, if shorter than a key, where the word also ends after it. Anything else (classes,
optional parts, look-arounds) adds no need, so a pattern may have none and then always runs.
Keys are folded the way the regex engine folds case (``fold``), so a case-insensitive pattern
and a lowercased text agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

__all__ = ["KEY_LENGTH", "fold", "sentence_keys", "word_needs"]

# Four letters tell words apart well enough ("fail", "forg", "drop") and keep the keys of a
# long word list few.
KEY_LENGTH = 4
_WORDS = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
# Letters the regex engine takes as one when it ignores case though their lowercase forms
# differ ("ſ" and "s", "ı" and "i", "ς" and "σ"), each mapped to one of its group, and "İ",
# whose lowercase form is two characters: folded, both sides compare as the engine does.
_FOLD = {ord("İ"): "i"}
for _char, _others in _casefix._EXTRA_CASES.items():
    _FOLD[_char] = chr(min(_char, *_others))
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# A word starts after these (and ends before them).
_EDGES = (
    sre.AT_BOUNDARY,
    sre.AT_BEGINNING,
    sre.AT_BEGINNING_STRING,
    sre.AT_END,
    sre.AT_END_STRING,
)
_NON_WORD_CATEGORIES = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD)
# Very common words make weak needs: a longer or rarer key is preferred.
_COMMON_WORDS = """
    the and not did was were that this with for has have had his her their they you our from
    are but who all its out one any can been will would could should into than then der die
    das und nicht hat ist ein eine den dem des sie wir ich sich auf mit von zu für war sind
    wird auch bei nach wie oder aus
"""
_COMMON = frozenset(_COMMON_WORDS.split())

Node = tuple[Any, Any]
Needs = frozenset[str]


def fold(text: str) -> str:
    """``text`` lowercased and folded, letter for letter where the regex engine compares."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD).lower().translate(_FOLD)


def sentence_keys(text: str) -> set[str]:
    """The keys of the words of ``text`` (lowercase or folded already)."""
    return {word[:KEY_LENGTH] for word in _WORDS.findall(text)}


def word_needs(source: str, flags: int = 0) -> Needs | None:
    """The keys one of which every match of the regex contains as a word, or None when its
    parse tree proves none."""
    tree = _parser.parse(source, flags)
    return _Reader(tree.state).sequence(list(tree), starts_word=False, ends_word=False)


class _Reader:
    def __init__(self, state: Any) -> None:
        self.state = state

    def sequence(
        self, items: Sequence[Node], *, starts_word: bool, ends_word: bool
    ) -> Needs | None:
        """The best need among the parts every match of ``items`` passes through."""
        starts = self._word_starts(items, starts_word)
        ends = self._word_ends(items, ends_word)
        candidates: list[Needs] = []
        i = 0
        while i < len(items):
            op, av = items[i]
            if op is sre.LITERAL and _is_word_char(chr(av)):
                j = i
                while (
                    j < len(items)
                    and items[j][0] is sre.LITERAL
                    and _is_word_char(chr(items[j][1]))
                ):
                    j += 1
                word = fold("".join(chr(av) for _, av in items[i:j]))
                if starts[i] and (len(word) >= KEY_LENGTH or ends[j - 1]):
                    candidates.append(frozenset([word[:KEY_LENGTH]]))
                i = j
                continue
            need = self._item(op, av, starts[i], ends[i])
            if need is not None:
                candidates.append(need)
            i += 1
        return max(candidates, key=_strength) if candidates else None

    def _item(self, op: Any, av: Any, starts_word: bool, ends_word: bool) -> Needs | None:
        if op is sre.SUBPATTERN:
            return self.sequence(av[3], starts_word=starts_word, ends_word=ends_word)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av, starts_word=starts_word, ends_word=ends_word)
        if op in _REPEATS:
            least, most, inner = av
            if least == 0:
                return None
            # The first repetition starts where the repeat does; it ends the repeat only if
            # it is the only one.
            return self.sequence(inner, starts_word=starts_word, ends_word=ends_word and most == 1)
        if op is sre.BRANCH:
            needs: set[str] = set()
            for branch in av[1]:
                need = self.sequence(branch, starts_word=starts_word, ends_word=ends_word)
                if need is None:
                    return None
                needs |= need
            return frozenset(needs)
        return None

    def _word_starts(self, items: Sequence[Node], starts_word: bool) -> list[bool]:
        """For each item, whether a word starts right before it (if it opens with a letter)."""
        starts = []
        at_start = starts_word
        for op, av in items:
            starts.append(at_start)
            if op in _ZERO_WIDTH:
                at_start = at_start or (op is sre.AT and av in _EDGES)
            else:
                # After a part that may match nothing, the place may still be the one before.
                at_start = self._edge(op, av, last=True) and (at_start or not self._empty(op, av))
        return starts

    def _word_ends(self, items: Sequence[Node], ends_word: bool) -> list[bool]:
        """For each item, whether a word ends right after it (if it closes with a letter)."""
        ends = [False] * len(items)
        at_end = ends_word
        for i in range(len(items) - 1, -1, -1):
            op, av = items[i]
            ends[i] = at_end
            if op in _ZERO_WIDTH:
                at_end = at_end or (op is sre.AT and av in _EDGES)
            else:
                at_end = self._edge(op, av, last=False) and (at_end or not self._empty(op, av))
        return ends

    def _edge(self, op: Any, av: Any, *, last: bool) -> bool:
        """Whether every non-empty match of the item ends (``last``) or starts with a
        non-word character."""
        if op is sre.LITERAL:
            return not _is_word_char(chr(av))
        if op is sre.IN:
            return all(
                (kind is sre.LITERAL and not _is_word_char(chr(value)))
                or (kind is sre.CATEGORY and value in _NON_WORD_CATEGORIES)
                for kind, value in av
            )
        if op is sre.SUBPATTERN:
            return self._sequence_edge(av[3], last=last)
        if op is sre.ATOMIC_GROUP:
            return self._sequence_edge(av, last=last)
        if op in _REPEATS:
            return self._sequence_edge(av[2], last=last)
        if op is sre.BRANCH:
            return all(self._sequence_edge(branch, last=last) for branch in av[1])
        return False

    def _sequence_edge(self, items: Sequence[Node], *, last: bool) -> bool:
        for op, av in reversed(items) if last else items:
            if op in _ZERO_WIDTH:
                continue
            if not self._edge(op, av, last=last):
                return False
            if not self._empty(op, av):
                return True
        return True

    def _empty(self, op: Any, av: Any) -> bool:
        """Whether the item can match nothing."""
        return bool(_parser.SubPattern(self.state, [(op, av)]).getwidth()[0] == 0)


def _is_word_char(char: str) -> bool:
    return _WORD_CHAR.match(char) is not None


def _strength(need: Needs) -> tuple[int, int]:
    """How rarely a need is met: by its weakest key (a common word meets it everywhere, a
    short key in many words), then by its size."""
    return min(0 if key in _COMMON else len(key) for key in need), -len(need)
