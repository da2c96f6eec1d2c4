"""Classes from held-out 57 (English, older and larger incidents: GitHub 2010, Azure 2013,
DreamHost, Code Spaces, rail investigations, Flickr), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout57_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "He hit the brakes too late.",
        "He hit the brakes in time.",
        id="en-hit-the-brakes-too-late",
    ),
    pytest.param(
        "The Flickr staff member who received the complaint mixed up the two users, and ended "
        "up deleting Wilhelm's account.",
        "The Flickr script that received the complaint mixed up the two users, and ended up "
        "deleting Wilhelm's account.",
        id="en-who-clause-then-and-ended-up-deleting",
    ),
    pytest.param(
        "One of the guys in charge of the billing operation did a few clicks in the wrong "
        "places, and all users got billed for a year.",
        "One of the scripts in charge of the billing operation did a few updates in the wrong "
        "places, and all users got billed for a year.",
        id="en-did-a-few-clicks-in-the-wrong-places",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_a_military_investigations_conclusion_is_reported() -> None:
    """heldout15: "…, a British military investigation concluded Monday." is a body's finding."""
    assert hints_only(
        "An air traffic controller guiding two pilots who crashed into a mountaintop made "
        "serious mistakes but was not directly to blame for their deaths, a British military "
        "investigation concluded Monday.",
        "en",
    )
