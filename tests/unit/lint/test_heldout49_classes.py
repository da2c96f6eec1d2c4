"""Classes of blame missed in held-out 49 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "2. If such policies exist but were not communicated to staff, fire whoever is "
        "responsible for the failure to do so.",  # heldout49_en
        "2. If such policies exist but were not communicated to staff, fix whatever is "
        "responsible for the failure to do so.",
        "en",
        id="en-fire-whoever-is-responsible",
    ),
    pytest.param(
        "1. If the malefactor acted contrary to well-publicized, established policies, fire "
        "her(him).",  # heldout49_en
        "1. If the alarm acted contrary to well-publicized, established policies, fire the drill.",
        "en",
        id="en-fire-her",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout45_en: the reader named as the one who removed something.
        ("Sorry, but you deleted `0.20181225.7`.", "Sorry, but the job deleted `0.20181225.7`."),
        # heldout39_en
        (
            "You deleted all my data after the last update.",
            "The update deleted all my data after the restart.",
        ),
        # heldout_en: a condition about what anyone might do is no reproach.
        (
            "I guess you deleted `17-11-18` and `17-12-25`.",
            "Unfortunately if you've deleted it, it's gone.",
        ),
    ],
)
def test_the_reader_named_as_the_one_who_removed_something(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
