"""Agent classification: is the doer of a clause a PERSON, a TEAM or a SYSTEM?

Works on names nobody listed: a capitalised token that is not in the technical lexicon,
not after a determiner and not a common word is taken as a name (English). Where a
language capitalises more than names (German nouns), its grammar says where a name may stand
(pmdesk.lint.grammar).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pmdesk.lint._rules import Lexicon

if TYPE_CHECKING:
    from pmdesk.lint.grammar import Grammar

__all__ = [
    "COUNT_WORDS",
    "PUNCT",
    "SIGHS",
    "Agent",
    "Extra",
    "Token",
    "classify_forward",
    "classify_token",
    "known_form",
    "noun_phrase_start",
    "plural_antecedent",
    "tokenize",
]

# A number with a decimal comma or point ("0,06-Sekunden-Stromausfall") is one token, so
# that its comma does not end a clause; so is an abbreviation with slashes ("I/O").
_TOKEN_RE = re.compile(
    r"(?<![\w.])@[A-Za-z][\w-]*(?:['’]s?)?"  # a handle ("@bob"), not an e-mail address
    r"|\d{1,2}:\d{2}(?::\d{2})?|\d+(?:[.,]\d+)+(?:[\w'’\-]*[^\W_])?"
    r"|[A-Z0-9]+(?:/[A-Z0-9]+)+(?![\w/])"  # "I/O", "TCP/IP": one term, and "I" is no writer
    r"|[A-Z]{1,4}&[A-Z]{1,4}(?:['’]s?)?(?![\w&])"  # "AT&T", "M&S": one name
    # A host name in lower case ("mybinder.org") is one token, a site's, so that "org" is no
    # organisation; "Booking.com" stays a firm's name.
    r"|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|app|gov|edu|co|uk|de|at|ch|eu|info)(?![\w.-])"
    # The first half of a shared compound ("Telefon- und Internet-Anbieter") keeps its hyphen.
    r"|[^\W_][\w'’\-]*-(?=\s+(?:und|oder|sowie|bzw|and|or)\b)"
    r"|[^\W_](?:[\w'’\-]*[^\W_])?(?:['’]s?)?|[,;:()—–]",
    re.UNICODE,
)
PUNCT = frozenset(",;:()—–")


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


def tokenize(text: str, *, keep_asides: bool = False) -> list[Token]:
    """Split a sentence into word and punctuation tokens; an aside between a pair of dashes,
    or a short one in brackets inside the clause, is left out (unless ``keep_asides``), so
    that a subject reaches its verb across it ("Die Täter haben – wie auf dem Bild zu sehen
    ist – alle … zerstört", "Der Gynäkologe (Frauenarzt) hat es versäumt")."""
    tokens = [
        Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)
    ]
    if keep_asides:
        return tokens
    if "–" in text or "—" in text:
        tokens = _without_asides(tokens, _DASHES, _DASHES, _MAX_ASIDE, inside_clause=False)
    if "(" in text:
        tokens = _without_asides(tokens, _OPEN, _CLOSE, _MAX_BRACKETED, inside_clause=True)
    return tokens


_DASHES = frozenset("—–")
_CLAUSE_ENDS = frozenset(".;:!?")
_MAX_ASIDE = 12
_OPEN = frozenset("(")
_CLOSE = frozenset(")")
_MAX_BRACKETED = 6
# Punctuation a bracketed aside may not stand before; a comma may follow it.
_NOT_AFTER_ASIDE = PUNCT - {","}
_MAX_RELATIVE = 20
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "whom", "der", "die", "das", "welche"})


def _without_asides(
    tokens: list[Token],
    opens: frozenset[str],
    closes: frozenset[str],
    longest: int,
    *,
    inside_clause: bool,
) -> list[Token]:
    """``tokens`` without the asides that open with one of ``opens`` and close, within
    ``longest`` tokens, with one of ``closes``. A bracketed aside (``inside_clause``) holds no
    other punctuation and needs a word before it and a word or a comma after it ("…, wechselt
    häufig (wenig Konstanz für die Bewohner), ist unfreundlich …"); one between dashes may hold
    brackets and commas ("Die Piloten – US-Amerikaner (70, 56) – hatten vergessen …") but
    no end of a sentence or clause. An aside that ends the sentence stays (a cue in it must
    keep a token to be at)."""
    stops = PUNCT if inside_clause else _CLAUSE_ENDS | closes
    kept: list[Token] = []
    k = 0
    while k < len(tokens):
        if tokens[k].text in opens and (k > 0 or not inside_clause):
            reach = longest
            if k + 1 < len(tokens) and tokens[k + 1].low in _RELATIVE_PRONOUNS:
                reach = _MAX_RELATIVE  # "Someone on our team (who shall remain nameless but …)"
            close = next(
                (
                    j
                    for j in range(k + 1, min(len(tokens), k + reach + 2))
                    if tokens[j].text in stops
                ),
                None,
            )
            if (
                close is not None
                and close > k + 1
                and close + 1 < len(tokens)
                and tokens[close].text in closes
                and not (inside_clause and tokens[close + 1].text in _NOT_AFTER_ASIDE)
            ):
                k = close + 1
                continue
        kept.append(tokens[k])
        k += 1
    return kept


