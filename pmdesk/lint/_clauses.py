"""Reading the clause around a cue: where it starts, who does it, whether it is negated,
whether a clause explains it, who the agent of a passive is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pmdesk.lint._agents import (
    PUNCT,
    SIGHS,
    Agent,
    Extra,
    Token,
    classify_forward,
    classify_token,
    is_negation,
    known_form,
    lexical_class,
    plural_antecedent,
    tokenize,
)
from pmdesk.lint._rules import LanguagePack, Rule
from pmdesk.lint.grammar import grammar_for

__all__ = ["ClauseReader", "token_at"]

# Endings of regular finite verbs (and gerunds) in either language: "ed", "te", "ing".
_VERB_ENDINGS = ("ed", "te", "ten", "ing")
_OBJECT_PRONOUNS = frozenset({"them", "him", "me", "us", "ihn", "ihm", "ihnen"})
_AFTER_AN_OBJECT = frozenset(
    {"already", "again", "earlier", "before", "sooner", "too", "either", "yet", "then", "now",
     "first", "in", "on", "at", "for", "to", "about", "from", "with", "up", "out", "back",
     "off", "down", "over", "and", "but", "schon", "bereits", "früher", "rechtzeitig", "nicht"}
)  # fmt: skip


# Words after which "that" opens a clause of its own, with its own subject ("The most likely
# answer is that somebody merged without running the tests"); elsewhere "that" may be a
# relative pronoun ("the engineer that merged …") and the clause goes on.
_CONTENT_CLAUSE_HEADS = frozenset(
    {
        "is", "was", "are", "were", "be", "been", "think", "thought", "believe", "believed",
        "said", "says", "say", "found", "find", "finds", "noticed", "realised", "realized",
        "seems", "seemed", "appears", "appeared", "out", "likely", "clear", "obvious",
        "apparent", "possible", "probable", "sure", "true", "evident", "suspect", "suspected",
        "guess", "bet", "means", "meant", "shows", "showed", "revealed", "reveals", "suggests",
        "suggested", "seeing", "hope", "fear", "reveal", "show", "confirm", "confirmed",
        "confirms", "report", "reported", "reports", "claim", "claimed", "claims", "learned",
        "learnt", "discovered", "admit", "admitted", "admits",
    }
)  # fmt: skip


# Where the harm an act led to begins: a cause named after it is the harm's, not the act's.
_CONSEQUENCE = re.compile(
    r",?\s*(?:which|that|and)\s+(?:then\s+|in\s+turn\s+)?(?:resulted|led|caused|meant|triggered)\b"
    r"|\b(?:resulting|leading|causing)\s+(?:in|to)?\b",
    re.IGNORECASE,
)

# Words that make "our team" another party: "our out-sourced operations team".
_HIRED = frozenset(
    {"outsourced", "out-sourced", "external", "contracted", "offshore", "third-party"}
)


# Demonstratives point at something named before: as a subject's determiner ("That caching …")
# and before a label, which then names someone else ("für diesen Vollpfosten"), even in a
# sentence the writer opens ("Heute morgen war ich für diesen Vollpfosten froh, …").
DEMONSTRATIVES = frozenset(
    {"this", "that", "these", "those", "dieser", "diesen", "diesem", "dieses", "diese",
     "jener", "jenen", "jenem", "jenes", "jene"}
)  # fmt: skip


# Words whose negation says nothing against what follows them: "It didn't matter that the DJ
# screwed up", "I'm not surprised that …". "matter" asserts only before "that" ("It doesn't
# matter if he broke it" does not say he did); the others assert either way ("No wonder the
# company is in trouble"). German needs none of this: "dass" opens a clause of its own.
_FACTIVE_BEFORE_THAT = frozenset({"fact", "tatsache", "matter", "matters", "mattered"})
_FACTIVE = frozenset({"secret", "wonder", "surprise", "surprises", "surprised", "surprising"})
_CANNOT = frozenset({"can't", "can’t", "cannot", "couldn't", "couldn’t"})


def _fact_between(tokens: list[Token], negator: int, cue: int) -> bool:
    """Whether the negation belongs to a frame that asserts what follows it: "the fact that"
    ("die Tatsache, dass"), "no matter how often we tell them", "couldn't believe they forgot",
    "not surprised that", whatever the clause before says of it."""
    low = tokens[negator].low
    nxt = tokens[negator + 1].low if negator + 1 < cue else ""
    if (low, nxt) == ("no", "matter") or (low in _CANNOT and nxt == "believe"):
        return True
    for j in range(negator + 1, cue - 1):
        word = tokens[j].low
        if word in _FACTIVE and j <= negator + 3:
            return True
        if word in _FACTIVE_BEFORE_THAT:
            after = tokens[j + 2].low if tokens[j + 1].text == "," else tokens[j + 1].low
            if after in ("that", "dass"):
                return True
    return False


# "it became apparent": what came to be known is no condition that explains a failure to act
# on it; it makes the failure plainer.
_LIGHT_VERBS = frozenset({"became", "become", "was", "had", "has", "is"})
_KNOWN = frozenset({"apparent", "clear", "obvious", "known", "evident", "plain"})


def _came_to_light(tokens: Sequence[Token], index: int, stop: int) -> bool:
    words = [tok.low for tok in tokens[index:stop]]
    return (
        len(words) >= 3
        and words[0] == "it"
        and words[1] in _LIGHT_VERBS
        and (words[2] in _KNOWN or (len(words) > 3 and words[2] == "become" and words[3] in _KNOWN))
    )


# The words that open a relative clause whose object the writer speaks of ("that I saw").
_OBJECT_RELATIVES = frozenset({"that", "who", "whom"})


class ClauseReader:
    """Reads clauses with one language pack, its grammar and the participants."""

    def __init__(self, pack: LanguagePack, extra: Extra) -> None:
        self.pack = pack
        self.lex = pack.lexicon
        self.extra = extra
        self.grammar = grammar_for(pack.lang)
        # The agent of each match, per sentence: rules that share a pattern ask once.
        self.agents: dict[tuple[str, int, str], Agent] = {}

    def clause_start(self, tokens: list[Token], cue_index: int) -> int:
        comma_ends_clause = self.grammar.comma_ends_clause
        i = cue_index - 1
        while i >= 0:
            tok = tokens[i]
            if tok.text in ";:()—–" or (
                tok.low in self.lex.boundaries
                and (tok.low != "that" or (i > 0 and tokens[i - 1].low in _CONTENT_CLAUSE_HEADS))
            ):
                return i + 1
            if tok.text == "," and comma_ends_clause:
                return i + 1
            i -= 1
        return 0

    def agent(self, rule: Rule, match: re.Match[str], tokens: list[Token], cue_index: int) -> Agent:
        key = (match.re.pattern, match.start(), rule.subject)
        agent = self.agents.get(key)
        if agent is None:
            agent = self.agents[key] = self._find_agent(rule, match, tokens, cue_index)
        return agent

    def _find_agent(
        self, rule: Rule, match: re.Match[str], tokens: list[Token], cue_index: int
    ) -> Agent:
        if "agent" in match.re.groupindex and match.group("agent"):
            return self._marked_agent(match, tokens)
        lex, extra, grammar = self.lex, self.extra, self.grammar
        if rule.subject == "clause":
            start = self.clause_start(tokens, cue_index)
            found = grammar.clause_subject(tokens, cue_index, start, lex, extra)
            if found is not None:
                return found
        agent = grammar.subject_left(tokens, cue_index, lex, extra)
        if agent is not Agent.PERSON:
            start = self.clause_start(tokens, cue_index)
            if start < cue_index and tokens[start].low in lex.free_relatives:
                return Agent.PERSON  # "Whoever approved this PR clearly didn't look at it."
        if agent is Agent.NONE:
            before = cue_index - 1
            while before >= 0 and tokens[before].low in lex.fillers:
                before -= 1
            if before >= 0 and tokens[before].low in lex.system_pronouns:
                # "This should have contained any fallout, and we …": the pronoun is the
                # subject, so no subject after a comma is borrowed.
                return Agent.NONE
            start = self.clause_start(tokens, cue_index)
            if (
                start < cue_index - 1
                and tokens[start].low in DEMONSTRATIVES
                and not any(tokens[k].text in PUNCT for k in range(start, cue_index))
            ):
                # A thing pointed back to before the verb is its subject, though the lexicon
                # does not know it ("That caching introduced the bug, and …"): no subject is
                # borrowed from after the comma.
                return Agent.NONE
            # Fronted phrase: "Instead of investigating the alert, Nora silenced it."
            agent = grammar.fronted_subject(tokens, cue_index, lex, extra)
            if agent is Agent.NONE and grammar.leaves_out_person(tokens, 0, cue_index, lex):
                return Agent.PERSON  # "Forgot to renew the certificate again."
        return agent

    def _marked_agent(self, match: re.Match[str], tokens: list[Token]) -> Agent:
        """The agent in the span the rule's pattern marked as its ``agent`` group."""
        first, last = agent_tokens(tokens, *match.span("agent"), self.lex.prepositions)
        agent, _ = classify_forward(
            tokens, self.lex, self.extra, self.grammar, first, last, skip_objects=False
        )
        if (
            agent is Agent.TEAM
            and first + 1 < last
            and tokens[first].low in ("one", "einer", "eine", "einem", "einen")
            and tokens[first + 1].low in ("of", "der", "des")
        ):
            return Agent.PERSON  # "one of the trust's administration team": a member of it
        return agent

    def negated(self, tokens: list[Token], cue_index: int, match: re.Match[str]) -> bool:
        start = self.clause_start(tokens, cue_index)
        end = self.grammar.negation_end(tokens, cue_index, match.end())
        negators = self.lex.negators
        if (
            start > 0
            and tokens[start].low == "noch"
            and any(token.low == "weder" for token in tokens[:start])
        ):
            return True  # "… weder fachliche Fehler, noch leichtsinniges Verhalten …"
        if (
            start > 0
            and tokens[start - 1].low == "nor"
            and tokens[start].low in self.lex.auxiliaries
        ):
            # "… is not to blame for these suspensions nor is it in violation …": "nor" with
            # the verb before its subject negates the clause it opens.
            return True
        for k in range(start, end):
            tok = tokens[k]
            if len(tok.low) == 1 and _letter_spaced(tokens, k) in negators:
                return True  # "K e i n e Fehlbedienung": a word stressed by spacing its letters
            if is_negation(tok.low, self.lex):
                nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
                if nxt.endswith("ing") and tok.low in ("not", "never"):
                    continue  # "Not checking the lag was a rookie move": negates a gerund
                if (tok.low, nxt) in (("nicht", "nur"), ("not", "only"), ("not", "just")):
                    continue  # "Nicht nur beim Wahlergebnis irrte das Bundesamt …": it adds
                if (
                    tok.low in ("not", "nicht")
                    and nxt in _ASIDE_PRONOUNS
                    and k + 2 < len(tokens)
                    and tokens[k + 2].text == ","
                ):
                    continue  # "someone, not me, mistakenly deleted …": an aside, no negation
                if tok.start >= match.start() and tok.end <= match.end():
                    continue
                if _fact_between(tokens, k, cue_index):
                    continue  # "It doesn't change the fact that their QA team wasn't up to …"
                return True
        return False

    def rescued(self, masked: str, match: re.Match[str], tokens: list[Token]) -> bool:
        """Whether a clause in the sentence explains the action (local rationality)."""
        pack = self.pack
        if pack.local_rationality is not None and pack.local_rationality.search(
            masked, match.end()
        ):
            return True
        if pack.rescue is None:
            return False
        candidates = list(pack.rescue.finditer(masked, match.end()))
        consequence = _CONSEQUENCE.search(masked, match.end())
        if consequence is not None:
            # "…, which resulted in loss of engine power due to fuel exhaustion": a cause
            # named in the harm that followed explains nothing about the act.
            candidates = [found for found in candidates if found.start() < consequence.start()]
        head = pack.rescue.match(masked.lstrip(" -*0123456789:"))
        if head is not None and head.group().lower() in self.lex.connectives:
            head = None  # "However, …" opens the sentence, not a clause that explains
        comma = masked.find(",")
        if head is not None and match.start() > comma:
            word = head.group().lower()
            if comma == -1 and (word in self.lex.concurrent or word in self.lex.weak_rescue):
                # A clause these words open ends at its comma; without one they open a
                # phrase ("Während des Einsatzes missachteten mehrere Autofahrer …").
                head = None
            elif self._in_later_relative_clause(tokens, comma, match.start()):
                # "As a reckoning continues …, criticism is heaped on the government, which
                # failed to send an alert …": the opening clause explains the main clause,
                # not what a relative clause after it tells of someone.
                head = None
            if head is not None:
                candidates.append(head)
        return any(self._explains(found, tokens) for found in candidates[:2])

    def _in_later_relative_clause(self, tokens: list[Token], after: int, before: int) -> bool:
        """Whether a relative clause opens, right after a comma, between the offsets."""
        return any(
            after < tokens[k].start < before
            and tokens[k - 1].text == ","
            and tokens[k].low in self.lex.relative_pronouns
            and tokens[k - 1].start > after
            for k in range(1, len(tokens))
        )

    def _explains(self, found: re.Match[str], tokens: list[Token]) -> bool:
        """Whether the clause that the rescue word ``found`` opens explains the action."""
        lex = self.lex
        index = token_at(tokens, found.end())
        stop = index
        while stop < len(tokens) and tokens[stop].text not in ",;:()":
            stop += 1
        if any(tok.low in lex.slip_nouns for tok in tokens[index:stop]):
            return False  # "due to the typo": a slip is not a condition that explains
        word = found.group().lower()
        if word in lex.connectives and index < stop and tokens[index].low in lex.irregular_verbs:
            # "… made serious mistakes but was not directly to blame": the clause opens with
            # its verb and shares the doer; it says more of the person, not of the situation.
            return False
        agent, _ = classify_forward(tokens, lex, self.extra, self.grammar, index, stop)
        if word in lex.concurrent:
            # "while he was driving": a competing activity is context, whoever does it. A bare
            # participle ("While drawing up the medication, Nurse F failed to …") only says
            # when it happened.
            phrase_end = index + 1
            while phrase_end < stop and not (
                tokens[phrase_end].low in lex.boundaries
                or tokens[phrase_end].low in lex.open_question_words
                or tokens[phrase_end].low == "why"
            ):
                phrase_end += 1  # "while removing the cover … into why the breaker failed"
            if (
                index < stop
                and tokens[index].low.endswith("ing")
                and not self._has_verb(tokens[index + 1 : phrase_end])
            ):
                return False  # but "while monitoring systems were in place" is a clause
            if index < stop and tokens[index].low in lex.system_pronouns:
                # "you released a broken version, while this was a known issue": a contrast,
                # not a competing activity of the person.
                return False
            return self._has_verb(tokens[index:stop])
        if word in lex.weak_rescue:
            # Temporal or ambiguous words rescue only a real clause with a non-person subject
            # ("after the shell history suggested …"), not "after the migration" or
            # "after deploying".
            opens_np = index < stop and (
                tokens[index].low in lex.determiners or tokens[index].low in lex.system_pronouns
            )
            if any(tok.low in lex.onset_verbs for tok in tokens[index + 1 : stop]):
                return False  # "slow to notify DoITT after the outage began": a date
            if _came_to_light(tokens, index, stop):
                return False  # "failed to contact police after it became apparent that …"
            return (
                agent is not Agent.PERSON and opens_np and self._has_verb(tokens[index + 1 : stop])
            )
        return agent is not Agent.PERSON

    def _has_verb(self, tokens: Sequence[Token]) -> bool:
        """Whether a token run looks like a clause: it has a finite verb (roughly)."""
        verbs = self.lex.irregular_verbs
        return any(
            tok.low in verbs
            or (len(tok.low) > 4 and tok.low.endswith(_VERB_ENDINGS) and tok.text.islower())
            for tok in tokens
        )

    def by_agent(self, masked: str, match: re.Match[str]) -> Agent:
        """The agent of a passive's by-phrase ("by the reviewer", "von Boris")."""
        if self.pack.by_agent is None:
            return Agent.NONE
        # German puts the by-phrase before the participle ("wurde von Boris umgangen").
        begin = max(0, match.start() - self.grammar.by_phrase_reach)
        found = self.pack.by_agent.search(masked, begin, min(len(masked), match.end() + 40))
        if found is None:
            return Agent.NONE
        # Keep the preposition as context: "vom Load Balancer" is not a name at a clause start.
        tokens = tokenize(masked[found.start() :])
        stop = 1
        while stop < len(tokens) and tokens[stop].text not in ",;:()":
            stop += 1
        lex = self.lex
        # The by-phrase's noun follows a dative article ("von dem Mann"): no object to skip.
        agent, _ = classify_forward(
            tokens, lex, self.extra, self.grammar, 1, min(stop, 7), skip_objects=False
        )
        if agent is Agent.NONE and len(tokens) > 1 and tokens[1].low in lex.determiners:
            # "by the wrapper", "vom Dienst": an unknown noun with an article is a thing;
            # people are named, pronouns or role nouns.
            return Agent.SYSTEM
        if agent is Agent.NONE and tokens and tokens[0].low in ("vom", "durchs", "beim"):
            return Agent.SYSTEM
        return agent

    def by_writer(
        self, tokens: list[Token], cue_start: int, agent_span: tuple[int, int] | None = None
    ) -> bool:
        """Whether the clause around the cue has the writer (I, we, me) as its person.

        ``agent_span`` is where the pattern marked the doer, if it did: then the doer
        decides ("We found that the outage was caused by Kevin" blames Kevin).
        """
        words = self.lex.self_words
        if not words:
            return False
        if agent_span is not None:
            # The marked doer is the writer's when it names the writer or the writer's own
            # ("due to issues with our on-call rotation", "a refactoring we introduced").
            first, last = agent_tokens(tokens, *agent_span, self.lex.prepositions)
            # A pattern that marks only the possessor's last word ("team's") leaves out whose
            # it is: "Our team's failure to notice the alert …" is the writers' own.
            for j in range(first - 1, max(-1, first - 3), -1):
                if tokens[j].low in self.lex.self_possessives:
                    first = j
                    break
                if tokens[j].text in PUNCT or tokens[j].low in self.lex.determiners:
                    break
            acting = False
            for k in range(first + 1, last):
                if tokens[k].low.endswith("ing") and classify_token(
                    tokens, k - 1, self.lex, self.extra, self.grammar, first
                )[0] in (Agent.PERSON, Agent.TEAM):
                    # The doer's own participle phrase ends the doer: in "caused by
                    # subcontractors cutting our lines", "our" is whose lines, not who cut.
                    last = k
                    acting = True
                    break
            # "an error made by one of our suppliers": one hired party singled out is not the
            # writer, nor is the hired party named alone as the cause ("caused by our email
            # provider"); "due to our ISP losing power" stays the writers' account of an event.
            return any(
                tokens[k].low in words
                and not (
                    tokens[k].low in self.lex.self_possessives
                    and (_picks_one_of_ours(tokens, k) or not acting)
                    and self._other_party(tokens, k)
                )
                for k in range(first, last)
            )
        cue_index = token_at(tokens, cue_start)
        if _owned_after(tokens, cue_index):
            return True  # "caused by human error on our part", "ein Fehler unsererseits"
        if tokens[cue_index].low in _OWN_GAP_OPENERS and _only_an_interjection_before(
            tokens, cue_index
        ):
            # A line that opens with an omission and no subject ("Failed to proactively
            # notify users", in a list of what went wrong) is the writers' own note; a deed
            # told without a subject ("Pushed untested code to production") may be anyone's.
            return True
        start = self.clause_start(tokens, cue_index)
        if self._writer_in_relative_clause(tokens, cue_index):
            return False
        # The clause runs a few words past the cue (its object), to the first comma at most:
        # "Was wir … missachteten war, dass wir ihn …" ends before "ihn".
        pronouns, possessives = self.lex.person_pronouns, self.lex.others_possessives
        stop = cue_index + 1
        while stop < len(tokens) and stop < cue_index + 8 and tokens[stop].text not in ",;:":
            if (
                tokens[stop].low in self.lex.coordinators
                and stop + 1 < len(tokens)
                and tokens[stop + 1].low in pronouns
            ):
                break  # "I forgot to renew it and you may have …": a new clause, its own subject
            stop += 1
        near = range(start, min(stop, len(tokens)))
        if self._someone_else_acts(tokens, start, cue_index):
            return False
        if self._judged_after_that(tokens, cue_index):
            return False
        # A possessive after the cue is whose thing was acted on ("… but simply forgot about
        # informing our donors"), no subject of the clause.
        owners_of_objects = self.lex.self_possessives | possessives
        if not any(
            (tokens[k].low in pronouns or tokens[k].low in words)
            and not (k > cue_index and tokens[k].low in owners_of_objects)
            for k in near
        ):
            # A request to the reader ("…, so please don't mess up the repo again"): the
            # one addressed is the doer, not the writer who opened the sentence.
            if any(tokens[k].low in self.lex.request_words for k in range(start, cue_index + 1)):
                return False
            if cue_index + 1 < len(tokens) and classify_token(
                tokens, cue_index + 1, self.lex, self.extra, self.grammar, start
            )[0] in (Agent.PERSON, Agent.TEAM):
                return False  # a word about the noun after it: "a dysfunctional management"
            # A clause whose subject is left out ("We notified …, and then coordinated to
            # merge it hastily"): the subject that opens the sentence, or the part after a
            # semicolon ("It was a bad day; we were unlucky and unprepared"), if no one else
            # comes between.
            opening = next((k + 1 for k in range(start - 1, -1, -1) if tokens[k].text in ";:"), 0)
            near = range(opening, min(stop, len(tokens)))
            writer = self._writer_opening(tokens, opening)
            if writer < 0 and (
                tokens[start].low in self.lex.coordinators
                or (start > 0 and tokens[start - 1].low in self.lex.coordinators)
            ):
                # German puts the subject after the verb: "An dem Tag musste ich den Export
                # anwerfen und habe das falsche Datum eingegeben."
                writer = self._writer_after_verb(tokens, opening, start)
            if writer < 0 or writer + 1 >= len(tokens) or tokens[writer + 1].text in PUNCT:
                return False  # "i,e, perform the task …" opens with no subject
            # A role noun between them is someone else's act ("We noticed the engineer forgot
            # …"), unless the cue's clause opens with "and"/"but": then the role noun was the
            # object of the first clause ("We managed to reach an engineer but clearly failed
            # to communicate …") and the left-out subject is still the writer.
            coordinated = tokens[start].low in self.lex.coordinators or (
                start > 0 and tokens[start - 1].low in self.lex.coordinators
            )
            others = range(start, min(stop, len(tokens))) if coordinated else near
            if any(known_form(self.lex.role_nouns, tokens[k].low, self.lex) for k in others):
                return False
            if coordinated and any(
                self._subject_after_comma(tokens, k) for k in range(opening, start)
            ):
                return False  # "Mir scheint, der Pilot war … überfordert oder … leichtsinnig"
            if (
                coordinated
                and writer < (previous := self._previous_clause(tokens, opening, start))
                and any(
                    known_form(self.lex.role_nouns, tokens[k].low, self.lex)
                    for k in range(previous, start)
                )
            ):
                # The clause before "und" has a subject of its own, after the writer's: "Ich
                # war im Urlaub, aber an dem Tag musste der Kollege … und hat … eingegeben."
                return False
        owners = self.lex.self_possessives
        writer_at = [k for k in near if tokens[k].low in words]
        if writer_at and any(
            (
                known_form(self.lex.role_nouns, tokens[k].low, self.lex)
                or tokens[k].low in self.lex.team_words
            )
            and tokens[k].low not in self.lex.system_pronouns  # "it", not the IT team
            # "our team", "our platform team": the writers' own side, a word or two after
            # "our" ("our out-sourced operations team" is another party).
            and not (
                any(tokens[j].low in owners for j in range(max(0, k - 3), k))
                and not any(tokens[j].low in _HIRED for j in range(max(0, k - 3), k))
            )
            and not any(
                tokens[j].text == "," or tokens[j].low in self.lex.coordinators
                for j in range(k + 1, cue_index)
            )
            for k in range(writer_at[-1] + 1, cue_index)
        ):
            # Someone else between the writer and the cue, as its subject: "We found the
            # Council was at fault" (but "we found our team was at fault" is the writers'
            # own, and in "We managed to reach an engineer but failed to …" the engineer is
            # the first clause's object).
            return False
        return any(
            tokens[k].low in words
            and not (tokens[k].low in owners and (k > cue_index or self._other_party(tokens, k)))
            # "The vendor locked our account without any warning": "our" owns the object of
            # someone else's verb.
            and not (tokens[k].low in owners and self._other_doer_before(tokens, start, k))
            and not _in_opinion_phrase(tokens, k)
            # "… had only bothered to tell us today": the writer as object, not the doer.
            and not (
                k > cue_index
                and tokens[k].low in _SELF_OBJECTS
                and tokens[k - 1].low not in ("of", "among", "von")  # "None of us noticed"
            )
            for k in near
        ) and not any(
            (tokens[k].low in pronouns or tokens[k].low in possessives)
            and tokens[k].low not in words
            and not self._about_things(tokens, k)
            and not _object_of_participle(tokens, k)
            # After the cue, "them" or "him" is what the writer acted on ("We probably
            # should have known them already"), not someone else who acted; so is a pronoun
            # after a preposition ("I just screwed everything up for everyone").
            and not (k > cue_index and _object_pronoun(tokens, k))
            and not (
                k > cue_index
                and tokens[k].low in pronouns
                and tokens[k - 1].low in self.lex.prepositions
            )
            # Someone else named before the writer, who then acts: "In an effort to … improve
            # your experience, we are temporarily taking the eShop offline" ("we" is the
            # subject nearest the cue).
            and not (
                k < cue_index
                and tokens[k].low in possessives
                and any(tokens[j].low in words for j in range(k + 1, cue_index))
            )
            # The reader's thing after the writer's own verb: "We should have collected your
            # bill on or around the 24th May." (but "… related to your change" is the
            # reader's act, and "tells me I should have called their …" someone else's).
            and not (
                k > cue_index
                and tokens[k].low == "your"
                and any(tokens[j].low in words for j in range(max(0, cue_index - 2), cue_index))
            )
            # The reader addressed in a set phrase, no doer: "As you know, in 2019 we made a
            # series of mistakes …", "Wie Sie wissen, haben wir …".
            and not _reader_aside(tokens, k)
            for k in near
        )

    def _other_doer_before(self, tokens: list[Token], start: int, k: int) -> bool:
        """Whether someone other than the writer stands between ``start`` and the possessive
        at ``k`` as the clause's doer: a role or an organisation."""
        lex = self.lex
        for j in range(start, k - 1):
            low = tokens[j].low
            if low in lex.self_words or low in lex.self_possessives:
                return False
            if low in lex.system_pronouns and tokens[j].text != "IT":
                continue  # "It was my fault": the pronoun, not the IT department
            if lexical_class(low, lex) in (Agent.PERSON.value, Agent.TEAM.value):
                return True
        return False

    def _subject_after_comma(self, tokens: list[Token], k: int) -> bool:
        """Whether a role noun opens a clause after the comma or the verb of thinking at ``k``
        ("Mir scheint, der Pilot war …", "I think a crew was working and cut …"): that
        person, not the writer, is the subject of what follows."""
        if tokens[k].text != "," and tokens[k].low not in _CONTENT_CLAUSE_HEADS:
            return False
        j = k + 1
        if j < len(tokens) and tokens[j].low == "that":
            j += 1
        if j < len(tokens) and tokens[j].low in self.lex.determiners:
            j += 1
        return j < len(tokens) and known_form(self.lex.role_nouns, tokens[j].low, self.lex)

    def _writer_opening(self, tokens: list[Token], opening: int) -> int:
        """Where the writer stands as the subject that opens the part of the sentence from
        ``opening``, after an opening adverb ("Unfortunately we were …") or as a partitive
        ("the three of us were …"); -1 when the part opens otherwise."""
        words = self.lex.self_words
        k = opening
        while k < len(tokens) and (
            tokens[k].text == ","
            or tokens[k].low in self.lex.connectives
            or tokens[k].low.endswith("ly")
            or tokens[k].low in _ANSWERS
            or tokens[k].low in SIGHS
        ):
            k += 1
        if k < len(tokens) and tokens[k].low in words:
            return k
        # "the three of us", "all of us", "both of us"
        for j in range(k, min(k + 3, len(tokens) - 1)):
            if tokens[j].low == "of" and tokens[j + 1].low in words:
                return j + 1
        return -1

    def _judged_after_that(self, tokens: list[Token], cue_index: int) -> bool:
        """Whether the cue judges what someone else did in the clause after it ("Leider finde
        ich es eine Unverschämtheit, dass der Hersteller …", "I find it outrageous that the
        vendor …"): the writer only frames the judgement."""
        k = cue_index + 1
        if k < len(tokens) and tokens[k].text == ",":
            k += 1
        if k >= len(tokens) or tokens[k].low not in ("dass", "daß", "that"):
            return False
        for j in range(k + 1, min(k + 5, len(tokens))):
            low = tokens[j].low
            if low in self.lex.self_words or tokens[j].text in PUNCT:
                return False
            if classify_token(tokens, j, self.lex, self.extra, self.grammar, k + 1)[0] in (
                Agent.PERSON,
                Agent.TEAM,
            ):
                return True
        return False

    def _previous_clause(self, tokens: list[Token], opening: int, end: int) -> int:
        """Where the clause before the coordinator at ``end`` begins: after the last comma
        ("…, aber an dem Tag musste ich …") and after a coordinator opening it."""
        begin = max([opening, *(k + 1 for k in range(opening, end) if tokens[k].text == ",")])
        while begin < end and tokens[begin].low in self.lex.coordinators:
            begin += 1
        return begin

    def _writer_after_verb(self, tokens: list[Token], opening: int, end: int) -> int:
        """Where "ich" or "wir" stands as the subject right after the verb of the German main
        clause that ends at ``end`` ("An dem Tag musste ich …"), with no one else named before
        it; -1 when there is none."""
        if self.grammar.lang != "de":
            return -1
        begin = self._previous_clause(tokens, opening, end)
        for k in range(begin + 1, min(end, begin + 8)):
            low = tokens[k].low
            if low in ("ich", "wir"):
                return k
            if tokens[k].text in PUNCT or low in self.lex.person_pronouns:
                return -1
            if known_form(self.lex.role_nouns, low, self.lex) or low in self.lex.team_words:
                return -1
        return -1

    def _writer_in_relative_clause(self, tokens: list[Token], cue_index: int) -> bool:
        """Whether the writer stands in a relative clause about a person right before the
        cue ("The sales assistant that I saw was exceptionally rude", "the plumber we
        hired never came back"): that person is the cue's subject, the writer only met them."""
        for k in range(cue_index - 2, max(cue_index - 5, 0), -1):
            if tokens[k].low not in self.lex.self_words:
                continue
            relative = k - 1 if tokens[k - 1].low in _OBJECT_RELATIVES else k
            verbs = tokens[k + 1 : cue_index]
            if not all(tok.text.isalpha() and tok.text.islower() for tok in verbs):
                return False
            head = relative - 1
            if head < 0 or tokens[head].low in self.lex.self_words:
                return False
            if relative == k:
                # No relative word ("the plumber we hired"): only a role noun heads it; a
                # heading's last word before "We dramatically underestimated …" does not.
                return tokens[head].text.islower() and known_form(
                    self.lex.role_nouns, tokens[head].low, self.lex
                )
            return classify_token(tokens, head, self.lex, self.extra, self.grammar, head)[0] in (
                Agent.PERSON,
                Agent.TEAM,
            )
        return False

    def _someone_else_acts(self, tokens: list[Token], start: int, cue_index: int) -> bool:
        """Whether the person nearest before the cue in its clause is someone other than the
        writer, who only reports ("I think Kevin forgot …", "I'm pretty sure the intern
        deleted …")."""
        words = self.lex.self_words
        k = cue_index - 1
        while k >= start:
            low = tokens[k].low
            if tokens[k].text == ")":
                # An aside is not the clause's subject: "this developer (who is no longer
                # working for us) … mistakenly deleted".
                while k > start and tokens[k].text != "(":
                    k -= 1
                k -= 1
                continue
            if low in _SELF_OBJECTS or low in self.lex.self_possessives:
                # The writer as object ("mein Nachbar hat mir die Leitung gekappt") or as
                # owner ("Der Chefeinkäufer unserer Firma hat den Fehler gemacht"): not the doer.
                k -= 1
                continue
            if low in words:
                return False
            if low in self.lex.person_pronouns or known_form(self.lex.role_nouns, low, self.lex):
                return not self._about_things(tokens, k) and not _object_of_participle(tokens, k)
            if (
                k > 0
                and tokens[k].text[:1].isupper()
                and not self._object_of_writers_act(tokens, k)
                and classify_token(tokens, k, self.lex, self.extra, self.grammar, start)[0]
                is Agent.PERSON
            ):
                return True  # a name: "I think Kevin forgot …"
            k -= 1
        return False

    def _object_of_writers_act(self, tokens: list[Token], k: int) -> bool:
        """Whether the capitalised word at ``k`` is the object of the writer's own past act
        ("I started Heparin …, misread the order"), not a person who acts ("I heard Kevin
        deleted …" has a verb of knowing before the name)."""
        if k < 2 or tokens[k - 2].low not in self.lex.self_words:
            return False
        verb = tokens[k - 1].low
        if verb in _KNOWING_PASTS:
            return False
        return verb.endswith("ed") or verb in self.lex.irregular_pasts

    def _other_party(self, tokens: list[Token], k: int) -> bool:
        """Whether the writer's "my" at ``k`` names someone else ("my boss", "my ISP", "mein
        Provider"): that person or party is the doer, not the writer. "our engineers" stays
        the writer's own side."""
        if k + 1 >= len(tokens):
            return False
        # The head after a service kind or two: "my web host", "our internet provider", "our
        # email service provider".
        low = tokens[k + 1].low
        j = k + 1
        while low in _SERVICE_KINDS and j + 1 < len(tokens) and j < k + 3:
            j += 1
            low = tokens[j].low
        if low.endswith(("'s", "’s")):
            low = low[:-2]  # "my coworker’s PR caused …": the coworker is the other party
        if low.endswith("s") and low[:-1] in _OTHER_PARTIES:
            return True  # "one of our suppliers", "our contractors": hired, not the writers
        if _picks_one_of_ours(tokens, k):
            # "one of our engineers made a bad migration", "one of our application
            # administrators": one person singled out of the writer's side is the doer.
            return known_form(self.lex.role_nouns, low, self.lex) or (
                k + 2 < len(tokens) and known_form(self.lex.role_nouns, tokens[k + 2].low, self.lex)
            )
        if low in _OTHER_PARTIES or low.endswith(_OTHER_PARTY_HEADS):
            # "our ISP", "unser Anbieter", "unser Internetanbieter": hired, not the writers.
            return True
        if tokens[k].low not in _SINGULAR_OWNERS:
            return False
        return known_form(self.lex.role_nouns, low, self.lex)

    def _about_things(self, tokens: list[Token], k: int) -> bool:
        """Whether the pronoun at ``k`` refers to things ("the changes … when they were
        merged"), not to someone other than the writer."""
        if tokens[k].low not in ("they", "them", "their"):
            return False
        return plural_antecedent(tokens, k, self.lex) is not Agent.PERSON


