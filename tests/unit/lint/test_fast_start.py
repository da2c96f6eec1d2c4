"""The rule patterns are rewritten so that the regex engine can skip ahead (the throughput goal
of issue 16): the rewritten pattern must find exactly what the pattern as written finds."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from pmdesk.lint._fast_start import fast_start
from pmdesk.lint._rules import load_rules

REAL = Path(__file__).resolve().parents[2] / "data" / "lint" / "real"


def _found(pattern: str, flags: int, text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize(
    ("pattern", "flags", "texts"),
    [
        # A boundary before the first letter: not inside a word, at the very start or after
        # punctuation.
        (
            r"\b(?:forgot|failed to|missed)\b",
            0,
            ["forgot it", "he forgot", "unforgot", "x-missed", "dismissed", "(failed to)"],
        ),
        # A named group holding the alternatives, a group written out, a shared first letter.
        (
            r"\b(?P<cue>(?:hit|pulled) the brakes|hung (?:the|our) bots|let it slip)",
            0,
            ["he hit the brakes", "she pulled the brakes", "outlet it slip", "hung our bots"],
        ),
        # Ignoring case: the boundary stays, the letters are grouped without regard to case.
        (
            r"\b(?:Absichtlich|abgeschaltet|Ausfall)\b",
            re.IGNORECASE,
            ["ABSICHTLICH", "Leitung abgeschaltet", "Stromausfall", "ausfall"],
        ),
        # One word after the boundary.
        (r"\bmade (?:a|an) (?:bad|wrong) call", 0, ["he made a bad call", "unmade a bad call"]),
        # An optional group first: written out with it and without it.
        (
            r"\b(?:(?:einen |den )?Fehler begangen|(?:her)?umgeschraubt)\b",
            re.IGNORECASE,
            [
                "Er hat einen Fehler begangen.",
                "Fehler begangen",
                "hat den Fehler begangen",
                "herumgeschraubt",
                "umgeschraubt",
                "keinen Fehler begangen",
            ],
        ),
    ],
)
def test_the_rewritten_pattern_finds_the_same(pattern: str, flags: int, texts: list[str]) -> None:
    fast = fast_start(pattern, flags)
    assert fast != pattern
    for text in texts:
        assert _found(fast, flags, text) == _found(pattern, flags, text), text


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:s?he|it) broke",  # the first letter may be missing
        r"\b(?:(?<=you've )broken|broke)",  # a look-behind first
        r"\b(?:(?:a|b)(?P<x>c)|d)",  # a named group would be written twice
        r"\b(?:foo|bar)+ baz",  # a repeated group
        r"(?:foo|bar)\b",  # no boundary first
    ],
)
def test_other_shapes_are_left_as_they_are(pattern: str) -> None:
    assert fast_start(pattern) == pattern


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_bundled_pattern_finds_the_same_in_real_sentences(lang: str) -> None:
    pack = load_rules().pack(lang)
    sentences: list[str] = []
    for path in sorted(REAL.glob(f"heldout*_{lang}.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            sentences.extend(row["sentence"] for row in rows)
    sample = sentences[::15]
    if pack.match_lowercase:
        sample = [sentence.lower() for sentence in sample]
    rewritten = 0
    for rule in pack.rules:
        for pattern in (*rule.patterns, *rule.exclude):
            source, flags = getattr(pattern, "source", pattern.pattern), pattern.flags
            fast = fast_start(source, flags)
            if fast == source:
                continue
            rewritten += 1
            as_written, as_run = re.compile(source, flags), re.compile(fast, flags)
            for sentence in sample:
                expected = [(m.span(), m.groupdict()) for m in as_written.finditer(sentence)]
                got = [(m.span(), m.groupdict()) for m in as_run.finditer(sentence)]
                assert got == expected, (rule.id, sentence)
    assert rewritten > 100  # most rule patterns open with a boundary and a list of words


def test_a_pattern_is_compiled_as_written_and_swapped_once_used_often() -> None:
    from pmdesk.lint._rules import _USES_BEFORE_FAST, compiled_on_use

    source = r"\b(?:forgot|failed to|missed|mislaid) the (?:keys|test)\b"
    pattern = compiled_on_use(source)
    text = "he forgot the keys, she mislaid the test, unmissed the keys"
    expected = [m.span() for m in re.finditer(source, text)]
    assert [m.span() for m in pattern.finditer(text)] == expected
    assert pattern.compiled.pattern == source  # a short text pays for no longer compile
    for _ in range(_USES_BEFORE_FAST):
        assert [m.span() for m in pattern.finditer(text)] == expected
    assert pattern.compiled.pattern == fast_start(source) != source
    assert pattern.search(text) is not None


@pytest.mark.parametrize("rule_id", ["person_failure.failure_verb", "group_blame.failure_verb"])
def test_the_shared_english_verb_list_keeps_its_fast_form(rule_id: str) -> None:
    # The list the benchmark spends most time in: one alternative that opens with a
    # look-behind or a character class keeps the whole list from its fast form (it cost the
    # failure-verb rule two thirds more time once).
    rule = next(rule for rule in load_rules().pack("en").rules if rule.id == rule_id)
    verb_list = rule.patterns[0]
    source = getattr(verb_list, "source", verb_list.pattern)
    assert len(source) > 5000  # the expanded %FAILVERB% list
    assert fast_start(source, verb_list.flags) != source


def test_the_shared_german_verb_list_keeps_its_fast_form() -> None:
    # The German list took half of the time the linter spent on German text: 30 of its 312
    # alternatives opened with an optional group, a word of any kind or a look-around, and one
    # such alternative keeps the whole list from its fast form. Optional groups are written
    # out now; the rest stand in a list of their own (FEHLVERB_FREI).
    pack = load_rules().pack("de")
    for rule_id in ("person_failure.fehlverb", "group_blame.team"):
        rule = next(rule for rule in pack.rules if rule.id == rule_id)
        sources = [getattr(p, "source", p.pattern) for p in rule.patterns]
        verb_list = next(s for s in sources if "vermasselt" in s and len(s) > 5000)
        assert fast_start(verb_list, re.IGNORECASE) != verb_list