def _strip_possessive(low: str) -> tuple[str, bool]:
    for ending in ("'s", "’s"):
        if low.endswith(ending) and len(low) > 2:
            return low[: -len(ending)], True
    if low.endswith(("'", "’")):
        return low[:-1], True
    return low, False


def _singular(low: str, weak_plurals: bool) -> tuple[str, ...]:
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    if not weak_plurals:
        return tuple(forms)
    if low.endswith("en"):
        forms.append(low[:-2])
    if low.endswith("nen"):
        forms.append(low[:-3])  # "Kolleginnen" → "Kollegin"
    if low.endswith(("n", "e")):
        forms.append(low[:-1])
    return tuple(forms)


def known_form(words: frozenset[str], low: str, lex: Lexicon) -> bool:
    """Whether ``low`` or one of its singular forms is in ``words``."""
    return any(form in words for form in _singular(low, lex.weak_plurals))


def _last_part(low: str) -> str:
    return low.rsplit("-", 1)[-1]


def _role_by_ending(low: str, lex: Lexicon) -> bool:
    """Whether a word ends like a role noun, also in the feminine or the plural
    ("Rangierleiterin", "Operateure")."""
    if lex.not_role_suffixes and low.endswith(lex.not_role_suffixes):
        return False
    forms = _singular(low, lex.weak_plurals)
    for feminine in ("innen", "in"):
        if low.endswith(feminine):
            forms += (low[: -len(feminine)],)
    return any(form.endswith(lex.role_suffixes) for form in forms)


_LINE_HEADS = frozenset({"leitung", "leitungen"})


def lexical_class(low: str, lex: Lexicon) -> int:
    """The lexicon's class of a lowercase word (an Agent value, or -1), cached."""
    code = lex.cache.get(low)
    if code is None:
        code = _lexical(low, lex)
        if len(lex.cache) < 50_000:
            lex.cache[low] = code
    return code


def _lexical(low: str, lex: Lexicon) -> int:
    """Class of a word from the lexicon alone (an Agent value), or -1."""
    if low in lex.tech_names:
        # A tool's own name before any reading of its parts: "cert-manager" is no manager.
        return Agent.SYSTEM.value
    last = _last_part(low)
    if last != low and last in _LINE_HEADS:
        # "Internet-Leitungen" are lines; the "Leitung" that leads a school or a firm has a
        # word of its own ("Schulleitung").
        return Agent.SYSTEM.value
    if known_form(lex.team_words, low, lex) or (
        last != low and known_form(lex.team_words, last, lex)
    ):
        return Agent.TEAM.value
    if lex.team_suffixes and low.endswith(lex.team_suffixes):
        return Agent.TEAM.value
    if known_form(lex.role_nouns, low, lex) or (
        last != low and known_form(lex.role_nouns, last, lex)
    ):
        return Agent.PERSON.value
    if lex.role_suffixes and len(low) > 5 and _role_by_ending(low, lex):
        return Agent.PERSON.value
    if known_form(lex.system_nouns, low, lex) or (
        last != low and known_form(lex.system_nouns, last, lex)
    ):
        return Agent.SYSTEM.value
    if known_form(lex.tech_names, low, lex):
        return Agent.SYSTEM.value
    if lex.system_suffixes and low.endswith(lex.system_suffixes):
        return Agent.SYSTEM.value
    return _closed_compound(low, lex)


# The first part of a closed compound has at least this many letters ("Kirchen-gemeinde").
_SHORTEST_MODIFIER = 3


def _closed_compound(low: str, lex: Lexicon) -> int:
    """Class of a German compound by its last part: a "Kirchengemeinde" is a team like a
    "Gemeinde", a "Friedhofsgärtner" a person like a "Gärtner"."""
    for heads, agent in ((lex.team_heads, Agent.TEAM), (lex.role_heads, Agent.PERSON)):
        if not heads:
            continue
        if any(
            form.endswith(head) and len(form) - len(head) >= _SHORTEST_MODIFIER
            for form in _singular(low, lex.weak_plurals)
            for head in heads
        ):
            return agent.value
    return -1


_PLURAL_PRONOUNS = frozenset({"they", "them"})
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "your", "our"})


def plural_antecedent(tokens: list[Token], i: int, lex: Lexicon) -> Agent:
    """Resolve "they": the nearest earlier plural noun in the sentence (no agent for an
    attacker), else a person."""
    for k in range(i - 1, -1, -1):
        low = tokens[k].low
        if low in lex.person_pronouns or (tokens[k].text in PUNCT and tokens[k].text != ","):
            break
        if low in lex.adversaries:
            return Agent.NONE
        code = lex.cache.get(low)
        if code is None:
            code = _lexical(low, lex)
        if code == Agent.PERSON.value:
            return Agent.PERSON
        if code >= 0 and low.endswith("s"):
            return Agent(code)
    if _organisation_they(tokens, i, lex):
        return Agent.NONE
    return Agent.PERSON


