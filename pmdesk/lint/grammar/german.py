"""German: every noun capitalised, the finite verb second or last, commas around clauses.

Runs of verb-first clauses share the subject of the clause they continue ("So verrutschte
P. in der Zeile, ignorierte die Warnungen, drückte …"); nouns are capitalised, so a
lowercase word in -te that no noun follows is such a verb in the past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmdesk.lint._agents import (
    COUNT_WORDS,
    PUNCT,
    Agent,
    classify_forward,
    known_form,
    noun_phrase_start,
)

if TYPE_CHECKING:
    from pmdesk.lint._agents import Extra, Token
    from pmdesk.lint._rules import Lexicon
    from pmdesk.lint.grammar import Grammar

__all__ = ["GRAMMAR"]

# Finite verbs in the plural only: a single name before one is a plural noun instead.
_PLURAL_VERBS = frozenset(
    {
        *("wurden", "werden", "sind", "waren", "haben", "hatten", "hätten", "wären", "würden"),
        *("können", "konnten", "müssen", "mussten", "sollen", "sollten", "dürfen", "durften"),
        *("wollen", "wollten"),
    }
)
# Longer capitalised words are nouns (compounds), not names.
_LONGEST_NAME = 12
# Endings of adjectives, which a capital at the sentence start does not make names when a noun
# follows: "Massive technische Probleme legten den Radiosender lahm."
_ADJECTIVE_ENDINGS = tuple(
    stem + ending
    for stem in ("iv", "isch", "lich", "ig", "al", "os", "ant", "ent", "iert", "bar", "sam")
    for ending in ("e", "en", "er", "es", "em")
)


# Heads of compounds that name an event or a fault, never a person: "Systemfehler legt
# Strom-Abrechnung lahm", "Stromausfall legt Bahnhof lahm" (a headline's bare noun subject). Not
# "brand" or "sturm", which end surnames (Hildebrand, Sturm).
_EVENT_HEADS = (
    "fehler", "ausfall", "ausfälle", "störung", "störungen", "panne", "pannen", "problem",
    "probleme", "defekt", "defekte", "großbrand", "schaden", "schäden", "absturz",
    "unwetter", "gewitter", "hochwasser", "angriff", "attacke", "bug", "bugs", "leck", "chaos",
    "update", "glitch", "crash", "unfall", "blackout",
)  # fmt: skip


# Common short adjectives, inflected, as whole words: they end no name the way "-isch" does
# ("Malte" ends in "alte" too). "Großer bayerischer Server liefert …", "Neue Software …".
_COMMON_ADJECTIVES = frozenset(
    stem + ending
    for stem in (
        "neu", "groß", "klein", "alt", "jung", "erst", "zweit", "dritt", "letzt", "schwer",
        "leicht", "falsch", "lang", "kurz", "hoch", "schnell", "langsam", "teur", "billig",
        "weiter", "ganz", "halb", "voll", "leer", "riesig", "defekt", "kaputt", "gut",
        "schlecht", "neuest", "größt", "schlimmst", "heftig", "stark", "schwach",
    )
    for ending in ("e", "en", "er", "es", "em")
)  # fmt: skip
# What may stand before a sentence's first word, which is capitalised whatever it is.
_OPENERS = frozenset({":", "„", "“", '"', "«", "»", "–", "—"})


def _adjective(low: str) -> bool:
    return low.endswith(_ADJECTIVE_ENDINGS) or low in _COMMON_ADJECTIVES


def _noun_follows(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised word follows the one at ``i``, after at most two inflected
    adjectives ("Massive technische Probleme")."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        text = tokens[k].text
        if text[:1].isupper():
            return True
        if not text.endswith(("e", "en", "er", "es", "em")):
            return False
    return False


class German:
    """The German grammar (see pmdesk.lint.grammar.Grammar)."""

    lang: str = "de"
    pronoun_may_determine: bool = True
    skips_objects: bool = True
    names_end_phrase: bool = True
    open_compounds: bool = True
    comma_ends_clause: bool = True
    by_phrase_reach: int = 60

    def name_stands(
        self, tokens: list[Token], i: int, low: str, clause_start: int, lex: Lexicon
    ) -> bool:
        # Nouns are capitalised too: a name stands at the clause start or after a finite
        # verb, a conjunction or a few prepositions, and is not part of a compound.
        if "-" in low or len(low) > _LONGEST_NAME:
            return False
        prev = tokens[i - 1].low if i > 0 else ""
        if prev in COUNT_WORDS:
            return False  # "in den vier Mainzer Stadtteilen": a counted noun or its adjective
        if _adjective(low) and _noun_follows(tokens, i):
            return False  # "Massive (technische) Probleme …": an adjective before its noun
        if i > 0 and self.opening_adjective(tokens, i - 1, prev):
            return False  # "Neue Kasse liefert falsche Werte": the noun of a headline's adjective
        if low.endswith(_EVENT_HEADS):
            return False  # "Systemfehler legt … lahm": an event, not a name
        if (
            i + 1 < len(tokens)
            and tokens[i + 1].low in _PLURAL_VERBS
            and prev not in lex.coordinators
        ):
            return False  # "Gutschriften wurden falsch berechnet": one name takes no plural verb
        if (
            i <= clause_start
            or prev in PUNCT
            or prev[:1].isdigit()
            or prev in lex.name_preceders
            or known_form(lex.role_nouns, prev, lex)
        ):
            return True
        # Verb second: "So verrutschte P. …" has the subject right after a verb in the past.
        return (
            i == clause_start + 2
            and tokens[clause_start].low not in lex.determiners
            and _opens_with_verb(tokens, i - 1, i, lex)
        )

    def opening_adjective(self, tokens: list[Token], i: int, low: str) -> bool:
        # A sentence's first word is capitalised whatever it is: "Neue Software liefert
        # falsche Werte" opens with an adjective, not with the role noun "der Neue".
        return (
            (i == 0 or tokens[i - 1].text in _OPENERS)
            and _adjective(low)
            and _noun_follows(tokens, i)
        )

    def subject_left(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        if _agentless_passive(tokens, cue_index, lex, extra, self):
            return Agent.NONE  # "…, dass … Gutschriften … falsch berechnet wurden": done to them
        start = cue_index - 1
        while (
            start >= 0
            and tokens[start].text not in PUNCT
            and not _joins_clauses(tokens, start, lex)
        ):
            start -= 1
        # The clause runs to the next punctuation: the subject may follow an inverted verb.
        clause_end = cue_index
        while clause_end < len(tokens) and tokens[clause_end].text not in PUNCT:
            clause_end += 1
        if _after_free_relative(tokens, start, clause_end, lex):
            return Agent.PERSON  # "Wer auch immer das freigegeben hat, hat es nicht gelesen."
        if _opens_relative_clause(tokens, start, clause_end, lex):
            if (
                tokens[start + 1].low in _OBJECT_RELATIVES
                and tokens[start + 2].low in _SUBJECT_ARTICLES
            ):
                # "…, die das Unternehmen zu Unrecht … abgezogen hat": the pronoun is the
                # object, and a person or a firm named after it is the subject.
                agent, _ = classify_forward(tokens, lex, extra, self, start + 2, clause_end)
                if agent in (Agent.PERSON, Agent.TEAM):
                    return agent
            return self._antecedent(tokens, start, lex, extra)
        first = _subject_slot(tokens, start + 1, clause_end, lex)
        # "…, ignorierte die Warnungen, drückte …": a verb-first clause continues the one before.
        if (
            start >= 0
            and tokens[start].text == ","
            and _opens_with_verb(tokens, first, clause_end, lex)
        ):
            return self._verb_first_subject(tokens, start, first, clause_end, lex, extra)
        # "… ist in eine Baugrube gerutscht und hat dabei eine Gasleitung beschädigt": after
        # "und" the finite verb first means the subject was left out, so the clause shares
        # the one before; what follows the verb is its object.
        if (
            start >= 0
            and tokens[start].low in ("und", "oder")
            and first < clause_end
            and tokens[first].low in lex.finite_verbs
        ):
            agent, _ = classify_forward(tokens, lex, extra, self, first + 1, cue_index)
            if agent in (Agent.PERSON, Agent.TEAM):
                return agent
            return self._previous_clause_subject(tokens, start, lex, extra)
        # An infinitive clause ("…, Änderungen ohne Rückfrage zu machen") has no subject of
        # its own: it takes the one of the clause before it.
        infinitive = (
            start >= 0
            and tokens[start].text == ","
            and clause_end - 2 > start
            and tokens[clause_end - 2].low == "zu"
        )
        if (
            not infinitive
            and first + 1 < clause_end
            and tokens[first].low in _DEMONSTRATIVE_SUBJECTS
            and tokens[first + 1].low in lex.finite_verbs
        ):
            # An article right before the finite verb stands alone, for someone named before:
            # "Der hätte die Leitung … nämlich kennen müssen."
            return Agent.PERSON
        if not infinitive:
            agent, index = classify_forward(tokens, lex, extra, self, first, clause_end)
            # "…, und Staging umgangen": a coordinated clause without a finite verb shares the
            # subject of the clause before it, unless a person stands in it ("Ein genervter
            # und überarbeiteter Mitarbeiter zerlegt …").
            elided = (
                start >= 0
                and tokens[start].low in lex.coordinators
                and not any(tokens[k].low in lex.finite_verbs for k in range(first, clause_end))
            )
            if elided and _genitive_attribute(tokens, index):
                agent = Agent.NONE  # "… aller Kontoauszugsdrucker der Sparkassen lahmgelegt"
            if agent is not Agent.NONE and (not elided or agent in (Agent.PERSON, Agent.TEAM)):
                return agent
        if start >= 0 and (infinitive or _shares_subject(tokens, start, lex)):
            return self._previous_clause_subject(tokens, start, lex, extra)
        if start >= 0 and tokens[start].text == ",":
            return self._interrupted_clause_subject(tokens, start, lex, extra)
        return Agent.NONE

    def _previous_clause_subject(
        self, tokens: list[Token], start: int, lex: Lexicon, extra: Extra, depth: int = 0
    ) -> Agent:
        # "…, und schüttete …": the comma before the "und" does not end the search.
        # "…, sondern auch gleich … gecrasht" shares it too, unless a subject of its own
        # follows ("…, sondern ein technisches Problem war schuld").
        contrast = tokens[start].low in ("sondern", "aber") and not (
            start + 1 < len(tokens) and tokens[start + 1].low in lex.determiners
        )
        joined = (
            (tokens[start].low in ("und", "oder") or contrast)
            and start > 0
            and tokens[start - 1].text == ","
        )
        end = start - 1 if joined else start
        prev_start = end - 1
        while (
            prev_start >= 0
            and tokens[prev_start].text not in PUNCT
            and (tokens[prev_start].low not in lex.boundaries)
        ):
            prev_start -= 1
        agent, _ = classify_forward(tokens, lex, extra, self, prev_start + 1, end)
        if (
            agent is Agent.NONE
            and depth < 2
            and prev_start >= 0
            and tokens[prev_start].low == "und"
        ):
            # "… hat ein Fahrer Öl verloren und dann seine Fahrt fortgesetzt, ohne …": that
            # clause shares its subject with the one before "und" too.
            return self._previous_clause_subject(tokens, prev_start, lex, extra, depth + 1)
        return agent

    def _verb_first_subject(
        self,
        tokens: list[Token],
        comma: int,
        first: int,
        clause_end: int,
        lex: Lexicon,
        extra: Extra,
    ) -> Agent:
        """The subject of a clause that opens with its verb after ``comma``: after a fronted
        clause it follows the verb ("…, machte der Admin …"), else the clause continues the
        one before and shares its subject."""
        agent, _ = classify_forward(tokens, lex, extra, self, first + 1, clause_end)
        if agent in (Agent.PERSON, Agent.TEAM):
            return agent
        return self._subject_before_verb_first(tokens, comma, lex, extra)

    def _subject_before_verb_first(
        self, tokens: list[Token], comma: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        """The subject of the clause before ``comma``, going back over verb-first and
        relative clauses and the items of a list."""
        end = comma
        for _ in range(6):
            begin = end - 1
            while (
                begin >= 0
                and tokens[begin].text not in PUNCT
                and tokens[begin].low not in lex.boundaries
            ):
                begin -= 1
            if (
                begin >= 0
                and tokens[begin].text == ","
                and not any(tokens[k].text[0].isupper() for k in range(begin + 1, end))
                and classify_forward(tokens, lex, extra, self, begin + 1, end)[0] is Agent.NONE
            ):
                # "… ist schlecht ausgebildet, überlastet, wechselt häufig, ist …": a part
                # with neither a noun (German ones are capitalised) nor a pronoun has no
                # subject of its own; it is an item of a list of what the subject is or does.
                end = begin
                continue
            if (
                begin >= 0
                and tokens[begin].text == ","
                and _embedded_relative(tokens, begin + 1, lex)
            ):
                # "Ein Mitglied des Teams, das für die Reinigung zuständig ist, leistete sich
                # …": step over the relative clause to the noun it is about.
                end = begin
                continue
            if not (
                begin >= 0
                and tokens[begin].text == ","
                and _opens_with_verb(tokens, begin + 1, end, lex)
            ):
                agent, _ = classify_forward(tokens, lex, extra, self, begin + 1, end)
                return agent
            end = begin
        return Agent.NONE

    def _antecedent(self, tokens: list[Token], comma: int, lex: Lexicon, extra: Extra) -> Agent:
        """The noun phrase right before ``comma``, which a relative clause is about."""
        before = comma - 1
        while before >= 0 and tokens[before].text not in PUNCT:
            before -= 1
        first = noun_phrase_start(tokens, comma - 1, lex, before + 1)
        agent, _ = classify_forward(tokens, lex, extra, self, first, comma, skip_objects=False)
        return agent

    def _interrupted_clause_subject(
        self, tokens: list[Token], start: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        """ "Er hat seine Pflicht, den Rollout zu überwachen, vernachlässigt", "Er hat die
        Weiche, an der sich der Unfall ereignete, zu früh umgestellt": step over an embedded
        infinitive or relative clause to the clause it interrupts."""
        inner_end = start
        inner_start = inner_end - 1
        while inner_start >= 0 and tokens[inner_start].text not in PUNCT:
            inner_start -= 1
        embedded = inner_start >= 0 and tokens[inner_start].text == ","
        infinitive = inner_end - 2 > inner_start and tokens[inner_end - 2].low == "zu"
        if embedded and (infinitive or _embedded_relative(tokens, inner_start + 1, lex)):
            outer_start = inner_start - 1
            while outer_start >= 0 and tokens[outer_start].text not in PUNCT:
                outer_start -= 1
            agent, _ = classify_forward(tokens, lex, extra, self, outer_start + 1, inner_start)
            return agent
        return Agent.NONE

    def clause_subject(
        self, tokens: list[Token], cue_index: int, clause_start: int, lex: Lexicon, extra: Extra
    ) -> Agent | None:
        return None  # found as any subject is (the verb-final clause holds it)

    def fronted_subject(
        self, tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra
    ) -> Agent:
        return Agent.NONE  # a fronted phrase is followed by the verb, then the subject

    def leaves_out_person(
        self, tokens: list[Token], start: int, cue_index: int, lex: Lexicon
    ) -> bool:
        return False  # a German clause without a subject continues the one before

    def negation_end(self, tokens: list[Token], cue_index: int, match_end: int) -> int:
        # The negation often sits before a verb-final cue; look to the clause end.
        end = cue_index
        while end < len(tokens) and tokens[end].text not in ",;:()":
            if tokens[end].start >= match_end:
                break
            end += 1
        return end


def _joins_clauses(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether ``tokens[k]`` ends the clause before it; "und" between two numbers ("zwischen 9
    und 10 Uhr") joins the numbers, not two clauses."""
    if tokens[k].low not in lex.boundaries:
        return False
    if (
        tokens[k].low == "bis"
        and k + 2 < len(tokens)
        and tokens[k + 1].text[:1].isupper()
        and tokens[k + 2].text[:1].islower()
        and tokens[k + 2].low not in lex.finite_verbs
    ):
        return False  # "bis Freitagabend lahmgelegt": a preposition before a noun
    if tokens[k].low == "und" and any(tokens[j].low == "zwischen" for j in range(max(0, k - 4), k)):
        return False  # "zwischen Nyon und Genf": the two ends of a span, not two clauses
    return not (
        tokens[k].low in ("und", "oder", "bis")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].text[:1].isdigit()
        and tokens[k + 1].text[:1].isdigit()
    )


