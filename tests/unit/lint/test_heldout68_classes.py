"""Classes from held-out 68 (English and German, from the web), looked at after its blind run:
each real sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout68_en.tsv and heldout68_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "He took out the network for us and people 30 miles north to 45 miles south :)",
        "The storm took out the network for us and people 30 miles north to 45 miles south :)",
        "en",
        id="en-he-took-out-the-network",
    ),
    pytest.param(
        "Die Gemeinde Slochteren hat sich einen üblen Scherz erlaubt.",
        "Die Gemeinde Slochteren hat sich einen neuen Bürgermeister gewählt.",
        "de",
        id="de-hat-sich-einen-ueblen-scherz-erlaubt",
    ),
    pytest.param(
        "Das Innenministerium hat die Technik überhaupt nicht im Griff.",
        "Das Skript hat die Last überhaupt nicht im Griff.",
        "de",
        id="de-hat-die-technik-nicht-im-griff",
    ),
    pytest.param(
        "Nun leistet die Stadt einen Offenbarungseid: Man stoße an technische Grenzen.",
        "Nun leistet die Stadt einen Beitrag: Man stoße an technische Grenzen.",
        "de",
        id="de-leistet-einen-offenbarungseid",
    ),
    pytest.param(
        "In den folgenden Monaten führte das Unternehmen keine Updates durch.",
        "In den folgenden Monaten führte das Unternehmen alle Updates durch.",
        "de",
        id="de-fuehrte-keine-updates-durch",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