def _organisation_they(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a sentence-opening "they" with no antecedent names an organisation: later in
    the sentence "their" owns software, systems or customers."""
    if any(tokens[k].text not in PUNCT for k in range(i)):
        return False
    return any(
        tokens[k].low == "their" and tokens[k + 1].low in lex.organisation_belongings
        for k in range(i + 1, len(tokens) - 1)
    )


# --------------------------------------------------------------------------- one token


class _Look(NamedTuple):
    """One word being classified, with what the steps of classify_token look at."""

    tokens: list[Token]
    i: int
    low: str  # lowercase, without a possessive ending
    possessive: bool
    prev: str  # the token before, lowercase ("" at the start)
    lex: Lexicon
    extra: Extra
    grammar: Grammar
    clause_start: int


_Verdict = tuple[Agent, bool] | None
_NOT_AN_AGENT = (Agent.NONE, False)


# The public counted by size is no culprit (see `Lexicon.crowd_nouns`).
def _crowd(look: _Look) -> _Verdict:
    tokens, i, lex = look.tokens, look.i, look.lex
    if look.low in lex.crowd_nouns and not look.possessive:
        if look.prev in lex.crowd_sizes or (
            look.prev == "of" and i > 1 and tokens[i - 2].low in lex.crowd_sizes_of
        ):
            return _NOT_AN_AGENT
    elif (
        look.low in lex.crowd_sizes_of
        and i + 2 < len(tokens)
        and tokens[i + 1].low == "of"
        and tokens[i + 2].low in lex.crowd_nouns
    ):
        return _NOT_AN_AGENT
    return None


def _plural_pronoun(look: _Look) -> _Verdict:
    if look.low in _PLURAL_PRONOUNS:
        return plural_antecedent(look.tokens, look.i, look.lex), look.possessive
    return None


def _pronoun(look: _Look) -> _Verdict:
    # "keiner", "niemand", "nobody": a pronoun unless it determines a noun ("keine Warnung").
    if look.low not in look.lex.person_pronouns:
        return None
    tokens, i = look.tokens, look.i
    if (
        i + 1 >= len(tokens)
        or not tokens[i + 1].text[:1].isupper()
        or not look.grammar.pronoun_may_determine
    ):
        return Agent.PERSON, look.possessive
    return None


def _function_word(look: _Look) -> _Verdict:
    whole = look.tokens[look.i].low
    if not look.low or whole in look.lex.determiners or whole in look.lex.prepositions:
        return _NOT_AN_AGENT
    return None


def _team_name(look: _Look) -> _Verdict:
    """A listed team, also of two or three words ("site reliability team")."""
    extra, lex = look.extra, look.lex
    if not (extra.team_names or lex.team_names):
        return None
    i, low = look.i, look.low
    prev2 = look.tokens[i - 2].low if i > 1 else ""
    bigram = f"{look.prev} {low}"
    trigram = f"{prev2} {bigram}"
    for names in (extra.team_names, lex.team_names):
        if low in names or bigram in names or trigram in names:
            return Agent.TEAM, look.possessive
    return None


def _person_word(look: _Look) -> _Verdict:
    """A listed name or a person pronoun (also one that determines a noun), or a listed
    two-word role whose head alone is a thing ("travel agent", "tour guide")."""
    low, lex = look.low, look.lex
    if low in look.extra.person_names or low in lex.person_names or low in lex.person_pronouns:
        return Agent.PERSON, look.possessive
    if lex.person_names and f"{look.prev} {low}" in lex.person_names:
        return Agent.PERSON, look.possessive
    return None


# Words after which "it" opens a clause of its own and may stand for the sentence's subject.
_IT_OPENERS = frozenset({"after", "when", "because", "since", "before", "until", "once", "as"})


def _system_pronoun(look: _Look) -> _Verdict:
    if look.low in look.lex.system_pronouns:
        if look.tokens[look.i].text == "IT" and not _in_capitals(look.tokens, look.i):
            return Agent.TEAM, look.possessive  # the IT department: "IT has managed to break …"
        if look.low == "it" and look.prev in _IT_OPENERS and _organisation_it(look):
            return Agent.TEAM, look.possessive
        if look.low == "it" and _before_party_verb(look, verbs=False):
            return Agent.TEAM, False  # "… but it refused to refund him any money"
        return Agent.SYSTEM, look.possessive
    return None


def _organisation_it(look: _Look) -> bool:
    """Whether "it" after "after"/"when" stands for an organisation that opens the sentence
    ("The Isle of Wight Council has referred itself to the watchdog after it erroneously
    emailed out …"): the first noun phrase is a team, and "it" is its clause's subject."""
    tokens = look.tokens
    first = 0
    while first < look.i and tokens[first].low in look.lex.determiners:
        first += 1
    for k in range(first, min(look.i, first + 6)):
        if tokens[k].text in PUNCT or tokens[k].low in look.lex.finite_verbs:
            break
        if _lexical(tokens[k].low, look.lex) == Agent.TEAM.value:
            return True
    return False


def _in_capitals(tokens: list[Token], i: int) -> bool:
    """Whether a word next to ``tokens[i]`` is in capitals too ("WHY IT HAPPENED")."""
    return any(
        0 <= j < len(tokens) and len(tokens[j].text) > 1 and tokens[j].text.isupper()
        for j in (i - 1, i + 1)
    )


# Words that make whoever they describe an attacker, no one whose conduct is reviewed:
# "malicious third parties could have done this same action".
_HOSTILE = frozenset({"malicious", "unauthorised", "unauthorized"})


# "My host tried reverting the database": a host someone has is a hosting company.
_HOSTS = frozenset({"host", "hosts", "webhost", "webhosts"})
_HAVERS = frozenset({"my", "your", "their", "his", "her"})


def _hired_host(look: _Look) -> _Verdict:
    return (Agent.TEAM, look.possessive) if look.low in _HOSTS and look.prev in _HAVERS else None


def _role(look: _Look) -> _Verdict:
    """A two-word role noun ("release manager") or a role of a participant."""
    low = look.low
    if look.prev and f"{look.prev} {low}" in look.lex.role_nouns:
        before = look.tokens[look.i - 2].low if look.i > 1 else ""
        return _NOT_AN_AGENT if before in _HOSTILE else (Agent.PERSON, look.possessive)
    if known_form(look.extra.role_nouns, low, look.lex):
        return Agent.PERSON, look.possessive
    return None


def _lexical_class(look: _Look) -> _Verdict:
    lex = look.lex
    code = lexical_class(look.low, lex)
    if code >= 0:
        tokens, i = look.tokens, look.i
        if (
            lex.capitalised_nouns
            and code != Agent.SYSTEM.value
            and i + 1 < len(tokens)
            and tokens[i + 1].text[0].isupper()
            and (tokens[i].text[0].islower() or look.grammar.opening_adjective(tokens, i, look.low))
        ):
            # "das neue Gesetz", and in a headline "Neue Software liefert falsche Werte": an
            # adjective before its noun, which decides ("Leiter Müller" is still Müller).
            return _NOT_AN_AGENT
        if (
            code == Agent.SYSTEM.value
            and not lex.capitalised_nouns
            and tokens[i].text.islower()
            and look.low in lex.tech_names
            and known_form(lex.team_words, look.low, lex)
        ):
            # A product is written with its capital ("Teams was down"); in lowercase the word
            # is the common noun ("the support teams failed to …").
            return Agent.TEAM, look.possessive
        return Agent(code), look.possessive
    return None


def _lowercase(look: _Look) -> _Verdict:
    # Unknown lowercase words are no agents; capitalised ones may be names or products.
    return None if look.tokens[look.i].text[0].isupper() else _NOT_AN_AGENT


def _apposition(look: _Look) -> _Verdict:
    """A name right after the role or organisation it names ("der Düsseldorfer Anbieter GTS",
    "the vendor Acme"): it is who the noun before it is, even in capitals."""
    prev = look.prev
    if not prev or look.i == 0:
        return None
    lex = look.lex
    before = look.i - 1
    if lex.capitalised_nouns and (
        look.tokens[before].text[0].islower()
        or look.grammar.opening_adjective(look.tokens, before, prev)
    ):
        # "das neue Gesetz", "Neue Software …": an adjective, no role, stands before the noun
        return None
    code = lexical_class(prev, lex)
    if code in (Agent.PERSON.value, Agent.TEAM.value):
        return Agent(code), look.possessive
    return None


def _technical_shape(look: _Look) -> _Verdict:
    """Versions, paths, acronyms (DNS, CDN) and CamelCase products (PagerDuty) are systems;
    team and role acronyms are in the lexicon."""
    text = look.tokens[look.i].text
    core = text.rstrip("'’s") if look.possessive else text
    if len(core) > 4 and core.isalpha() and core.isupper() and _in_capitals(look.tokens, look.i):
        # A word of a line in capitals ("A GAS MAIN WAS BROKEN BY A CONSTRUCTION CREW"), not
        # an acronym: acronyms are short, and their neighbours are in lower case.
        return _NOT_AN_AGENT
    if (
        any(c.isdigit() for c in core)
        or "_" in core
        or "." in core
        or "/" in core
        or (len(core) >= 2 and core.isupper())
        or any(c.isupper() for c in core[1:])
    ):
        if core.isalpha() and not look.possessive and _before_party_verb(look):
            return Agent.TEAM, False  # "ERCOT inadvertently violated …", "MoneyGram has …"
        return Agent.SYSTEM, look.possessive
    return None


def _before_party_verb(look: _Look, *, verbs: bool = True) -> bool:
    """Whether a party's verb follows, maybe after an auxiliary, "sich" or an adverb: only a
    person or an organisation apologises, breaks a rule or fails to inform someone.

    With ``verbs``, one of the lexicon's party verbs, a verb of failing before an act no
    system does ("MoneyGram failed to make corrections", but "NTP failed to sync"), a negation
    before an adverb that judges how well such an act was done ("TfNSW has not effectively
    planned …") or a negation before an act only a party fails at ("StubHub did not inform
    consumers …", but "PagerDuty did not notify"). Without, only a refusal of a party's act
    ("… but it refused to refund him"): "it" is mostly a thing, and things fail to comply
    with a schema.
    """
    tokens, lex = look.tokens, look.lex
    k = look.i + 1
    for _ in range(3):
        if k >= len(tokens):
            return False
        low = tokens[k].low
        if verbs and low in lex.party_verbs:
            return True
        if verbs and k > look.i + 1 and is_negation(tokens[k - 1].low, lex):
            if low in lex.adequacy_adverbs and k + 1 < len(tokens):
                return _party_act(tokens[k + 1].low, lex)  # "TfNSW has not effectively planned"
            if low in lex.party_infinitives:
                return True  # "StubHub did not inform consumers …", "… never disclosed"
        if low in lex.failing_verbs and k + 2 < len(tokens) and tokens[k + 1].low == "to":
            act = tokens[k + 2].low
            if verbs:
                return _party_act(act, lex)
            return low.startswith(("refus", "declin")) and act in lex.party_infinitives
        if not (
            low in lex.auxiliaries
            or low in lex.fillers
            or low == "sich"
            or (low.endswith("ly") and tokens[k].text.islower())
        ):
            return False
        k += 1
    return False


def is_negation(low: str, lex: Lexicon) -> bool:
    """Whether a lowercase token negates: a negator of the lexicon or a contracted "n't"."""
    return low in lex.negators or low.endswith(("n't", "n’t"))


def _party_act(word: str, lex: Lexicon) -> bool:
    """Whether a verb names an act systems do not fail at (its base form not in
    ``system_infinitives``): "maintain", "planned", but not "start" or "synced"."""
    if not word.isalpha():
        return False
    stems = {word}
    for ending in ("ed", "d", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.add(word[: -len(ending)])
    return stems.isdisjoint(lex.system_infinitives)


def _thing_with_a_flaw(look: _Look) -> _Verdict:
    """The noun a flaw is in, of any case: "a bug in interactive installer", "an issue in
    Geth" (the installer there is software, not the one who installs)."""
    tokens, i, lex = look.tokens, look.i, look.lex
    if not lex.product_attributes:
        return None
    for j in range(i - 1, max(1, i - 3) - 1, -1):
        if tokens[j].low in ("of", "in", "with") and known_form(
            lex.product_attributes, tokens[j - 1].low, lex
        ):
            return Agent.SYSTEM, look.possessive
        if tokens[j].text in PUNCT or tokens[j].low in lex.person_pronouns:
            return None
    return None


def _product_name(look: _Look) -> _Verdict:
    """A capitalised word that names a product: after "a quirk of", "a bug in"; in a run of
    capitalised words with an acronym ("Uneven IAVL Tree Heights") or before a system noun
    ("Interchain Queries module")."""
    tokens, i, lex = look.tokens, look.i, look.lex
    if not lex.product_attributes:
        return None
    if (
        i >= 2
        and tokens[i - 1].low in ("of", "in", "with")
        and known_form(lex.product_attributes, tokens[i - 2].low, lex)
    ):
        return Agent.SYSTEM, look.possessive
    first = i
    while first > 0 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].text.isalpha():
        first -= 1
    after = i + 1
    while after < len(tokens) and tokens[after].text[:1].isupper() and tokens[after].text.isalpha():
        after += 1
    run = tokens[first:after]
    if len(run) < 2 or look.possessive:
        return None
    if any(len(token.text) >= 2 and token.text.isupper() for token in run):
        return Agent.SYSTEM, look.possessive
    if after < len(tokens) and known_form(lex.system_nouns, tokens[after].low, lex):
        return Agent.SYSTEM, look.possessive
    return None


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eins",
     "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "ii", "iii",
     "iv", "vi", "vii", "viii", "ix"}
)  # fmt: skip


