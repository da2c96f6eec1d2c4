"""Classes from held-out 56 (English: NHS letters, contractors' cuts, exam results, lapsed
domains, On Call, Slashdot, GitHub), looked at after its blind run: each real sentence with a
near neighbour on the other side. The set is tests/data/lint/real/heldout56_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class


def test_a_crew_that_severed_major_cables() -> None:
    check_class(
        "A construction crew drilling on French Street near the downtown headquarters severed "
        "major fiber-optic cables Tuesday.",
        "A storm over French Street near the downtown headquarters severed major fiber-optic "
        "cables Tuesday.",
        "en",
    )


def test_whoever_did_it_wrong() -> None:
    check_class(
        "Whoever setup the robot's permissions did it wrong.",
        "Whoever setup the robot's permissions did it on Tuesday.",
        "en",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # What happened to people is no act of theirs.
        "Thousands of students at the University of Liverpool might have received the wrong exam "
        "results today, which the administration is blaming on a technical error.",
        "NHS hospital bosses have apologised after hundreds of patients were wrongly told that "
        "they might have cancer.",
        # When something was noticed, a timeline fact.
        "The university did not notice the problem until 9:18, by which time hundreds of "
        "students had already received emails in error.",
        # What someone was asked to do.
        "The bank went into panic mode and e-mailed the mystery recipient, asking him or her to "
        "delete the message without reading it.",
    ],
)
def test_false_alarms_of_held_out_56(sentence: str) -> None:
    assert not blocks(sentence, "en")


def test_the_readers_tag_on_the_wrong_changeset_and_an_inflicted_outage() -> None:
    check_class(
        "you have the 1.4.1 tag on the wrong changeset.",
        "you have the 1.4.1 tag on the release changeset.",
        "en",
    )
    check_class(
        "Sorenson inflicted a preventable outage on customers.",
        "The storm inflicted a long outage on customers.",
        "en",
    )
