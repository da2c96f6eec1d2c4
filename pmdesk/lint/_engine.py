"""The linting engine: masking, paragraph and sentence splitting, rule application.

Flow per paragraph: mask what must never be judged (quotes, inline code, code fences,
URLs, technical phrases such as "kernel panic") by blanking it with spaces, so offsets stay
valid; run the language's single trigger regex; split into sentences only when something
triggered; then, for each triggered sentence, run only the rules whose cues occurred and
check each match's agent, negation, rescue clause and section.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pmdesk.lint._agents import (
    NO_EXTRA,
    Agent,
    Extra,
    Token,
    classify_forward,
    subject_left,
    tokenize,
)
from pmdesk.lint._clauses import elided_person_subject, noun_coordination_start
from pmdesk.lint._model import Finding, LintContext, Participant, Section
from pmdesk.lint._rules import LanguagePack, Rule, RuleSet, load_rules

__all__ = ["IncrementalLinter", "detect_language", "finding_fingerprint", "lint"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")
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
_LIST_OR_STAMP = re.compile(
    r"[ \t]*(?:[-*+•][ \t]|\d+[.)][ \t]|\[?\d{1,2}:\d{2}|\[\d{4}-|#|>|\||\*\*|[A-ZÄÖÜ][\w -]{0,24}:"
    r"|<?@?[\w.-]{1,24}>?:[ \t])"
)
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "vs",
        "approx",
        "cf",
        "no",
        "nr",
        "z.b",
        "bzw",
        "ca",
        "usw",
        "d.h",
        "u.a",
        "ggf",
        "evtl",
        "inkl",
        "dr",
        "mr",
        "ms",
        "mrs",
        "st",
    ]
)
_TIMELINE_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?\d{1,2}:\d{2}(?::\d{2})?\b")
_ACTION_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\[[ xX]\][ \t]*)?(?:\*\*)?(?:action items?|actions?|ai-?\d+|todo|"
    r"follow[- ]?ups?|owner|responsible|assignee|due|maßnahmen?|massnahmen?|verantwortlich|"
    r"aufgaben?|nächste schritte)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_LESSON_LINE = re.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?:lessons?(?: learned)?|learnings?|takeaways?|lernpunkte?|"
    r"erkenntnis(?:se)?|gelernt)\b[^:\n]{0,20}:",
    re.IGNORECASE,
)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(.*)")
_HEADING_SECTIONS = (
    (re.compile(r"timeline|chronolog|zeitleiste|zeitlicher ablauf|ablauf", re.I), Section.TIMELINE),
    (re.compile(r"action|follow|maßnahme|massnahme|aufgabe|next steps", re.I), Section.ACTION_ITEM),
    (re.compile(r"lesson|learn|takeaway|erkenntnis|gelernt", re.I), Section.LESSON),
    (re.compile(r"\bwhys?\b|root cause|ursache|warum", re.I), Section.WHY),
    (re.compile(r"summary|zusammenfassung|überblick", re.I), Section.SUMMARY),
)
# Function words that occur in one of the two languages only (not "die", "war", "was",
# "will", "also", "man", "in", "so", which both have): counting them tells a text's language.
_EN_MARKERS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "with",
        "for",
        "not",
        "that",
        "this",
        "it",
        "is",
        "were",
        "have",
        "has",
        "had",
        "be",
        "been",
        "which",
        "after",
        "before",
        "should",
        "would",
        "could",
        "we",
        "our",
        "they",
        "did",
        "but",
        "who",
        "what",
        "when",
        "because",
        "you",
        "on",
        "at",
        "by",
        "from",
        "there",
        "their",
    ]
)
_DE_MARKERS = frozenset(
    [
        "der",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "mit",
        "für",
        "auf",
        "wurde",
        "wurden",
        "hat",
        "hatte",
        "haben",
        "habe",
        "den",
        "dem",
        "des",
        "zu",
        "sich",
        "auch",
        "nach",
        "wir",
        "ich",
        "bei",
        "von",
        "wer",
        "wie",
        "warum",
        "noch",
        "schon",
        "oder",
        "dass",
        "kein",
        "keine",
        "wenn",
        "weil",
        "sind",
        "wird",
        "werden",
        "uns",
        "dann",
        "hier",
        "ob",
        "aber",
        "nur",
        "jetzt",
        "doch",
        "hätte",
        "sollte",
    ]
)


def _marker_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    # A word begins after a space, a quotation mark or a bracket; a leading set of
    # characters, unlike a look-behind, lets the regex engine skip ahead quickly.
    return re.compile(rf"[\s\"„“‚‘'(»«](?:{alternatives})(?![^\W\d_])")


_MARKER_PATTERNS = {"en": _marker_pattern(_EN_MARKERS), "de": _marker_pattern(_DE_MARKERS)}
_GERMAN_LETTERS = re.compile("[äöüß]")
# A first glance for text in the other language: words that nearly every paragraph
# written in it contains. One search with a literal first character is cheap enough to
# run over every text, and a text without a hit is not looked at paragraph by paragraph.
_GLANCE = {
    "de": re.compile(r" (?:und|der|das|ist|nicht|hat|ich|wir|wer|kein|keine)(?![^\W\d_])"),
    "en": re.compile(r" (?:the|and|that|this|is|to|of|who|what|did)(?![^\W\d_])"),
}
_OTHER_LANGUAGE = {"en": "de", "de": "en"}
# Characters of a paragraph looked at to tell its language.
_PARAGRAPH_SAMPLE = 600
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# Quotations whose content is judged on its own: blame inside them is a "consider" hint.
_QUOTE_RE = re.compile(
    r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|»[^«\n]{1,300}«|«[^»\n]{1,300}»"
)
# Sentence connectives that open a sentence without opening a rescuing clause.
_CONNECTIVES = frozenset({"however", "but", "yet", "aber", "jedoch", "doch"})
_FREE_RELATIVES = frozenset({"whoever", "whomever", "wer"})
# Possessives of someone other than the writer: "his excuse was, I …" is not an admission.
_OTHERS_POSSESSIVES = frozenset(
    {"his", "their", "your", "sein", "seine", "seinen", "seinem", "seiner"}
)
_MAX_SENTENCE = 400
_WEAK_RESCUE = frozenset({"as", "after", "da", "nachdem"})
_CONCURRENT = frozenset({"while", "während"})
_IRREGULAR_VERBS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "showed",
        "sent",
        "ran",
        "went",
        "came",
        "gave",
        "took",
        "got",
        "made",
        "saw",
        "told",
        "kept",
        "left",
        "began",
        "brought",
        "found",
        "held",
        "hit",
        "led",
        "let",
        "lost",
        "meant",
        "paid",
        "put",
        "read",
        "set",
        "shut",
        "stood",
        "thought",
        "understood",
        "war",
        "waren",
        "hatte",
        "hatten",
        "wurde",
        "wurden",
        "zeigte",
        "zeigten",
        "kam",
        "fuhr",
        "lief",
        "ging",
        "meldete",
        "schickte",
        "gab",
        "nahm",
        "stand",
        "hielt",
        "sah",
    ]
)


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


# --------------------------------------------------------------------------- text helpers


def _blank(match: re.Match[str]) -> str:
    text = match.group()
    return re.sub(r"[^\n]", " ", text)


def _mask(paragraph: str, low: str, pack: LanguagePack) -> str:
    """Blank out quotes, code, URLs and technical phrases; offsets stay the same."""
    masked = _MASK_RE.sub(_blank, paragraph) if _needs_mask(paragraph) else paragraph
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
            prev = paragraph[start : match.start()].rstrip()
            nxt = paragraph[end : end + 40]
            if not (
                not prev
                or prev[-1] in ".!?:;…"
                or _LIST_OR_STAMP.match(nxt)
                or nxt.lstrip()[:1] in ("", "-", "*")
            ):
                continue  # a wrapped line inside one sentence
            end = match.start()
        else:
            word = paragraph[max(start, match.start() - 8) : match.start()].rsplit(None, 1)
            token = word[-1].lower().lstrip("([\"'") if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            after = paragraph[end:].lstrip()[:1]
            if after and after.islower():
                continue
        if paragraph[start:end].strip():
            spans.append(_trim(paragraph, start, end))
        start = match.end()
    if start < n and paragraph[start:].strip():
        spans.append(_trim(paragraph, start, n))
    if any(end - begin > _MAX_SENTENCE for begin, end in spans):
        spans = [piece for span in spans for piece in _split_long(paragraph, *span)]
    return spans


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
    """How many marker words of each language the lower-case `low` holds (German
    letters count for German)."""
    return {
        "en": len(_MARKER_PATTERNS["en"].findall(low)),
        "de": len(_MARKER_PATTERNS["de"].findall(low)) + len(_GERMAN_LETTERS.findall(low)),
    }


def detect_language(text: str) -> str:
    """Guess whether a text is English or German ("en" or "de"); English when unsure."""
    scores = _language_scores(" " + text[:4000].lower())
    return "de" if scores["de"] > scores["en"] else "en"


def paragraph_language(paragraph: str, default: str) -> str:
    """The language of one paragraph of a text written in `default` ("en" or "de"):
    the other language only when the paragraph is clearly written in it (a German chat
    quoted in an English post-mortem, or the reverse), else `default`."""
    other = _OTHER_LANGUAGE.get(default)
    if other is None or _GLANCE[other].search(paragraph) is None:
        return default
    scores = _language_scores(" " + paragraph[:_PARAGRAPH_SAMPLE].lower())
    theirs, ours = scores[other], scores[default]
    return other if theirs >= 2 and theirs > 2 * ours else default


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


class _Analyser:
    """Applies one language pack to paragraphs."""

    def __init__(self, pack: LanguagePack, extra: Extra) -> None:
        self.pack = pack
        self.lex = pack.lexicon
        self.extra = extra
        self._negators = self.lex.negators
        self._agents: dict[tuple[str, int, str], Agent] = {}

    def paragraph(self, paragraph: str, section: Section) -> list[_Raw]:
        pack = self.pack
        if pack.trigger is None:
            return []
        # Masking only removes text, so a paragraph without a cue can be skipped before
        # paying for the masking regexes.
        low = paragraph.lower()
        if len(low) != len(paragraph):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in paragraph)
        hits = [(m.start(), m.group(1)) for m in pack.trigger.finditer(low)]
        if not hits:
            return []
        masked = _mask(paragraph, low, pack)
        raws: list[_Raw] = []
        if masked is not paragraph:
            # Drop cues that fell inside quotes, code, URLs or technical phrases; a quotation
            # that blames someone is still worth a quiet look.
            hidden = [pos for pos, _ in hits if masked[pos] == " " and paragraph[pos] != " "]
            if hidden:
                raws.extend(self._quoted(paragraph, hidden, section))
            hits = [(pos, cue) for pos, cue in hits if masked[pos] != " " or paragraph[pos] == " "]
            if not hits:
                return raws
        spans = _sentences(paragraph)
        starts = [s for s, _ in spans]
        by_sentence: dict[int, set[int]] = {}
        for pos, cue in hits:
            index = bisect.bisect_right(starts, pos) - 1
            if index < 0 or pos >= spans[index][1]:
                continue
            rules = pack.cue_rules.get(cue)
            if rules is None:
                rules = frozenset().union(
                    *(
                        v
                        for k, v in pack.cue_rules.items()
                        if k.startswith("*") and cue.endswith(k[1:])
                    )
                )
            by_sentence.setdefault(index, set()).update(rules)
        meta_possible = pack.meta is not None and (
            pack.meta_gate is None or pack.meta_gate.search(low) is not None
        )
        if pack.match_lowercase:
            masked_low = masked.lower() if masked is not paragraph else low
            if len(masked_low) != len(masked):
                masked_low = "".join(c.lower() if len(c.lower()) == 1 else c for c in masked)
        else:
            masked_low = masked
        for index in sorted(by_sentence):
            start, end = spans[index]
            sentence_masked = masked[start:end]
            sentence_low = masked_low[start:end]
            sentence_text = paragraph[start:end]
            if meta_possible and pack.meta is not None and pack.meta.search(sentence_text):
                continue
            sect = _line_section(paragraph, start, section)
            found = self._sentence(
                sentence_masked, sentence_low, sentence_text, sect, sorted(by_sentence[index])
            )
            reported = (
                bool(found)
                and pack.reported is not None
                and pack.reported.search(sentence_masked) is not None
            )
            for rel_start, rel_end, rule, severity in found:
                span = sentence_text[rel_start:rel_end]
                raws.append(
                    _Raw(
                        start + rel_start,
                        start + rel_end,
                        rule,
                        rule.suggestion.replace("{span}", span.strip())
                        if rule.suggestion
                        else None,
                        _fingerprint(rule.id, span, sentence_text),
                        _replacement(rule, sentence_text, rel_start, rel_end),
                        "info" if reported else severity,
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
            if not self.paragraph(inner, section):
                continue
            raws.append(
                _Raw(
                    quote.start(),
                    quote.end(),
                    rule,
                    None,
                    _fingerprint(rule.id, quote.group(), paragraph),
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
        is_question = original.rstrip(" \t\n\"”’'»)]").endswith("?")
        # Template questions and headings ("What could have gone better", "Why did this
        # happen?") are never findings; only the rules for accusatory questions apply.
        first = _WORD_RE.search(original)
        opener = first.group().lower() if first else ""
        template = opener in self.lex.open_question_words and (
            is_question or (original.rstrip()[-1:] not in ".!:;…" and len(original.split()) <= 8)
        )
        found: list[tuple[int, int, int, Rule]] = []
        # Rules share patterns (the failure-verb list serves persons and teams): match once.
        matches: dict[int, list[re.Match[str]]] = {}
        self._agents = {}
        for order, index in enumerate(rule_indices):
            rule = self.pack.rules[index]
            if section in rule.skip_sections:
                continue
            if rule.question_only and not is_question:
                continue
            if template and not rule.question_only:
                continue
            excluded: bool | None = None
            for pattern in rule.patterns:
                found_matches = matches.get(id(pattern))
                if found_matches is None:
                    found_matches = matches[id(pattern)] = list(pattern.finditer(lowered))
                for match in found_matches:
                    if excluded is None:
                        excluded = any(ex.search(lowered) for ex in rule.exclude)
                    if excluded:
                        break
                    if tokens is None:
                        tokens = tokenize(masked)
                    if not self._accept(rule, match, masked, tokens):
                        continue
                    span = (
                        match.span("cue")
                        if "cue" in pattern.groupindex and match.group("cue")
                        else match.span()
                    )
                    start, end = _trim(masked, *span)
                    if end > start:
                        found.append((start, end, order, rule))
                if excluded:
                    break
        found.sort(key=lambda f: (f[0], f[2]))
        kept: list[tuple[int, int, Rule, str]] = []
        for start, end, _order, rule in found:
            if any(start < k_end and k_start < end for k_start, k_end, _, _ in kept):
                continue
            severity = rule.severity
            if severity == "warning" and tokens is not None and self._by_writer(tokens, start):
                severity = "info"  # an admission ("I forgot …", "my bad") is a hint
            kept.append((start, end, rule, severity))
        return kept

    def _by_writer(self, tokens: list[Token], cue_start: int) -> bool:
        """Whether the clause around the cue has the writer (I, we, me) as its person."""
        words = self.lex.self_words
        if not words:
            return False
        cue_index = _token_at(tokens, cue_start)
        start = self._clause_start(tokens, cue_index)
        stop = cue_index + 4
        while stop < len(tokens) and stop < cue_index + 8 and tokens[stop].text not in ",;:":
            stop += 1
        near = tokens[start:stop]
        return any(tok.low in words for tok in near) and not any(
            (tok.low in self.lex.person_pronouns or tok.low in _OTHERS_POSSESSIVES)
            and tok.low not in words
            for tok in near
        )

    # -- checks

    def _accept(self, rule: Rule, match: re.Match[str], masked: str, tokens: list[Token]) -> bool:
        cue_start = (
            match.start("cue")
            if "cue" in match.re.groupindex and match.group("cue")
            else match.start()
        )
        cue_index = _token_at(tokens, cue_start)
        by_agent = self._by_agent(masked, match) if rule.passive else Agent.NONE
        if by_agent is Agent.SYSTEM:
            return False  # "ignored by the latency SLO"
        if rule.agent != "any" and by_agent is Agent.NONE:
            agent = self._agent(rule, match, tokens, cue_index)
            if not _agent_ok(rule.agent, agent):
                return False
        if rule.negatable and self._negated(tokens, cue_index, match):
            return False
        return not (rule.rescue and self._rescued(masked, match, tokens, cue_index))

    def _agent(
        self, rule: Rule, match: re.Match[str], tokens: list[Token], cue_index: int
    ) -> Agent:
        key = (match.re.pattern, match.start(), rule.subject)
        agent = self._agents.get(key)
        if agent is None:
            agent = self._agents[key] = self._find_agent(rule, match, tokens, cue_index)
        return agent

    def _find_agent(
        self, rule: Rule, match: re.Match[str], tokens: list[Token], cue_index: int
    ) -> Agent:
        lang = self.pack.lang
        if "agent" in match.re.groupindex and match.group("agent"):
            a_start, a_end = match.span("agent")
            first = _token_at(tokens, a_start)
            last = first
            # Lazy groups may stop short of the head noun: look a few tokens further.
            while (
                last < len(tokens)
                and tokens[last].text not in ",;:()"
                and (tokens[last].start < a_end or last < first + 5)
            ):
                last += 1
            agent, _ = classify_forward(
                tokens, self.lex, self.extra, lang, first, last, skip_objects=False
            )
            return agent
        if rule.subject == "clause" and lang == "en":
            return self._clause_subject(tokens, cue_index)
        agent = subject_left(tokens, cue_index, self.lex, self.extra, lang)
        if agent is not Agent.PERSON:
            start = self._clause_start(tokens, cue_index)
            if start < cue_index and tokens[start].low in _FREE_RELATIVES:
                return Agent.PERSON  # "Whoever approved this PR clearly didn't look at it."
        if agent is Agent.NONE and lang == "en":
            # Fronted phrase: "Instead of investigating the alert, Nora silenced it."
            j = cue_index
            while j < len(tokens) and tokens[j].text != ",":
                j += 1
            if j < len(tokens):
                agent, _ = classify_forward(tokens, self.lex, self.extra, lang, j + 1)
            if agent is Agent.NONE and elided_person_subject(tokens, 0, cue_index, self.lex):
                return Agent.PERSON  # "Forgot to renew the certificate again."
        return agent

    def _clause_subject(self, tokens: list[Token], cue_index: int) -> Agent:
        """Subject of the clause around an adverbial cue ("without checking", "blindly")."""
        lex, extra, lang = self.lex, self.extra, self.pack.lang
        start = noun_coordination_start(
            tokens, self._clause_start(tokens, cue_index), cue_index, lex
        )
        if start > 0 and tokens[start - 1].low in ("who", "whom"):
            return Agent.PERSON  # "Benji, who had been warned twice, …"
        if start > 0 and tokens[start - 1].low == "which":
            return Agent.SYSTEM
        if (
            start > 0
            and tokens[start - 1].low in lex.coordinators
            and tokens[start].text.islower()
            and tokens[start].low not in lex.determiners
            and tokens[start].low not in lex.person_pronouns
            and tokens[start].low not in lex.system_pronouns
        ):
            # "… went ahead and truncated the table": the subject is the one before "and".
            prev = start - 2
            while (
                prev >= 0
                and tokens[prev].text not in ";:()—–"
                and (tokens[prev].low not in lex.boundaries or tokens[prev].low in lex.coordinators)
            ):
                prev -= 1
            agent, _ = classify_forward(tokens, lex, extra, lang, prev + 1, start - 1)
            if agent is not Agent.NONE:
                return agent
        if cue_index <= start:
            j = cue_index
            while j < len(tokens) and tokens[j].text != ",":
                j += 1
            agent, _ = classify_forward(tokens, lex, extra, lang, j + 1)
            return agent
        commas = [k for k in range(start, cue_index) if tokens[k].text == ","]
        if commas:
            agent, _ = classify_forward(tokens, lex, extra, lang, commas[-1] + 1, cue_index)
            if agent is not Agent.NONE:
                return agent
        if tokens[start].low in lex.prepositions and commas:
            start = commas[0] + 1
        if elided_person_subject(tokens, start, cue_index, lex):
            return Agent.PERSON  # "Merged a big PR without a review?"
        agent, _ = classify_forward(tokens, lex, extra, lang, start, cue_index)
        return agent

    def _clause_start(self, tokens: list[Token], cue_index: int) -> int:
        i = cue_index - 1
        while i >= 0:
            tok = tokens[i]
            if tok.text in ";:()—–" or (
                tok.low in self.lex.boundaries and tok.low not in ("that",)
            ):
                return i + 1
            if tok.text == "," and self.pack.lang == "de":
                return i + 1
            i -= 1
        return 0

    def _negated(self, tokens: list[Token], cue_index: int, match: re.Match[str]) -> bool:
        start = self._clause_start(tokens, cue_index)
        end = cue_index
        if self.pack.lang == "de":
            # German negation often sits before a verb-final cue; look to the clause end.
            end = cue_index
            while end < len(tokens) and tokens[end].text not in ",;:()":
                if tokens[end].start >= match.end():
                    break
                end += 1
        for k in range(start, end):
            tok = tokens[k]
            if tok.low in self._negators or tok.low.endswith(("n't", "n’t")):
                nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
                if nxt.endswith("ing") and tok.low in ("not", "never"):
                    continue  # "Not checking the lag was a rookie move": negates a gerund
                if tok.start >= match.start() and tok.end <= match.end():
                    continue
                return True
        return False

    def _rescued(
        self, masked: str, match: re.Match[str], tokens: list[Token], cue_index: int
    ) -> bool:
        pack = self.pack
        if pack.local_rationality is not None and pack.local_rationality.search(
            masked, match.end()
        ):
            return True
        if pack.rescue is None:
            return False
        candidates = [m for m in pack.rescue.finditer(masked, match.end())]
        head = pack.rescue.match(masked.lstrip(" -*0123456789:"))
        if head is not None and head.group().lower() in _CONNECTIVES:
            head = None  # "However, …" opens the sentence, not a clause that explains
        if head is not None and match.start() > masked.find(","):
            candidates.append(head)
        for found in candidates[:2]:
            index = _token_at(tokens, found.end())
            stop = index
            while stop < len(tokens) and tokens[stop].text not in ",;:()":
                stop += 1
            if any(tok.low in self.lex.slip_nouns for tok in tokens[index:stop]):
                continue  # "due to the typo": a slip is not a condition that explains
            agent, _ = classify_forward(tokens, self.lex, self.extra, pack.lang, index, stop)
            word = found.group().lower()
            if word in _CONCURRENT:
                # "while he was driving": a competing activity is context, whoever does it.
                if _has_verb(tokens[index:stop]):
                    return True
            elif word in _WEAK_RESCUE:
                # Temporal or ambiguous words rescue only a real clause with a non-person
                # subject ("after the shell history suggested …"), not "after the migration"
                # or "after deploying".
                opens_np = index < stop and (
                    tokens[index].low in self.lex.determiners
                    or tokens[index].low in self.lex.system_pronouns
                )
                if agent is not Agent.PERSON and opens_np and _has_verb(tokens[index + 1 : stop]):
                    return True
            elif agent is not Agent.PERSON:
                return True
        return False

    def _by_agent(self, masked: str, match: re.Match[str]) -> Agent:
        """The agent of a passive's by-phrase ("by the reviewer", "von Boris")."""
        if self.pack.by_agent is None:
            return Agent.NONE
        # German puts the by-phrase before the participle ("wurde von Boris umgangen").
        begin = match.start() if self.pack.lang == "en" else max(0, match.start() - 60)
        found = self.pack.by_agent.search(masked, begin, min(len(masked), match.end() + 40))
        if found is None:
            return Agent.NONE
        # Keep the preposition as context: "vom Load Balancer" is not a name at a clause start.
        tokens = tokenize(masked[found.start() :])
        stop = 1
        while stop < len(tokens) and tokens[stop].text not in ",;:()":
            stop += 1
        agent, _ = classify_forward(tokens, self.lex, self.extra, self.pack.lang, 1, min(stop, 7))
        if agent is Agent.NONE and len(tokens) > 1 and tokens[1].low in self.lex.determiners:
            # "by the wrapper", "vom Dienst": an unknown noun with an article is a thing;
            # people are named, pronouns or role nouns.
            return Agent.SYSTEM
        if agent is Agent.NONE and tokens and tokens[0].low in ("vom", "durchs", "beim"):
            return Agent.SYSTEM
        return agent


