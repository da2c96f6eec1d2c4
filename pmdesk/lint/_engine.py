"""The linting engine: masking, paragraph and sentence splitting, rule application.

Flow per paragraph: mask what must never be judged (quotes, inline code, code fences,
URLs, technical phrases such as "kernel panic") by blanking it with spaces, so offsets stay
valid; run the language's single trigger regex; split into sentences only when something
triggered; then, for each triggered sentence, run only the rules whose cues occurred and
pass each match through the filters its rule's flags turn on (_filters: section, question,
agent, negation, rescue clause), which read the clause with the language's grammar
(_clauses, grammar/).
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pmdesk.lint._agents import NO_EXTRA, Agent, Extra, Token, classify_forward, tokenize
from pmdesk.lint._clauses import DEMONSTRATIVES, ClauseReader, token_at
from pmdesk.lint._filters import Candidate, RuleFilters, Sentence, filters_of
from pmdesk.lint._learned import LearnedModel, learned_model, learned_rule
from pmdesk.lint._model import Finding, LintContext, Participant, Section
from pmdesk.lint._rewrite import rewrite_for
from pmdesk.lint._rules import LanguagePack, Rule, RuleSet, compiled_on_use, load_rules
from pmdesk.lint._word_needs import fold, sentence_keys, word_needs
from pmdesk.lint.grammar import ABBREVIATIONS, GLANCE_WORDS, LETTERS, MARKERS, other_language

__all__ = ["IncrementalLinter", "detect_language", "finding_fingerprint", "lint"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_MASK_RE = re.compile(
    r"```.*?(?:```|\Z)"  # fenced code
    r"|~~~.*?(?:~~~|\Z)"
    r"|`[^`\n]+`"  # inline code
    r"|<(?:https?|ftp)://[^\s<>\"]+>?|(?:https?|ftp)://[^\s<>\"]+|www\.[^\s<>\"]+"  # URLs
    r"|\"[^\"\n]{1,300}\""  # straight double quotes
    r"|“[^”\n]{1,300}”"  # curly
    r"|„[^“”\n]{1,300}[“”]"  # German low-high
    r"|»[^«\n]{1,300}«|«[^»\n]{1,300}»"
    r"|‚[^‘’\n]{1,300}[‘’]"
    # Single quotes, not apostrophes: the look-behind sits after the quote so that every
    # branch starts with a literal, which lets the regex engine skip ahead quickly.
    r"|‘(?<![\w’]‘)[^’\n]{1,300}’(?!\w)"
    r"|'(?<![\w']')[^'\n]{1,300}'(?!\w)",
    re.DOTALL,
)
# Sentence ends, line breaks and Markdown table cell borders (" | ").
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)|\n|(?<=\s)\|(?=\s)")
_LIST_OR_STAMP = compiled_on_use(
    r"[ \t]*(?:[-*+•][ \t]|\d+[.)][ \t]|\[?\d{1,2}:\d{2}|\[\d{4}-|#|>|\||\*\*|[A-ZÄÖÜ][\w -]{0,24}:"
    r"|<?@?[\w.-]{1,24}>?:[ \t])"
)
# A full stop after these does not end a sentence (in either language: a text may mix them).
_ABBREVIATIONS = frozenset().union(*ABBREVIATIONS.values())
# "- 14:02", "**09:12:30**", "- **3:30PM**:": a line of a timeline.
_TIMELINE_LINE = compiled_on_use(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?!\w)"
)
_ACTION_LINE = compiled_on_use(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX]\][ \t]*)?(?:\*\*)?(?:action items?|actions?|ai-?\d+|todo|"
    r"follow[- ]?ups?|owner|responsible|assignee|due|maßnahmen?|massnahmen?|verantwortlich|"
    r"aufgaben?|nächste schritte)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_LESSON_LINE = compiled_on_use(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?:lessons?(?: learned)?|learnings?|takeaways?|lernpunkte?|"
    r"erkenntnis(?:se)?|gelernt)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_HEADING = compiled_on_use(r"[ \t]{0,3}#{1,6}[ \t]+(.*)")
_HEADING_SECTIONS = (
    (
        compiled_on_use(r"timeline|chronolog|zeitleiste|zeitlicher ablauf|ablauf", re.I),
        Section.TIMELINE,
    ),
    (
        compiled_on_use(r"action|follow|maßnahme|massnahme|aufgabe|next steps", re.I),
        Section.ACTION_ITEM,
    ),
    (compiled_on_use(r"lesson|learn|takeaway|erkenntnis|gelernt", re.I), Section.LESSON),
    (compiled_on_use(r"\bwhys?\b|root cause|ursache|warum", re.I), Section.WHY),
    (compiled_on_use(r"summary|zusammenfassung|überblick", re.I), Section.SUMMARY),
)


def _marker_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    # A word begins after a space, a quotation mark or a bracket; a leading set of
    # characters, unlike a look-behind, lets the regex engine skip ahead quickly.
    return re.compile(rf"[\s\"„“‚‘'(»«](?:{alternatives})(?![^\W\d_])")


_MARKER_PATTERNS = {lang: _marker_pattern(words) for lang, words in MARKERS.items()}
_LETTERS = {lang: re.compile(letters) for lang, letters in LETTERS.items()}
# A first glance for text in the other language: words that nearly every paragraph
# written in it contains. One search with a literal first character is cheap enough to
# run over every text, and a text without a hit is not looked at paragraph by paragraph.
_GLANCE = {
    lang: re.compile(" (?:" + "|".join(words) + r")(?![^\W\d_])")
    for lang, words in GLANCE_WORDS.items()
}
# The same words opening a line or a sentence, capitalised ("Das war sein Fehler."), where
# no space or a sentence's end comes before them.
_GLANCE_AT_START = {
    lang: re.compile(
        r"(?m)(?:^|[.!?:] )\W{0,3}(?:" + "|".join(w.capitalize() for w in words) + r")(?![^\W\d_])"
    )
    for lang, words in GLANCE_WORDS.items()
}


def _glances(lang: str, text: str) -> bool:
    """Whether ``text`` holds one of the glance words of ``lang``."""
    return _GLANCE[lang].search(text) is not None or _GLANCE_AT_START[lang].search(text) is not None


# Characters of a paragraph looked at to tell its language.
_PARAGRAPH_SAMPLE = 600
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# Template questions are short; a longer question is read like any sentence.
_TEMPLATE_QUESTION_WORDS = 16
# Quotations whose content is judged on its own: blame inside them is a "consider" hint.
_QUOTE_RE = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|»[^«\n]{1,300}«|«[^»\n]{1,300}»"
)
_MAX_SENTENCE = 400


# Timeline lines and action items say who did what by design; titles are too short to read.
_NOT_READ_BY_THE_MODEL = frozenset({Section.TIMELINE, Section.ACTION_ITEM, Section.TITLE})


class _Prepared:
    """One paragraph as the rules and the learned reader both need it: lowercased, masked
    and split into sentences, each worked out once, on first use."""

    __slots__ = ("_low", "_masked", "_spans", "pack", "text")

    def __init__(self, text: str, pack: LanguagePack) -> None:
        self.text = text
        self.pack = pack
        self._low: str | None = None
        self._masked: str | None = None
        self._spans: list[tuple[int, int]] | None = None

    @property
    def low(self) -> str:
        if self._low is None:
            self._low = _lowered(self.text)
        return self._low

    @property
    def masked(self) -> str:
        if self._masked is None:
            self._masked = _mask(self.text, self.low, self.pack)
        return self._masked

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = _sentences(self.text)
        return self._spans


@dataclass(frozen=True)
class _Raw:
    """A finding relative to its paragraph, before line and column are known."""

    start: int
    end: int
    rule: Rule
    suggestion: str | None
    fingerprint: str
    replacement: str | None
    severity: str
    # The range the replacement takes the place of when it is wider than the span (a clause
    # rewrite), relative to the paragraph.
    replaces: tuple[int, int] | None = None


# --------------------------------------------------------------------------- text helpers


def _blank(match: re.Match[str]) -> str:
    text = match.group()
    return re.sub(r"[^\n]", " ", text)


# A verb in scare quotes is the writer's sarcasm about a deed, not someone's words: "She
# "forgot" to inform me", "The termite inspector “missed” this obvious infestation". Not a
# state or a status ("were "rejected" rather than queued", "marked as “failed”"), nor a word
# mentioned ("said “missed” was the wrong word").
_SCARE_QUOTED_VERB = re.compile(
    r"[\"“]([a-z]{2,}ed|forgot|lost|broke|made|took|did|sent|told|stole|hid)[\"”]"
    r" (?!(?:was|is|means|meant|and|or)\b)[a-z]"
)
# Words before the quote that make it a state ("were", "as") or a word mentioned ("said").
_STATE_BEFORE = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "as", "get", "got", "gets", "become",
     "became", "remain", "remained", "seem", "seemed", "feel", "felt", "said", "says", "say",
     "wrote", "writes", "called", "word", "term", "the", "a", "what"}
)  # fmt: skip


def _blank_unless_scare_quote(match: re.Match[str]) -> str:
    text = match.group()
    if len(text) < 30 and _SCARE_QUOTED_VERB.match(match.string, match.start()):
        before = match.string[: match.start()].rstrip().rsplit(None, 1)
        if before and before[-1].lower() not in _STATE_BEFORE:
            return text
    return _blank(match)


def _mask(paragraph: str, low: str, pack: LanguagePack) -> str:
    """Blank out quotes, code, URLs and technical phrases; offsets stay the same."""
    blank = _blank_unless_scare_quote if pack.lang == "en" else _blank
    masked = _MASK_RE.sub(blank, paragraph) if _needs_mask(paragraph) else paragraph
    if pack.technical_gate is None:
        return masked
    present = set(pack.technical_gate.findall(low))
    if not present:
        return masked
    for gates, pattern in pack.technical:
        if not gates or not present.isdisjoint(gates):
            masked = pattern.sub(_blank, masked)
    return masked


def _needs_mask(text: str) -> bool:
    return any(c in text for c in "`\"“„»«‚‘'/") or "www." in text


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraphs (blocks separated by blank lines) with their start offsets."""
    bounds = [0]
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append(match.start())
        bounds.append(match.end())
    bounds.append(len(text))
    return [
        (bounds[k], text[bounds[k] : bounds[k + 1]])
        for k in range(0, len(bounds), 2)
        if bounds[k + 1] > bounds[k]
    ]