def _after_free_relative(tokens: list[Token], start: int, clause_end: int, lex: Lexicon) -> bool:
    """Whether the clause at ``start`` (a comma, then a finite verb) follows a "wer" clause."""
    first = start + 1
    if not (
        start >= 0
        and tokens[start].text == ","
        and first < clause_end
        and tokens[first].low in lex.finite_verbs
    ):
        return False
    prev_start = start - 1
    while prev_start >= 0 and tokens[prev_start].text not in PUNCT:
        prev_start -= 1
    return prev_start + 1 < start and tokens[prev_start + 1].low in lex.free_relatives


# Articles and "dieser" that stand alone as the subject ("Der hätte … kennen müssen", "Dieser
# hatte ausversehen …"); not "das" or "dies", which are as often a thing.
_DEMONSTRATIVE_SUBJECTS = frozenset({"der", "die", "dieser"})

# Relative pronouns that may be the object ("die", "das", "den"), and articles that open a
# subject after them.
_OBJECT_RELATIVES = frozenset({"die", "das", "den"})
_SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})


def _opens_relative_clause(tokens: list[Token], start: int, clause_end: int, lex: Lexicon) -> bool:
    """Whether the clause after the comma at ``start`` is a relative clause whose verb is
    not next ("…, der aus Versehen …", "…, der offensichtlich …")."""
    first = start + 1
    return (
        start > 0
        and tokens[start].text == ","
        and first + 1 < clause_end
        and tokens[first].low in lex.relative_pronouns
        and (
            # "…, die Bamberg den Skandal eingebrockt haben": the finite verb closes the clause.
            (clause_end - 1 > first + 1 and tokens[clause_end - 1].low in lex.finite_verbs)
            or tokens[first + 1].text.islower()
        )
        and (
            tokens[first + 1].low in lex.prepositions
            or tokens[first + 1].low in lex.determiners
            or tokens[first + 1].text[:1].isupper()
            # An adverb ("…, der offensichtlich …"): uninflected, unlike an adjective before
            # a noun ("…, die neue Version …"), where "die" is an article.
            or (
                tokens[first + 1].low not in lex.finite_verbs
                and not tokens[first + 1].low.endswith(("e", "en", "er", "es", "em"))
            )
        )
    )


