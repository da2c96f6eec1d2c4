"""Rule packs: loading the bundled TOML packs and organisation packs, compiling them once.

A pack (``resources/lint/<lang>.toml``) holds a lexicon (role nouns, system nouns, team
words, technical phrases, meta-language and rescue cues), macros shared by patterns, and
the rules. Every rule names cheap literal *cues*; the cues of a language are compiled into
one trie-shaped trigger regex (for the first texts, only the cues each text contains), so
only sentences containing a cue reach the clause analysis. The bundled packs are cached
assembled, and every rule pattern is compiled when a text first needs it: a one-line file
compiles next to nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from pmdesk.errors import UserFacingError
from pmdesk.lint._model import Section
from pmdesk.resource_files import resource_path

if TYPE_CHECKING:
    from pmdesk.lint._regex_cache import RegexCache

__all__ = ["LanguagePack", "Lexicon", "Rule", "RuleSet", "compiled_on_use", "load_rules"]

RESOURCES = resource_path("lint")
LANGUAGES = ("en", "de")
AGENT_MODES = frozenset({"any", "person", "team", "human", "not_system"})
SEVERITIES = frozenset({"warning", "info"})
_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Rule:
    """One blame-language rule, compiled."""

    id: str
    category: str
    cues: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    agent: str
    message: str
    question: str
    suggestion: str | None = None
    replacement: str | None = None
    # Exact rewrites of the matched span, tried in order: (pattern, template). A pattern
    # must match the whole span and may look behind it; the template may use its groups.
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()
    negatable: bool = True
    rescue: bool = False
    passive: bool = False
    question_only: bool = False
    subject: str = "left"
    skip_sections: frozenset[Section] = frozenset()
    severity: str = "warning"
    examples_flag: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Word lists used to classify the agent of a clause and to scope suppression."""

    person_pronouns: frozenset[str]
    system_pronouns: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    team_words: frozenset[str]
    team_suffixes: tuple[str, ...]
    system_nouns: frozenset[str]
    system_suffixes: tuple[str, ...]
    tech_names: frozenset[str]
    compound_heads: frozenset[str]
    person_names: frozenset[str]
    team_names: frozenset[str]
    determiners: frozenset[str]
    object_articles: frozenset[str]
    prepositions: frozenset[str]
    common_words: frozenset[str]
    not_name_suffixes: tuple[str, ...]
    name_preceders: frozenset[str]
    fillers: frozenset[str]
    finite_verbs: frozenset[str]
    boundaries: frozenset[str]
    coordinators: frozenset[str]
    negators: frozenset[str]
    # First-person words: a blame whose subject is the writer is an admission ("consider").
    self_words: frozenset[str] = frozenset()
    # Question words of open questions ("what", "how"): template questions, never blame.
    open_question_words: frozenset[str] = frozenset()
    # Nouns naming a slip ("typo"): "due to the typo" explains nothing, so it rescues nothing.
    slip_nouns: frozenset[str] = frozenset()
    # Words that open a sentence without opening a clause that explains ("however").
    connectives: frozenset[str] = frozenset()
    # Free relatives with a person as the subject of their clause ("whoever").
    free_relatives: frozenset[str] = frozenset()
    # Rescue words that explain only with a real clause and a non-person subject ("after").
    weak_rescue: frozenset[str] = frozenset()
    # Rescue words naming a competing activity ("while"): context, whoever does it.
    concurrent: frozenset[str] = frozenset()
    # Verbs of an event's onset ("began"): "after the outage began" dates the act, no more.
    onset_verbs: frozenset[str] = frozenset()
    # Verbs only a person or an organisation does ("apologised", "violated"): an acronym or a
    # CamelCase name as their subject is a party, not a product ("ERCOT inadvertently violated").
    party_verbs: frozenset[str] = frozenset()
    # What only a party fails or refuses to do ("failed to comply", "refused to refund"), and
    # the verbs of failing or refusing before it: their subject is a party, whatever its
    # shape ("NYCBS failed to maintain …", "… but it refused to refund him").
    party_infinitives: frozenset[str] = frozenset()
    failing_verbs: frozenset[str] = frozenset()
    # Adverbs that judge how well an act was done ("did not adequately document"): after a
    # negation their subject is a party, as after a verb of failing ("TfNSW has not
    # effectively planned …").
    adequacy_adverbs: frozenset[str] = frozenset()
    # What systems fail to do ("failed to start", "failed to sync"): no party is meant.
    system_infinitives: frozenset[str] = frozenset()
    # Finite verb forms without a regular ending ("was", "ran"): they make a clause.
    irregular_verbs: frozenset[str] = frozenset()
    # Simple pasts that differ from the present and have no past ending ("took", "forgot").
    irregular_pasts: frozenset[str] = frozenset()
    # Words with a past ending that are no past forms ("hundred", "naked"; "gute", "erste").
    not_pasts: frozenset[str] = frozenset()
    # Auxiliary and modal verbs: a run of words with one of them has a verb.
    auxiliaries: frozenset[str] = frozenset()
    # Words that open the object or a particle after a verb ("Pushed straight to main").
    object_starts: frozenset[str] = frozenset()
    # Relative pronouns that open a clause about the noun before the comma ("…, der …").
    relative_pronouns: frozenset[str] = frozenset()
    # Possessives of someone other than the writer: "his excuse was, I …" admits nothing.
    others_possessives: frozenset[str] = frozenset()
    # The writer's possessives ("our", "unser"): after the verb they name what was acted on,
    # not who acted ("Please don't merge broken builds to our main branch").
    self_possessives: frozenset[str] = frozenset()
    # Adversaries of a security incident: "they" after "the attacker" is no one whose
    # conduct the review is about.
    adversaries: frozenset[str] = frozenset()
    # Words that introduce a name ("a testnet, referred to as Matsnet", "a tool called
    # Hubble"): the last word of each entry stands right before the name.
    naming_phrases: tuple[tuple[str, ...], ...] = ()
    # What products have ("a quirk of Express", "a bug in Terraform"): a capitalised word
    # after one of these and "of"/"in"/"with" names a product. Also turns on reading a
    # run of capitalised words before a system noun as a product name (English only).
    product_attributes: frozenset[str] = frozenset()
    # Words of a request to the reader ("please", "bitte"): the one addressed does it.
    request_words: frozenset[str] = frozenset()
    # What an organisation owns: a sentence-opening "they" whose "their" owns these is a
    # company ("They pushed a faulty file and their software did not validate it").
    organisation_belongings: frozenset[str] = frozenset()
    # The public counted by size ("many people upgrading", "a lot of people that …"): a
    # population whose behaviour explains a number, no one singled out.
    crowd_nouns: frozenset[str] = frozenset()
    crowd_sizes: frozenset[str] = frozenset()  # before the noun: "many people"
    crowd_sizes_of: frozenset[str] = frozenset()  # before "of": "a lot of people"
    # Endings of a number that names a person by age ("45-year-old", "62-Jährige").
    age_suffixes: tuple[str, ...] = ()
    # Words that end like a role but name a thing or a company ("Halbleiter", "Marktführer").
    not_role_suffixes: tuple[str, ...] = ()
    # Whether plurals also end in -n/-en ("Kollegen", "Technikern"): German. English
    # plurals do not, and stripping those endings there turns "Stephen" into "step".
    weak_plurals: bool = False
    # Whether every noun is capitalised (German): a lowercase role word before a capitalised
    # one is an adjective ("das neue Gesetz"), not the role ("der Neue").
    capitalised_nouns: bool = False
    # Where nouns compound closed (German), the team and role words that also name a team or
    # a person as the last part of one ("Kirchengemeinde", "Reiseveranstalter"), and the
    # ones that do not ("Datenbanken", "Notbetrieb", "Schraubenmutter").
    team_heads: tuple[str, ...] = ()
    role_heads: tuple[str, ...] = ()
    # Lexical class of a lowercase word (an Agent value, -1 = none), filled on demand.
    cache: dict[str, int] = field(default_factory=dict, init=False, compare=False, repr=False)