# The writer as an object, never a subject ("… bothered to tell us", "hat uns nicht
# informiert").
_SELF_OBJECTS = frozenset({"me", "us", "mir", "mich", "uns"})
# Past verbs of perceiving or learning: the name after them is who acted ("I heard Kevin
# deleted it"), not what the writer acted on.
_KNOWING_PASTS = frozenset(
    {"heard", "saw", "noticed", "found", "learned", "learnt", "realised", "realized", "thought",
     "believed", "suspected", "guessed", "assumed", "knew", "discovered", "told", "asked",
     "watched", "felt", "hörte", "sah", "bemerkte", "merkte", "dachte", "glaubte", "wusste"}
)  # fmt: skip
# Words that answer before the writer speaks: "Yes I'm still here, but … forgot to pay".
_ANSWERS = frozenset(
    {"yes", "yeah", "yep", "no", "nope", "ok", "okay", "well", "ja", "nein", "naja"}
)


def _only_an_interjection_before(tokens: list[Token], index: int) -> bool:
    """Whether the line opens at ``index``, or with an interjection and a comma ("Damn,
    forgot to update the change description."): a sigh of one's own."""
    if index == 0:
        return True
    before = [t for t in tokens[:index] if t.text not in {",", "...", "…", "!", "-", "—"}]
    return len(before) <= 2 and all(t.low in SIGHS for t in before)


