"""Classes the English held-out 108 (travel and hospitality IT) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout108_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_has_yet_to_release_a_statement_or_confirm_the_cause() -> None:
    check_class(
        "Universal Studios has yet to release an official statement regarding this locker-system "
        "outage.",
        "Universal Studios has yet to release the new locker system.",
    )
    check_class(
        "As of Monfay morning, Carnival has yet to confirm what IT issues their system "
        "encountered.",
        "As of Monday morning, Carnival has yet to confirm the new sailing dates.",
    )
    assert hints_only("We have yet to confirm what caused it.")


def test_a_party_that_refused_to_say_anything() -> None:
    check_class("Hilton refused to say anything.", "Hilton refused to pay the fee.")
    assert not blocks("The vendor refused to comment.")
