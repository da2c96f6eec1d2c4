"""English: subject before the verb, names capitalised, compounds written apart.

A small clause model for two shapes of real writing (issue 16): an "and" that joins noun
phrases rather than clauses ("… shut down a number of ISPs and their customers after
accidentally knocking out …": the doer is the subject before the "and"), and a clause whose
subject is left out because the writer or the reader is meant ("Errr... Merged a big PR
without a review?", "Deleted the wrong table, sorry."). Past tense is told by the verb's
form, so any verb counts, not only the verbs of a list.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pmdesk.lint._agents import (
    PUNCT,
    SIGHS,
    Agent,
    classify_forward,
    classify_token,
    lexical_class,
    noun_phrase_start,
)

if TYPE_CHECKING:
    from pmdesk.lint._agents import Extra, Token
    from pmdesk.lint._rules import Lexicon
    from pmdesk.lint.grammar import Grammar

__all__ = ["GRAMMAR"]

# Quantifiers that make "X of the Ys" a partitive subject whose head is the Ys.
_PARTITIVES = frozenset(
    {"one", "some", "several", "two", "three", "many", "few", "none", "each", "most", "any"}
    # Quantity nouns: "some level of management", "the rest of the team".
    | {"level", "levels", "part", "parts", "rest", "majority", "half", "number", "couple", "bunch"}
)
# Openers of chat lines that stand before an elided subject: "Errr...", "Oops,", "So".
_INTERJECTION = re.compile(
    r"^(?:e+r+m*|u+m+|u+h+|h+m+|o+ps|whoops|ugh|wow|so|well|ok|okay|yeah|lol|also|and|then|"
    r"today|yesterday|again|sorry)$"
)
# Relative pronouns that open a parenthetical clause after the subject.
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
# Words in -ing that are no participles.
_NOT_PARTICIPLES = frozenset(
    {"nothing", "something", "anything", "everything", "thing", "things", "during", "ring"}
    | {"morning", "evening", "string", "king", "ceiling", "spring", "wing", "sibling"}
)
# Verbs whose subject is a store of data, not a person ("Atlas contained inaccurate data").
_HOLDING_VERBS = frozenset({"contained", "contains"})
# Endings of abstract nouns ("testing", "communication", "management", "awareness").
_ABSTRACT_NOUN = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence)s?$")
# Punctuation that ends a clause inside a sentence.
_CLAUSE_MARKS = frozenset(";:()—–")


class English:
    """The English grammar (see pmdesk.lint.grammar.Grammar)."""

    lang: str = "en"
    pronoun_may_determine: bool = False
    skips_objects: bool = False
    names_end_phrase: bool = False
    open_compounds: bool = False
    comma_ends_clause: bool = False
    by_phrase_reach: int = 0

    def opening_adjective(self, tokens: list[Token], i: int, low: str) -> bool:
        return False  # adjectives are in lower case, and a sentence's first word is read as any

    def name_stands(
        self, tokens: list[Token], i: int, low: str, clause_start: int, lex: Lexicon
    ) -> bool:
        # A system named like a person holds data; a person does not: "Atlas contained
        # inaccurate data on asylum seekers, and failed to record …".
        if i + 1 < len(tokens) and tokens[i + 1].low in _HOLDING_VERBS:
            return False
        # Only names (and the words the lexicon knows) are capitalised, except at the start
        # of a sentence: there a word followed by the relative "that"/"which" is a common
        # noun ("Things that could have gone better"), as names take "who".
        if i not in (0, clause_start) or i + 1 >= len(tokens):
            return True
        following = tokens[i + 1]
        if following.low in ("that", "which"):
            return False
        # "Insufficient testing caused …", "Poor communication meant …": an adjective before
        # a lowercase abstract noun that heads the subject (the verb or another noun comes
        # next, not an object as after a participle: "Dana creating the PR misjudged …").
        # So does an adjective before a lowercase system noun: "Manual command likely caused
        # …", "Wrong config broke …" (a possessive is still a name: "Farah's change broke …",
        # and so is one before a verb that is also a noun: "Sean deploys it …").
        after = tokens[i + 2].low if i + 2 < len(tokens) else ""
        return not (
            following.text[:1].islower()
            and (
                _ABSTRACT_NOUN.search(following.low) is not None
                or (
                    not tokens[i].low.endswith(("'s", "’s"))
                    and not following.low.endswith("s")
                    and lexical_class(following.low, lex) == Agent.SYSTEM.value
                )
            )
            and after not in lex.determiners
            and after not in lex.prepositions
        )

    def subject_left(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        if _passive_patient(tokens, cue_index, lex):
            return Agent.NONE  # "tax payers were erroneously sent summonses": done to them
        phrase = _relative_clause_owner(tokens, cue_index, lex)
        if phrase is not None:
            # "The parts she ordered never arrived", "The company which was hired forgot to
            # call": the relative clause ends before the verb, whose subject is the phrase
            # the clause belongs to.
            agent, _ = classify_forward(tokens, lex, extra, self, *phrase)
            return agent
        i = cue_index - 1
        guard = 0
        first = True
        while i >= 0 and guard < 12:
            guard += 1
            while i >= 0 and tokens[i].low in lex.fillers:
                i -= 1
            if i < 0:
                return Agent.NONE
            tok = tokens[i]
            if (
                tok.low.endswith("ly")
                and (tok.text.islower() or tok.text.isupper())
                and i > 0
                and tokens[i - 1].low in lex.auxiliaries
            ):
                # "Bob has permanently deleted …", "The caterer had ROYALLY screwed up …": an
                # adverb after the auxiliary.
                i -= 1
                continue
            if tok.text == ",":
                found, i = self._before_comma(tokens, i, lex, extra)
                if found is not None:
                    return found
                first = False
                continue
            if tok.text == ")" and (opening := _opening_bracket(tokens, i)) >= 0:
                # A long aside in brackets before the verb ("the contractors, which were
                # working … (i.e. excavation …), managed to …"): step over it.
                i = opening - 1
                continue
            if tok.text in PUNCT:
                return Agent.NONE
            if tok.low in lex.boundaries:
                if tok.low == "that":
                    i -= 1
                    continue
                return self._at_boundary(tokens, i, lex, extra)
            found, i = self._noun_phrase_subject(tokens, i, lex, extra, first=first)
            if found is not None:
                return found
            # "a member of staff": the phrase before "of" is still the first.
            first = first and tokens[i + 1].low == "of"
        return Agent.NONE

    def _before_comma(
        self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra
    ) -> tuple[Agent | None, int]:
        """The part before the comma at ``i``: its agent, or None and where to go on."""
        if (
            i > 0
            and tokens[i - 1].text == ")"
            and (bracket := _opening_bracket(tokens, i - 1)) >= 0
        ):
            # An aside in brackets right before the comma: read on from where it opens.
            return self._before_comma(tokens, bracket, lex, extra)
        opening = i - 1
        while opening >= 0 and i - opening <= 16 and tokens[opening].text not in PUNCT:
            opening -= 1
        if opening >= 1 and tokens[opening].text == "," and tokens[opening + 1].low in _RELATIVES:
            # A parenthetical relative clause, whatever words it holds ("Dana, who was on
            # call that night, forgot …"): the subject stands before it, a person if "who"
            # refers to it ("McDonagh, who uses … to plug his company, did not return …").
            if tokens[opening + 1].low in ("who", "whom"):
                return self._who_antecedent(tokens, opening - 1, lex, extra), opening - 1
            return None, opening - 1
        j = i - 1
        while j >= 0 and tokens[j].text not in PUNCT and tokens[j].low not in lex.boundaries:
            j -= 1
        part_start = j + 1
        if j >= 1 and tokens[j].low in _RELATIVES and tokens[j - 1].text == ",":
            # A parenthetical relative clause ("Dana, who was on call, should have …"):
            # the subject stands before it.
            return None, j - 2
        if part_start < i and tokens[part_start].low in ("who", "whom"):
            return Agent.PERSON, i
        if part_start < i and tokens[part_start].low == "which":
            return _which(tokens, part_start, lex), i
        agent, _ = classify_forward(tokens, lex, extra, self, part_start, i)
        if agent is not Agent.NONE and (j < 0 or tokens[j].text == ","):
            return agent, i
        if j < 0 or tokens[j].text != ",":
            # A fronted phrase ("After the restart,") directly before the verb: no subject.
            return agent, i
        return None, j - 1

    def _who_antecedent(self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra) -> Agent:
        """The noun phrase ending at ``i`` that a "who" after it refers to: what the lexicon
        knows it as, or else a person (a name it does not know)."""
        found, _ = self._noun_phrase_subject(tokens, i, lex, extra, first=True)
        return found if found not in (None, Agent.NONE, Agent.SYSTEM) else Agent.PERSON

    def _at_boundary(self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra) -> Agent:
        """The subject when a clause boundary word stands before the verb group."""
        low = tokens[i].low
        if low in ("who", "whom"):
            return Agent.PERSON
        if low == "which":
            return _which(tokens, i, lex)
        if low not in lex.coordinators:
            return Agent.NONE
        # "…, but apparently took down …": the comma before it does not end the search.
        end = i - 1 if i > 0 and tokens[i - 1].text == "," else i
        for _ in range(3):
            start = end - 1
            while (
                start >= 0
                and tokens[start].text not in PUNCT
                and (
                    tokens[start].low not in lex.boundaries or tokens[start].low in lex.coordinators
                )
            ):
                start -= 1
            if (
                start >= 0
                and tokens[start].text == ","
                and start + 1 < end
                and _is_past_verb(tokens[start + 1].low, lex)
            ):
                # "She went home, accessed the network remotely and deleted …": a verb phrase
                # after the comma has no subject of its own; its object ("the network") is
                # none either. The subject stands before the comma.
                end = start
                continue
            head = _relative_head(tokens, start, end, lex)
            if head is not None:
                # "The die that they ordered was coarse and did nothing …": the verb after
                # "and" shares the subject the relative clause belongs to, not the clause's own.
                agent, _ = classify_forward(tokens, lex, extra, self, head, start)
                return agent
            start = _after_subordinate(tokens, start, end, lex)
            agent, _ = classify_forward(tokens, lex, extra, self, start + 1, end)
            if agent is Agent.NONE and start > 0 and tokens[start].low in ("who", "whom"):
                # "The staff member who received the complaint mixed up the two users, and
                # ended up deleting …": the clause after "and" shares the "who"'s person.
                return Agent.PERSON
            if agent is Agent.NONE and start > 0 and tokens[start].low == "that":
                # "The engineer … did not require that flagging be provided and thus did not
                # fulfill …": a that-clause with no one in it is an object; the verb after
                # "and" shares the subject of the clause the that-clause belongs to.
                end = start
                continue
            if agent is not Agent.NONE or start < 0 or tokens[start].text != ",":
                return agent
            # "They had watched it fail, day after day, and had only bothered …": a phrase
            # between commas has no subject; the one before it does.
            end = start
        return Agent.NONE

    def _noun_phrase_subject(
        self, tokens: list[Token], i: int, lex: Lexicon, extra: Extra, *, first: bool = False
    ) -> tuple[Agent | None, int]:
        """The noun phrase ending at ``i``: its agent, or None and where to go on. ``first``:
        the phrase stands right before the verb group."""
        agent, _possessive = classify_token(tokens, i, lex, extra, self, 0)
        np_start = noun_phrase_start(tokens, i, lex, 0)
        if agent is Agent.NONE:
            for k in range(i - 1, np_start - 1, -1):
                if k == np_start and tokens[k].low in _OWNER_DETERMINERS:
                    # "her wedding dress failed to arrive": whose it is does not make a
                    # thing the lexicon does not know a person.
                    break
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
        verb = np_start - 1
        if verb >= 1 and tokens[verb].low in _PARTICLES and _participle(tokens[verb - 1], lex):
            verb -= 1  # "The worker carrying out the inspection was not monitoring …"
        if verb >= 1 and _participle(tokens[verb], lex):
            # The object of a participle phrase after the subject ("The developer creating
            # the pull request misjudged …"): a person before the participle is the subject.
            before, _ = self._noun_phrase_subject(tokens, verb - 1, lex, extra)
            if before in (Agent.PERSON, Agent.TEAM):
                return before, i
        if verb >= 2 and tokens[verb - 1].low in ("who", "that") and _past_verb(tokens[verb], lex):
            # The object of a relative clause without commas ("The employee who sent the
            # information was inexperienced"): a person before the pronoun is the subject.
            before, _ = self._noun_phrase_subject(tokens, verb - 2, lex, extra)
            if before in (Agent.PERSON, Agent.TEAM):
                return before, i
        # "It looks like Dana forgot …": "like" after such a verb opens a clause.
        like = np_start >= 2 and tokens[np_start - 1].low == "like"
        if like and tokens[np_start - 2].low in _HEDGING_VERBS:
            return agent, i
        if (
            np_start >= 2
            and tokens[np_start - 1].low == "who"
            and _is_past_verb(tokens[i].low, lex)
        ):
            # The verb of a relative clause whose object was a prepositional phrase ("The
            # person who sat at the desk didn't bother …"): the subject is before "who".
            before, _ = self._noun_phrase_subject(tokens, np_start - 2, lex, extra)
            if before in (Agent.PERSON, Agent.TEAM):
                return before, i
        if agent is Agent.PERSON and tokens[i].low in _SUBJECT_PRONOUNS:
            return agent, i  # "At some point he committed …": no phrase goes on past "he"
        if np_start - 1 >= 0 and tokens[np_start - 1].low in lex.prepositions:
            if (
                first
                and tokens[np_start - 1].low in _CLAUSE_PREPOSITIONS
                and (agent in _HUMAN or tokens[np_start].low in lex.determiners)
            ):
                # The noun phrase right before the verb after "after" is its subject: "…
                # after a member of staff accidentally emailed …" ("after" opens a clause),
                # and "… after her wedding dress failed to arrive": a thing.
                return agent, i
            if first and agent in _HUMAN and _time_then_noun(tokens, np_start, i):
                # "On Monday construction workers cut …": the preposition takes the time only.
                return agent, i
            # Inside a prepositional phrase ("the engineer on the payments team"): go on.
            return None, np_start - 2
        if agent is Agent.SYSTEM and tokens[i].low not in _STANDING_SYSTEMS:
            # "Kevin's change broke prod": the owner's act; but "the supplier's monitoring did
            # not alert them" is about a standing system, not its owner.
            for k in range(i - 1, np_start - 1, -1):
                owner, owner_possessive = classify_token(tokens, k, lex, extra, self, 0)
                if owner_possessive and owner in (Agent.PERSON, Agent.TEAM):
                    return owner, i
        return agent, i

    def clause_subject(
        self, tokens: list[Token], cue_index: int, clause_start: int, lex: Lexicon, extra: Extra
    ) -> Agent | None:
        if _passive_patient(tokens, cue_index, lex):
            return Agent.NONE
        if cue_index >= 2 and tokens[cue_index - 1].low in ("that", "which"):
            # A relative clause whose verb follows its pronoun: the noun before it is the
            # subject ("Salesforce deployed a database script that inadvertently applied …").
            noun_start = noun_phrase_start(tokens, cue_index - 2, lex, clause_start)
            agent, _ = classify_forward(tokens, lex, extra, self, noun_start, cue_index - 1)
            if agent is not Agent.NONE:
                return agent
        start = _noun_coordination_start(tokens, clause_start, cue_index, lex)
        if start > 0 and tokens[start - 1].low in ("who", "whom"):
            return Agent.PERSON  # "Benji, who had been warned twice, …"
        if start > 0 and tokens[start - 1].low == "which":
            return _which(tokens, start - 1, lex)
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
        elif tokens[start].low in lex.prepositions:
            fronted = self._subject_after_fronted_phrase(tokens, start, cue_index, lex, extra)
            if fronted is not None:
                return fronted
        if self.leaves_out_person(tokens, start, cue_index, lex):
            return Agent.PERSON  # "Merged a big PR without a review?"
        agent, _ = classify_forward(tokens, lex, extra, self, start, cue_index)
        if agent is not Agent.NONE and _crowd_before_verb(tokens, start, cue_index, lex):
            # "Many users sought help in Discord or GitHub without reading …": the subject is
            # the crowd before the verb, not a name in the phrase after it.
            return Agent.NONE
        return agent

    def _subject_after_fronted_phrase(
        self, tokens: list[Token], start: int, cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent | None:
        """A clause that opens with a prepositional phrase and no comma: the subject is the
        noun phrase right before the verb ("During the migration Dave inadvertently deleted
        …", "Along with some new features the update inadvertently introduced a bug"). None
        when the phrase after the preposition is all there is."""
        head = cue_index - 1
        while head > start and (
            tokens[head].low in lex.fillers
            or tokens[head].low in lex.auxiliaries
            or tokens[head].low in lex.negators
            or (tokens[head].low.endswith("ly") and tokens[head].text.islower())
        ):
            head -= 1
        first = head
        while first > start + 1:
            if tokens[first].low in lex.determiners or tokens[first - 1].low in lex.prepositions:
                break
            if tokens[first].text[:1].isupper() and tokens[first - 1].text.islower():
                break  # a name after the phrase's lowercase noun: "the migration Dave"
            first -= 1
        if first <= start + 1 or tokens[first].text in PUNCT:
            return None
        agent, _ = classify_forward(tokens, lex, extra, self, first, head + 1)
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
        if _subordinate_with_own_subject(tokens, cue_index, lex):
            # "When things broke, Dana paged": "things" broke, not the person after the comma.
            return Agent.NONE
        if _passive_patient(tokens, cue_index, lex):
            # "The plan was accidentally erased on Monday, August 5th, a week before …": a
            # passive with no by-phrase names no doer, after its comma either.
            return Agent.NONE
        j = cue_index
        while j < len(tokens) and tokens[j].text != ",":
            j += 1
        if (
            j + 1 < len(tokens)
            and tokens[j + 1].text.islower()
            and tokens[j + 1].low.endswith("ing")
        ):
            # "The wood broke, causing him to fall": a participle clause after the comma has no
            # subject to lend; its object ("him") is the one who came to harm.
            return Agent.NONE
        agent, _ = classify_forward(tokens, lex, extra, self, j + 1)
        return agent

    def leaves_out_person(
        self, tokens: list[Token], start: int, cue_index: int, lex: Lexicon
    ) -> bool:
        # In chat and review threads a sentence may open with a verb in the past and no
        # subject. The verb must take an object or a particle next, else it is a participle
        # before a noun ("Scheduled jobs ran …").
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
            # After a sigh the verb goes on in lowercase: "Oops... forgot the tests."
            (verb.text[:1].isupper() or (first > 0 and tokens[0].low in SIGHS))
            and _is_past_verb(verb.low, lex)
            and (
                after in lex.determiners
                or after in lex.system_pronouns
                or after in lex.object_starts
            )
        )

    def negation_end(self, tokens: list[Token], cue_index: int, match_end: int) -> int:
        return cue_index  # the negation stands before the verb it negates


def _determined_phrase_start(tokens: list[Token], last: int, lex: Lexicon) -> int | None:
    """Where the noun phrase ending at ``last`` starts, if a determiner or a possessive opens
    it ("the wedding dress", "her new laptop"); None otherwise."""
    head = noun_phrase_start(tokens, last, lex, 0)
    return head if head <= last and tokens[head].low in lex.determiners else None


# Pronouns that open a relative clause without "that" ("the dress she ordered").
_RELATIVE_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})


def _relative_clause_owner(tokens: list[Token], cue: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase (start, end) that a relative clause right before the cue belongs to,
    found in one walk back to the clause's start: a clause without "that" opened by a pronoun a
    few words back ("the dress she ordered online didn't arrive"), or one opened by "which"
    with its own verb ("The company which was hired forgot …"). None otherwise: the nearest
    pronoun is the cue's own subject ("The day she started, she forgot …"), or "which" is ("The
    company which forgot …")."""
    k = cue - 1
    pronoun_seen = False
    while k > 0 and tokens[k].text not in PUNCT and tokens[k].low not in lex.boundaries:
        if not pronoun_seen and k >= cue - 5 and tokens[k].low in _RELATIVE_SUBJECTS:
            pronoun_seen = True
            head = _contact_relative_head(tokens, k, cue, lex)
            if head is not None:
                return head, k
        k -= 1
    if k < 1 or tokens[k].low != "which" or tokens[k - 1].text in PUNCT:
        return None
    if not any(_is_past_verb(tokens[m].low, lex) for m in range(k + 1, cue)):
        return None
    head = _determined_phrase_start(tokens, k - 1, lex)
    return None if head is None else (head, k)


def _contact_relative_head(tokens: list[Token], i: int, cue: int, lex: Lexicon) -> int | None:
    """Where the subject starts when the pronoun at ``i`` opens a relative clause without
    "that" inside it: "The wedding dress she ordered online didn't arrive", where a noun
    phrase with a determiner stands right before the pronoun and a past verb right after it.
    None otherwise ("After the outage she forgot …": the pronoun's own verb is the cue)."""
    if i >= cue - 1:
        return None
    before, after = tokens[i - 1], tokens[i + 1]
    if not (before.text.isalpha() and before.text.islower()) or not _is_past_verb(after.low, lex):
        return None
    if (
        _is_past_verb(before.low, lex)
        or before.low in lex.auxiliaries
        or before.low in lex.boundaries
        or before.low in lex.prepositions
    ):
        return None  # "… was told she ordered …", "… ago that they kept …": no noun before it
    head = _determined_phrase_start(tokens, i - 1, lex)
    if head is None:
        return None
    if head > 0 and tokens[head - 1].low in lex.prepositions:
        return None  # "On the morning of the accident he felt able to ignore …": no subject
    return head


# Finite verbs of a main clause that may follow a relative clause inside the subject.
_MAIN_CLAUSE_VERBS = frozenset({"was", "were", "is", "are", "has", "had", "have"})
# Nouns whose "that" opens what they say, not a relative clause ("the fact that …").
_CONTENT_NOUNS = frozenset(
    {"fact", "idea", "news", "claim", "notion", "belief", "hope", "fear", "sense", "assumption",
     "impression", "suggestion", "possibility", "chance", "risk", "evidence", "sign", "proof"}
)  # fmt: skip


def _relative_head(tokens: list[Token], that: int, end: int, lex: Lexicon) -> int | None:
    """Where the subject starts when ``that`` opens a relative clause inside it: a determiner
    opens the phrase before "that" ("The die that they ordered …"), and a verb of the main
    clause follows the relative clause ("… was coarse and did nothing"). None otherwise, as
    for "said that they were late and did nothing", where "that" opens an object clause."""
    if that < 1 or tokens[that].low != "that" or tokens[that - 1].text in PUNCT:
        return None
    before = tokens[that - 1].low
    if before in _CONTENT_NOUNS or _is_past_verb(before, lex) or before in lex.auxiliaries:
        return None  # "the fact that …", "assumed that …": "that" opens what is said
    head = _determined_phrase_start(tokens, that - 1, lex)
    if head is None:
        return None
    # The relative clause has a verb of its own before the main clause's verb: "that they
    # ordered was", "that broke was" (not "the switch that … was feeding": one verb only).
    main = next((k for k in range(that + 2, end) if tokens[k].low in _MAIN_CLAUSE_VERBS), None)
    if main is None or not any(_is_past_verb(tokens[k].low, lex) for k in range(that + 1, main)):
        return None
    return head


# Pronouns that are a subject and nothing else: no noun phrase runs on to the left of them.
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "someone", "somebody"})