_OWN_GAP_OPENERS = frozenset(
    {"failed", "forgot", "neglected", "missed", "omitted", "overlooked"}
    | {"versäumt", "vergessen", "verpasst", "übersehen"}
)
# "my" (not "our") before a role noun or an outside party names someone else.
_SINGULAR_OWNERS = frozenset({"my", "mein", "meine", "meinen", "meinem", "meiner"})
_PLURAL_OWNERS = frozenset({"our", "unserer"})
_ONE_OF = frozenset({"one of", "einer", "eine", "einem", "einen"})


# Words that say a slip was the writer's: "on our part", "on my side", "auf unserer Seite".
_OWNED_PHRASES = (
    ("on", "our", "part"), ("on", "my", "part"), ("on", "our", "side"), ("on", "my", "side"),
    ("on", "our", "end"), ("on", "my", "end"), ("auf", "unserer", "seite"),
    ("auf", "meiner", "seite"),
)  # fmt: skip
_OWNED_WORDS = frozenset({"unsererseits", "meinerseits"})
# The writers' own side named after "by our": "a human error by our hard-pressed office" (a
# hired party is not: "an error by our provider").
_OWN_SIDE = frozenset(
    {"team", "teams", "office", "offices", "staff", "side", "people", "colleagues",
     "department", "crew", "employees", "engineers", "developers", "operators", "admins",
     "administrators", "support", "staffers", "volunteers", "moderators", "mods"}
)  # fmt: skip


