"""Classes the English held-out 95 (election technology failures in officials' words, audit
findings, the news and comment threads) showed, looked at after its blind run: each real sentence
with a near neighbour on the other side. The set is tests/data/lint/real/heldout95_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_has_yet_to_explain() -> None:
    check_class(
        "The Travis County clerk's office has yet to explain what caused its election results "
        "website to crash on Tuesday night.",
        "The Travis County clerk's office has now explained what caused its election results "
        "website to crash on Tuesday night.",
    )
    assert blocks("The vendor has yet to explain the cause.")
    assert blocks("Travis County still not saying what led to website crash, delay in results")
    assert not blocks("The cause has yet to be explained.")
    assert not blocks("The logs still not saying what happened is odd.")
    assert hints_only("We have yet to explain why the cache was cold.")


def test_a_cautionary_tale_is_a_lesson_not_a_sanction() -> None:
    assert not blocks(
        "The report highlights system failures that might have been prevented with better "
        "planning and testing and they offer a cautionary tale for other jurisdictions as the "
        "critical November 2020 presidential election approaches."
    )
    assert blocks("They made him a cautionary tale for the rest of the team.")
