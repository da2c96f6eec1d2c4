"""English: subject before the verb, names capitalised, compounds written apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.lint._agents import PUNCT, Agent, classify_forward, classify_token

if TYPE_CHECKING:
    from pmdesk.lint._agents import Extra, Token
    from pmdesk.lint._rules import Lexicon
    from pmdesk.lint.grammar import Grammar

__all__ = ["GRAMMAR"]

# Quantifiers that make "X of the Ys" a partitive subject whose head is the Ys.
_PARTITIVES = frozenset(
    {"one", "some", "several", "two", "three", "many", "few", "none", "each", "most", "any"}
)


class English:
    """The English grammar (see pmdesk.lint.grammar.Grammar)."""

    lang: str = "en"
    pronoun_may_determine: bool = False
    skips_objects: bool = False
    names_end_phrase: bool = False
    open_compounds: bool = False
    comma_ends_clause: bool = False
    by_phrase_reach: int = 0

    def name_stands(self, low: str, prev: str, at_clause_start: bool, lex: Lexicon) -> bool:
        return True  # only names (and the words the lexicon knows) are capitalised

    def subject_left(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        i = cue_index - 1
        guard = 0
        while i >= 0 and guard < 12:
            guard += 1
            while i >= 0 and tokens[i].low in lex.fillers:
                i -= 1
            if i < 0:
                return Agent.NONE
            tok = tokens[i]
            if tok.text == ",":
                found, i = self._before_comma(tokens, i, lex, extra)
                if found is not None:
                    return found
                continue
            if tok.text in PUNCT:
                return Agent.NONE
            if tok.low in lex.boundaries:
                if tok.low == "that":
                    i -= 1
                    continue
                return self._at_boundary(tokens, i, lex, extra)
            found, i = self._noun_phrase_subject(tokens, i, lex, extra)
            if found is not None:
                return found
        return Agent.NONE

    def _before_comma(
        self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra
    ) -> tuple[Agent | None, int]:
        """The part before the comma at ``i``: its agent, or None and where to go on."""
        j = i - 1
        while j >= 0 and tokens[j].text not in PUNCT and tokens[j].low not in lex.boundaries:
            j -= 1
        part_start = j + 1
        if part_start < i and tokens[part_start].low in ("who", "whom"):
            return Agent.PERSON, i
        if part_start < i and tokens[part_start].low == "which":
            return Agent.SYSTEM, i
        agent, _ = classify_forward(tokens, lex, extra, self, part_start, i)
        if agent is not Agent.NONE and (j < 0 or tokens[j].text == ","):
            return agent, i
        if j < 0 or tokens[j].text != ",":
            # A fronted phrase ("After the restart,") directly before the verb: no subject.
            return agent, i
        return None, j - 1

    def _at_boundary(self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra) -> Agent:
        """The subject when a clause boundary word stands before the verb group."""
        low = tokens[i].low
        if low in ("who", "whom"):
            return Agent.PERSON
        if low == "which":
            return Agent.SYSTEM
        if low not in lex.coordinators:
            return Agent.NONE
        start = i - 1
        while (
            start >= 0
            and tokens[start].text not in PUNCT
            and (tokens[start].low not in lex.boundaries or tokens[start].low in lex.coordinators)
        ):
            start -= 1
        agent, _ = classify_forward(tokens, lex, extra, self, start + 1, i)
        return agent

    def _noun_phrase_subject(
        self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra
    ) -> tuple[Agent | None, int]:
        """The noun phrase ending at ``i``: its agent, or None and where to go on."""
        agent, _possessive = classify_token(tokens, i, lex, extra, self, 0)
        np_start = _np_start(tokens, i, lex, 0)
        if agent is Agent.NONE:
            for k in range(i - 1, np_start - 1, -1):
                agent, _possessive = classify_token(tokens, k, lex, extra, self, 0)
                if agent is not Agent.NONE:
                    break
        if (
            np_start >= 2
            and tokens[np_start - 1].low == "of"
            and tokens[np_start - 2].low in _PARTITIVES
            and agent is not Agent.NONE
        ):
            return agent, i  # a partitive subject: "One of the admins neglected to …"
        if np_start - 1 >= 0 and tokens[np_start - 1].low in lex.prepositions:
            # Inside a prepositional phrase ("the engineer on the payments team"): go on.
            return None, np_start - 2
        if agent is Agent.SYSTEM:
            for k in range(i - 1, np_start - 1, -1):
                owner, owner_possessive = classify_token(tokens, k, lex, extra, self, 0)
                if owner_possessive and owner in (Agent.PERSON, Agent.TEAM):
                    return owner, i
        return agent, i

    def clause_subject(
        self, tokens: list[Token], cue_index: int, clause_start: int, lex: Lexicon, extra: Extra
    ) -> Agent | None:
        start = clause_start
        if start > 0 and tokens[start - 1].low in ("who", "whom"):
            return Agent.PERSON  # "Benji, who had been warned twice, …"
        if start > 0 and tokens[start - 1].low == "which":
            return Agent.SYSTEM
        if start > 0 and _opens_elided_clause(tokens, start, lex):
            agent = self._coordinated_subject(tokens, start, lex, extra)
            if agent is not Agent.NONE:
                return agent
        if cue_index <= start:
            return self.fronted_subject(tokens, cue_index, lex, extra)
        commas = [k for k in range(start, cue_index) if tokens[k].text == ","]
        if commas:
            agent, _ = classify_forward(tokens, lex, extra, self, commas[-1] + 1, cue_index)
            if agent is not Agent.NONE:
                return agent
        if tokens[start].low in lex.prepositions and commas:
            start = commas[0] + 1
        agent, _ = classify_forward(tokens, lex, extra, self, start, cue_index)
        return agent

    def _coordinated_subject(
        self, tokens: list[Token], start: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        """ "… went ahead and truncated the table": the subject is the one before "and"."""
        prev = start - 2
        while (
            prev >= 0
            and tokens[prev].text not in ";:()—–"
            and (tokens[prev].low not in lex.boundaries or tokens[prev].low in lex.coordinators)
        ):
            prev -= 1
        agent, _ = classify_forward(tokens, lex, extra, self, prev + 1, start - 1)
        return agent

    def fronted_subject(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        j = cue_index
        while j < len(tokens) and tokens[j].text != ",":
            j += 1
        agent, _ = classify_forward(tokens, lex, extra, self, j + 1)
        return agent

    def negation_end(self, tokens: list[Token], cue_index: int, match_end: int) -> int:
        return cue_index  # the negation stands before the verb it negates


def _opens_elided_clause(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether the clause at ``start`` follows a coordinator and opens with no subject."""
    first = tokens[start]
    return (
        tokens[start - 1].low in lex.coordinators
        and first.text.islower()
        and first.low not in lex.determiners
        and first.low not in lex.person_pronouns
        and first.low not in lex.system_pronouns
    )


def _np_start(tokens: list[Token], i: int, lex: Lexicon, floor: int) -> int:
    """Walk back over the noun phrase ending at ``i``."""
    j = i
    steps = 0
    while j - 1 >= floor and steps < 4:
        prev = tokens[j - 1]
        if prev.text in PUNCT or prev.low in lex.prepositions or prev.low in lex.boundaries:
            break
        if prev.low in lex.fillers:
            break
        j -= 1
        steps += 1
        if prev.low in lex.determiners:
            break
    return j


GRAMMAR: Grammar = English()