# Possessive determiners of another: they open a noun phrase and name its owner.
_OWNER_DETERMINERS = frozenset({"his", "her", "their", "your"})

# Verbs after which "like" opens a clause with its own subject, not a prepositional phrase.
_HEDGING_VERBS = frozenset(
    {"looks", "looked", "seems", "seemed", "sounds", "sounded", "appears", "appeared",
     "feels", "felt"}
)  # fmt: skip
# Prepositions that also open a clause; the noun phrase after one, right before the verb, is
# that clause's subject.
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "until", "till", "since"})
# Words that name a time and end a prepositional phrase without a comma ("On Monday …").
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "morning", "afternoon", "evening", "night", "weekend", "noon",
     "midnight", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
     "aug", "sep", "sept", "oct", "nov", "dec", "utc", "gmt", "am", "pm"}
)  # fmt: skip


def _time_then_noun(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` hold a time ("Monday", "2019", "10am")
    followed by the words of another noun phrase ("construction workers")."""
    last_time = -1
    for k in range(start, end):
        low = tokens[k].low
        if low in _TIME_WORDS or low[:1].isdigit():
            last_time = k
    return last_time >= 0 and tokens[end].low not in _TIME_WORDS


_HUMAN = (Agent.PERSON, Agent.TEAM)
_NOUN_PHRASE_PREPOSITIONS = frozenset({"of", "in", "on", "for", "from", "at", "with"})


# Systems that run on their own, owned by someone: a failure of theirs is no act of the owner.
_STANDING_SYSTEMS = frozenset(
    {"monitoring", "alerting", "alerts", "alarm", "alarms", "system", "systems", "server",
     "servers", "network", "infrastructure", "platform", "firewall", "backups", "backup",
     "datacenter", "datacentre", "hardware", "storage", "disks", "disk", "power", "ups",
     "failover", "failovers", "fail-over", "redundancy", "generator", "generators", "cooling",
     "router", "routers", "algorithm", "algorithms"}
)  # fmt: skip


def _opening_bracket(tokens: list[Token], close: int) -> int:
    """Where the bracket closed at ``close`` opens, or -1 (no bracket, or nested ones)."""
    k = close - 1
    while k >= 0 and tokens[k].text not in "()":
        k -= 1
    return k if k >= 0 and tokens[k].text == "(" else -1


def _crowd_before_verb(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether the clause opens with a crowd ("Many users", "people") right before its
    verb: then no one named later in the clause is its subject."""
    k = start
    if k < end and tokens[k].low in lex.crowd_sizes:
        k += 1
    if not (k < end and tokens[k].low in lex.crowd_nouns):
        return False
    verb = k + 1
    while verb < end and tokens[verb].low in lex.fillers:
        verb += 1
    return verb < end and (
        _is_past_verb(tokens[verb].low, lex) or tokens[verb].low in lex.irregular_verbs
    )


def _subordinate_with_own_subject(tokens: list[Token], cue_index: int, lex: Lexicon) -> bool:
    """Whether the cue's clause opens with a subordinator and a lowercase noun phrase as its
    subject ("when things broke", "because the pods restarted"): that clause has a subject,
    so the one after a later comma is not the cue's."""
    head = cue_index - 1
    if head < 1 or not tokens[head].text[:1].islower() or tokens[head].low in lex.boundaries:
        return False
    start = noun_phrase_start(tokens, head, lex, 0)
    # "since the validation of the block did not check …": a noun with its "of" phrase.
    for _ in range(2):
        if start >= 2 and tokens[start - 1].low in _NOUN_PHRASE_PREPOSITIONS:
            start = noun_phrase_start(tokens, start - 2, lex, 0)
    opener = tokens[start - 1].low if start >= 1 else ""
    return (
        opener in lex.boundaries
        and opener not in lex.coordinators
        and opener not in _RELATIVES
        and opener != "that"
        and all(tok.text[:1].islower() for tok in tokens[start:cue_index])
    )


_PARTICLES = frozenset({"out", "up", "down", "off", "over", "in", "on", "back"})


_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be", "got", "get", "gets"})
_IRREGULAR_PARTICIPLES = frozenset(
    {"given", "sent", "taken", "shown", "told", "made", "put", "set", "left", "paid", "sold",
     "brought", "kept", "held", "locked", "thrown", "forgotten"}
)  # fmt: skip


def _which(tokens: list[Token], i: int, lex: Lexicon) -> Agent:
    """What "which" at ``i`` stands for: an organisation named right before its comma ("The
    council, which forgot to renew the certificate, …", "HMRC, which has not covered itself
    in glory, …"), or else a thing."""
    if (
        i >= 2
        and tokens[i - 1].text == ","
        and lexical_class(tokens[i - 2].low, lex) == Agent.TEAM.value
    ):
        return Agent.TEAM
    return Agent.SYSTEM


def _passive_patient(tokens: list[Token], cue_index: int, lex: Lexicon) -> bool:
    """Whether the cue is an adverb and participle of a passive with no by-phrase ("…
    were erroneously sent court summonses"): its subject is who it was done to."""
    verb = cue_index + 1
    if not (tokens[cue_index].low.endswith("ly") and verb < len(tokens)):
        return False
    low = tokens[verb].low
    if not (low in _IRREGULAR_PARTICIPLES or _is_past_verb(low, lex)):
        return False
    if cue_index == 0 or tokens[cue_index - 1].low not in _BE_FORMS:
        return False
    end = verb + 1
    while end < len(tokens) and tokens[end].text not in PUNCT and tokens[end].low != "by":
        end += 1
    return end >= len(tokens) or tokens[end].low != "by"


def _past_verb(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` looks like a verb in the past ("sent", "approved")."""
    low = token.low
    return token.text.islower() and (
        low in lex.irregular_verbs or (len(low) > 3 and low.endswith("ed"))
    )


def _participle(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a present participle that opens a phrase ("creating")."""
    low = token.low
    return (
        len(low) > 5
        and low.endswith("ing")
        and low not in _NOT_PARTICIPLES
        and low not in lex.prepositions
        and low not in lex.boundaries
        and token.text.islower()
    )


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


def _is_past_verb(low: str, lex: Lexicon) -> bool:
    """Whether a lowercase word reads as a simple past or past participle ("flipped")."""
    if low in lex.irregular_pasts:
        return True
    return (
        len(low) > 4 and low.endswith("ed") and not low.endswith("eed") and low not in lex.not_pasts
    )


def _has_verb(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    return any(
        _is_past_verb(tok.low, lex)
        or tok.low in lex.auxiliaries
        or tok.low.endswith(("n't", "n’t"))
        for tok in tokens[start:end]
    )


def _noun_coordination_start(tokens: list[Token], start: int, cue_index: int, lex: Lexicon) -> int:
    """Where the clause around a cue really starts when ``start`` follows an "and" or "or"
    that joins noun phrases: the words between it and the cue hold no verb ("ISPs and their
    customers across the country after accidentally knocking …"). Else ``start``."""
    while (
        start > 0
        and start < cue_index
        and tokens[start - 1].low in ("and", "or")
        and not _has_verb(tokens, start, cue_index, lex)
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


def _after_subordinate(tokens: list[Token], start: int, end: int, lex: Lexicon) -> int:
    """Where the clause before a coordinator starts when "after" or "before" opens it with a
    subject of its own: in "Fans were left furious after the website crashed and wrongly
    advertised sold seats" the verb after "and" shares the website, not the fans."""
    if end < 1 or not _is_past_verb(tokens[end - 1].low, lex):
        return start  # "Dana left after the meeting and forgot …": no clause of its own
    for k in range(end - 3, start, -1):
        if tokens[k].low in ("after", "before") and tokens[k + 1].low in lex.determiners:
            return k
    return start


GRAMMAR: Grammar = English()