@dataclass(frozen=True)
class LanguagePack:
    """Everything the engine needs for one language, compiled at load time."""

    lang: str
    rules: tuple[Rule, ...]
    lexicon: Lexicon
    cue_prefix: bool
    trigger: CueTrigger | None
    cue_rules: Mapping[str, frozenset[int]]
    technical: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]
    technical_gate: re.Pattern[str] | None
    meta: re.Pattern[str] | None
    meta_gate: re.Pattern[str] | None
    rescue: re.Pattern[str] | None
    local_rationality: re.Pattern[str] | None
    by_agent: re.Pattern[str] | None
    # Attribution of reported speech ("…, he told reporters", "laut …"): blame in it is a hint.
    reported: re.Pattern[str] | None = None
    # A courtesy: an invitation to the reader ("please don't hesitate to email me", "feel free
    # to …") or thanks ("Thanks for reporting this"): no blame, whatever words it holds; the
    # learned reader leaves such a sentence alone.
    courtesies: re.Pattern[str] | None = None
    # A condition addressed to the reader, as help pages write ("If you have entered your
    # password incorrectly five times, …"): what it says the reader did is no event.
    reader_conditions: re.Pattern[str] | None = None
    # Where one clause ends and the next begins (", and", ";"): a rule's exclusion excuses
    # only what the rule found in the exclusion's own clause.
    clause_breaks: re.Pattern[str] | None = None
    # Words one of which every attribution needs ("said", "according", "blamed" …): a sentence
    # with none of them (and no quotation mark) is not searched for one.
    reported_gate: re.Pattern[str] | None = None
    # The "consider" finding for blame inside quotation marks.
    quoted_rule: Rule | None = None
    # Rule patterns are case-sensitive and run on lowercased text (faster than IGNORECASE).
    match_lowercase: bool = False


@dataclass(frozen=True)
class RuleSet:
    """The rule packs per language, after organisation packs have been applied."""

    packs: Mapping[str, LanguagePack] = field(default_factory=dict)

    def pack(self, lang: str) -> LanguagePack:
        """Return the pack for ``lang`` ("en" or "de").

        Raises:
            UserFacingError: when no pack exists for the language.
        """
        try:
            return self.packs[lang]
        except KeyError:
            raise UserFacingError(
                f"There is no blame-language rule pack for the language {lang!r}.",
                "Use 'en' or 'de'.",
            ) from None

    @property
    def rules(self) -> tuple[Rule, ...]:
        """All rules of all languages, English first."""
        return tuple(rule for lang in sorted(self.packs) for rule in self.packs[lang].rules)


# --------------------------------------------------------------------------- compiling


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise UserFacingError(f"{where}: '{key}' must be a list of strings.")
    return tuple(value)


