"""The English pack searches a sentence for an attribution ("…, he told reporters") only when
it holds one of the words every attribution pattern needs (the throughput goal of issue 16):
the gate must let through every sentence an attribution pattern finds."""

from __future__ import annotations

import csv
from pathlib import Path

from pmdesk.lint import LintContext, lint
from pmdesk.lint._engine import _has_quote_or_percent
from pmdesk.lint._rules import load_rules

REAL = Path(__file__).resolve().parents[2] / "data" / "lint" / "real"


def test_every_attribution_in_the_real_sentences_passes_the_gate() -> None:
    pack = load_rules().pack("en")
    assert pack.reported is not None
    assert pack.reported_gate is not None
    attributed = 0
    for path in sorted(REAL.glob("*_en.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                sentence = row["sentence"]
                if pack.reported.search(sentence):
                    attributed += 1
                    assert pack.reported_gate.search(sentence.lower()) or _has_quote_or_percent(
                        sentence
                    ), sentence
    assert attributed > 300


def test_an_attributed_accusation_is_still_a_hint() -> None:
    rules_only = LintContext(learned=False)
    said = "The contractor cut the cable, the spokesperson said."
    assert [f.severity for f in lint(said, context=rules_only)] == ["info"]
    plain = "The contractor cut the cable."
    assert [f.severity for f in lint(plain, context=rules_only)] == ["warning"]
