"""Classes from held-out 61 (English, Stack Overflow posts), looked at after its blind run:
each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout61_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    # A verdict on the reader's work (also heldout32_en.tsv: "your implementation is broken").
    pytest.param(
        "Also, your query is completely vulnerable to SQL injection.",
        "If your query is vulnerable to SQL injection, the scanner will report it.",
        id="en-your-query-is-vulnerable",
    ),
    # "Whomever wrote that" is no attribution of a quote ("…," wrote the spokesperson).
    pytest.param(
        "Whomever wrote that should be flogged.",
        "Whomever wrote that should be thanked.",
        id="en-whoever-wrote-that-should-be-flogged",
    ),
    # heldout59_en.tsv
    pytest.param(
        "You've got a typo (lenght -> length)",
        "You have an error in your SQL syntax; check the manual.",
        id="en-youve-got-a-typo",
    ),
    # heldout58_en.tsv
    pytest.param(
        "That sounds like some serious buck passing.",
        "That sounds like some serious load balancing.",
        id="en-buck-passing",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
