"""The false alarm of documents31 (published write-ups of Scalingo, Passbolt, Anubis, Fabric and
Snoonet) and its kind in the corpus, looked at after its blind run. The files are in
tests/data/lint/real/documents31/."""

from __future__ import annotations

import pytest

from .tiers import blocks


@pytest.mark.parametrize(
    "sentence",
    [
        "However, one issue was missed during the post-incident checks.",
        # heldout23_en.tsv and heldout12_en.tsv, labelled clean
        "During a planned service routing migration, a required configuration update for one "
        "service was missed.",
        "A recent change aimed to prevent accidental canary flags from being deployed without "
        "proper testing, but another code change was overlooked.",
    ],
)
def test_an_agentless_miss_is_a_fact_not_an_accusation(sentence: str) -> None:
    assert not blocks(sentence, "en")


def test_an_ignored_warning_still_accuses() -> None:
    assert blocks("However, that warning was ignored and the order was sent through.", "en")
    assert blocks("This ought to have been spotted before the release.", "en")
