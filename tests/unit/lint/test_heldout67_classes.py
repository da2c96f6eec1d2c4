"""Classes from held-out 67 (English and German, from the web), looked at after its blind run:
each real sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout67_en.tsv and heldout67_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "The cause of the outage was a contractor accidentally knocking out power to one of "
        "the City's two main electrical circuits.",
        "The cause of the outage was a storm accidentally knocking out power to one of the "
        "City's two main electrical circuits.",
        "en",
        id="en-the-cause-was-a-contractor-accidentally-knocking-out",
    ),
    pytest.param(
        "The outage was due to an error by the contractor.",
        "The outage was due to an error in the contract.",
        "en",
        id="en-due-to-an-error-by-the-contractor",
    ),
    pytest.param(
        "Da hat man eine Kollegin, und da stellt sich heraus, dass die einfach keine Ahnung hat.",
        "Da hat man eine Kollegin, und da stellt sich heraus, dass die einfach keine Zeit hat.",
        "de",
        id="de-dass-die-keine-ahnung-hat",
    ),
    pytest.param(
        "Der Vermieter reagierte erst verspätet.",
        "Der Vermieter reagierte sofort.",
        "de",
        id="de-reagierte-erst-verspaetet",
    ),
    pytest.param(
        "Die zuständige Hausverwaltung ist für die Bewohner kaum zu erreichen:",
        "Der zuständige Server ist für die Bewohner kaum zu erreichen:",
        "de",
        id="de-hausverwaltung-kaum-zu-erreichen",
    ),
    pytest.param(
        "Das Oberlandesgericht hat einer Autofahrerin 6250 Euro zugesprochen, weil sie von "
        "einer Kfz-Werkstatt falsch beraten worden war.",
        "Das Oberlandesgericht hat einer Autofahrerin 6250 Euro zugesprochen, weil sie von "
        "einer Kfz-Werkstatt gut beraten worden war.",
        "de",
        id="de-von-einer-werkstatt-falsch-beraten",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
