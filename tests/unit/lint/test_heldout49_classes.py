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
