"""The rule flags, each one small named filter.

A rule's flags in its pack (``skip_sections``, ``question_only``, ``passive``, ``agent``,
``negatable``, ``rescue``) each turn on one filter here. Sentence filters keep a rule off a
sentence; match filters reject one match of its patterns. The filters run in the order
listed, and a rule carries only the ones its flags turn on (``filters_of``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from pmdesk.lint._agents import Agent, Token
from pmdesk.lint._clauses import ClauseReader, token_at
from pmdesk.lint._model import Section
from pmdesk.lint._rules import Rule

__all__ = ["Candidate", "MatchFilter", "RuleFilters", "Sentence", "SentenceFilter", "filters_of"]


class Sentence(NamedTuple):
    """What the sentence filters look at."""

    section: Section
    is_question: bool
    # A template question or heading ("What could have gone better"): never blame.
    is_template: bool


def _in_skipped_section(rule: Rule, sentence: Sentence) -> bool:
    return sentence.section in rule.skip_sections


def _not_a_question(rule: Rule, sentence: Sentence) -> bool:
    return not sentence.is_question


def _template_question(rule: Rule, sentence: Sentence) -> bool:
    return sentence.is_template


class SentenceFilter:
    """Keeps the rules whose flag turns it on off a sentence."""

    __slots__ = ("name", "skips", "turned_on")

    def __init__(
        self,
        name: str,
        turned_on: Callable[[Rule], bool],
        skips: Callable[[Rule, Sentence], bool],
    ) -> None:
        self.name = name
        self.turned_on = turned_on
        self.skips = skips


_SENTENCE_FILTERS = (
    SentenceFilter("skip_sections", lambda rule: bool(rule.skip_sections), _in_skipped_section),
    SentenceFilter("question_only", lambda rule: rule.question_only, _not_a_question),
    # Only the rules for accusatory questions apply to a template question.
    SentenceFilter("template", lambda rule: not rule.question_only, _template_question),
)


class Candidate:
    """One match of a rule's pattern in a masked sentence, on its way through the filters."""

    __slots__ = ("by_agent", "cue_index", "masked", "match", "rule", "tokens")

    def __init__(self, rule: Rule, match: re.Match[str], masked: str, tokens: list[Token]) -> None:
        self.rule = rule
        self.match = match
        self.masked = masked
        self.tokens = tokens
        has_cue = "cue" in match.re.groupindex and match.group("cue")
        self.cue_index = token_at(tokens, match.start("cue") if has_cue else match.start())
        # The agent of a passive's by-phrase, once the passive filter has looked for it.
        self.by_agent = Agent.NONE


def _done_by_system(reader: ClauseReader, candidate: Candidate) -> bool:
    """A passive whose by-phrase names a system: "ignored by the latency SLO"."""
    candidate.by_agent = reader.by_agent(candidate.masked, candidate.match)
    return candidate.by_agent is Agent.SYSTEM


_AGENT_MODES: dict[str, Callable[[Agent], bool]] = {
    "person": lambda agent: agent is Agent.PERSON,
    "team": lambda agent: agent is Agent.TEAM,
    "human": lambda agent: agent in (Agent.PERSON, Agent.TEAM),
    "not_system": lambda agent: agent is not Agent.SYSTEM,
}


def _wrong_agent(reader: ClauseReader, candidate: Candidate) -> bool:
    """The doer is not the kind the rule is about (a passive's by-phrase already named one)."""
    if candidate.by_agent is not Agent.NONE:
        return False
    agent = reader.agent(candidate.rule, candidate.match, candidate.tokens, candidate.cue_index)
    return not _AGENT_MODES[candidate.rule.agent](agent)


def _negated(reader: ClauseReader, candidate: Candidate) -> bool:
    return reader.negated(candidate.tokens, candidate.cue_index, candidate.match)


def _rescued(reader: ClauseReader, candidate: Candidate) -> bool:
    return reader.rescued(candidate.masked, candidate.match, candidate.tokens)


def _in_reader_condition(reader: ClauseReader, candidate: Candidate) -> bool:
    """The match lies in a condition addressed to the reader ("If you have entered your
    password incorrectly five times, …"): a help page's case, not something someone did."""
    conditions = reader.pack.reader_conditions
    if conditions is None:
        return False
    start = candidate.match.start()
    return any(
        found.start() <= start < found.end() for found in conditions.finditer(candidate.masked)
    )


class MatchFilter:
    """Rejects a match of the rules whose flag turns it on."""

    __slots__ = ("name", "rejects", "turned_on")

    def __init__(
        self,
        name: str,
        turned_on: Callable[[Rule], bool],
        rejects: Callable[[ClauseReader, Candidate], bool],
    ) -> None:
        self.name = name
        self.turned_on = turned_on
        self.rejects = rejects


_MATCH_FILTERS = (
    MatchFilter("passive", lambda rule: rule.passive, _done_by_system),
    MatchFilter("agent", lambda rule: rule.agent != "any", _wrong_agent),
    MatchFilter(
        "reader_condition",
        lambda rule: rule.agent != "any" or rule.category == "minimizing",
        _in_reader_condition,
    ),
    MatchFilter("negatable", lambda rule: rule.negatable, _negated),
    MatchFilter("rescue", lambda rule: rule.rescue, _rescued),
)


class RuleFilters:
    """The filters one rule's flags turn on, in the order they run."""

    __slots__ = ("match", "sentence")

    def __init__(
        self, sentence: tuple[SentenceFilter, ...], match: tuple[MatchFilter, ...]
    ) -> None:
        self.sentence = sentence
        self.match = match


def filters_of(rule: Rule) -> RuleFilters:
    """The filters that ``rule``'s flags turn on."""
    return RuleFilters(
        tuple(entry for entry in _SENTENCE_FILTERS if entry.turned_on(rule)),
        tuple(entry for entry in _MATCH_FILTERS if entry.turned_on(rule)),
    )