# Heads that make a run of capitalised words the name of a publication or a product:
# "traffic due to Hacker News", "Google Drive", "GitHub Actions".
_TITLE_HEADS = frozenset(
    {"News", "Times", "Post", "Journal", "Magazine", "Daily", "Weekly", "Gazette", "Hub",
     "Lab", "Labs", "Cloud", "Actions", "Pages", "Drive", "Docs", "Sheets", "Store", "Mail",
     "Nachrichten", "Zeitung", "Rundschau", "Anzeiger", "Infection", "Disease", "Syndrome",
     "Disorder", "Injury", "Failure", "Error", "Exception", "Attack", "Arrest", "Fever"}
)  # fmt: skip


# Titles of named weather: "due to Hurricane Sandy", "Orkan Kyrill".
_STORM_TITLES = frozenset(
    {"Hurricane", "Storm", "Superstorm", "Typhoon", "Cyclone", "Tornado", "Sturm", "Orkan",
     "Sturmtief", "Tief", "Hoch", "Wirbelsturm", "Hurrikan", "Taifun", "Zyklon"}
)  # fmt: skip


def _title_run(look: _Look) -> _Verdict:
    """A capitalised word before or as the head of a title ("Hacker News", "Urinary Tract
    Infection") is no name, even when it is a role noun on its own ("hacker"); nor is a
    storm's ("Hurricane Sandy")."""
    tokens, i = look.tokens, look.i
    if not tokens[i].text[:1].isupper() or look.possessive:
        return None
    if tokens[i].text in _STORM_TITLES or (i > 0 and tokens[i - 1].text in _STORM_TITLES):
        return Agent.SYSTEM, False
    # The head may come a few capitalised words later: "Urinary Tract Infection".
    run_end = i + 1
    while run_end < min(len(tokens), i + 4) and tokens[run_end].text[:1].isupper():
        if tokens[run_end].text in _TITLE_HEADS:
            break
        run_end += 1
    before_head = run_end < len(tokens) and tokens[run_end].text in _TITLE_HEADS
    the_head = i > 0 and tokens[i].text in _TITLE_HEADS and tokens[i - 1].text[:1].isupper()
    return (Agent.SYSTEM, False) if before_head or the_head else None