def _sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph (start, end), trailing whitespace excluded."""
    spans = []
    start = 0
    n = len(paragraph)
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        if match.group() == "|":
            if paragraph[start : match.start()].strip():
                spans.append(_trim(paragraph, start, match.start()))
            start = match.end()
            continue
        if match.group() == "\n":
            if _wrapped_line(paragraph, start, match.start(), match.end()):
                continue
            end = match.start()
        elif _not_an_end(paragraph, start, match):
            continue
        if paragraph[start:end].strip():
            spans.append(_trim(paragraph, start, end))
        start = match.end()
    if start < n and paragraph[start:].strip():
        spans.append(_trim(paragraph, start, n))
    if any(end - begin > _MAX_SENTENCE for begin, end in spans):
        spans = [piece for span in spans for piece in _split_long(paragraph, *span)]
    return spans


_LINE_WRAP = compiled_on_use(r"[ \t]*\n[ \t]*")


# Inline emphasis inside a sentence ("the owner did _not_ renew", "you *still* haven't"): a
# word or a few after a space, marked on both sides and followed by a space or a mark. A
# sentence's first word, a list bullet and snake_case stay as they are.
_EMPHASIS = compiled_on_use(
    r"(?<=[\w,;:] )(\*{1,2}|_{1,2})(?=[^\s*_])[^*_\n`]{1,60}?(?<=[^\s*_])\1(?=[\s.,;:!?)]|$)"
)


def _plain_edits(paragraph: str) -> list[tuple[int, int, str]]:
    """What to change so that every rule reads plain words: each line break inside a
    sentence (and the blanks around it) becomes one space, and inline emphasis markers go;
    (start, end, replacement) in order."""
    edits: list[tuple[int, int, str]] = []
    if "\n" in paragraph:
        line_start = 0
        for wrap in _LINE_WRAP.finditer(paragraph):
            newline = paragraph.index("\n", wrap.start())
            if _wrapped_line(paragraph, line_start, newline, newline + 1):
                edits.append((wrap.start(), wrap.end(), " "))
            line_start = wrap.end()
    if "*" in paragraph or "_" in paragraph:
        for emphasis in _EMPHASIS.finditer(paragraph):
            width = len(emphasis.group(1))
            edits.append((emphasis.start(), emphasis.start() + width, ""))
            edits.append((emphasis.end() - width, emphasis.end(), ""))
        edits.sort()
    return edits


def _edited(
    paragraph: str, edits: list[tuple[int, int, str]]
) -> tuple[str, tuple[list[int], list[int]]]:
    """The paragraph with ``edits`` made, and how to find the old offsets: from each
    position in ``starts`` on, the new text lacks ``removed`` characters of the old."""
    pieces: list[str] = []
    starts: list[int] = []
    removed: list[int] = []
    kept = 0  # how much of the paragraph is in ``pieces``
    for begin, end, replacement in edits:
        before = removed[-1] if removed else 0
        pieces += (paragraph[kept:begin], replacement)
        starts.append(begin - before + len(replacement))  # just after the replacement
        removed.append(before + end - begin - len(replacement))
        kept = end
    pieces.append(paragraph[kept:])
    return "".join(pieces), (starts, removed)


def _shifted(raw: _Raw, shifts: tuple[list[int], list[int]]) -> _Raw:
    """``raw``, found in the unwrapped paragraph, with its offsets in the paragraph as given."""
    starts, removed = shifts

    def back(pos: int) -> int:
        index = bisect.bisect_right(starts, pos) - 1
        return pos + removed[index] if index >= 0 else pos

    replaces = (back(raw.replaces[0]), back(raw.replaces[1])) if raw.replaces else None
    return dataclasses.replace(raw, start=back(raw.start), end=back(raw.end), replaces=replaces)


def _wrapped_line(paragraph: str, start: int, newline: int, after: int) -> bool:
    """Whether the line break from ``newline`` to ``after`` wraps a line inside one
    sentence."""
    prev = paragraph[start:newline].rstrip()
    nxt = paragraph[after : after + 40]
    return not (
        not prev
        or prev[-1] in ".!?:;…"
        or _LIST_OR_STAMP.match(nxt)
        or nxt.lstrip()[:1] in ("", "-", "*")
    )


# Month names after a day's number and a full stop (German dates).
_MONTHS = frozenset(
    {
        "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "dezember",
        "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
    }
)  # fmt: skip


def _not_an_end(paragraph: str, start: int, mark: re.Match[str]) -> bool:
    """Whether the full stop (or other mark) ``mark`` ends an abbreviation or an initial,
    or is followed by a lowercase word, and so does not end the sentence."""
    word = paragraph[max(start, mark.start() - 8) : mark.start()].rsplit(None, 1)
    token = word[-1].lower().lstrip("([\"'") if word else ""
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    # A bounded look ahead: slicing the rest of a long paragraph at every mark was quadratic.
    ahead = paragraph[mark.end() : mark.end() + 64].lstrip()
    if len(token) <= 2 and token.isdigit() and mark.group() == ".":
        # A German date: "am Dienstag, 28. Februar, gegen 11.15 Uhr" goes on after "28.".
        month = ahead.split(None, 1)[0].rstrip(",.;:").lower() if ahead else ""
        if month in _MONTHS:
            return True
    after = ahead[:1]
    return bool(after) and after.islower()


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut run-on "sentences" (chat logs without punctuation, tables) at clause marks.

    Keeps the clause analysis linear: every piece is at most ``_MAX_SENTENCE`` long.
    """
    pieces = []
    while end - start > _MAX_SENTENCE:
        window = text[start : start + _MAX_SENTENCE]
        cut = max(window.rfind(mark) for mark in (", ", "; ", ": ", " - ", " – "))
        if cut < _MAX_SENTENCE // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = _MAX_SENTENCE
        pieces.append(_trim(text, start, start + cut + 1))
        start += cut + 1
    pieces.append(_trim(text, start, end))
    return [piece for piece in pieces if piece[1] > piece[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_section(paragraph: str, pos: int, default: Section) -> Section:
    if ":" not in paragraph:
        return default  # every line prefix we recognise contains a colon
    line_start = paragraph.rfind("\n", 0, pos) + 1
    if _TIMELINE_LINE.match(paragraph, line_start):
        return Section.TIMELINE
    if _ACTION_LINE.match(paragraph, line_start):
        return Section.ACTION_ITEM
    if _LESSON_LINE.match(paragraph, line_start):
        return Section.LESSON
    return default


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def _replacement(rule: Rule, sentence: str, start: int, end: int) -> str | None:
    """The exact wording that can replace ``sentence[start:end]``, if the rule has one.

    The first rewrite whose pattern matches the whole span wins (its look-behind sees the
    sentence before the span); otherwise the rule's fixed replacement, if any.
    """
    for pattern, template in rule.rewrites:
        match = pattern.fullmatch(sentence, start, end)
        if match is not None:
            return match.expand(template)
    return rule.replacement


def _fingerprint(rule_id: str, span: str, sentence: str) -> str:
    digest = hashlib.sha256(
        "\x1f".join((rule_id, _normalise(span), _normalise(sentence))).encode("utf-8")
    )
    return digest.hexdigest()[:20]


def _language_scores(low: str) -> dict[str, int]:
    """How many marker words of each language the lower-case `low` holds (letters only
    that language writes count too)."""
    scores = {}
    for lang, markers in _MARKER_PATTERNS.items():
        letters = _LETTERS.get(lang)
        scores[lang] = len(markers.findall(low)) + (len(letters.findall(low)) if letters else 0)
    return scores


def detect_language(text: str) -> str:
    """Guess whether a text is English or German ("en" or "de"); English when unsure."""
    scores = _language_scores(" " + text[:4000].lower())
    return "de" if scores["de"] > scores["en"] else "en"


def paragraph_language(paragraph: str, default: str) -> str:
    """The language of one paragraph of a text written in `default` ("en" or "de"):
    the other language only when the paragraph is clearly written in it (a German chat
    quoted in an English post-mortem, or the reverse), else `default`."""
    other = other_language(default)
    if other is None or not _glances(other, paragraph):
        return default
    scores = _language_scores(" " + paragraph[:_PARAGRAPH_SAMPLE].lower())
    theirs, ours = scores[other], scores[default]
    # A short paragraph with no word of the text's language at all ("Das war sein Fehler."
    # in an English review) is the other language on one marker.
    clearly_other = (theirs >= 2 and theirs > 2 * ours) or (theirs >= 1 and ours == 0)
    return other if clearly_other else default


# --------------------------------------------------------------------------- analysis


def _extra_for(participants: Sequence[Participant]) -> Extra:
    if not participants:
        return NO_EXTRA
    names: set[str] = set()
    teams: set[str] = set()
    roles: set[str] = set()
    for person in participants:
        for part in person.name.lower().split():
            names.add(part.strip(".,"))
        if person.team.strip():
            teams.add(" ".join(person.team.lower().split()))
        if person.role.strip():
            roles.add(person.role.lower().split()[-1])
    return Extra(frozenset(names), frozenset(teams), frozenset(roles))


# A line this short that ends in a colon introduces a list or a quotation; the learned reader
# does not judge it alone ("Here's who they are:" opens the list of a project's maintainers).
_SHORT_INTRODUCTION = 8


class _Analyser:
    """Applies one language pack to paragraphs."""

    def __init__(self, pack: LanguagePack, extra: Extra) -> None:
        self.pack = pack
        self.lex = pack.lexicon
        self.reader = ClauseReader(pack, extra)
        # The filters each rule's flags turn on, by the rule's index in the pack.
        self._filters: list[RuleFilters | None] = [None] * len(pack.rules)
        self._kept_off_by_facts: dict[Sentence, list[bool | None]] = {}
        self._learned_model: LearnedModel | None = None
        self._learned_model_read = False

    def paragraph(self, paragraph: str, section: Section, *, learned: bool = True) -> list[_Raw]:
        """The findings of one paragraph: the rules', and the learned reader's for sentences
        the rules let pass. A line wrapped inside a sentence (hard-wrapped Markdown) is read
        as one line, so that "should\n  have" is "should have" to every rule, and inline
        emphasis as plain words ("did _not_ renew" as "did not renew")."""
        edits = _plain_edits(paragraph)
        if edits:
            text, shifts = _edited(paragraph, edits)
            raws = self._paragraph(text, section, learned=learned)
            return [_shifted(raw, shifts) for raw in raws]
        return self._paragraph(paragraph, section, learned=learned)

    def _paragraph(self, paragraph: str, section: Section, *, learned: bool) -> list[_Raw]:
        prepared = _Prepared(paragraph, self.pack)
        raws = self._by_rules(prepared, section)
        # A Markdown heading ("## **The Nitty Gritty**") names a part, not an act.
        if learned and section not in _NOT_READ_BY_THE_MODEL and not paragraph.startswith("#"):
            model = self._model()
            if model is not None:
                raws.extend(self._learned(model, prepared, section, raws))
        return raws

    def _model(self) -> LearnedModel | None:
        """The learned model of this pack's language, looking for this lexicon's people;
        read on the first paragraph that needs it."""
        if not self._learned_model_read:
            model = learned_model(self.pack.lang)
            self._learned_model = model.looking_for(self.lex) if model is not None else None
            self._learned_model_read = True
        return self._learned_model

    def _learned(
        self, model: LearnedModel, prepared: _Prepared, section: Section, raws: list[_Raw]
    ) -> list[_Raw]:
        """A finding for each sentence without a rule's finding that the model reads as
        blame; quotations, code and URLs are blanked first, as for the rules."""
        # A sentence the rules have spoken about (in either tier) is theirs.
        blocked = sorted(raw.start for raw in raws)
        paragraph, masked = prepared.text, prepared.masked
        probability, threshold = model.probability, model.threshold
        found = []
        for start, end in prepared.spans:
            if blocked and bisect.bisect_left(blocked, start) < bisect.bisect_left(blocked, end):
                continue  # the rules have a finding in this sentence
            line_section = _line_section(paragraph, start, section)
            if line_section in _NOT_READ_BY_THE_MODEL:
                continue
            sentence_masked = masked[start:end]
            if probability(sentence_masked) < threshold:
                continue
            raw = self._learned_finding(
                paragraph, line_section, prepared.low, start, end, sentence_masked
            )
            if raw is not None:
                found.append(raw)
        return found

    def _learned_finding(
        self, paragraph: str, section: Section, low: str, start: int, end: int, masked: str
    ) -> _Raw | None:
        """The finding for a sentence (of ``section``, its line's) the model reads as blame,
        unless it is no place for one: a short fragment, a template question, talk about
        wording."""
        pack = self.pack
        words = len(masked.split())
        if words < 3:
            return None
        if words <= _SHORT_INTRODUCTION and masked.rstrip().endswith(":"):
            return None  # "Here's who they are:" introduces what follows; alone it says nothing
        sentence = paragraph[start:end]
        if self._facts(sentence, section).is_template:
            return None  # "Who responded to the incident, and what obstacles …?"
        meta = pack.meta
        if (
            meta is not None
            and (pack.meta_gate is None or pack.meta_gate.search(low))
            and meta.search(sentence)
        ):
            return None  # talk about wording: "When blame gets assigned to people, …"
        if pack.local_rationality is not None and pack.local_rationality.search(masked):
            return None  # it says why the act made sense: "…, believing it was the test copy"
        if pack.courtesies is not None and pack.courtesies.search(masked):
            return None  # a courtesy: "… please don't hesitate to [email me] …", "Thanks for …"
        someone = self._someone_in(masked)
        if someone is None:
            return None  # nobody to blame: "Ein Reifenplatzer verursacht … einen Unfall"
        severity = "info" if someone == "writer" else "warning"
        if _is_reported(pack, masked):
            severity = "info"
        rule = learned_rule(pack.lang)
        begin, finish = _trim(paragraph, start, end)
        span = paragraph[begin:finish]
        return _Raw(
            begin,
            finish,
            rule,
            rule.suggestion,
            _fingerprint(rule.id, span, sentence),
            None,
            severity,
        )

    def _someone_in(self, sentence: str) -> str | None:
        """Who the sentence names, as the clause reader sees it: "other" when it names a
        person or a team besides the writer, "writer" when it names only the writer ("I",
        "we": an admission, a quiet hint as for the rules), None when it names neither."""
        tokens = tokenize(sentence)
        reader, lex = self.reader, self.lex
        writer = False
        start = 0
        while start < len(tokens):
            agent, index = classify_forward(tokens, lex, reader.extra, reader.grammar, start)
            if index < 0:
                break
            if agent in (Agent.PERSON, Agent.TEAM):
                if tokens[index].low not in lex.self_words:
                    return "other"
                writer = True
            start = index + 1
        return "writer" if writer else None

    def _by_rules(self, prepared: _Prepared, section: Section) -> list[_Raw]:
        pack = self.pack
        if pack.trigger is None:
            return []
        # Masking only removes text, so a paragraph without a cue can be skipped before
        # paying for the masking regexes.
        paragraph, low = prepared.text, prepared.low
        hits = [(m.start(), m[1]) for m in pack.trigger.finditer(low)]
        if not hits:
            return []
        masked = prepared.masked
        raws: list[_Raw] = []
        if masked is not paragraph:
            hits = self._unmasked(paragraph, masked, hits, section, raws)
            if not hits:
                return raws
        spans = prepared.spans
        by_sentence = self._rules_by_sentence(hits, spans)
        meta = pack.meta
        if meta is not None and pack.meta_gate is not None and not pack.meta_gate.search(low):
            meta = None  # no word that talks about wording: no sentence is meta-language
        if pack.match_lowercase:
            masked_low = low if masked is paragraph else _lowered(masked)
        else:
            masked_low = masked
        for index in sorted(by_sentence):
            start, end = spans[index]
            sentence_text = paragraph[start:end]
            if meta is not None and meta.search(sentence_text):
                continue
            sentence_masked = masked[start:end]
            found = self._sentence(
                sentence_masked,
                masked_low[start:end],
                sentence_text,
                _line_section(paragraph, start, section),
                sorted(by_sentence[index]),
            )
            if found:
                raws.extend(self._raws(start, sentence_masked, sentence_text, found))
        return raws

    def _unmasked(
        self,
        paragraph: str,
        masked: str,
        hits: list[tuple[int, str]],
        section: Section,
        raws: list[_Raw],
    ) -> list[tuple[int, str]]:
        """The cues outside quotes, code, URLs and technical phrases. A quotation that
        blames someone is still worth a quiet look: its finding goes to ``raws``."""
        hidden = [pos for pos, _ in hits if masked[pos] == " " and paragraph[pos] != " "]
        if hidden:
            raws.extend(self._quoted(paragraph, hidden, section))
        return [(pos, cue) for pos, cue in hits if masked[pos] != " " or paragraph[pos] == " "]

    def _rules_by_sentence(
        self, hits: list[tuple[int, str]], spans: list[tuple[int, int]]
    ) -> dict[int, set[int]]:
        """The indices of the rules whose cues occur in each sentence (by sentence index)."""
        cue_rules = self.pack.cue_rules
        starts = [s for s, _ in spans]
        by_sentence: dict[int, set[int]] = {}
        for pos, cue in hits:
            index = bisect.bisect_right(starts, pos) - 1
            if index < 0 or pos >= spans[index][1]:
                continue
            rules = cue_rules.get(cue)
            if rules is None:
                rules = frozenset().union(
                    *(v for k, v in cue_rules.items() if k.startswith("*") and cue.endswith(k[1:]))
                )
            by_sentence.setdefault(index, set()).update(rules)
        return by_sentence

    def _raws(
        self,
        start: int,
        sentence_masked: str,
        sentence_text: str,
        found: list[tuple[int, int, Rule, str]],
    ) -> list[_Raw]:
        """The findings of one sentence starting at ``start``, relative to the paragraph."""
        # Attributed speech ("…, he told reporters"): blame in it is a hint.
        is_reported = _is_reported(self.pack, sentence_masked)
        raws = []
        for rel_start, rel_end, rule, severity in found:
            span = sentence_text[rel_start:rel_end]
            replacement = _replacement(rule, sentence_text, rel_start, rel_end)
            replaces = None
            # Where the rule's own rewrites cannot help: the whole clause ("Dana forgot to
            # renew the certificate" -> "The certificate was not renewed"), or the noun
            # phrase without the judging word ("a clumsy contractor" -> "a contractor"). A
            # person's failure is rewritten as a clause even where the rule has a rewrite of
            # its own: dropping "versehentlich" still leaves the person as the doer.
            if replacement is None or rule.category == "person_failure":
                clause = rewrite_for(
                    rule.category, self.pack.lang, sentence_text, rel_start, rel_end, rule.id
                )
                if clause is not None:
                    replaces = (start + clause[0], start + clause[1])
                    replacement = clause[2]
            raws.append(
                _Raw(
                    start + rel_start,
                    start + rel_end,
                    rule,
                    rule.suggestion.replace("{span}", span.strip()) if rule.suggestion else None,
                    _fingerprint(rule.id, span, sentence_text),
                    replacement,
                    "info" if is_reported else severity,
                    replaces,
                )
            )
        return raws

    def _quoted(self, paragraph: str, hidden: list[int], section: Section) -> list[_Raw]:
        """A "consider" finding for each quotation holding a cue whose content blames."""
        rule = self.pack.quoted_rule
        if rule is None:
            return []
        raws = []
        for quote in _QUOTE_RE.finditer(paragraph):
            if not any(quote.start() < pos < quote.end() for pos in hidden):
                continue
            before = paragraph[max(0, quote.start() - 40) : quote.start()].split()
            if before and before[-1].lower().strip(",;:") in self.lex.negators:
                continue  # "Dieses System ist kein „menschliches Versagen“!"
            around = paragraph[max(0, quote.start() - 150) : quote.end() + 150]
            if self.pack.meta is not None and self.pack.meta.search(around):
                continue  # "We no longer accept 'human error' as a finding."
            inner = paragraph[quote.start() + 1 : quote.end() - 1]
            if not self._by_rules(_Prepared(inner, self.pack), section):
                continue
            raws.append(
                _Raw(
                    quote.start(),
                    quote.end(),
                    rule,
                    None,
                    _fingerprint(rule.id, quote.group(), _sentence_at(paragraph, quote.start())),
                    None,
                    rule.severity,
                )
            )
        return raws

    def _sentence(
        self, masked: str, lowered: str, original: str, section: Section, rule_indices: list[int]
    ) -> list[tuple[int, int, Rule, str]]:
        """Apply the candidate rules to one sentence.

        ``masked`` keeps the letter case (names matter to the agent check); ``lowered`` is the
        same text lowercased when the pack's patterns expect that.
        """
        tokens: list[Token] | None = None
        facts = self._facts(original, section)
        found: list[tuple[int, int, int, Rule, tuple[int, int] | None]] = []
        runs = _PatternRuns(lowered)
        self.reader.agents = {}
        kept_off = self._kept_off(facts)
        for order, index in enumerate(rule_indices):
            rule = self.pack.rules[index]
            off = kept_off[index]
            if off is None:
                off = kept_off[index] = _skipped(rule, self._filters_of(index), facts)
            if off:
                continue
            for match in _rule_matches(rule, runs, self.pack.clause_breaks):
                if tokens is None:
                    tokens = tokenize(masked)
                filters = self._filters_of(index)
                if filters.match and not self._accept(filters, rule, match, masked, tokens):
                    continue
                has_cue = "cue" in match.re.groupindex and match.group("cue")
                start, end = _trim(masked, *(match.span("cue") if has_cue else match.span()))
                has_agent = "agent" in match.re.groupindex and match.group("agent")
                if end > start:
                    found.append(
                        (start, end, order, rule, match.span("agent") if has_agent else None)
                    )
        return self._without_overlaps(found, tokens, masked)

    def _filters_of(self, index: int) -> RuleFilters:
        filters = self._filters[index]
        if filters is None:
            filters = self._filters[index] = filters_of(self.pack.rules[index])
        return filters

    def _kept_off(self, facts: Sentence) -> list[bool | None]:
        """Whether a sentence filter keeps each rule (by index) off sentences like this;
        None where not yet asked. Sentences differ in a few facts only, so each answer is
        worked out once."""
        kept_off = self._kept_off_by_facts.get(facts)
        if kept_off is None:
            kept_off = self._kept_off_by_facts[facts] = [None] * len(self.pack.rules)
        return kept_off

    def _facts(self, original: str, section: Section) -> Sentence:
        # Closing Markdown emphasis ("**Why did …?**") still ends a question.
        is_question = original.rstrip(" \t\n\"”’'»)]*_").endswith("?")
        # Template questions and headings ("What could have gone better", "Why did this
        # happen?") are never findings; only the rules for accusatory questions apply. A long
        # question is no template: "Was ist eigentlich … los, dass Mitarbeiter … ihre dummen
        # Flüchtigkeitsfehler mit dummen Ausreden rechtfertigen?" judges people.
        first = _WORD_RE.search(original)
        opener = first.group().lower() if first else ""
        words = len(original.split())
        template = opener in self.lex.open_question_words and (
            (is_question and words <= _TEMPLATE_QUESTION_WORDS)
            or (original.rstrip()[-1:] not in ".!:;…" and words <= 8)
        )
        return Sentence(section, is_question, template)

    def _without_overlaps(
        self,
        found: list[tuple[int, int, int, Rule, tuple[int, int] | None]],
        tokens: list[Token] | None,
        masked: str,
    ) -> list[tuple[int, int, Rule, str]]:
        """The findings left to right, the first rule's where two overlap, with severities.

        Each found entry is (start, end, order, rule, the span of the pattern's agent).
        """
        found.sort(key=lambda f: (f[0], f[2]))
        kept: list[tuple[int, int, Rule, str]] = []
        for start, end, _order, rule, agent_span in found:
            if any(start < k_end and k_start < end for k_start, k_end, _, _ in kept):
                continue
            severity = rule.severity
            # An admission ("I forgot …", "my bad") is a hint.
            if (
                severity == "warning"
                and tokens
                and self._by_writer(tokens, masked, start, agent_span)
                and not (rule.category == "character" and _pointed_at(tokens, masked, start))
            ):
                severity = "info"
            kept.append((start, end, rule, severity))
        return kept

    def _by_writer(
        self, tokens: list[Token], masked: str, start: int, agent_span: tuple[int, int] | None
    ) -> bool:
        """Whether the finding at ``start`` tells the writer's own slip: in its clause, or in
        the aside it stands in ("… (purely my fault) …"), which the clause leaves out."""
        if self.reader.by_writer(tokens, start, agent_span):
            return True
        aside = _aside_at(tokens, masked, start)
        return aside is not None and self.reader.by_writer(aside, start, agent_span)

    def _accept(
        self,
        filters: RuleFilters,
        rule: Rule,
        match: re.Match[str],
        masked: str,
        tokens: list[Token],
    ) -> bool:
        candidate = Candidate(rule, match, masked, tokens)
        return not any(entry.rejects(self.reader, candidate) for entry in filters.match)


# An apology owns what it points at: "my apologies for these silly errors", "… für diese
# unverzeihliche Panne … entschuldigen".
_APOLOGY = compiled_on_use(r"apolog|sorry|entschuldig|verzeih|bedauer", re.IGNORECASE)


def _pointed_at(tokens: list[Token], masked: str, start: int) -> bool:
    """Whether the word right before the finding at ``start`` is a demonstrative, in a
    sentence that apologises for nothing."""
    k = token_at(tokens, start)
    return (
        0 < k < len(tokens)
        and tokens[k].start >= start
        and tokens[k - 1].low in DEMONSTRATIVES
        and not _APOLOGY.search(masked)
    )


def _aside_at(tokens: list[Token], masked: str, start: int) -> list[Token] | None:
    """The tokens of the aside (in brackets or between dashes) that ``tokens`` leave out and
    the finding at ``start`` lies in; None where a token covers the finding."""
    if start < tokens[0].start or start >= tokens[-1].end:
        return None
    k = token_at(tokens, start)
    if k < len(tokens) and tokens[k].start <= start:
        return None
    opening = max(masked.rfind(mark, 0, start) for mark in "(–—")
    closing = min((at for mark in ")–—" if (at := masked.find(mark, start)) >= 0), default=-1)
    if opening < 0 or closing < 0:
        return None
    aside = [
        token
        for token in tokenize(masked, keep_asides=True)
        if opening < token.start and token.end <= closing
    ]
    return aside or None


def _is_reported(pack: LanguagePack, sentence: str) -> bool:
    """Whether the sentence attributes what it says to someone ("…, he told reporters")."""
    if pack.reported is None:
        return False
    gate = pack.reported_gate
    if (
        gate is not None
        and not gate.search(sentence.lower())
        and not _has_quote_or_percent(sentence)
    ):
        return False  # no word and no mark that any attribution needs
    return pack.reported.search(sentence) is not None


def _has_quote_or_percent(sentence: str) -> bool:
    return any(mark in sentence for mark in '”"’“„«»%')


def _lowered(text: str) -> str:
    """``text`` lowercased, letter for letter (offsets stay valid: "İ" stays one letter)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _skipped(rule: Rule, filters: RuleFilters, facts: Sentence) -> bool:
    """Whether one of the sentence filters of ``rule`` keeps it off the sentence."""
    return any(entry.skips(rule, facts) for entry in filters.sentence)


def _rule_matches(
    rule: Rule, runs: _PatternRuns, breaks: re.Pattern[str] | None
) -> list[re.Match[str]]:
    """The matches of ``rule``'s patterns in a sentence, pattern by pattern, less those an
    exclusion excuses: one that overlaps them or stands in the same clause (no clause break
    from ``breaks`` between them). Exclusions are looked at only when a pattern matched."""
    found: list[re.Match[str]] = []
    for pattern in rule.patterns:
        found.extend(runs.matches(pattern))
    if not found or not rule.exclude:
        return found
    excuses = [e for pattern in rule.exclude for e in runs.matches(pattern)]
    if not excuses:
        return found
    text = runs.text
    return [
        m for m in found if not any(_same_clause(text, m.span(), e.span(), breaks) for e in excuses)
    ]


def _same_clause(
    text: str, one: tuple[int, int], other: tuple[int, int], breaks: re.Pattern[str] | None
) -> bool:
    """Whether two spans of ``text`` overlap or no clause break stands between them."""
    low, high = min(one[1], other[1]), max(one[0], other[0])
    return low >= high or breaks is None or breaks.search(text, low, high) is None


class _PatternRuns:
    """The patterns run on one sentence (lowercased where the pack's patterns expect that).

    Rules share patterns (the failure-verb list serves persons and teams): each is matched
    once. A pattern used often is first asked for the words it cannot match without
    (``_word_needs``): most pattern runs find nothing, and a sentence without any of those
    words need not run it.
    """

    __slots__ = ("_hits", "_keys", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._hits: dict[int, list[re.Match[str]]] = {}
        self._keys: set[str] | None = None

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        key = id(pattern)
        hits = self._hits.get(key)
        if hits is None:
            need = _needs.get(key, _UNREAD)
            if need is _UNREAD:
                need = _read_need(pattern)
            if need is not None and need.isdisjoint(self._keys or self._sentence_keys()):
                hits = self._hits[key] = []
            else:
                hits = self._hits[key] = list(pattern.finditer(self.text))
        return hits

    def _sentence_keys(self) -> set[str]:
        self._keys = sentence_keys(fold(self.text))
        return self._keys


# The word needs of the patterns used often, by id. Reading a pattern's parse tree costs more
# than running it on a few sentences, so a short text (``pmdesk lint`` on one line) reads none;
# from its 64th use on, a pattern's need is known (None: it has none and always runs).
_needs: dict[int, frozenset[str] | None] = {}
_UNREAD = frozenset(["(unread)"])
_USES_BEFORE_NEEDS = 64
_uses: dict[int, int] = {}
# The patterns whose needs are known, kept alive so that no other pattern gets their id.
_needs_read_for: list[re.Pattern[str]] = []


def _read_need(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The need of a pattern from its 64th use on, and None before."""
    key = id(pattern)
    uses = _uses.get(key, 0) + 1
    if uses < _USES_BEFORE_NEEDS:
        _uses[key] = uses
        return None
    del _uses[key]
    # The pattern as written: its fast-start form (``_fast_start``) hides where words start.
    source = getattr(pattern, "source", None) or pattern.pattern
    need = _needs[key] = word_needs(source, pattern.flags)
    _needs_read_for.append(pattern)
    return need


# --------------------------------------------------------------------------- public API


_analysers: dict[tuple[int, str, tuple[Participant, ...]], _Analyser] = {}


def _analyser(ruleset: RuleSet, lang: str, participants: tuple[Participant, ...]) -> _Analyser:
    key = (id(ruleset), lang, participants)
    analyser = _analysers.get(key)
    if analyser is None or analyser.pack is not ruleset.pack(lang):
        if len(_analysers) > 64:
            _analysers.clear()
        analyser = _Analyser(ruleset.pack(lang), _extra_for(participants))
        _analysers[key] = analyser
    return analyser


class _Analysers:
    """The analyser for each paragraph of one text: the text's language's, or the other
    language's for a paragraph clearly written in that one (its pack compiled only then).

    Given the whole `text`, one search decides whether any paragraph needs a look.
    """

    def __init__(self, lang: str, context: LintContext, text: str | None = None) -> None:
        ruleset = context.rules or load_rules()
        self.lang = lang
        self.text_language = _analyser(ruleset, lang, context.participants)
        self._ruleset = ruleset
        self._participants = context.participants
        other = other_language(lang)
        mixed = (
            context.mixed_languages
            and other is not None
            and other in ruleset.packs
            and (text is None or _glances(other, text))
        )
        self._other = other if mixed else None

    def for_paragraph(self, paragraph: str) -> _Analyser:
        if self._other is None or paragraph_language(paragraph, self.lang) == self.lang:
            return self.text_language
        return _analyser(self._ruleset, self._other, self._participants)

    def analyse(self, paragraph: str, section: Section, *, learned: bool) -> list[_Raw]:
        """The findings of one paragraph, each run of lines or sentences in its own
        language: a German line typed under an English one in the same field ("…restored
        service." and on the next line "Mit dem Datenschutz nimmt es …"), or a German
        sentence between English ones, is read by the German rules, as the editor reads it."""
        runs = (
            self._language_runs(paragraph)
            if "\n" in paragraph or (self._other is not None and _glances(self._other, paragraph))
            else None
        )
        if runs is None:
            return self.for_paragraph(paragraph).paragraph(paragraph, section, learned=learned)
        raws: list[_Raw] = []
        for start, end, analyser in runs:
            for raw in analyser.paragraph(paragraph[start:end], section, learned=learned):
                replaces = raw.replaces
                begin = raw.start + start
                raws.append(
                    dataclasses.replace(
                        raw,
                        start=begin,
                        end=raw.end + start,
                        replaces=(replaces[0] + start, replaces[1] + start) if replaces else None,
                        # Over the paragraph's sentence, as finding_fingerprint reads it: a
                        # line wrapped into a line of the other language is one sentence.
                        fingerprint=_fingerprint(
                            raw.rule.id,
                            paragraph[begin : raw.end + start],
                            _sentence_at(paragraph, begin),
                        ),
                    )
                )
        return raws

    def _language_runs(self, paragraph: str) -> list[tuple[int, int, _Analyser]] | None:
        """Runs of consecutive lines or sentences written in one language, or None when all
        of the paragraph is in the text's language (or only one language is looked for).

        A line that glances at the language it is not written in is read sentence by
        sentence: a German sentence inside an English paragraph ("… service recovered.
        Das war sein Fehler. We then …") is read by the German rules."""
        if self._other is None:
            return None
        units: list[tuple[int, int, str]] = []
        for line in _LINE.finditer(paragraph):
            start, end = line.span()
            text = line.group()
            lang = paragraph_language(text, self.lang)
            other = other_language(lang)
            if other is not None and _glances(other, text):
                units.extend(
                    (start + a, start + b, paragraph_language(text[a:b], lang))
                    for a, b in _sentences(text)
                )
            else:
                units.append((start, end, lang))
        if len({lang for _, _, lang in units}) < 2:
            return None
        runs: list[tuple[int, int, _Analyser]] = []
        for start, end, lang in units:
            analyser = (
                self.text_language
                if lang == self.lang
                else _analyser(self._ruleset, lang, self._participants)
            )
            if runs and runs[-1][2] is analyser:
                runs[-1] = (runs[-1][0], end, analyser)
            else:
                runs.append((start, end, analyser))
        return runs


def _resolve(
    text: str, lang: str, context: LintContext | None, *, whole_text: bool = True
) -> tuple[_Analysers, LintContext]:
    context = context or LintContext()
    if lang == "auto":
        lang = detect_language(text)
    return _Analysers(lang, context, text if whole_text else None), context


def _heading_section(paragraph: str, current: Section, default: Section) -> Section:
    if "#" not in paragraph[:4]:
        return current
    heading = _HEADING.match(paragraph)
    if heading is None:
        return current
    title = heading.group(1)
    for pattern, section in _HEADING_SECTIONS:
        if pattern.search(title):
            return section
    return default


class _Lines:
    """Tracks line numbers while walking the paragraphs of a text in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1

    def advance(self, offset: int) -> tuple[int, int]:
        """Move to ``offset``; returns (line number, offset of that line's start)."""
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line, self.text.rfind("\n", 0, offset) + 1


def _materialise(
    offset: int, line: int, line_start: int, paragraph: str, raws: list[_Raw]
) -> list[Finding]:
    """Turn paragraph-relative findings into findings with text offsets, lines, columns."""

    def position(rel: int) -> tuple[int, int]:
        breaks = paragraph.count("\n", 0, rel)
        if breaks == 0:
            return line, offset + rel - line_start + 1
        return line + breaks, rel - paragraph.rfind("\n", 0, rel)

    findings = []
    for raw in raws:
        start_line, start_column = position(raw.start)
        end_line, end_column = position(raw.end)
        findings.append(
            Finding(
                start=offset + raw.start,
                end=offset + raw.end,
                line=start_line,
                column=start_column,
                end_line=end_line,
                end_column=end_column,
                rule_id=raw.rule.id,
                category=raw.rule.category,
                message=raw.rule.message,
                suggestion=raw.suggestion,
                question=raw.rule.question,
                severity=raw.severity,
                fingerprint=raw.fingerprint,
                replacement=raw.replacement,
                replaces=(
                    (offset + raw.replaces[0], offset + raw.replaces[1]) if raw.replaces else None
                ),
            )
        )
    return findings


def _tier(raws: list[_Raw], context: LintContext) -> list[_Raw]:
    """The findings of the tiers the context asks for (the "consider" tier can be off)."""
    if context.hints:
        return raws
    return [raw for raw in raws if raw.severity != "info"]


def _sort(findings: list[Finding]) -> list[Finding]:
    findings.sort(key=lambda f: (f.start, f.end, f.rule_id))
    return findings


def lint(text: str, *, lang: str = "en", context: LintContext | None = None) -> list[Finding]:
    """Find blaming wording in ``text``.

    Args:
        text: the text to check (plain text or Markdown).
        lang: "en", "de", or "auto" to detect the language from the text.
        context: participants, section and rule set; defaults to the bundled packs.

    Returns:
        Findings sorted by start offset; the same input always gives the same output.

    Raises:
        UserFacingError: when ``lang`` names no rule pack.
    """
    analysers, ctx = _resolve(text, lang, context)
    findings: list[Finding] = []
    lines = _Lines(text)
    section = ctx.section
    for offset, paragraph in _paragraphs(text):
        section = _heading_section(paragraph, section, ctx.section)
        raws = _tier(analysers.analyse(paragraph, section, learned=ctx.learned), ctx)
        if raws:
            line, line_start = lines.advance(offset)
            findings.extend(_materialise(offset, line, line_start, paragraph, raws))
    return _sort(findings)


def _sentence_at(paragraph: str, rel: int) -> str:
    """The sentence of ``paragraph`` that holds offset ``rel`` (the paragraph if none does)."""
    for start, end in _sentences(paragraph):
        if start <= rel < end:
            return paragraph[start:end]
    return paragraph


def finding_fingerprint(text: str, finding: Finding) -> str:
    """A fingerprint of ``finding`` that survives edits elsewhere in ``text``.

    It hashes the rule id, the normalised matched span and the normalised sentence around
    it, never offsets, so acknowledging a finding keeps working while the document changes.
    """
    for offset, paragraph in _paragraphs(text):
        if offset <= finding.start < offset + len(paragraph):
            sentence = _sentence_at(paragraph, finding.start - offset)
            return _fingerprint(finding.rule_id, text[finding.start : finding.end], sentence)
    return _fingerprint(finding.rule_id, text[finding.start : finding.end], "")


class IncrementalLinter:
    """Re-lints only the paragraphs that changed since the last call (for the editor).

    Results are cached per paragraph text (and the section it sits in), so the cost of
    ``update`` is a cheap paragraph split plus the analysis of new or edited paragraphs.
    """

    def __init__(self, *, lang: str = "en", context: LintContext | None = None) -> None:
        self._lang = lang
        self._context = context or LintContext()
        self._cache: dict[tuple[str, str, Section], list[_Raw]] = {}
        # Findings of a paragraph that kept its position are reused as they are.
        self._placed: dict[tuple[str, str, Section, int, int, int], list[Finding]] = {}

    def update(self, text: str) -> list[Finding]:
        """Lint the full current ``text``, reusing cached results of unchanged paragraphs."""
        # The editor looks at each new paragraph alone: a search of the whole text on
        # every keystroke would cost more than the paragraph that changed.
        analysers, ctx = _resolve(text, self._lang, self._context, whole_text=False)
        lang = analysers.lang
        fresh: dict[tuple[str, str, Section], list[_Raw]] = {}
        placed: dict[tuple[str, str, Section, int, int, int], list[Finding]] = {}
        findings: list[Finding] = []
        lines = _Lines(text)
        section = ctx.section
        for offset, paragraph in _paragraphs(text):
            section = _heading_section(paragraph, section, ctx.section)
            # The paragraph's own language follows from its text and the text's language.
            key = (lang, paragraph, section)
            found = self._cache.get(key)
            if found is None:
                found = fresh.get(key)
            if found is None:
                found = _tier(analysers.analyse(paragraph, section, learned=ctx.learned), ctx)
            fresh[key] = found
            if not found:
                continue
            line, line_start = lines.advance(offset)
            where = (lang, paragraph, section, offset, line, line_start)
            ready = self._placed.get(where)
            if ready is None:
                ready = _materialise(offset, line, line_start, paragraph, found)
            placed[where] = ready
            findings.extend(ready)
        self._cache = fresh
        self._placed = placed
        return _sort(findings)
