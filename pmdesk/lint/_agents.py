"""Agent classification: is the doer of a clause a PERSON, a TEAM or a SYSTEM?

Works on names nobody listed: a capitalised token that is not in the technical lexicon,
not after a determiner and not a common word is taken as a name (English). German
capitalises every noun, so there a name must additionally stand where names stand (clause
start, after a finite verb or conjunction) and must not carry a noun suffix.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import NamedTuple

from pmdesk.lint._clauses import opens_with_verb_de
from pmdesk.lint._rules import Lexicon

__all__ = ["Agent", "Extra", "Token", "classify_forward", "subject_left", "tokenize"]

_TOKEN_RE = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?|[^\W_](?:[\w'’\-]*[^\W_])?(?:['’]s?)?|[,;:()—–]", re.UNICODE
)
_PUNCT = frozenset(",;:()—–")


class Agent(enum.Enum):
    """Who does something in a clause."""

    NONE = 0
    PERSON = 1
    TEAM = 2
    SYSTEM = 3


class Token(NamedTuple):
    """A token of a masked sentence, with offsets relative to the sentence."""

    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class Extra:
    """Participant knowledge layered over the pack's lexicon."""

    person_names: frozenset[str] = frozenset()
    team_names: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()


NO_EXTRA = Extra()


def tokenize(text: str) -> list[Token]:
    """Split a sentence into word and punctuation tokens."""
    return [
        Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)
    ]


def _strip_possessive(low: str) -> tuple[str, bool]:
    for ending in ("'s", "’s"):
        if low.endswith(ending) and len(low) > 2:
            return low[: -len(ending)], True
    if low.endswith(("'", "’")):
        return low[:-1], True
    return low, False


def _singular(low: str) -> tuple[str, ...]:
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    if low.endswith(("en", "nen")):
        forms.append(low[:-2])
        forms.append(low[:-3])
    if low.endswith(("n", "e")):
        forms.append(low[:-1])
    return tuple(forms)


def _in(words: frozenset[str], low: str) -> bool:
    return any(form in words for form in _singular(low))


def _last_part(low: str) -> str:
    return low.rsplit("-", 1)[-1]


def _lexical(low: str, lex: Lexicon, lang: str) -> int:
    """Class of a word from the lexicon alone (an Agent value), or -1."""
    last = _last_part(low)
    if _in(lex.team_words, low) or (last != low and _in(lex.team_words, last)):
        return Agent.TEAM.value
    if lang == "de" and lex.team_suffixes and low.endswith(lex.team_suffixes):
        return Agent.TEAM.value
    if _in(lex.role_nouns, low) or (last != low and _in(lex.role_nouns, last)):
        return Agent.PERSON.value
    if lex.role_suffixes and low.endswith(lex.role_suffixes) and len(low) > 5:
        return Agent.PERSON.value
    if _in(lex.system_nouns, low) or (last != low and _in(lex.system_nouns, last)):
        return Agent.SYSTEM.value
    if _in(lex.tech_names, low):
        return Agent.SYSTEM.value
    if lex.system_suffixes and low.endswith(lex.system_suffixes):
        return Agent.SYSTEM.value
    return -1


_PLURAL_PRONOUNS = frozenset({"they", "them"})
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "your", "our"})


def _plural_antecedent(tokens: list[Token], i: int, lex: Lexicon, lang: str) -> Agent:
    """Resolve "they": the nearest earlier plural noun in the sentence, else a person."""
    for k in range(i - 1, -1, -1):
        low = tokens[k].low
        if low in lex.person_pronouns or (tokens[k].text in _PUNCT and tokens[k].text != ","):
            break
        code = lex.cache.get(low)
        if code is None:
            code = _lexical(low, lex, lang)
        if code == Agent.PERSON.value:
            return Agent.PERSON
        if code >= 0 and low.endswith("s"):
            return Agent(code)
    return Agent.PERSON