def _has_verb(tokens: Sequence[Token]) -> bool:
    """Whether a token run looks like a clause: it has a finite verb (roughly)."""
    return any(
        tok.low in _IRREGULAR_VERBS
        or (
            len(tok.low) > 4 and tok.low.endswith(("ed", "te", "ten", "ing")) and tok.text.islower()
        )
        for tok in tokens
    )


def _token_at(tokens: list[Token], pos: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end > pos:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _agent_ok(mode: str, agent: Agent) -> bool:
    if mode == "person":
        return agent is Agent.PERSON
    if mode == "team":
        return agent is Agent.TEAM
    if mode == "human":
        return agent in (Agent.PERSON, Agent.TEAM)
    if mode == "not_system":
        return agent is not Agent.SYSTEM
    return True


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
        other = _OTHER_LANGUAGE.get(lang)
        mixed = (
            context.mixed_languages
            and other is not None
            and other in ruleset.packs
            and (text is None or _GLANCE[other].search(text) is not None)
        )
        self._other = other if mixed else None

    def for_paragraph(self, paragraph: str) -> _Analyser:
        if self._other is None or paragraph_language(paragraph, self.lang) == self.lang:
            return self.text_language
        return _analyser(self._ruleset, self._other, self._participants)


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
        analyser = analysers.for_paragraph(paragraph)
        raws = _tier(analyser.paragraph(paragraph, section), ctx)
        if raws:
            line, line_start = lines.advance(offset)
            findings.extend(_materialise(offset, line, line_start, paragraph, raws))
    return _sort(findings)


def finding_fingerprint(text: str, finding: Finding) -> str:
    """A fingerprint of ``finding`` that survives edits elsewhere in ``text``.

    It hashes the rule id, the normalised matched span and the normalised sentence around
    it, never offsets, so acknowledging a finding keeps working while the document changes.
    """
    for offset, paragraph in _paragraphs(text):
        if offset <= finding.start < offset + len(paragraph):
            rel = finding.start - offset
            sentence = paragraph
            for start, end in _sentences(paragraph):
                if start <= rel < end:
                    sentence = paragraph[start:end]
                    break
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
                analyser = analysers.for_paragraph(paragraph)
                found = _tier(analyser.paragraph(paragraph, section), ctx)
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