def _flag(table: Mapping[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise UserFacingError(f"{where}: '{key}' must be true or false.")
    return value


def _lexicon_macros(lexicon_table: Mapping[str, Any]) -> dict[str, str]:
    """Each word list of the lexicon as a macro, %LEXICON:name%, the alternation of its
    entries: a rule and the clause reader then share one list ("what systems fail to do")."""
    return {
        f"LEXICON:{name}": "(?:" + "|".join(re.escape(word) for word in words) + ")"
        for name, words in lexicon_table.items()
        if isinstance(words, list) and words and all(isinstance(word, str) for word in words)
    }


def _expand(pattern: str, macros: Mapping[str, str]) -> str:
    # Macros may use other macros; three rounds are plenty for the packs.
    for _ in range(3):
        if "%" not in pattern:
            break
        for name, body in macros.items():
            pattern = pattern.replace(f"%{name}%", body)
    return pattern


def _compile(pattern: str, where: str, *, lowercase: bool = False) -> re.Pattern[str]:
    """A pack regex; ``lowercase`` patterns run case-sensitively on lowercased text.

    It is compiled on first use: compiling a language's few hundred patterns takes longer
    than linting a page, and a short text needs only the rules whose cues it contains.
    """
    if lowercase and re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", pattern)):
        raise UserFacingError(
            f"{where}: the pattern {pattern!r} has capital letters, but this pack matches "
            "lowercased text ('match_lowercase = true')."
        )
    return cast("re.Pattern[str]", _deferred(pattern, re.UNICODE if lowercase else _FLAGS, where))


# The calls that scan a text; a pattern used this often in one run is swapped for its form that
# lets the regex engine skip ahead (``_fast_start``): longer to compile, so a short text keeps
# the pattern as written.
_HOT_METHODS = ("finditer", "search", "findall", "sub")
_USES_BEFORE_FAST = 64


class _DeferredPattern:
    """Stands in for ``re.compile(source, flags)`` and compiles it when first used."""

    def __init__(self, source: str, flags: int, where: str) -> None:
        self.source = source
        self.flags = flags
        self.where = where
        self._uses = 0

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        try:
            return _regexes().compile(self.source, self.flags)
        except re.error as exc:
            raise UserFacingError(
                f"{self.where}: the pattern {self.source!r} is not valid ({exc})."
            ) from None

    def __getattr__(self, name: str) -> Any:
        if name in _HOT_METHODS and self.source.startswith("\\b"):
            counted = functools.partial(self._counted, name)
            setattr(self, name, counted)
            return counted
        value = getattr(self.compiled, name)
        setattr(self, name, value)  # the engine's next `finditer` is a plain attribute
        return value

    def _counted(self, name: str, *args: Any) -> Any:
        self._uses += 1
        if self._uses >= _USES_BEFORE_FAST:
            self._go_fast()
        return getattr(self.compiled, name)(*args)

    def _go_fast(self) -> None:
        """From now on, the form that skips ahead (the same matches, faster)."""
        from pmdesk.lint._fast_start import fast_start  # a long text's need, not a start's

        compiled = self.compiled
        fast = fast_start(self.source, self.flags)
        if fast != self.source:
            compiled = _regexes("fast").compile(fast, self.flags)
            self.__dict__["compiled"] = compiled
        for hot in _HOT_METHODS:
            setattr(self, hot, getattr(compiled, hot))


@functools.cache
def _regexes(kind: str = "written") -> RegexCache:
    """The compiled regexes kept between runs (``_regex_cache``), in the cache folder: the
    patterns as written, and apart from them their longer forms for long texts ("fast"),
    which a short text need not read."""
    from pmdesk.lint._regex_cache import RegexCache, cache_name

    return RegexCache(cache_folder() / cache_name(kind), _packs_generation)


def _packs_generation() -> str:
    """The version of the bundled packs and of this module, which names the generation of
    the regex programs a run used (``_regex_cache`` drops the programs older ones left)."""
    loader: Any = getattr(__spec__, "loader", None)
    digest = hashlib.blake2b(digest_size=12)
    with contextlib.suppress(AttributeError, OSError):
        digest.update(loader.get_data(__file__))
    for lang in LANGUAGES:
        with contextlib.suppress(OSError):
            digest.update((RESOURCES / f"{lang}.toml").read_bytes())
    return digest.hexdigest()


# One object per pattern, as re.compile's cache gives: rules that share a pattern let the
# engine match it once.
_DEFERRED: dict[tuple[str, int], _DeferredPattern] = {}


def _deferred(source: str, flags: int, where: str) -> _DeferredPattern:
    pattern = _DEFERRED.get((source, flags))
    if pattern is None:
        pattern = _DEFERRED[source, flags] = _DeferredPattern(source, flags, where)
    return pattern


def compiled_on_use(source: str, flags: int = 0) -> re.Pattern[str]:
    """A regex of the linter's own, compiled when first used: a short text does not need
    the regexes for headings, timelines or lists, and every start would compile them."""
    return cast("re.Pattern[str]", _deferred(source, flags, __name__))


def _compile_now(rules: Iterable[Rule]) -> None:
    """Compile the patterns of ``rules`` now, so that a broken one is reported at once.

    Raises:
        UserFacingError: naming the first pattern that is not a valid regex.
    """
    for rule in rules:
        for pattern in (*rule.patterns, *rule.exclude):
            if isinstance(pattern, _DeferredPattern):
                _ = pattern.compiled


def _alternation(items: Iterable[str], where: str) -> re.Pattern[str] | None:
    items = [item for item in items if item]
    if not items:
        return None
    return _compile("|".join(f"(?:{item})" for item in items), where)


def _trie_regex(words: Iterable[str], whole_words: frozenset[str] = frozenset()) -> str:
    """Build a regex alternation shaped like a trie: fast for hundreds of literal cues.

    Words in ``whole_words`` must end at a word boundary; the others match as prefixes.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node["" if word in whole_words else "*"] = {}

    def render(node: dict[str, Any]) -> str:
        branches = []
        optional = False
        for char in sorted(node):
            if char == "*":
                optional = True
                continue
            if char == "":
                continue
            branches.append(re.escape(char) + render(node[char]))
        if "" in node:
            # Whole-word end: tried after the longer continuations.
            branches.append(r"\b")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?"
        return body

    return render(trie)


def _trigger_source(
    prefix_cues: Collection[str], whole_words: frozenset[str], suffix_cues: Collection[str]
) -> str:
    parts = []
    if prefix_cues:
        parts.append(r"\b" + _trie_regex(prefix_cues, whole_words))
    if suffix_cues:
        parts.append(r"\w(?:" + _trie_regex(suffix_cues) + r")\b")
    # A zero-width look-ahead lets cues overlap ("were not" and "not taken seriously"):
    # the engine reads the cue from group 1.
    # Cues are lowercase and the engine lowercases the text first: a case-sensitive
    # trigger is about twice as fast as an IGNORECASE one.
    return "(?=(" + "|".join(parts) + "))"


class CueTrigger:
    """Finds a language's cues in lowercased text, as one trie regex of all its cues does:
    a match starts where a cue starts and group 1 is the cue.

    Compiling that regex (a thousand cues) takes longer than linting a page, so the first
    texts each get a regex of only the cues they contain: a cue can only match where its
    literal text occurs, so leaving out the others changes no match, and a one-line file
    compiles a handful of cues. A long-running linter (the app lints paragraph after
    paragraph) then compiles the full regex once.
    """

    TEXTS_BEFORE_FULL = 64

    def __init__(
        self,
        prefix_cues: tuple[str, ...],
        whole_words: frozenset[str],
        suffix_cues: tuple[str, ...],
    ) -> None:
        self.prefix_cues = prefix_cues
        self.whole_words = whole_words
        self.suffix_cues = suffix_cues
        self._texts = 0
        self._full: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The cues in ``text`` (lowercased), left to right."""
        if self._full is None and self._texts < self.TEXTS_BEFORE_FULL:
            self._texts += 1
            prefix = [cue for cue in self.prefix_cues if cue in text]
            suffix = [cue for cue in self.suffix_cues if cue in text]
            if not prefix and not suffix:
                return iter(())
            return re.compile(_trigger_source(prefix, self.whole_words, suffix)).finditer(text)
        if self._full is None:
            self._full = re.compile(
                _trigger_source(self.prefix_cues, self.whole_words, self.suffix_cues)
            )
        return self._full.finditer(text)


def _lexicon(table: Mapping[str, Any], where: str) -> Lexicon:
    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _strings(table, key, where))

    def suffixes(key: str) -> tuple[str, ...]:
        return tuple(sorted({w.lower() for w in _strings(table, key, where)}))

    return Lexicon(
        person_pronouns=words("person_pronouns"),
        system_pronouns=words("system_pronouns"),
        role_nouns=words("role_nouns"),
        role_suffixes=suffixes("role_suffixes"),
        team_words=words("team_words"),
        team_suffixes=suffixes("team_suffixes"),
        system_nouns=words("system_nouns"),
        system_suffixes=suffixes("system_suffixes"),
        tech_names=words("tech_names"),
        compound_heads=words("compound_heads"),
        person_names=words("person_names"),
        team_names=words("team_names"),
        determiners=words("determiners"),
        object_articles=words("object_articles"),
        prepositions=words("prepositions"),
        common_words=words("common_words"),
        not_name_suffixes=suffixes("not_name_suffixes"),
        name_preceders=words("name_preceders"),
        fillers=words("fillers"),
        finite_verbs=words("finite_verbs"),
        boundaries=words("boundaries"),
        coordinators=words("coordinators"),
        negators=words("negators"),
        self_words=words("self_words"),
        open_question_words=words("open_question_words"),
        slip_nouns=words("slip_nouns"),
        connectives=words("connectives"),
        free_relatives=words("free_relatives"),
        weak_rescue=words("weak_rescue"),
        concurrent=words("concurrent"),
        onset_verbs=words("onset_verbs"),
        party_verbs=words("party_verbs"),
        party_infinitives=words("party_infinitives"),
        failing_verbs=words("failing_verbs"),
        adequacy_adverbs=words("adequacy_adverbs"),
        system_infinitives=words("system_infinitives"),
        irregular_verbs=words("irregular_verbs"),
        irregular_pasts=words("irregular_pasts"),
        not_pasts=words("not_pasts"),
        weak_plurals=_flag(table, "weak_plurals", where),
        capitalised_nouns=_flag(table, "capitalised_nouns", where),
        auxiliaries=words("auxiliaries"),
        object_starts=words("object_starts"),
        relative_pronouns=words("relative_pronouns"),
        others_possessives=words("others_possessives"),
        self_possessives=words("self_possessives"),
        adversaries=words("adversaries"),
        request_words=words("request_words"),
        product_attributes=words("product_attributes"),
        naming_phrases=tuple(tuple(phrase.split()) for phrase in sorted(words("naming_phrases"))),
        organisation_belongings=words("organisation_belongings"),
        crowd_nouns=words("crowd_nouns"),
        crowd_sizes=words("crowd_sizes"),
        crowd_sizes_of=words("crowd_sizes_of"),
        age_suffixes=suffixes("age_suffixes"),
        not_role_suffixes=suffixes("not_role_suffixes"),
        team_heads=_compound_heads(words("team_words"), words("not_compound_heads")),
        role_heads=_compound_heads(words("role_nouns"), words("not_compound_heads")),
    )


# A shorter head matches too much inside other words ("Rat" in "Apparat").
_SHORTEST_HEAD = 6


def _compound_heads(nouns: frozenset[str], excluded: frozenset[str]) -> tuple[str, ...]:
    """The nouns long enough and unambiguous enough to head a closed compound."""
    if not excluded:
        return ()  # the pack does not read closed compounds
    return tuple(
        sorted(n for n in nouns if len(n) >= _SHORTEST_HEAD and n.isalpha() and n not in excluded)
    )


def _rewrites(raw: Mapping[str, Any], where: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A rule's exact rewrites: ``[{pattern = '...', replacement = '...'}, ...]``.

    The patterns run on the original text (any letter case), so the groups a template
    uses keep the writer's capitals.
    """
    entries = raw.get("rewrites", [])
    if not isinstance(entries, list):
        raise UserFacingError(f"{where}: 'rewrites' must be a list of tables.")
    rewrites = []
    for entry in entries:
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(key), str) for key in ("pattern", "replacement")
        ):
            raise UserFacingError(f"{where}: each rewrite needs a 'pattern' and a 'replacement'.")
        pattern = _compile(entry["pattern"], where)
        for name in re.findall(r"\\g<(\w+)>", entry["replacement"]):
            if name not in pattern.groupindex:
                raise UserFacingError(
                    f"{where}: the rewrite {entry['replacement']!r} uses the group {name!r}, "
                    f"which its pattern {entry['pattern']!r} does not have."
                )
        rewrites.append((pattern, entry["replacement"]))
    return tuple(rewrites)


def _cues(
    raw: Mapping[str, Any], cue_sets: Mapping[str, tuple[str, ...]], here: str
) -> tuple[str, ...]:
    """A rule's cues, lowercased, with each "%NAME%" replaced by the pack's cue set NAME: the
    rules that share a verb-list macro share its cues, so a cue added for one reaches all."""
    cues: dict[str, None] = {}
    for cue in _strings(raw, "cues", here):
        named = _CUE_SET.fullmatch(cue)
        if named is None:
            cues[cue.lower()] = None
            continue
        if named[1] not in cue_sets:
            raise UserFacingError(f"{here}: the cue set {cue!r} is not in [cue_sets].")
        cues.update(dict.fromkeys(c.lower() for c in cue_sets[named[1]]))
    return tuple(cues)


_CUE_SET = re.compile(r"%([A-Z_]+)%")


def _cue_sets(data: Mapping[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    table = data.get("cue_sets", {})
    if not isinstance(table, dict):
        raise UserFacingError(f"{where}: 'cue_sets' must be a table of lists of strings.")
    return {str(name): _strings(table, name, where) for name in table}


def _rule(
    raw: Mapping[str, Any],
    macros: Mapping[str, str],
    cue_sets: Mapping[str, tuple[str, ...]],
    where: str,
    *,
    lowercase: bool = False,
) -> Rule:
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise UserFacingError(f"{where}: a rule has no 'id'.")
    here = f"{where}, rule {rule_id}"
    category = raw.get("category") or rule_id.split(".", 1)[0]
    agent = raw.get("agent", "any")
    if agent not in AGENT_MODES:
        raise UserFacingError(f"{here}: 'agent' must be one of {', '.join(sorted(AGENT_MODES))}.")
    severity = raw.get("severity", "warning")
    if severity not in SEVERITIES:
        raise UserFacingError(f"{here}: 'severity' must be 'warning' or 'info'.")
    for key in ("message", "question"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise UserFacingError(f"{here}: the rule needs a '{key}'.")
    cues = _cues(raw, cue_sets, here)
    if not cues:
        raise UserFacingError(f"{here}: the rule needs at least one cue.")
    patterns = tuple(
        _compile(_expand(p, macros), here, lowercase=lowercase)
        for p in _strings(raw, "patterns", here)
    )
    if not patterns:
        raise UserFacingError(f"{here}: the rule needs at least one pattern.")
    examples = raw.get("examples", {})
    try:
        skip = frozenset(Section(s) for s in _strings(raw, "skip_sections", here))
    except ValueError:
        raise UserFacingError(f"{here}: 'skip_sections' names an unknown section.") from None
    suggestion = raw.get("suggestion")
    return Rule(
        id=rule_id,
        category=str(category),
        cues=cues,
        patterns=patterns,
        agent=agent,
        message=raw["message"].strip(),
        question=raw["question"].strip(),
        suggestion=suggestion.strip() if isinstance(suggestion, str) else None,
        replacement=raw["replacement"] if isinstance(raw.get("replacement"), str) else None,
        rewrites=_rewrites(raw, here),
        exclude=tuple(
            _compile(_expand(p, macros), here, lowercase=lowercase)
            for p in _strings(raw, "exclude", here)
        ),
        negatable=bool(raw.get("negatable", True)),
        rescue=bool(raw.get("rescue", False)),
        passive=bool(raw.get("passive", False)),
        question_only=bool(raw.get("question_only", False)),
        subject="clause" if raw.get("subject") == "clause" else "left",
        skip_sections=skip,
        severity=severity,
        examples_flag=_strings(examples, "flag", here),
        examples_pass=_strings(examples, "pass", here),
    )


def _build_pack(lang: str, data: Mapping[str, Any], where: str) -> LanguagePack:
    lexicon_table = data.get("lexicon", {})
    macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
    macros.update(_lexicon_macros(lexicon_table))
    lowercase = bool(data.get("match_lowercase", False))
    cue_sets = _cue_sets(data, where)
    rules = tuple(
        _rule(raw, macros, cue_sets, where, lowercase=lowercase) for raw in data.get("rules", [])
    )
    cue_prefix = bool(data.get("cue_prefix", False))
    pack = _assemble(
        lang, rules, _lexicon(lexicon_table, where), lexicon_table, macros, where, cue_prefix
    )
    return replace(pack, match_lowercase=lowercase)


def _assemble(
    lang: str,
    rules: tuple[Rule, ...],
    lexicon: Lexicon,
    lexicon_table: Mapping[str, Any],
    macros: Mapping[str, str],
    where: str,
    cue_prefix: bool = False,
) -> LanguagePack:
    prefix_cues: dict[str, set[int]] = {}
    suffix_cues: dict[str, set[int]] = {}
    whole: set[str] = set()
    partial: set[str] = set()
    for index, rule in enumerate(rules):
        for cue in rule.cues:
            if cue.startswith("*"):
                suffix_cues.setdefault(cue[1:], set()).add(index)
                continue
            literal = cue.rstrip("*")
            prefix_cues.setdefault(literal, set()).add(index)
            if cue.endswith("*") or cue_prefix:
                partial.add(literal)
            else:
                whole.add(literal)
    # A trigger match is the longest cue at that spot; it must also fire the rules of the
    # shorter cues it starts with ("should've" also means "should").
    # A trigger match is the longest cue at that spot and hides cues inside it: it must
    # also fire the rules of every cue that starts at one of its words ("was asleep" also
    # means "asleep", "should've" also means "should").
    cue_rules: dict[str, frozenset[int]] = {}
    for cue in prefix_cues:
        found: set[int] = set()
        starts = [0] + [m.end() for m in re.finditer(r"[\s'’-]", cue)]
        for start in starts:
            # Every cue the tail starts with is one of its prefixes.
            for end in range(start, len(cue) + 1):
                found |= prefix_cues.get(cue[start:end], set())
        cue_rules[cue] = frozenset(found)
    for cue, indices in suffix_cues.items():
        cue_rules["*" + cue] = frozenset(indices)
    trigger = (
        CueTrigger(tuple(prefix_cues), frozenset(whole - partial), tuple(suffix_cues))
        if prefix_cues or suffix_cues
        else None
    )

    technical = _technical(lexicon_table, macros, where)

    def patterns(key: str) -> re.Pattern[str] | None:
        return _alternation(
            (_expand(p, macros) for p in _strings(lexicon_table, key, where)), where
        )

    return LanguagePack(
        lang=lang,
        rules=rules,
        lexicon=lexicon,
        cue_prefix=cue_prefix,
        trigger=trigger,
        cue_rules=cue_rules,
        technical=technical,
        technical_gate=_gate_regex(g for gates, _ in technical for g in gates),
        meta=patterns("meta"),
        meta_gate=_gate_regex(g.lower() for g in _strings(lexicon_table, "meta_gates", where)),
        rescue=patterns("rescue"),
        local_rationality=patterns("local_rationality"),
        by_agent=patterns("by_agent"),
        reported=patterns("reported_speech"),
        courtesies=patterns("courtesies"),
        reader_conditions=patterns("reader_conditions"),
        clause_breaks=patterns("clause_breaks"),
        reported_gate=_gate_regex(
            g.lower() for g in _strings(lexicon_table, "reported_gates", where)
        ),
        quoted_rule=_quoted_rule(lang),
    )


def _quoted_rule(lang: str) -> Rule:
    """The "consider" finding for a quotation that blames someone."""
    message = {
        "en": "Quotes someone who blames a person. Quoting can be right, but readers take the "
        "blame in as a finding; check that the text around it explains the situation.",
        "de": "Zitiert jemanden, der einer Person die Schuld gibt. Zitieren kann richtig sein, "
        "aber Lesende übernehmen die Schuldzuweisung als Befund; prüfen Sie, ob der Text drumherum "
        "die Situation erklärt.",
    }[lang]
    question = {
        "en": "What does the post-mortem itself say about the conditions behind this?",
        "de": "Was sagt der Bericht selbst über die Bedingungen dahinter?",
    }[lang]
    return Rule(
        id="quoted_blame.quote",
        category="quoted_blame",
        cues=(),
        patterns=(),
        agent="any",
        message=message,
        question=question,
        severity="info",
    )


def _gate_regex(gates: Iterable[str]) -> re.Pattern[str] | None:
    """One regex finding any of the literal gate words at a word start (text is lowercased)."""
    unique = sorted(set(gates), key=len, reverse=True)
    if not unique:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(g) for g in unique) + ")")


def _technical(
    table: Mapping[str, Any], macros: Mapping[str, str], where: str
) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """Technical-sense phrases, each with literal gate words that must occur for it to run."""
    entries = []
    for entry in table.get("technical_phrases", []):
        if isinstance(entry, str):
            entry = {"gates": [], "pattern": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise UserFacingError(f"{where}: each technical phrase needs a 'pattern'.")
        gates = tuple(g.lower() for g in _strings(entry, "gates", where))
        entries.append((gates, _compile(_expand(entry["pattern"], macros), where)))
    return tuple(entries)


def _read_toml(path: Path) -> dict[str, Any]:
    # Imported here: the bundled packs are read from the marshal cache (_bundled_pack).
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise UserFacingError(
            f"The rule pack {path} could not be read ({exc.strerror or exc})."
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise UserFacingError(
            f"The rule pack {path} is not valid TOML: {exc}.", "Fix the file or remove it."
        ) from None


class _CompiledOnDemand(Mapping[str, LanguagePack]):
    """The bundled packs, each compiled when first asked for: linting a text in one
    language never waits for the other language's rules."""

    def __getitem__(self, lang: str) -> LanguagePack:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return _bundled_pack(lang)

    def __contains__(self, lang: object) -> bool:
        # Mapping's own asks for the item, which would compile the pack.
        return lang in LANGUAGES

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


@functools.cache
def _bundled_pack(lang: str) -> LanguagePack:
    """A bundled pack, assembled once per version of it and of this module: assembling
    (checking the rules, expanding macros, building the cue tables) took a tenth of
    `pmdesk lint`'s cold start, loading the assembled pack with marshal a hundredth."""
    path = RESOURCES / f"{lang}.toml"
    where = str(path)
    cached = _cache_file(path)
    if cached is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError, KeyError):
            return _pack_from_record(marshal.loads(cached.read_bytes()), where)
    pack = _build_pack(lang, _read_toml(path), where)
    if cached is not None:
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(_pack_record(pack)))
            os.replace(partial, cached)
            _forget_older_caches(cached, lang)
        except (OSError, ValueError):
            # A read-only home: assemble again next time.
            with contextlib.suppress(OSError):
                partial.unlink()
    return pack


