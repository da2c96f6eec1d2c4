"""What differs between the languages the linter reads, behind one small protocol.

The rule packs (resources/lint/<lang>.toml) hold each language's words; a grammar holds
how its clauses are built: where a subject stands, where a clause ends, what a name looks
like, how far a negation reaches. The engine and the agent classification ask the
paragraph's grammar instead of branching on the language code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pmdesk.lint._agents import Agent, Extra, Token
    from pmdesk.lint._rules import Lexicon

__all__ = [
    "ABBREVIATIONS",
    "GLANCE_WORDS",
    "LETTERS",
    "MARKERS",
    "Grammar",
    "grammar_for",
    "other_language",
]


class Grammar(Protocol):
    """How one language builds its clauses (its words are in the rule pack's lexicon)."""

    lang: str
    # Whether a person pronoun before a capitalised word determines it ("keine Warnung").
    pronoun_may_determine: bool
    # Whether noun phrases after an object article or a preposition are objects to skip.
    skips_objects: bool
    # Whether a capitalised person ends its noun phrase ("Torstens Änderung" is Torsten).
    names_end_phrase: bool
    # Whether any classified word continues a compound head ("Team Plattform").
    open_compounds: bool
    # Whether a comma ends a clause (German sets commas around every subclause).
    comma_ends_clause: bool
    # How far before a passive's cue its by-phrase may stand ("wurde von Boris umgangen").
    by_phrase_reach: int

    def name_stands(
        self, tokens: list[Token], i: int, low: str, clause_start: int, lex: Lexicon
    ) -> bool:
        """Whether the capitalised unknown word ``tokens[i]`` (``low``: lowercase, without
        a possessive ending) stands where names stand in a clause from ``clause_start``."""
        ...

    def opening_adjective(self, tokens: list[Token], i: int, low: str) -> bool:
        """Whether ``tokens[i]`` (``low``), a sentence's first word, is an adjective before its
        noun, though capitalised like one ("Neue Software liefert …")."""
        ...

    def subject_left(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        """The subject of the clause whose verb group starts at ``tokens[cue_index]``."""
        ...

    def clause_subject(
        self, tokens: list[Token], cue_index: int, clause_start: int, lex: Lexicon, extra: Extra
    ) -> Agent | None:
        """The subject of the clause around an adverbial cue ("without checking"), or None
        when the language finds it as it finds any subject."""
        ...

    def fronted_subject(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        """The subject after a fronted phrase ("Instead of …, Nora silenced it")."""
        ...

    def leaves_out_person(
        self, tokens: list[Token], start: int, cue_index: int, lex: Lexicon
    ) -> bool:
        """Whether the clause from ``start`` to the cue leaves out its subject because the
        writer or the person addressed is meant ("Merged a big PR without a review?")."""
        ...

    def negation_end(self, tokens: list[Token], cue_index: int, match_end: int) -> int:
        """The token index up to which a negation of the cue at ``cue_index`` may stand."""
        ...


def grammar_for(lang: str) -> Grammar:
    """The grammar of ``lang`` ("en" or "de"), imported when first asked for: linting
    an English file never loads the German grammar."""
    grammar = _LOADED.get(lang)
    if grammar is None:
        module = importlib.import_module(f"pmdesk.lint.grammar.{_MODULES[lang]}")
        grammar = _LOADED[lang] = module.GRAMMAR
    return grammar


def other_language(lang: str) -> str | None:
    """The language a paragraph of a text in ``lang`` may be written in instead."""
    return _OTHER_LANGUAGE.get(lang)


_MODULES = {"en": "english", "de": "german"}
_LOADED: dict[str, Grammar] = {}
_OTHER_LANGUAGE = {"en": "de", "de": "en"}

# Reading a text before its language is known: splitting sentences, telling the languages
# apart. Function words found in one language only (not "die", "war", "was", "will", "also",
# "man", "in", "so", which both have): counting them tells a text's language.
MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "the", "and", "of", "to", "with", "for", "not", "that", "this", "it", "is", "were",
        "have", "has", "had", "be", "been", "which", "after", "before", "should", "would",
        "could", "we", "our", "they", "did", "but", "who", "what", "when", "because", "you",
        "on", "at", "by", "from", "there", "their",
    )),
    "de": frozenset((
        "der", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "mit",
        "für", "auf", "wurde", "wurden", "hat", "hatte", "haben", "habe", "den", "dem", "des",
        "zu", "sich", "auch", "nach", "wir", "ich", "bei", "von", "wer", "wie", "warum", "noch",
        "schon", "oder", "dass", "kein", "keine", "wenn", "weil", "sind", "wird", "werden",
        "uns", "dann", "hier", "ob", "aber", "nur", "jetzt", "doch", "hätte", "sollte",
    )),
}  # fmt: skip
# Abbreviations whose full stop ends no sentence, lowercase and without the last stop.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset((
        "e.g", "i.e", "etc", "vs", "approx", "cf", "no", "dr", "mr", "ms", "mrs", "st",
        "co", "jr", "sr", "fig",
    )),
    "de": frozenset((
        "z.b", "bzw", "ca", "usw", "d.h", "u.a", "ggf", "evtl", "inkl", "nr", "etc", "dr", "st",
        # "GmbH & Co. KG", "sog. Pings", "lt. Polizei", "von der Fa. Carglass GmbH", "Hr. Meier"
        "co", "vgl", "sog", "bspw", "lt", "mio", "mrd", "abs", "str", "fa", "hr", "fr", "tel",
        "gem", "bzgl", "zzgl",
    )),
}  # fmt: skip
# Letters only one language writes: they count as its markers.
LETTERS: dict[str, str] = {"de": "[äöüß]"}
# Words that nearly every paragraph written in a language contains, for a first glance.
GLANCE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "and", "that", "this", "is", "to", "of", "who", "what", "did"),
    "de": ("und", "der", "das", "ist", "nicht", "hat", "ich", "wir", "wer", "kein", "keine",
           # A short sentence has few of them: "Ein Techniker schaltete … den falschen Server ab."
           "den", "dem", "ein", "eine", "einen", "mit", "für", "auf", "wurde", "sich"),
}  # fmt: skip
