"""The words a pattern cannot match without (``_word_needs``), and the linter that skips a
pattern whose words a sentence lacks: it must find exactly what it finds without skipping."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from pmdesk.lint import _engine, lint
from pmdesk.lint._word_needs import fold, sentence_keys, word_needs

REAL = Path(__file__).resolve().parents[2] / "data" / "lint" / "real"


def test_a_list_of_idioms_needs_one_of_their_words() -> None:
    need = word_needs(r"\b(?:dropped the ball|let (?:[\w-]+ ){0,3}(?:slip|fall) through)\b")
    # Of each branch its rarest word: "through" rather than "let".
    assert need == {"drop", "thro"}
    assert need.isdisjoint(sentence_keys("the release failed on friday"))
    assert not need.isdisjoint(sentence_keys("qa let the regression slip through"))


def test_words_are_needed_only_where_the_pattern_proves_a_word_starts() -> None:
    # "train" in "re-?train" may be the inside of "retrain", and "[a-z]+ed" names no word.
    assert word_needs(r"\bre-?train(?:ing)?\b") is None
    assert word_needs(r"\b[a-z]+ed the build\b") == {"buil"}
    # An optional part before a word keeps the start: "(?:\w+ly )?broken".
    assert word_needs(r"\b(?:\w+ly )?broken\b") == {"brok"}
    # A short word counts only where it also ends: "did" but not "mis" of "mis-sold".
    assert word_needs(r"\bdid\b") == {"did"}
    assert word_needs(r"\bmis-?sold\b") is None


def test_a_choice_needs_a_word_of_every_branch_or_nothing() -> None:
    assert word_needs(r"\b(?:forgot|missed) to\b") == {"forg", "miss"}
    assert word_needs(r"\b(?:forgot|\w+ed)\b") is None


def test_case_is_folded_as_the_regex_engine_folds_it() -> None:
    need = word_needs(r"\bFehler\b", re.IGNORECASE)
    assert need == {"fehl"}
    assert not need.isdisjoint(sentence_keys(fold("EIN FEHLER")))
    # The engine takes "ſ" for "s" when it ignores case; the keys must too.
    need = word_needs(r"\bsauber\b", re.IGNORECASE)
    assert re.search(r"\bsauber\b", "ſauber", re.IGNORECASE)
    assert not need.isdisjoint(sentence_keys(fold("ſauber")))


def _sample(lang: str) -> list[str]:
    sentences: list[str] = []
    for path in sorted(REAL.glob(f"heldout*_{lang}.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            sentences.extend(row["sentence"] for row in rows)
    return sentences[::25]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_skipping_patterns_by_their_words_finds_the_same(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = _sample(lang)

    def findings() -> list[list[tuple[str, int, int, str]]]:
        return [
            [(f.rule_id, f.start, f.end, f.severity) for f in lint(sentence, lang=lang)]
            for sentence in sample
        ]

    # Never skipping, and skipping from a pattern's first use on.
    monkeypatch.setattr(_engine, "_USES_BEFORE_NEEDS", 10**9)
    monkeypatch.setattr(_engine, "_needs", {})
    without = findings()
    monkeypatch.setattr(_engine, "_USES_BEFORE_NEEDS", 1)
    with_needs = findings()
    assert sum(map(len, without)) > 100
    assert with_needs == without
    assert sum(need is not None for need in _engine._needs.values()) > 200
