"""The cue trigger compiles, for the first texts, a regex of only the cues each contains
(the full regex of a language takes longer to compile than a one-line file to lint), and
finds exactly what the full regex finds."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pmdesk.lint import RuleSet
from pmdesk.lint._rules import CueTrigger

DATA = Path(__file__).resolve().parents[2] / "data" / "lint"


def _sentences(lang: str) -> list[str]:
    sentences = []
    for path in sorted(DATA.rglob(f"*_{lang}.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            sentences.extend(row["sentence"].lower() for row in rows)
    return sentences


def _copy(trigger: CueTrigger, texts_before_full: int) -> CueTrigger:
    copy = CueTrigger(trigger.prefix_cues, trigger.whole_words, trigger.suffix_cues)
    copy.TEXTS_BEFORE_FULL = texts_before_full
    return copy


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_cues_of_a_text_are_found_as_by_the_full_regex(ruleset: RuleSet, lang: str) -> None:
    trigger = ruleset.pack(lang).trigger
    assert trigger is not None
    per_text, full = _copy(trigger, 10**9), _copy(trigger, 0)
    sentences = _sentences(lang)
    assert len(sentences) > 300
    # Sentences, a whole corpus at once, and cues that overlap or end inside a word.
    texts = [*sentences, " ".join(sentences), "they were not taken seriously.", "shouldn't"]
    for text in texts:
        found = [(m.start(), m.group(1)) for m in per_text.finditer(text)]
        assert found == [(m.start(), m.group(1)) for m in full.finditer(text)], text
    assert full._full is not None
    assert per_text._full is None


def test_a_one_line_text_compiles_only_its_own_cues(ruleset: RuleSet) -> None:
    trigger = ruleset.pack("en").trigger
    assert trigger is not None
    fresh = _copy(trigger, CueTrigger.TEXTS_BEFORE_FULL)
    line = "the engineer forgot to restart the service after the change."
    assert [m.group(1) for m in fresh.finditer(line)] == ["forgot"]
    assert list(fresh.finditer("the service restarted.")) == []
    assert fresh._full is None
    # A linter that keeps running (the app) compiles the full regex once.
    for _ in range(CueTrigger.TEXTS_BEFORE_FULL):
        list(fresh.finditer(line))
    assert fresh._full is not None
    assert [m.group(1) for m in fresh.finditer(line)] == ["forgot"]