def _forget_older_caches(kept: Path, lang: str) -> None:
    """Remove this pack's caches of other versions (and the older parsed-only ones), so
    that updates do not pile files up in the cache folder."""
    for pattern in (f"pack-{lang}-*.marshal", f"rules-{lang}-*.marshal"):
        for old in kept.parent.glob(pattern):
            if old != kept:
                with contextlib.suppress(OSError):
                    old.unlink()


def _cache_file(path: Path) -> Path | None:
    """Where the assembled pack of ``path`` is kept: named by the pack's content and this
    module's source (which does the assembling). None when either cannot be read."""
    loader: Any = getattr(__spec__, "loader", None)
    try:
        digest = hashlib.blake2b(path.read_bytes(), digest_size=12)
        # get_data also reads the source out of a zipapp; no loader: AttributeError.
        digest.update(loader.get_data(__file__))
    except (AttributeError, OSError):
        return None
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return cache_folder() / f"pack-{path.stem}-{digest.hexdigest()}-{version}.marshal"


_PatternRecord = tuple[str, int] | None


def _pattern_record(pattern: re.Pattern[str] | None) -> _PatternRecord:
    if pattern is None:
        return None
    # int(): marshal writes no RegexFlag.
    if isinstance(pattern, _DeferredPattern):  # not compiled for that
        return (pattern.source, int(pattern.flags))
    return (pattern.pattern, int(pattern.flags))