# Holidays named with a possessive: "meters fail due to New Year’s glitch", "a Valentine’s
# Day rush", "St Patrick’s"; no one is their owner.
_HOLIDAY_OWNERS = frozenset({"valentine", "patrick", "patricks", "fool", "fools"})
_HOLIDAY_HEADS = frozenset({"Day", "Eve", "Night", "Weekend"})


def _holiday(look: _Look) -> _Verdict:
    tokens, i = look.tokens, look.i
    if not look.possessive or not tokens[i].text[:1].isupper():
        return None
    if (
        (look.low == "year" and i > 0 and tokens[i - 1].text == "New")
        or look.low in _HOLIDAY_OWNERS
        or (i + 1 < len(tokens) and tokens[i + 1].text in _HOLIDAY_HEADS)
    ):
        return Agent.SYSTEM, False
    return None


# Team words that, numbered, name an item of a list ("Group 4 incorrectly opened at 11.10am",
# an exchange's auction group); a numbered role ("Technician 2") stays a person.
_NUMBERED_ITEMS = frozenset({"group", "groups", "block", "blocks"})


def _numbered_group(look: _Look) -> _Verdict:
    """A group with a number after it is an item of a list, no team: "Group 4 incorrectly
    opened …"."""
    tokens, i = look.tokens, look.i
    if look.low in _NUMBERED_ITEMS and i + 1 < len(tokens) and tokens[i + 1].low.isdigit():
        return Agent.SYSTEM, look.possessive
    return None