def _owned_after(tokens: list[Token], cue_index: int) -> bool:
    """Whether the few words after the cue say the slip was the writer's own ("human error on
    our part", "ein Versehen unsererseits")."""
    window = [tok.low for tok in tokens[cue_index + 1 : cue_index + 7]]
    if _OWNED_WORDS.intersection(window):
        return True
    if any(tuple(window[k : k + 3]) in _OWNED_PHRASES for k in range(max(0, len(window) - 2))):
        return True
    return any(
        window[k] == "by"
        and window[k + 1] in ("our", "my")
        and any(word in _OWN_SIDE for word in window[k + 2 : k + 5])
        and not _HIRED.intersection(window[k + 2 : k + 5])
        for k in range(len(window) - 2)
    )


def _object_pronoun(tokens: list[Token], k: int) -> bool:
    """Whether the pronoun at ``k`` is an object that ends its phrase ("known them already",
    "told him earlier"), not the subject of a verb after it ("see them do it")."""
    if tokens[k].low not in _OBJECT_PRONOUNS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is None
        or after.text in PUNCT
        or after.low.endswith("ly")
        or after.low in _AFTER_AN_OBJECT
    )


def _object_of_participle(tokens: list[Token], k: int) -> bool:
    """Whether the pronoun at ``k`` is the object of an -ing form ("when deploying them, we
    neglected to …", "I did not realize I was spamming you"): what was acted on, not someone
    else who acted."""
    return (
        tokens[k].low in ("them", "him", "her", "you")
        and k > 0
        and tokens[k - 1].low.endswith("ing")
    )


