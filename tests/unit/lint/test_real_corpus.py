"""The real-text corpus in tests/data/lint/real (issue 16) stays well-formed: every row has a
known label and kind, names its source, and no held-out sentence is counted twice or was
development material."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[2] / "data" / "lint" / "real"
LABELS = {"blame", "consider", "clean"}
KINDS = {"postmortem", "statement", "template"}


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert next(reader) == ["label", "kind", "source", "sentence"], path.name
        return list(reader)


@pytest.mark.parametrize("path", sorted(REAL.glob("*.tsv")), ids=lambda path: path.name)
def test_every_row_is_labelled_and_names_its_source(path: Path) -> None:
    for row in _rows(path):
        assert len(row) == 4, row
        label, kind, source, sentence = row
        assert label in LABELS, row
        assert kind in KINDS, row
        assert source.strip(), row
        assert sentence, row
        assert sentence.strip() == sentence, row


@pytest.mark.parametrize("lang", ["en", "de"])
def test_held_out_sentences_appear_once_and_nowhere_else(lang: str) -> None:
    # Blind figures mean nothing if a held-out sentence was also development material.
    sentences = Counter(
        row[3].lower()
        for path in REAL.glob(f"*_{lang}.tsv")
        for row in _rows(path)
        if path.name.startswith("heldout")
    )
    elsewhere = {
        row[3].lower()
        for path in REAL.glob(f"*_{lang}.tsv")
        for row in _rows(path)
        if not path.name.startswith("heldout")
    }
    assert [sentence for sentence, count in sentences.items() if count > 1] == []
    assert sorted(elsewhere & set(sentences)) == []


@pytest.mark.parametrize(("lang", "minimum", "blaming"), [("en", 120, 30), ("de", 80, 20)])
def test_the_second_held_out_set_is_large_enough_to_measure(
    lang: str, minimum: int, blaming: int
) -> None:
    labels = Counter(row[0] for row in _rows(REAL / f"heldout2_{lang}.tsv"))
    assert sum(labels.values()) >= minimum
    assert labels["blame"] >= blaming