def classify_token(
    tokens: list[Token], i: int, lex: Lexicon, extra: Extra, lang: str, clause_start: int
) -> tuple[Agent, bool]:
    """Classify ``tokens[i]``; returns the agent class and whether it is possessive."""
    tok = tokens[i]
    if tok.text in _PUNCT or tok.text[0].isdigit():
        return Agent.NONE, False
    low, possessive = _strip_possessive(tok.low)
    if low in _PLURAL_PRONOUNS:
        return _plural_antecedent(tokens, i, lex, lang), possessive
    if low in lex.person_pronouns and (
        i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper() or lang == "en"
    ):
        # "keiner", "niemand", "nobody": a pronoun unless it determines a noun ("keine Warnung").
        return Agent.PERSON, possessive
    if not low or tok.low in lex.determiners or tok.low in lex.prepositions:
        return Agent.NONE, False
    prev = tokens[i - 1].low if i > 0 else ""
    if extra.team_names or lex.team_names:
        prev2 = tokens[i - 2].low if i > 1 else ""
        bigram = f"{prev} {low}"
        trigram = f"{prev2} {bigram}"
        if low in extra.team_names or bigram in extra.team_names or trigram in extra.team_names:
            return Agent.TEAM, possessive
        if low in lex.team_names or bigram in lex.team_names or trigram in lex.team_names:
            return Agent.TEAM, possessive
    if low in extra.person_names or low in lex.person_names:
        return Agent.PERSON, possessive
    if low in lex.person_pronouns:
        return Agent.PERSON, possessive
    if low in lex.system_pronouns:
        return Agent.SYSTEM, possessive
    if prev and f"{prev} {low}" in lex.role_nouns:
        return Agent.PERSON, possessive
    if _in(extra.role_nouns, low):
        return Agent.PERSON, possessive
    code = lex.cache.get(low)
    if code is None:
        code = _lexical(low, lex, lang)
        if len(lex.cache) < 50_000:
            lex.cache[low] = code
    if code >= 0:
        return Agent(code), possessive
    text = tok.text
    if not text[0].isupper():
        return Agent.NONE, False
    core = text.rstrip("'’s") if possessive else text
    if any(c.isdigit() for c in core) or "_" in core or "." in core or "/" in core:
        return Agent.SYSTEM, possessive
    if len(core) >= 2 and core.isupper():
        # Acronyms: DNS, CDN, API ... (team and role acronyms are in the lexicon).
        return Agent.SYSTEM, possessive
    if any(c.isupper() for c in core[1:]):
        return Agent.SYSTEM, possessive  # CamelCase product names: PagerDuty, GitHub
    if prev in lex.determiners:
        return Agent.NONE, False
    if low in lex.common_words or (lex.not_name_suffixes and low.endswith(lex.not_name_suffixes)):
        return Agent.NONE, False
    if lang == "de":
        # German nouns are capitalised too: a name stands at the clause start or after a
        # finite verb, a conjunction or a few prepositions, and is not part of a compound.
        at_start = i <= clause_start or prev in _PUNCT or prev[:1].isdigit()
        if "-" in low or len(low) > 12:
            return Agent.NONE, False
        # Verb second: "So verrutschte P. …" has the subject right after a verb in the past.
        verb_second = (
            i == clause_start + 2
            and tokens[clause_start].low not in lex.determiners
            and opens_with_verb_de(tokens, i - 1, i, lex)
        )
        if not (at_start or verb_second or prev in lex.name_preceders or _in(lex.role_nouns, prev)):
            return Agent.NONE, False
    return Agent.PERSON, possessive