def _pattern_from_record(record: _PatternRecord, where: str) -> re.Pattern[str] | None:
    if record is None:
        return None
    return cast("re.Pattern[str]", _deferred(record[0], record[1], where))


def _patterns_from_record(
    records: Iterable[_PatternRecord], where: str
) -> tuple[re.Pattern[str], ...]:
    return tuple(p for p in (_pattern_from_record(r, where) for r in records) if p is not None)


# The regexes a language pack holds besides its rules.
_PACK_PATTERNS = (
    "technical_gate",
    "meta",
    "meta_gate",
    "rescue",
    "local_rationality",
    "by_agent",
    "reported",
    "reported_gate",
    "courtesies",
    "reader_conditions",
    "clause_breaks",
)


def _pack_record(pack: LanguagePack) -> dict[str, Any]:
    """``pack`` in the plain values marshal writes: every regex as its source and flags."""
    rules = []
    for rule in pack.rules:
        record = {f.name: getattr(rule, f.name) for f in fields(Rule)}
        record["patterns"] = tuple(_pattern_record(p) for p in rule.patterns)
        record["exclude"] = tuple(_pattern_record(p) for p in rule.exclude)
        record["rewrites"] = tuple((_pattern_record(p), text) for p, text in rule.rewrites)
        record["skip_sections"] = frozenset(section.value for section in rule.skip_sections)
        rules.append(record)
    trigger = pack.trigger
    return {
        "lang": pack.lang,
        "rules": tuple(rules),
        "lexicon": {f.name: getattr(pack.lexicon, f.name) for f in fields(Lexicon) if f.init},
        "cue_prefix": pack.cue_prefix,
        "trigger": None
        if trigger is None
        else (trigger.prefix_cues, trigger.whole_words, trigger.suffix_cues),
        "cue_rules": dict(pack.cue_rules),
        "technical": tuple((gates, _pattern_record(p)) for gates, p in pack.technical),
        **{name: _pattern_record(getattr(pack, name)) for name in _PACK_PATTERNS},
        "match_lowercase": pack.match_lowercase,
    }