def _picks_one_of_ours(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the "our" of "one of our …" / "einer unserer …"."""
    if tokens[k].low not in _PLURAL_OWNERS or k < 1:
        return False
    if tokens[k - 1].low in _ONE_OF:
        return True
    return k >= 2 and f"{tokens[k - 2].low} {tokens[k - 1].low}" in _ONE_OF


# What a hired party provides, before its noun: "my web host", "our internet provider".
_SERVICE_KINDS = frozenset(
    {"web", "hosting", "internet", "cloud", "domain", "dns", "email", "e-mail", "mail",
     "broadband", "phone", "network", "it", "managed", "service"}
)  # fmt: skip
# Heads of German compounds that name such a party: "Internetanbieter", "Hostingprovider".
_OTHER_PARTY_HEADS = ("anbieter", "provider", "dienstleister", "hoster", "netzbetreiber")
_OTHER_PARTIES = frozenset(
    {"isp", "provider", "vendor", "supplier", "msp", "host", "hoster", "landlord", "contractor",
     "webhost", "registrar"}
    | {"anbieter", "vermieter", "netzbetreiber", "dienstleister", "handwerker", "elektriker",
       "druckerei"}
)  # fmt: skip


# "in my estimation the behavior was reckless": the writer gives a view, nobody's deed.
_OPINION_NOUNS = frozenset(
    {"opinion", "estimation", "view", "eyes", "book", "experience", "judgement", "judgment",
     "humble", "honest", "meinung", "augen", "ansicht"}
)  # fmt: skip


_AS_WORDS = frozenset({"as", "wie"})
_KNOWING_VERBS = frozenset(
    {"know", "see", "seen", "heard", "noticed", "read", "expect", "remember", "recall",
     "imagine", "guess", "wissen", "wisst", "weißt", "sehen", "seht", "siehst", "gelesen",
     "gehört", "bemerkt"}
)  # fmt: skip


def _reader_aside(tokens: list[Token], k: int) -> bool:
    """Whether the pronoun at ``k`` is the reader in a set phrase that only frames what
    follows ("as you know", "as you may have heard", "wie Sie wissen")."""
    if k == 0 or tokens[k - 1].low not in _AS_WORDS:
        return False
    return any(tokens[j].low in _KNOWING_VERBS for j in range(k + 1, min(k + 4, len(tokens))))


def _in_opinion_phrase(tokens: list[Token], k: int) -> bool:
    """Whether the writer's word at ``k`` only frames a view ("in my opinion", "meiner
    Meinung nach")."""
    before = tokens[k - 1].low if k > 0 else ""
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return (before in ("in", "to") or tokens[k].low.startswith("mein")) and after in _OPINION_NOUNS


def agent_tokens(
    tokens: list[Token], a_start: int, a_end: int, prepositions: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The tokens [first, last) of a pattern's agent group from ``a_start`` to ``a_end``;
    a lazy group may stop short of its head noun, so a few tokens more, up to punctuation or
    a preposition (past which no head noun follows: "ein Defekt im Rechenzentrum")."""
    first = token_at(tokens, a_start)
    last = first
    while last < len(tokens) and tokens[last].text not in ",;:()":
        low = tokens[last].low
        if tokens[last].start >= a_end and (last >= first + 5 or low in prepositions):
            break
        if (
            last > first + 1
            and low in prepositions
            and low not in _PARTITIVE_LINKS
            and not tokens[last - 1].low.endswith(_SLIP_HEADS)
        ):
            # "ein technisches Problem beim IT-Dienstleister": the head comes before it (but
            # "einen Eingabefehler bei der Firma" says whose slip it was).
            break
        last += 1
    return first, last


# Pronouns in an aside that says who it was not: "someone, not me, …", "jemand, nicht ich, …".
_ASIDE_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you", "ich", "wir", "er", "sie"})


# Prepositions that link a part to its whole ("one of the admins", "einer der …"): the head
# noun may come after them.
_PARTITIVE_LINKS = frozenset({"of", "von"})
# Heads that name a slip: "einen Eingabefehler bei der Firma" says whose slip it was.
_SLIP_HEADS = (
    "fehler", "versehen", "panne", "irrtum", "missgeschick",
    "error", "errors", "mistake", "mistakes", "slip", "slips", "oversight",
)  # fmt: skip


def _letter_spaced(tokens: list[Token], k: int) -> str:
    """The word spelt by the single letters from ``tokens[k]`` on, each one space apart ("K e
    i n e" is "keine"); "" when fewer than three letters run so."""
    letters: list[str] = []
    while (
        k < len(tokens)
        and len(tokens[k].low) == 1
        and tokens[k].low.isalpha()
        and (not letters or tokens[k].start == tokens[k - 1].end + 1)
    ):
        letters.append(tokens[k].low)
        k += 1
    return "".join(letters) if len(letters) >= 3 else ""


def token_at(tokens: list[Token], pos: int) -> int:
    """The index of the first token that ends after ``pos``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end > pos:
            hi = mid
        else:
            lo = mid + 1
    return lo
