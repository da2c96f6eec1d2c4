"""Classes the English held-out 88 (firms' outage notes, and the news and forums on
Ticketmaster, Starling, HSBC, Kraken and game launches) showed, looked at after its blind run:
each real sentence with a near neighbour on the other side, and customers' views reported,
which must stay a quiet hint. The set is tests/data/lint/real/heldout88_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_incompetency_on_a_partys_part() -> None:
    check_class(
        "Dealing with incompetency on the company’s part just adds insult to injury.",
        "Dealing with delays on the company’s part just adds insult to injury.",
    )


def test_botched_communication() -> None:
    check_class(
        "And, of course, this botched communication led to people scrambling to preorder.",
        "And, of course, this sudden communication led to people scrambling to preorder.",
    )


def test_a_partys_goof_in_a_headline() -> None:
    check_class(
        "American Airlines Goof Leaves Thousands Of Flights Without Pilots",
        "American Airlines Update Leaves Thousands Of Flights Without Pilots",
    )
    # "The gaffe triggered …" names no party (heldout47_en, clean).
    assert not blocks("The gaffe triggered the state's worst telephone disruption in years.")


def test_a_mocked_whoopsie() -> None:
    check_class(
        "This latest whoopsie won't help one bit.",
        "This latest update won't help one bit.",
    )


def test_a_party_that_remained_quiet() -> None:
    check_class(
        "Kraken remained incredibly quiet on their official twitter account throughout the ordeal.",
        "Kraken remained incredibly active on their official twitter account throughout the "
        "ordeal.",
    )
    assert not blocks("We remained quiet on Twitter during the outage.")


def test_customers_views_are_reported() -> None:
    assert hints_only(
        "The customers felt that the company should have resorted to regular updates."
    )
    assert blocks("I felt that the company should have resorted to regular updates.")