def _pack_from_record(record: dict[str, Any], where: str) -> LanguagePack:
    """The pack that ``_pack_record`` wrote down (patterns compile on first use, as ever)."""
    rules = tuple(
        Rule(
            **{
                **raw,
                "patterns": _patterns_from_record(raw["patterns"], where),
                "exclude": _patterns_from_record(raw["exclude"], where),
                "rewrites": tuple(
                    (_pattern_from_record(p, where), text) for p, text in raw["rewrites"]
                ),
                "skip_sections": frozenset(Section(s) for s in raw["skip_sections"]),
            }
        )
        for raw in record["rules"]
    )
    trigger = record["trigger"]
    return LanguagePack(
        lang=record["lang"],
        rules=rules,
        lexicon=Lexicon(**record["lexicon"]),
        cue_prefix=record["cue_prefix"],
        trigger=None if trigger is None else CueTrigger(*trigger),
        cue_rules=record["cue_rules"],
        technical=tuple(
            (gates, p)
            for gates, raw in record["technical"]
            if (p := _pattern_from_record(raw, where)) is not None
        ),
        **{name: _pattern_from_record(record[name], where) for name in _PACK_PATTERNS},
        quoted_rule=_quoted_rule(record["lang"]),
        match_lowercase=record["match_lowercase"],
    )