def classify_forward(
    tokens: list[Token],
    lex: Lexicon,
    extra: Extra,
    lang: str,
    start: int = 0,
    end: int | None = None,
    *,
    skip_objects: bool = True,
) -> tuple[Agent, int]:
    """First agent of a token range, the head of its noun phrase; returns (agent, index).

    German noun phrases after an accusative or dative article are objects, not subjects,
    and are skipped unless ``skip_objects`` is false (for spans a rule already marked).
    """
    end = len(tokens) if end is None else end
    i = start
    while i < end:
        if (
            skip_objects
            and lang == "de"
            and i > start
            and (tokens[i - 1].low in lex.object_articles or tokens[i - 1].low in lex.prepositions)
        ):
            i += 1
            continue
        agent, possessive = classify_token(tokens, i, lex, extra, lang, start)
        if agent is Agent.NONE:
            i += 1
            continue
        if tokens[i].low in _POSSESSIVE_DETERMINERS and i + 1 < end:
            # "her phone", "their pipeline": the noun after the determiner decides.
            head, head_index = classify_forward(tokens, lex, extra, lang, i + 1, min(end, i + 3))
            if head is not Agent.NONE and head_index == i + 1:
                return head, head_index
            return agent, i
        if possessive or tokens[i].low in lex.person_pronouns:
            return agent, i
        if (
            lang == "de"
            and agent is Agent.PERSON
            and tokens[i].text[:1].isupper()
            and not _in(lex.role_nouns, tokens[i].low)
        ):
            return agent, i  # a name; German genitive names ("Torstens Änderung") stay persons
        # Compound heads: "the Billing API", "the DBA team", "Hermes proxy".
        j = i + 1
        while j < end:
            nxt, nxt_possessive = classify_token(tokens, j, lex, extra, lang, start)
            if nxt is Agent.NONE or tokens[j].low in lex.person_pronouns:
                break
            nxt_low = _strip_possessive(tokens[j].low)[0]
            if not (
                nxt is Agent.TEAM
                or (nxt is Agent.PERSON and _in(lex.role_nouns, nxt_low))
                or nxt_low in lex.compound_heads
                or _last_part(nxt_low) in lex.compound_heads
                or tokens[j].text[:1].isupper()
                or lang == "de"
            ):
                break
            agent, i = nxt, j
            if nxt_possessive:
                break
            j += 1
        return agent, i
    return Agent.NONE, -1


# Quantifiers that make "X of the Ys" a partitive subject whose head is the Ys.
_PARTITIVES = frozenset(
    {"one", "some", "several", "two", "three", "many", "few", "none", "each", "most", "any"}
    # Quantity nouns: "some level of management", "the rest of the team".
    | {"level", "levels", "part", "parts", "rest", "majority", "half", "number", "couple", "bunch"}
)


def _np_start(tokens: list[Token], i: int, lex: Lexicon, floor: int) -> int:
    """Walk back over the noun phrase ending at ``i``."""
    j = i
    steps = 0
    while j - 1 >= floor and steps < 4:
        prev = tokens[j - 1]
        if prev.text in _PUNCT or prev.low in lex.prepositions or prev.low in lex.boundaries:
            break
        if prev.low in lex.fillers:
            break
        j -= 1
        steps += 1
        if prev.low in lex.determiners:
            break
    return j


