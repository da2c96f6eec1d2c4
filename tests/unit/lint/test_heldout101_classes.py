"""Classes the English held-out 101 (stock-exchange, broker and crypto-exchange outages) showed,
looked at after its blind run: each real sentence with a near neighbour on the other side. The
set is tests/data/lint/real/heldout101_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_numbered_group_is_an_item_of_a_list() -> None:
    check_false_alarm(
        "Group 4 incorrectly opened at 11.10am and remained open for a brief period during "
        "which time a number of trades occurred.",
        "The group incorrectly approved the change.",
    )
    # A numbered role in an anonymised report is still a person.
    assert blocks("Technician 2 forgot to close the valve.")


def test_a_hedged_question_about_a_cause() -> None:
    check_false_alarm(
        "Is it possible that UBS got 80mm shares of late fills due to Nasdaq’s hiccups?",
        # (Nasdaq is a firm the rule packs know, and a firm's hiccups are its systems', as
        # "the vendor's hiccups" are; a name read as a person's is what the frame blames.)
        "UBS got 80mm shares of late fills due to Knight’s hiccups.",
    )


def test_a_party_fined_for_bungling() -> None:
    check_class(
        "The regulator fined the bank £5m for mishandling complaints.",
        "The regulator fined the bank £5m for late filing.",
    )
