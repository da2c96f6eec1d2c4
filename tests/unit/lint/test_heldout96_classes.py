"""Classes the English held-out 96 (billing-system failures at utilities, councils and
telecoms) showed, looked at after its blind run: each real sentence with a near neighbour on
the other side. The set is tests/data/lint/real/heldout96_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_party_that_sent_wrong_bills_or_overcharged() -> None:
    check_class(
        "But now the council has sent out thousands of incorrect council tax bills and will "
        "have to go through the process again.",
        "But now the council has sent out thousands of new council tax bills and will have to "
        "go through the process again.",
    )
    assert blocks("The supplier overcharged several hundred of its customers.")
    assert hints_only("We sent out incorrect bills to 300 customers.")
    assert not blocks("The script sent incorrect values to the API.")
    assert not blocks("The bills were sent out twice.")
    assert not blocks("The load balancer sent duplicate requests.")


def test_a_regulators_expectation_of_an_industry_is_no_remedy_aimed_at_people() -> None:
    check_false_alarm(
        "The regulator expects suppliers to be vigilant and ensure customers are not charged "
        "more than the price cap, which sets a limit on how much suppliers can charge.",
        "Engineers need to be more careful when running migrations.",
    )


def test_a_party_refusing_responsibility() -> None:
    check_class(
        "The company refused to take responsibility.",
        "The company agreed to take responsibility.",
    )
