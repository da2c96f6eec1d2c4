"""Classes the English held-out 103 (retail and e-commerce outages) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout103_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_what_firms_in_general_would_have_done_is_a_yardstick() -> None:
    check_false_alarm(
        "With Black Friday one of the most crucial days in the retail calendar, most firms "
        "would have spent months stress-testing their sites to ensure they could stand up to "
        "the increased traffic.",
        "The vendor would have spent months testing if it had cared.",
    )


def test_an_accident_that_befell_the_reader_is_no_slip() -> None:
    check_false_alarm(
        "‘You were accidentally not charged on a recent visit and this is a delayed payment.",
        "Dana accidentally deleted the volume.",
    )


def test_a_party_that_is_yet_to_explain() -> None:
    check_class(
        "The supermarket is yet to explain what the issues were that caused problems with the "
        "customer orders.",
        "The supermarket is about to explain what the issues were that caused problems with the "
        "customer orders.",
    )
    assert not blocks("The supermarket closed at 10pm.")