def subject_left(
    tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra, lang: str
) -> Agent:
    """The subject of the clause whose verb group starts at ``tokens[cue_index]``."""
    if lang == "de":
        return _subject_de(tokens, cue_index, lex, extra)
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
            j = i - 1
            while j >= 0 and tokens[j].text not in _PUNCT and tokens[j].low not in lex.boundaries:
                j -= 1
            part_start = j + 1
            if part_start < i and tokens[part_start].low in ("who", "whom"):
                return Agent.PERSON
            if part_start < i and tokens[part_start].low == "which":
                return Agent.SYSTEM
            agent, _ = classify_forward(tokens, lex, extra, lang, part_start, i)
            if agent is not Agent.NONE and (j < 0 or tokens[j].text == ","):
                return agent
            if j < 0 or tokens[j].text != ",":
                # A fronted phrase ("After the restart,") directly before the verb: no subject.
                return agent
            i = j - 1
            continue
        if tok.text in _PUNCT:
            return Agent.NONE
        if tok.low in lex.boundaries:
            if tok.low in ("who", "whom"):
                return Agent.PERSON
            if tok.low == "which":
                return Agent.SYSTEM
            if tok.low == "that":
                i -= 1
                continue
            if tok.low in lex.coordinators:
                # "…, but apparently took down …": the comma before it does not end the search.
                start = i - 2 if i > 0 and tokens[i - 1].text == "," else i - 1
                while (
                    start >= 0
                    and tokens[start].text not in _PUNCT
                    and (
                        tokens[start].low not in lex.boundaries
                        or tokens[start].low in lex.coordinators
                    )
                ):
                    start -= 1
                end = i - 1 if i > 0 and tokens[i - 1].text == "," else i
                agent, _ = classify_forward(tokens, lex, extra, lang, start + 1, end)
                return agent
            return Agent.NONE
        agent, _possessive = classify_token(tokens, i, lex, extra, lang, 0)
        np_start = _np_start(tokens, i, lex, 0)
        if agent is Agent.NONE:
            for k in range(i - 1, np_start - 1, -1):
                agent, _possessive = classify_token(tokens, k, lex, extra, lang, 0)
                if agent is not Agent.NONE:
                    break
        if (
            np_start >= 2
            and tokens[np_start - 1].low == "of"
            and tokens[np_start - 2].low in _PARTITIVES
            and agent is not Agent.NONE
        ):
            return agent  # a partitive subject: "One of the admins neglected to …"
        if np_start - 1 >= 0 and tokens[np_start - 1].low in lex.prepositions:
            # Inside a prepositional phrase ("the engineer on the payments team"): go on.
            i = np_start - 2
            continue
        if agent is Agent.SYSTEM:
            for k in range(i - 1, np_start - 1, -1):
                owner, owner_possessive = classify_token(tokens, k, lex, extra, lang, 0)
                if owner_possessive and owner in (Agent.PERSON, Agent.TEAM):
                    return owner
        return agent
    return Agent.NONE


_RELATIVE_DE = frozenset({"der", "die", "welcher", "welche"})


