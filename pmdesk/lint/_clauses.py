"""Clause helpers for subjects that the left-walk of the agent check misses.

Two shapes of real writing (issue 16): an "and" that joins noun phrases rather than clauses
("… shut down a number of ISPs and their customers after accidentally knocking out …": the
doer is the subject before the "and"), and a clause whose subject is left out because the
writer or the reader is meant ("Errr... Merged a big PR without a review?", "Deleted the
wrong table, sorry."). Past tense is told by English verb morphology, so any verb counts,
not only the verbs of a list. German runs of verb-first clauses share the subject of the
clause they continue ("So verrutschte P. in der Zeile, ignorierte die Warnungen, drückte …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pmdesk.lint._rules import Lexicon

if TYPE_CHECKING:  # _agents imports this module
    from pmdesk.lint._agents import Token

__all__ = [
    "elided_person_subject",
    "is_past_verb",
    "noun_coordination_start",
    "opens_with_verb_de",
]

# Irregular simple pasts that differ from the present ("set", "put" read as imperatives).
_IRREGULAR_PAST = frozenset(
    [
        "ran",
        "took",
        "made",
        "chose",
        "wrote",
        "sent",
        "gave",
        "brought",
        "threw",
        "drove",
        "built",
        "left",
        "broke",
        "forgot",
        "struck",
        "stuck",
        "tore",
        "spilt",
        "dug",
        "bought",
        "sold",
        "rang",
        "went",
        "did",
        "said",
        "told",
        "kept",
        "lost",
        "meant",
        "got",
        "found",
        "held",
        "led",
        "began",
        "overwrote",
        "undid",
        "mistook",
    ]
)
# Words in -ed that are not past forms ("hundred", "naked"); words in -eed are present forms
# or nouns ("need", "proceed", "speed") and are left out by their ending.
_NOT_PAST = frozenset(
    [
        "hundred",
        "sacred",
        "naked",
        "wicked",
        "wretched",
        "kindred",
        "crooked",
        "rugged",
        "ragged",
        "beloved",
    ]
)
# Openers of chat lines that stand before an elided subject: "Errr...", "Oops,", "So".
_INTERJECTION = re.compile(
    r"^(?:e+r+m*|u+m+|u+h+|h+m+|o+ps|whoops|ugh|wow|so|well|ok|okay|yeah|lol|also|and|then|"
    r"today|yesterday|again|sorry)$"
)
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
    ]
)
# Words that open the object or a particle after a verb: "Pushed straight to main".
_OBJECT_STARTS = frozenset(
    [
        "to",
        "them",
        "him",
        "her",
        "everything",
        "all",
        "up",
        "down",
        "out",
        "off",
        "in",
        "over",
        "without",
        "straight",
        "directly",
        "again",
        "stuff",
        "anything",
        "prod",
        "production",
    ]
)
# Punctuation that ends a clause inside a sentence.
_CLAUSE_MARKS = frozenset(";:()—–")


def is_past_verb(low: str) -> bool:
    """Whether a lowercase word reads as a simple past or past participle ("flipped")."""
    if low in _IRREGULAR_PAST:
        return True
    return len(low) > 4 and low.endswith("ed") and not low.endswith("eed") and low not in _NOT_PAST


def _has_verb(tokens: list[Token], start: int, end: int) -> bool:
    return any(
        is_past_verb(tok.low) or tok.low in _AUXILIARIES or tok.low.endswith(("n't", "n’t"))
        for tok in tokens[start:end]
    )


def noun_coordination_start(tokens: list[Token], start: int, cue_index: int, lex: Lexicon) -> int:
    """Where the clause around a cue really starts when ``start`` follows an "and" or "or"
    that joins noun phrases: the words between it and the cue hold no verb ("ISPs and their
    customers across the country after accidentally knocking …"). Else ``start``."""
    while (
        start > 0
        and start < cue_index
        and tokens[start - 1].low in ("and", "or")
        and not _has_verb(tokens, start, cue_index)
    ):
        k = start - 2
        while (
            k >= 0
            and tokens[k].text not in _CLAUSE_MARKS
            and tokens[k].text != ","
            and (tokens[k].low not in lex.boundaries or tokens[k].low in ("and", "or"))
        ):
            k -= 1
        if k >= 0 and tokens[k].text == ",":
            return start  # "…, and …": a new clause after all
        start = k + 1
    return start


def elided_person_subject(tokens: list[Token], start: int, cue_index: int, lex: Lexicon) -> bool:
    """Whether the clause from ``start`` opens the sentence with a verb in the past and no
    subject ("Merged a big PR without a review?"): in chat and review threads the left-out
    subject is the writer or the person addressed. The verb must take an object or a
    particle next, else it is a participle before a noun ("Scheduled jobs ran …")."""
    if start != 0:
        return False
    first = 0
    while first < min(cue_index, 2) and (
        _INTERJECTION.match(tokens[first].low) or tokens[first].text == ","
    ):
        first += 1
    if first > cue_index or first + 1 >= len(tokens):
        return False
    verb, after = tokens[first], tokens[first + 1].low
    return (
        verb.text[:1].isupper()
        and is_past_verb(verb.low)
        and (after in lex.determiners or after in lex.system_pronouns or after in _OBJECT_STARTS)
    )


# Lowercase words in -te that are adjectives, not verbs in the past ("erste", "gute").
_DE_NOT_VERBS = frozenset(
    ["gute", "weite", "breite", "leichte", "harte", "späte", "rechte", "echte"]
)


def opens_with_verb_de(tokens: list[Token], first: int, clause_end: int, lex: Lexicon) -> bool:
    """Whether a German clause starts with its finite verb and no subject, as the later
    clauses of "X tat A, tat B, tat C" do. German nouns are capitalised, so a lowercase word
    in -te/-ten that no noun follows is a verb in the past."""
    if first >= clause_end:
        return False
    tok = tokens[first]
    if not tok.text.islower():
        return False
    if tok.low in lex.finite_verbs:
        return True
    nxt = tokens[first + 1].text if first + 1 < clause_end else ""
    return (
        len(tok.low) > 4
        and tok.low.endswith(("te", "ten"))
        and not tok.low.endswith(("ste", "sten"))
        and tok.low not in _DE_NOT_VERBS
        and not (nxt[:1].isupper() and nxt.lower() not in lex.determiners)
    )
