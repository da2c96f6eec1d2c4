"""Classes of blame missed in held-out 36 (looked at after its blind run): each real sentence
with a near neighbour on the other side. The sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "They should make sure everything is working after they think they've fixed it.",
        "They should restart automatically after a crash.",  # heldout36_en (about a host)
        "en",
        id="en-they-should-make-sure",
    ),
    pytest.param(
        "You published to NPM without building.",  # heldout36_en
        "The release job published to NPM after building.",
        "en",
        id="en-published-without-building",
    ),
    pytest.param(
        "At that point it was discovered that the backup system had failed on December 2nd "
        "and gone unnoticed by them.",  # heldout36_en, abridged
        "At that point it was discovered that the backup system had failed on December 2nd "
        "and gone unnoticed by the monitoring.",
        "en",
        id="en-gone-unnoticed-by-them",
    ),
    pytest.param(
        "This is in response to lax rule enforcement and unethical Admin behavior.",  # en
        "This is in response to lax rule enforcement and unusual server behavior.",
        "en",
        id="en-unethical-admin-behavior",
    ),
    pytest.param(
        "You need to get your act together, and learn how to keep order among your ranks.",
        "You need to get your tickets together, and learn how the queue works.",  # en
        "en",
        id="en-get-your-act-together",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