def _numbered_thing(look: _Look) -> _Verdict:
    """A capitalised word with a number after it is an item of a list, no name: "Problem
    three ended up with some ordering problems …", "Step 4", "Phase II"."""
    tokens, i = look.tokens, look.i
    if i + 1 >= len(tokens) or look.possessive:
        return None
    following = tokens[i + 1].low
    if following.isdigit() or following in _NUMBER_WORDS:
        return Agent.SYSTEM, look.possessive
    return None


def _named_thing(look: _Look) -> _Verdict:
    """A name given to a thing ("a testnet, referred to as Matsnet, caused …") is no
    person; one given to a person ("a man named Abel") is left to the next steps."""
    tokens, i = look.tokens, look.i
    for phrase in look.lex.naming_phrases:
        start = i - len(phrase)
        if start < 0 or tuple(token.low for token in tokens[start:i]) != phrase:
            continue
        named = start - 1
        while named >= 0 and tokens[named].text in PUNCT:
            named -= 1
        if named >= 0 and _lexical(_strip_possessive(tokens[named].low)[0], look.lex) in (
            Agent.PERSON.value,
            Agent.TEAM.value,
        ):
            return None
        return Agent.SYSTEM, look.possessive
    return None


def _after_determiner(look: _Look) -> _Verdict:
    lex = look.lex
    if look.prev in lex.determiners:
        return _NOT_AN_AGENT
    # A noun after an article and an adjective ("das neue Gesetz", "die alte Anlage"): in a
    # language that capitalises its nouns, an unknown one there is a thing, not a name.
    i = look.i
    if (
        lex.capitalised_nouns
        and i >= 2
        and look.tokens[i - 1].text[0].islower()
        and look.tokens[i - 1].low.endswith(("e", "en", "er", "es", "em"))
        and look.tokens[i - 1].low not in lex.finite_verbs
        and look.tokens[i - 2].low in lex.determiners
    ):
        return _NOT_AN_AGENT
    return None


def _common_word(look: _Look) -> _Verdict:
    low, lex = look.low, look.lex
    if low in lex.common_words or (lex.not_name_suffixes and low.endswith(lex.not_name_suffixes)):
        return _NOT_AN_AGENT
    return None


def _out_of_name_position(look: _Look) -> _Verdict:
    if look.grammar.name_stands(look.tokens, look.i, look.low, look.clause_start, look.lex):
        return None
    return _NOT_AN_AGENT


# The steps of classify_token, in order: the first with a verdict decides. A capitalised
# word that none of them places is a name nobody listed.
_STEPS: tuple[Callable[[_Look], _Verdict], ...] = (
    _plural_pronoun,
    _pronoun,
    _function_word,
    _crowd,
    _team_name,
    _person_word,
    _system_pronoun,
    _title_run,
    _holiday,
    _thing_with_a_flaw,
    _hired_host,
    _role,
    _numbered_group,
    _lexical_class,
    _lowercase,
    _apposition,
    _technical_shape,
    _numbered_thing,
    _product_name,
    _named_thing,
    _after_determiner,
    _common_word,
    _out_of_name_position,
)


