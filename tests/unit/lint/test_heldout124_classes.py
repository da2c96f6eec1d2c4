"""Classes behind a miss and the two false alarms of the English held-out 124 (agriculture and
farm machinery software), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout124_en.tsv."""

from __future__ import annotations

from .tiers import check_class, check_false_alarm


def test_a_machine_that_broke_down_is_no_deed() -> None:
    check_false_alarm(
        "His 690 John Deere combine broke down about a quarter of the way through harvest on his "
        "4,000-acre farm south of Kansas City.",
        "Bob broke the build.",
    )


def test_a_riddle_whose_answer_is_the_writer() -> None:
    check_false_alarm(
        "Guess who foolishly volunteered to read them all?",
        "The admin foolishly volunteered to restart the primary.",
    )


def test_an_agency_that_misdirected_a_claimant() -> None:
    check_class(
        "RPA misdirected Mr W about the crop code information to put on his farming subsidy "
        "claim form for peas and lupins.",
        "The parcel was misdirected to Leeds.",
    )