def cache_folder() -> Path:
    """Where assembled packs and converted models are kept between runs."""
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return (Path(base) if base else Path.home() / ".cache") / "pmdesk"


@functools.cache
def _bundled() -> RuleSet:
    return RuleSet(packs=_CompiledOnDemand())


def _apply_org_pack(ruleset: RuleSet, data: Mapping[str, Any], where: str) -> RuleSet:
    target = data.get("lang")
    if target is not None and target not in LANGUAGES:
        raise UserFacingError(f"{where}: 'lang' must be 'en' or 'de'.")
    disabled = _strings(data, "disable", where)
    severity = data.get("severity", {})
    if not isinstance(severity, dict) or any(v not in SEVERITIES for v in severity.values()):
        raise UserFacingError(f"{where}: 'severity' maps rule ids to 'warning' or 'info'.")
    words = data.get("words", {})
    if not isinstance(words, dict):
        raise UserFacingError(f"{where}: 'words' must be a table.")
    packs = dict(ruleset.packs)
    macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
    cue_sets = _cue_sets(data, where)
    for lang, pack in ruleset.packs.items():
        if target is not None and lang != target:
            continue
        extra_rules = tuple(
            _rule(raw, macros, cue_sets, where, lowercase=pack.match_lowercase)
            for raw in data.get("rules", [])
        )
        _compile_now(extra_rules)
        judgmental = _strings(words, "judgmental", where)
        if judgmental:
            extra_rules += (_judgmental_rule(lang, judgmental, where),)
        rules = []
        for rule in (*pack.rules, *extra_rules):
            if any(rule.id == p or rule.id.startswith(p + ".") for p in disabled):
                continue
            level = _override(severity, rule.id)
            rules.append(replace(rule, severity=level) if level else rule)
        lex = pack.lexicon

        def more(current: frozenset[str], key: str) -> frozenset[str]:
            return current | {w.lower() for w in _strings(words, key, where)}

        lex = replace(
            lex,
            team_names=more(lex.team_names, "team_names"),
            person_names=more(lex.person_names, "person_names"),
            role_nouns=more(lex.role_nouns, "role_nouns"),
            tech_names=more(lex.tech_names, "system_names"),
            system_nouns=more(lex.system_nouns, "system_nouns"),
        )
        packs[lang] = _reassemble(pack, tuple(rules), lex, where)
    return RuleSet(packs=packs)