def classify_token(
    tokens: list[Token], i: int, lex: Lexicon, extra: Extra, grammar: Grammar, clause_start: int
) -> tuple[Agent, bool]:
    """Classify ``tokens[i]``; returns the agent class and whether it is possessive."""
    tok = tokens[i]
    if tok.text in PUNCT or tok.text.endswith("-"):
        return _NOT_AN_AGENT  # no head: "Telefon-" in "der Telefon- und Internet-Anbieter"
    if tok.text[0] == "@":
        # A handle names an account, a person's unless it says it is a bot ("@dependabot",
        # "@k8s-ci-robot").
        low, possessive = _strip_possessive(tok.low)
        return (Agent.SYSTEM if low.endswith("bot") else Agent.PERSON), possessive
    if tok.text[0].isdigit():
        # Numbers are no agents, but a person named by age is ("the 45-year-old",
        # "der 62-Jährige").
        if lex.age_suffixes and tok.low.endswith(lex.age_suffixes):
            return Agent.PERSON, False
        return _NOT_AN_AGENT
    low, possessive = _strip_possessive(tok.low)
    prev = tokens[i - 1].low if i > 0 else ""
    look = _Look(tokens, i, low, possessive, prev, lex, extra, grammar, clause_start)
    for step in _STEPS:
        verdict = step(look)
        if verdict is not None:
            return verdict
    return Agent.PERSON, possessive


# --------------------------------------------------------------------------- noun phrases


def classify_forward(
    tokens: list[Token],
    lex: Lexicon,
    extra: Extra,
    grammar: Grammar,
    start: int = 0,
    end: int | None = None,
    *,
    skip_objects: bool = True,
) -> tuple[Agent, int]:
    """First agent of a token range, the head of its noun phrase; returns (agent, index).

    Where the grammar says so (German), noun phrases after an accusative or dative article
    are objects, not subjects, and are skipped unless ``skip_objects`` is false (for spans
    a rule already marked).
    """
    end = len(tokens) if end is None else end
    i = start
    while i < end:
        if skip_objects and grammar.skips_objects and tokens[i].low in lex.prepositions:
            i = _past_prepositional_phrase(tokens, i, end, lex)
            continue
        if (
            skip_objects
            and grammar.skips_objects
            and i > start
            and tokens[i - 1].low in lex.object_articles
        ):
            i += 1
            continue
        if skip_objects and grammar.skips_objects and _object_genitive(tokens, i, start, lex):
            # "… hat … den Internet-Check-In der Fluglinie lahmgelegt": the genitive belongs
            # to the object before it.
            i = _past_noun_phrase(tokens, i, end, lex)
            continue
        if (
            grammar.skips_objects
            and tokens[i].low == "es"
            and i + 1 < end
            and (
                tokens[i + 1].low in lex.determiners
                or tokens[i + 1].low in COUNT_WORDS
                or (
                    tokens[i + 1].text.islower()
                    and i + 2 < end
                    and tokens[i + 2].text[:1].isupper()
                    and tokens[i + 2].text.isalpha()
                )
            )
        ):
            # "schafft es das Amt nicht", "nehmen es heimische Betriebe … nicht so genau":
            # "es" is the object, the subject follows.
            i += 1
            continue
        agent, possessive = classify_token(tokens, i, lex, extra, grammar, start)
        if agent is Agent.NONE:
            i += 1
            continue
        if tokens[i].low in _POSSESSIVE_DETERMINERS and i + 1 < end:
            # "her phone", "their pipeline": the noun after the determiner decides.
            head, head_index = classify_forward(tokens, lex, extra, grammar, i + 1, min(end, i + 3))
            if head is not Agent.NONE and head_index == i + 1:
                return head, head_index
            return agent, i
        if possessive or tokens[i].low in lex.person_pronouns:
            return agent, i
        if (
            grammar.names_end_phrase
            and agent is Agent.PERSON
            and tokens[i].text[:1].isupper()
            and not known_form(lex.role_nouns, tokens[i].low, lex)
        ):
            return agent, i  # a name; genitive names ("Torstens Änderung") stay persons
        return _compound_head(tokens, lex, extra, grammar, start, end, agent, i)
    return Agent.NONE, -1


_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})


def _object_genitive(tokens: list[Token], i: int, start: int, lex: Lexicon) -> bool:
    """Whether a genitive article at ``i`` follows an object noun ("den Internet-Check-In
    der Fluglinie"): an accusative or dative article, maybe an adjective, then the noun."""
    if tokens[i].low not in _GENITIVE_ARTICLES or i - 2 < start:
        return False
    if not tokens[i - 1].text[:1].isupper():
        return False
    if tokens[i - 2].low in lex.object_articles:
        return True
    return (
        i - 3 >= start and tokens[i - 2].text.islower() and tokens[i - 3].low in lex.object_articles
    )