def _embedded_relative(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """Whether a relative clause opens at ``first`` ("die zum Verteiler führt", "an der sich
    der Unfall ereignete"): a relative pronoun, maybe after a preposition, and then no noun
    (after "die Kunden" the "die" is an article)."""
    k = first + 1 if first < len(tokens) and tokens[first].low in lex.prepositions else first
    return (
        k + 1 < len(tokens)
        and tokens[k].low in lex.relative_pronouns
        and tokens[k + 1].text.islower()
        and tokens[k + 1].text not in PUNCT
    )


def _opens_with_verb(tokens: list[Token], first: int, clause_end: int, lex: Lexicon) -> bool:
    """Whether the clause from ``first`` starts with its finite verb and no subject, as the
    later clauses of "X tat A, tat B, tat C" do."""
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
        and tok.low not in lex.not_pasts
        and not (nxt[:1].isupper() and nxt.lower() not in lex.determiners)
    )


def _subject_slot(tokens: list[Token], first: int, clause_end: int, lex: Lexicon) -> int:
    """Where the subject of the clause starting at ``first`` may begin: "Mit etwas mehr
    Sorgfalt hätte Tobias …" fronts a phrase, and the subject follows the finite verb."""
    if first < clause_end and tokens[first].low in lex.prepositions:
        for k in range(first + 1, clause_end):
            if tokens[k].low in lex.coordinators:
                break  # "Beim Betreten übersah er …, und wurde …": the next clause's verb
            if tokens[k].low in lex.finite_verbs:
                return k + 1
    return first