def _override(severity: Mapping[str, str], rule_id: str) -> str | None:
    best: tuple[int, str] | None = None
    for prefix, level in severity.items():
        matches = rule_id == prefix or rule_id.startswith(prefix + ".")
        if matches and (best is None or len(prefix) > best[0]):
            best = (len(prefix), level)
    return best[1] if best else None


def _judgmental_rule(lang: str, judgmental: tuple[str, ...], where: str) -> Rule:
    words = "|".join(re.escape(w) for w in judgmental)
    message = {
        "en": "Characterises a person or their work with a judgmental label; labels explain "
        "nothing about the situation and discourage people from sharing details.",
        "de": "Bewertet eine Person oder ihre Arbeit mit einem Etikett; das erklärt nichts "
        "über die Situation und hält Beteiligte davon ab, Details zu erzählen.",
    }[lang]
    question = {
        "en": "What was going on around this action that made it look reasonable?",
        "de": "Was war in dieser Situation los, das das Vorgehen sinnvoll erscheinen ließ?",
    }[lang]
    return Rule(
        id="org.judgmental",
        category="character",
        cues=tuple(w.lower() for w in judgmental),
        patterns=(re.compile(rf"\b(?:{words})\b", _FLAGS),),
        agent="any",
        message=message,
        question=question,
        examples_flag=judgmental[:1],
        examples_pass=("",),
    )


def _reassemble(
    pack: LanguagePack, rules: tuple[Rule, ...], lex: Lexicon, where: str
) -> LanguagePack:
    rebuilt = _assemble(pack.lang, rules, lex, {}, {}, where, pack.cue_prefix)
    return replace(
        rebuilt,
        match_lowercase=pack.match_lowercase,
        technical=pack.technical,
        technical_gate=pack.technical_gate,
        meta=pack.meta,
        meta_gate=pack.meta_gate,
        rescue=pack.rescue,
        local_rationality=pack.local_rationality,
        by_agent=pack.by_agent,
        reported=pack.reported,
        reported_gate=pack.reported_gate,
        courtesies=pack.courtesies,
        reader_conditions=pack.reader_conditions,
    )


@functools.lru_cache(maxsize=16)
def _load_cached(config_dir: Path | None, stamp: tuple[tuple[str, float], ...]) -> RuleSet:
    ruleset = _bundled()
    if config_dir is None:
        return ruleset
    for name, _mtime in stamp:
        path = config_dir / "lint" / name
        ruleset = _apply_org_pack(ruleset, _read_toml(path), str(path))
    return ruleset


def load_rules(config_dir: Path | None = None) -> RuleSet:
    """Load the bundled rule packs plus the organisation packs in ``config_dir/lint/*.toml``.

    An organisation pack may set ``lang`` ("en"/"de", default both), ``disable`` (rule id
    prefixes), ``severity`` (``{prefix = "info"}``), ``words`` (``team_names``,
    ``person_names``, ``role_nouns``, ``system_names``, ``system_nouns``, ``judgmental``)
    and extra ``[[rules]]`` in the bundled format. Results are cached.

    Raises:
        UserFacingError: when a pack cannot be read or is malformed.
    """
    stamp: tuple[tuple[str, float], ...] = ()
    if config_dir is not None:
        folder = config_dir / "lint"
        if folder.is_dir():
            stamp = tuple(
                (p.name, p.stat().st_mtime) for p in sorted(folder.glob("*.toml")) if p.is_file()
            )
    return _load_cached(config_dir, stamp)