def _past_prepositional_phrase(tokens: list[Token], i: int, end: int, lex: Lexicon) -> int:
    """The index after the noun phrase the preposition at ``i`` governs, with one genitive
    attribute: "Im Rahmen einer Bauch-Operation vergaßen die Operateure …" has its subject
    after the verb, not in the phrase. German nouns are capitalised, so the phrase ends at
    its first capitalised word after a determiner and lowercase adjectives."""
    k = _past_noun_phrase(tokens, i + 1, end, lex)
    if k < end and k > i + 1 and tokens[k].low in _GENITIVE_ARTICLES:
        k = _past_noun_phrase(tokens, k, end, lex)
    return k


# Sighs a writer opens an own slip with ("Damn, forgot to update …", "Oops... forgot the
# tests."), in both languages.
SIGHS = frozenset(
    {"damn", "darn", "oops", "whoops", "argh", "ugh", "ah", "oh", "doh", "d'oh", "d’oh", "sorry"}
    | {"mist", "hoppla", "upps", "ups", "ach", "verdammt"}
)
# Words that count what follows; no name comes after them ("in den vier Mainzer
# Stadtteilen"), and in a prepositional phrase they stand where an article would ("an 800
# Personen", "an rund 1700 Empfänger", "an mehrere Adressen").
COUNT_WORDS = frozenset(
    {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
     "zwanzig", "hundert", "tausend", "hunderte", "tausende", "mehrere", "einige", "viele",
     "wenige", "etliche", "zahlreiche", "sämtliche", "beide", "beiden"}
)  # fmt: skip
_COUNTED = COUNT_WORDS | {"rund", "etwa", "knapp", "über", "fast", "circa", "ca"}


# Endings of a name's first word that make it an adjective or a place ("Austrian Airlines",
# "Deutschen Telekom", "Berliner Ämter"): the capitalised words after it are the same name.
_NAME_ADJECTIVE_ENDINGS = ("en", "er", "an", "sch", "sche")


def _past_noun_phrase(tokens: list[Token], k: int, end: int, lex: Lexicon) -> int:
    if k >= end or tokens[k].text in PUNCT:
        return k
    counted = tokens[k].text[:1].isdigit() or tokens[k].low in _COUNTED
    if tokens[k].low not in lex.determiners and not counted:
        return k + 1  # a name, a pronoun or a bare noun: one word, as before
    j = k + 1
    while j < min(end, k + 5):
        text = tokens[j].text
        if text in PUNCT:
            return j
        if text[:1].isupper():
            # A name whose first word is an adjective or a place belongs to the phrase
            # whole: "der Austrian Airlines", "der Deutschen Telekom".
            while (
                tokens[j].low.endswith(_NAME_ADJECTIVE_ENDINGS)
                and j + 1 < end
                and tokens[j + 1].text[:1].isupper()
                and tokens[j + 1].text.isalpha()
                and tokens[j + 1].low not in lex.finite_verbs
            ):
                j += 1
            return j + 1
        j += 1
    return k + 1


def _compound_head(
    tokens: list[Token],
    lex: Lexicon,
    extra: Extra,
    grammar: Grammar,
    start: int,
    end: int,
    agent: Agent,
    i: int,
) -> tuple[Agent, int]:
    """The head of a compound starting with ``tokens[i]`` (of class ``agent``): "the
    Billing API", "the DBA team", "Hermes proxy"."""
    if tokens[i].low in lex.system_pronouns and not tokens[i].text.isupper():
        # A pronoun starts no compound: in a title-case heading ("Why Did It Happen?")
        # the capitalised verb after "It" is no name.
        return agent, i
    j = i + 1
    while j < end:
        nxt, nxt_possessive = classify_token(tokens, j, lex, extra, grammar, start)
        if (
            nxt is Agent.NONE
            or tokens[j].low in lex.person_pronouns
            or tokens[j].low in lex.system_pronouns
        ):
            break  # a pronoun starts the next phrase: "… die Deutsche Telekom es nicht …"
        nxt_low = _strip_possessive(tokens[j].low)[0]
        if (
            agent is Agent.SYSTEM
            and nxt is Agent.PERSON
            and not known_form(lex.role_nouns, nxt_low, lex)
        ):
            break  # a thing's own name: "Rechenzentrum Hagenholz", "server Zeus"
        if (
            nxt is Agent.SYSTEM
            and tokens[j].text[:1].isupper()
            and (
                agent is Agent.TEAM
                or (
                    agent is Agent.PERSON
                    and known_form(lex.role_nouns, _strip_possessive(tokens[i].low)[0], lex)
                )
            )
        ):
            break  # a party's own name, a product's too: "our email provider Sendgrid"
        if not (
            nxt is Agent.TEAM
            or (nxt is Agent.PERSON and known_form(lex.role_nouns, nxt_low, lex))
            or nxt_low in lex.compound_heads
            or _last_part(nxt_low) in lex.compound_heads
            or tokens[j].text[:1].isupper()
            or grammar.open_compounds
        ):
            break
        agent, i = nxt, j
        if nxt_possessive:
            break
        j += 1
    return agent, i


def noun_phrase_start(tokens: list[Token], i: int, lex: Lexicon, floor: int) -> int:
    """Walk back over the noun phrase ending at ``i``, not before ``floor``."""
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