def _shares_subject(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether the clause after ``tokens[start]`` takes the subject of the one before it
    (after a coordinator, or opened by "ohne", "um", "statt")."""
    opener = tokens[start + 1].low if start + 1 < len(tokens) else ""
    return (
        tokens[start].low in lex.coordinators
        or opener in ("ohne", "um", "statt", "anstatt")
        or (tokens[start].text == "," and opener in ("ohne", "um", "statt"))
    )


def _genitive_attribute(tokens: list[Token], index: int) -> bool:
    """Whether the noun at ``index`` is a genitive after another noun ("die Drucker der
    Sparkassen"): whose the things are, not who acts."""
    return (
        index >= 2
        and tokens[index - 1].low in ("der", "des")
        and tokens[index - 2].text[:1].isupper()
        and tokens[index - 2].text.isalpha()
    )


GRAMMAR: Grammar = German()


# Adverbs of a faulty act ("spät" and "früh" after "zu"), and the passive auxiliaries (see
# _agentless_passive).
_FAULT_ADVERBS = frozenset(
    {"falsch", "fälschlicherweise", "versehentlich", "irrtümlich", "fehlerhaft", "unsachgemäß",
     "spät", "früh", "viel", "wenig", "doppelt", "mehrfach", "zweimal"}
)  # fmt: skip
_PASSIVE_AUXILIARIES = frozenset(("wurde", "wurden", "wird", "werden", "worden"))
# An active auxiliary or a new clause between an opening passive auxiliary and the cue.
_ACTIVE_OR_NEW_CLAUSE = frozenset(("hat", "haben", "hatte", "hatten", "und", "oder"))


def _clause_end(tokens: list[Token], index: int) -> int:
    """The index of the first punctuation token at or after ``index`` (or the length)."""
    end = index
    while end < len(tokens) and tokens[end].text not in PUNCT:
        end += 1
    return end


def _participle_before_auxiliary(tokens: list[Token], first: int, reach: int) -> int:
    """The first participle-like word from ``first`` on, within ``reach`` words and the
    clause, that a passive auxiliary follows ("… berechnet worden", "… zugestellt werden"),
    or -1."""
    for k in range(first, min(first + reach, len(tokens) - 1)):
        word = tokens[k]
        if word.text in PUNCT:
            return -1
        if (
            word.text.islower()
            and word.low.endswith(("t", "en"))
            and tokens[k + 1].low in _PASSIVE_AUXILIARIES
        ):
            return k
    return -1


def _wrong_thing_handed_over(tokens: list[Token], start: int, cue_index: int) -> bool:
    """Whether the cue opens "die falsche Klausur" after a passive auxiliary in its clause and
    the clause ends in a participle ("Prüflingen wurde zuerst die falsche Klausur
    ausgehändigt"): what was handed over, in a passive."""
    if cue_index + 1 >= len(tokens) or not tokens[cue_index + 1].low.startswith("falsche"):
        return False
    if not any(tokens[k].low in _PASSIVE_AUXILIARIES for k in range(start, cue_index)):
        return False
    last = _clause_end(tokens, cue_index) - 1
    return (
        last > cue_index + 2
        and tokens[last].text.islower()
        and tokens[last].low.endswith(("t", "en"))
    )


def _negated_passive(tokens: list[Token], start: int, cue_index: int) -> bool:
    """Whether the cue negates a passive at the end of a clause ("…, weil Pakete … gar nicht
    erst zugestellt werden"). Not in a "dass" clause, whose doer the clause before may name
    ("…, falls wir erkennen, dass die Regeln nicht eingehalten werden")."""
    if tokens[cue_index].low not in ("nicht", "nie", "niemals") or tokens[start].low == "dass":
        return False
    return _participle_before_auxiliary(tokens, cue_index + 1, 4) >= 0


def _fault_adverb_passive(tokens: list[Token], start: int, cue_index: int) -> bool:
    """Whether the cue is a fault adverb ("falsch", "zu spät", "zu viel", "doppelt") before a
    passive participle ("Gutschriften wurden falsch berechnet", "… versehentlich für das ganze
    Jahr berechnet worden", "Wurden die Menschen zu spät gewarnt?", "…, dass 625.000 Euro zu
    viel ausbezahlt wurden")."""
    adverb = cue_index
    if tokens[cue_index].low == "zu" and cue_index + 1 < len(tokens):
        adverb = cue_index + 1  # "… zu spät gewarnt": the adverb is the word after "zu"
    participle = adverb + 1
    if tokens[adverb].low not in _FAULT_ADVERBS or participle >= len(tokens):
        return False
    # The participle may stand a few words on, before the auxiliary at the clause's end.
    later = _participle_before_auxiliary(tokens, participle, 6)
    if later >= 0:
        participle = later
    verb = tokens[participle]
    if not (verb.text.islower() and verb.low.endswith(("t", "en"))):
        return False
    before = tokens[cue_index - 1].low if cue_index > 0 else ""
    after = tokens[participle + 1].low if participle + 1 < len(tokens) else ""
    # The auxiliary may also open the clause: "Wurden die Menschen zu spät gewarnt?"
    opening = tokens[start].low in _PASSIVE_AUXILIARIES and not any(
        tokens[k].low in _ACTIVE_OR_NEW_CLAUSE for k in range(start, cue_index)
    )
    return before in _PASSIVE_AUXILIARIES or after in _PASSIVE_AUXILIARIES or opening


_PAST_PASSIVE = _PASSIVE_AUXILIARIES - {"wird", "werden"}
_ACTIVE_AUXILIARIES = frozenset(("hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"))
_BE_FORMS = frozenset(("ist", "sind", "war", "waren"))
_PASSIVE_TAIL = _PAST_PASSIVE | _BE_FORMS
_NEW_CLAUSE = frozenset(("und", "oder", "aber", "sondern", "da", "weil", "dass", "als", "wenn"))
# A sentence passed on someone is no harm done to them but a finding about what they did.
_NOT_DONE_TO = frozenset(("verurteilt", "bestraft", "belangt", "angeklagt", "gefeuert"))


def _participle_passive(tokens: list[Token], start: int, cue_index: int) -> bool:
    """Whether the cue ends a past passive ("Der Moderator wurde im Stich gelassen", "…, dass
    der Patient vergessen worden war"): whom it was done to is the subject. The cue must be
    the clause's last verb or close before it, with no new clause between it and the
    auxiliary; an active auxiliary in the clause makes it active."""
    end = _clause_end(tokens, cue_index)
    auxiliaries = [k for k in range(start, end) if tokens[k].low in _PAST_PASSIVE]
    if not auxiliaries or any(tokens[k].low in _ACTIVE_AUXILIARIES for k in range(start, end)):
        return False
    last = end - 1
    while last > cue_index and tokens[last].low in _PASSIVE_TAIL:
        last -= 1
    verb = tokens[last]
    if not (cue_index <= last <= cue_index + 2 and verb.text.islower()):
        return False
    if not verb.low.endswith(("t", "en")) or verb.low in _NOT_DONE_TO:
        return False
    first = auxiliaries[0]
    return first > cue_index or not any(
        tokens[k].low in _NEW_CLAUSE for k in range(first + 1, cue_index)
    )


def _agentless_passive(
    tokens: list[Token], cue_index: int, lex: Lexicon, extra: Extra, grammar: Grammar
) -> bool:
    """Whether the cue stands in a passive that names nobody after "von" or "durch": a fault
    adverb before its participle ("Gutschriften wurden falsch berechnet", "…, dass … Erträge
    von Lebensversicherungen … falsch berechnet wurden"), a wrong thing handed over
    ("Prüflingen wurde … die falsche Klausur ausgehändigt") or a negated one ("…, weil Pakete
    … nicht erst zugestellt werden"). The subject is what it was done to, or whom, not who
    did it."""
    start = cue_index
    while start > 0 and tokens[start - 1].text not in PUNCT:
        start -= 1
    if not (
        _wrong_thing_handed_over(tokens, start, cue_index)
        or _negated_passive(tokens, start, cue_index)
        or _fault_adverb_passive(tokens, start, cue_index)
        or _participle_passive(tokens, start, cue_index)
    ):
        return False
    end = _clause_end(tokens, cue_index)
    for k in range(start, end):
        # "von" right after a noun belongs to it ("Gutschriften von Lebensversicherungen").
        by_phrase = k == start or not tokens[k - 1].text[:1].isupper()
        if tokens[k].low in ("von", "vom", "durch") and by_phrase:
            agent, _ = classify_forward(
                tokens, lex, extra, grammar, k + 1, min(k + 5, end), skip_objects=False
            )
            if agent in (Agent.PERSON, Agent.TEAM):
                return False  # "… wurden von der Kasse falsch berechnet"
    return True
