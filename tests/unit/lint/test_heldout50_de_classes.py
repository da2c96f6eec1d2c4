"""Classes from the German part of held-out 50 (DER STANDARD news of the 10kGNAD dataset),
looked at after its blind run: each real sentence with a near neighbour on the other side.
The set is tests/data/lint/real/heldout50_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class

CLASSES = [
    pytest.param(
        "Die Behörden hatten zuerst gar nicht mitbekommen, dass der Beschuldigte sein "
        "Wundermittel im großen Stil in alle Welt verkaufte.",
        "Die Behörden hatten zuerst gar nicht gewusst, dass es das Wundermittel im Handel gab.",
        "de",
        id="de-nicht-mitbekommen",
    ),
    pytest.param(
        "Ein betrunkener Autofahrer ist in der Nacht auf Dienstag mit 100 km/h durch das "
        "Ortsgebiet von Saalfelden gerast.",
        "Ein ortsfremder Autofahrer ist in der Nacht auf Dienstag mit 100 km/h durch das "
        "Ortsgebiet von Saalfelden gerast.",
        "de",
        id="de-betrunkener-autofahrer",
    ),
    pytest.param(
        "Der Lokführer war offenbar betrunken.",
        "Der Lokführer war nicht betrunken.",
        "de",
        id="de-lokfuehrer-war-betrunken",
    ),
    pytest.param(
        "Der Techniker hat beim Update gepatzt.",
        "Der Techniker hat beim Update geholfen.",
        "de",
        id="de-gepatzt",
    ),
    pytest.param(
        "Die Tageszeitung Österreich ist am Montag wegen der Veröffentlichung eines falschen "
        "Fotos zu einer Entschädigung von 7.500 Euro verurteilt worden.",
        "Das Landesarbeitsgericht bestätigte das Urteil, mit dem der Fahrer zu einer "
        "Entschädigung von 7.500 Euro verurteilt wurde.",
        "de",
        id="de-zu-einer-entschaedigung-verurteilt",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_intent_ruled_out_is_no_finding_of_intent() -> None:
    assert not blocks(
        "Vorsätzliche Brandstiftung hatten die Ermittler des Landeskriminalamtes "
        "Niederösterreich bereits am Mittwochabend ausgeschlossen.",
        "de",
    )
    assert blocks("Der Mitarbeiter hat die Dateien vorsätzlich gelöscht.", "de")
