"""Classes of blame held-out 77 (English: operators' war stories and classic outages in
news) showed, looked at after its blind run: each real sentence with a near neighbour on the
other side, and the false alarms it found. The set is tests/data/lint/real/heldout77_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm, hints_only

CLASSES = [
    pytest.param(
        "The San Francisco-based bank stayed largely mum on the nationwide outage, which was "
        "unusually long in both its duration and scope.",
        "The San Francisco-based bank stayed largely online during the nationwide outage, "
        "which was unusually long in both its duration and scope.",
        id="stayed-mum-on-the-outage",
    ),
    pytest.param(
        "A worker keystroke error grounded or delayed some American and US Airways flights for "
        "several hours in August.",
        "A database error grounded or delayed some American and US Airways flights for several "
        "hours in August.",
        id="a-worker-keystroke-error",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour)


def test_a_saying_about_accidents_is_no_hindsight() -> None:
    check_false_alarm(
        "Accidents happen, it is inevitable.", "In hindsight the failure was inevitable."
    )


def test_a_question_about_anyones_experience_is_no_failure() -> None:
    check_false_alarm(
        "Have you ever sent an email that embarrassingly went to the wrong person?",
        "You sent an email that embarrassingly went to the wrong person.",
    )
    assert hints_only("We stayed silent about the outage.")
