"""Classes the English held-out 111 (restaurants' and food chains' IT) showed, looked at after
its blind run: its rule false alarm and the blame it missed, each with a near neighbour on the
other side. The set is tests/data/lint/real/heldout111_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_disruption_caused_by_a_failure_is_no_act() -> None:
    check_false_alarm(
        "On November 24, 2023, Olo experienced a disruption to the Omnivore API and related "
        "webhook delivery, caused by a failure in the automated process for creating new "
        "Omnivore API instances.",
        "An engineer ran a cleanup script, causing a two-hour outage.",
    )


def test_a_party_that_did_not_explain_or_declines_to_say_what_happened() -> None:
    check_class(
        "The company did not explain the outage, which affected cash registers at 7,000 stores in "
        "the United States and 1,000 in Canada.",
        "The company did not expect the outage, which affected cash registers at 7,000 stores in "
        "the United States and 1,000 in Canada.",
    )
    check_class(
        "Domino’s is declining to say precisely what it thinks was done.",
        "Domino’s is declining to say precisely how many stores were affected.",
    )
    assert not blocks("The vendor declined to comment.")
