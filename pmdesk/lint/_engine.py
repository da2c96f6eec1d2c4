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
_EN_MARKERS = frozenset(
    [
        "the",
        "and",
        "is",
        "was",
        "were",
        "of",
        "to",
        "with",
        "for",
        "not",
        "that",
        "this",
        "it",
        "on",
        "at",
        "by",
        "from",
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
    ]
)
_DE_MARKERS = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "war",
        "nicht",
        "ein",
        "eine",
        "mit",
        "für",
        "auf",
        "wurde",
        "hat",
        "hatte",
        "den",
        "dem",
        "des",
        "zu",
        "sich",
        "auch",
        "nach",
        "wir",
        "ich",
        "er",
        "sie",
        "es",
        "bei",
        "im",
        "um",
    ]
)
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_FREE_RELATIVES = frozenset({"whoever", "whomever", "wer"})
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


def detect_language(text: str) -> str:
    """Guess whether a text is English or German ("en" or "de"); English when unsure."""
    sample = text[:4000].lower()
    en = de = 0
    for word in _WORD_RE.findall(sample):
        if word in _DE_MARKERS:
            de += 1
        elif word in _EN_MARKERS:
            en += 1
    de += 2 * sum(sample.count(c) for c in "äöüß")
    return "de" if de > en else "en"


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
        if masked is not paragraph:
            # Drop cues that fell inside quotes, code, URLs or technical phrases.
            hits = [(pos, cue) for pos, cue in hits if masked[pos] != " " or paragraph[pos] == " "]
            if not hits:
                return []
        raws: list[_Raw] = []
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
            for rel_start, rel_end, rule in found:
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
                    )
                )
        return raws

    def _sentence(
        self, masked: str, lowered: str, original: str, section: Section, rule_indices: list[int]
    ) -> list[tuple[int, int, Rule]]:
        """Apply the candidate rules to one sentence.

        ``masked`` keeps the letter case (names matter to the agent check); ``lowered`` is the
        same text lowercased when the pack's patterns expect that.
        """
        tokens: list[Token] | None = None
        is_question = original.rstrip(" \t\n\"”’'»)]").endswith("?")
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
        kept: list[tuple[int, int, Rule]] = []
        for start, end, _order, rule in found:
            if any(start < k_end and k_start < end for k_start, k_end, _ in kept):
                continue
            kept.append((start, end, rule))
        return kept

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
        return agent

    def _clause_subject(self, tokens: list[Token], cue_index: int) -> Agent:
        """Subject of the clause around an adverbial cue ("without checking", "blindly")."""
        start = self._clause_start(tokens, cue_index)
        lex, extra, lang = self.lex, self.extra, self.pack.lang
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
        if head is not None and match.start() > masked.find(","):
            candidates.append(head)
        for found in candidates[:2]:
            index = _token_at(tokens, found.end())
            stop = index
            while stop < len(tokens) and tokens[stop].text not in ",;:()":
                stop += 1
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


def _resolve(text: str, lang: str, context: LintContext | None) -> tuple[_Analyser, LintContext]:
    context = context or LintContext()
    ruleset = context.rules or load_rules()
    if lang == "auto":
        lang = detect_language(text)
    return _analyser(ruleset, lang, context.participants), context


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
                severity=raw.rule.severity,
                fingerprint=raw.fingerprint,
                replacement=raw.replacement,
            )
        )
    return findings


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
    analyser, ctx = _resolve(text, lang, context)
    findings: list[Finding] = []
    lines = _Lines(text)
    section = ctx.section
    for offset, paragraph in _paragraphs(text):
        section = _heading_section(paragraph, section, ctx.section)
        raws = analyser.paragraph(paragraph, section)
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
        analyser, ctx = _resolve(text, self._lang, self._context)
        lang = analyser.pack.lang
        fresh: dict[tuple[str, str, Section], list[_Raw]] = {}
        placed: dict[tuple[str, str, Section, int, int, int], list[Finding]] = {}
        findings: list[Finding] = []
        lines = _Lines(text)
        section = ctx.section
        for offset, paragraph in _paragraphs(text):
            section = _heading_section(paragraph, section, ctx.section)
            key = (lang, paragraph, section)
            found = self._cache.get(key)
            if found is None:
                found = fresh.get(key)
            if found is None:
                found = analyser.paragraph(paragraph, section)
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
