"""Classes of blame missed in held-out 39 (German), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Durch das Missgeschick eines Leitstellendisponenten wurden in der Nacht alle Sirenen "
        "ausgelöst.",  # heldout39_de, abridged (and its typo "Leitstellendispontenten" put right)
        "Durch das Missgeschick eines Updates wurden in der Nacht alle Sirenen ausgelöst.",
        "de",
        id="de-missgeschick-eines-disponenten",
    ),
    pytest.param(
        "Jetzt hat sich die Berliner Feuerwehr einen Patzer erlaubt.",  # heldout39_de
        "Jetzt hat sich die Berliner Feuerwehr einen neuen Wagen erlaubt.",
        "de",
        id="de-sich-einen-patzer-erlaubt",
    ),
    pytest.param(
        "Nur die Telekom nimmt sich der Sache nicht an.",  # heldout39_de
        "Nur das Skript nimmt sich der Sache nicht an.",
        "de",
        id="de-nimmt-sich-nicht-an",
    ),
    pytest.param(
        "Viele Kunden reagierten verärgert, zumal unter der Havarienummer niemand zu erreichen "
        "war.",  # heldout39_de
        "Viele Kunden reagierten verärgert, zumal die Havarienummer nicht zu erreichen war.",
        "de",
        id="de-niemand-zu-erreichen",
    ),
    pytest.param(
        "Wenn die Software streikt und der Kundendienst nicht erreichbar ist, wird es eng.",
        "Wenn die Software streikt und der Server nicht erreichbar ist, wird es eng.",
        "de",  # heldout39_de, abridged
        id="de-kundendienst-nicht-erreichbar",
    ),
    pytest.param(
        "Es waren die übermotivierten digitalen Kollegen, die Bamberg den Skandal des "
        "Jahrhunderts eingebrockt haben.",  # heldout39_de: a relative clause before a name
        "Es waren die übermotivierten digitalen Kollegen, die Bamberg den Preis des "
        "Jahrhunderts eingebracht haben.",
        "de",
        id="de-eingebrockt-in-a-relative-clause",
    ),
    pytest.param(
        "Die Programmierung ist outgesourced, und die Programmierer haben exakt null Prozent "
        "Ahnung von dem Thema.",  # heldout39_de, abridged
        "Die Programmierung ist outgesourced, und die Programmierer haben exakt null Prozent "
        "Anteil an dem Thema.",
        "de",
        id="de-null-prozent-ahnung",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