def _subject_de(tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra) -> Agent:
    start = cue_index - 1
    while (
        start >= 0 and tokens[start].text not in _PUNCT and tokens[start].low not in lex.boundaries
    ):
        start -= 1
    # The clause runs to the next punctuation: the subject may follow an inverted verb.
    clause_end = cue_index
    while clause_end < len(tokens) and tokens[clause_end].text not in _PUNCT:
        clause_end += 1
    first = start + 1
    if (
        start >= 0
        and tokens[start].text == ","
        and first < clause_end
        and tokens[first].low in lex.finite_verbs
    ):
        # "Wer auch immer das freigegeben hat, hat es nicht gelesen."
        prev_start = start - 1
        while prev_start >= 0 and tokens[prev_start].text not in _PUNCT:
            prev_start -= 1
        if prev_start + 1 < start and tokens[prev_start + 1].low == "wer":
            return Agent.PERSON
    if (
        start > 0
        and tokens[start].text == ","
        and first + 1 < clause_end
        and tokens[first].low in _RELATIVE_DE
        and tokens[first + 1].text.islower()
        and (tokens[first + 1].low in lex.prepositions or tokens[first + 1].low in lex.determiners)
    ):
        # A relative clause ("…, der aus Versehen …") has the noun before the comma as subject.
        before = start - 1
        while before >= 0 and tokens[before].text not in _PUNCT:
            before -= 1
        antecedent = _np_start(tokens, start - 1, lex, before + 1)
        agent, _ = classify_forward(tokens, lex, extra, "de", antecedent, start, skip_objects=False)
        return agent
    if first < clause_end and tokens[first].low in lex.prepositions:
        # "Mit etwas mehr Sorgfalt hätte Tobias …": a fronted phrase, the subject follows
        # the finite verb.
        for k in range(first + 1, clause_end):
            if tokens[k].low in lex.finite_verbs:
                first = k + 1
                break
    # An infinitive clause ("…, Änderungen ohne Rückfrage zu machen") has no subject of
    # its own: it takes the one of the clause before it.
    infinitive = (
        start >= 0
        and tokens[start].text == ","
        and clause_end - 2 > start
        and tokens[clause_end - 2].low == "zu"
    )
    # "…, und Staging umgangen": a coordinated clause without a finite verb shares the
    # subject of the clause before it.
    elided = (
        start >= 0
        and tokens[start].low in lex.coordinators
        and not any(tokens[k].low in lex.finite_verbs for k in range(first, clause_end))
    )
    # "…, ignorierte die Warnungen, drückte …": a verb-first clause continues the one before.
    verb_first = (
        start >= 0
        and tokens[start].text == ","
        and opens_with_verb_de(tokens, first, clause_end, lex)
    )
    if not infinitive and not verb_first:
        agent, _ = classify_forward(tokens, lex, extra, "de", first, clause_end)
        # Without a verb of its own an "und" clause shares the subject before it, unless a
        # person stands in it ("Ein genervter und überarbeiteter Mitarbeiter zerlegt …").
        if agent is not Agent.NONE and (not elided or agent in (Agent.PERSON, Agent.TEAM)):
            return agent
    if verb_first:
        # After a fronted clause the subject follows the verb ("…, machte der Admin …").
        agent, _ = classify_forward(tokens, lex, extra, "de", first + 1, clause_end)
        if agent in (Agent.PERSON, Agent.TEAM):
            return agent
        return _subject_before_de(tokens, start, lex, extra)
    opener = tokens[start + 1].low if start + 1 < len(tokens) else ""
    boundary = tokens[start].low if start >= 0 else ""
    if start >= 0 and (
        infinitive
        or boundary in lex.coordinators
        or opener in ("ohne", "um", "statt", "anstatt")
        or (tokens[start].text == "," and opener in ("ohne", "um", "statt"))
    ):
        # "…, und schüttete …": the comma before the "und" does not end the search.
        joined = (
            tokens[start].low in ("und", "oder") and start > 0 and tokens[start - 1].text == ","
        )
        end = start - 1 if joined else start
        prev_start = end - 1
        while (
            prev_start >= 0
            and tokens[prev_start].text not in _PUNCT
            and (tokens[prev_start].low not in lex.boundaries)
        ):
            prev_start -= 1
        agent, _ = classify_forward(tokens, lex, extra, "de", prev_start + 1, end)
        return agent
    if start >= 0 and tokens[start].text == ",":
        # "Er hat seine Pflicht, den Rollout zu überwachen, vernachlässigt": step over an
        # embedded infinitive clause to the clause it interrupts.
        inner_end = start
        inner_start = inner_end - 1
        while inner_start >= 0 and tokens[inner_start].text not in _PUNCT:
            inner_start -= 1
        if inner_end - 2 > inner_start and tokens[inner_end - 2].low == "zu" and inner_start >= 0:
            outer_start = inner_start - 1
            while outer_start >= 0 and tokens[outer_start].text not in _PUNCT:
                outer_start -= 1
            agent, _ = classify_forward(tokens, lex, extra, "de", outer_start + 1, inner_start)
            return agent
    return Agent.NONE


def _subject_before_de(tokens: list[Token], comma: int, lex: Lexicon, extra: Extra) -> Agent:
    """The subject of the clause before ``comma``, going back over verb-first clauses."""
    end = comma
    for _ in range(6):
        begin = end - 1
        while (
            begin >= 0
            and tokens[begin].text not in _PUNCT
            and tokens[begin].low not in lex.boundaries
        ):
            begin -= 1
        if not (
            begin >= 0
            and tokens[begin].text == ","
            and opens_with_verb_de(tokens, begin + 1, end, lex)
        ):
            agent, _ = classify_forward(tokens, lex, extra, "de", begin + 1, end)
            return agent
        end = begin
    return Agent.NONE
