"""Classes of blame missed in held-out 40 (German), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Eine Klimaanlage war über den Servern montiert, der Architekt berücksichtigte dabei "
        "nicht das Kondenswasser.",  # heldout40_de: "nicht" before the object
        "Eine Klimaanlage war über den Servern montiert, der Sensor bemerkte dabei nicht den "
        "Druckabfall.",
        "de",
        id="de-beruecksichtigte-nicht-das",
    ),
    pytest.param(
        "Ein tapsiger Bautrupp hat uns kurzerhand vom Internet abgeschnitten.",  # heldout40_de
        "Ein Blitz hat uns kurzerhand vom Internet abgeschnitten.",
        "de",
        id="de-tapsiger-bautrupp",
    ),
    pytest.param(
        "Der mit dem Versand beauftragte Dienstleister leistete sich allerdings einen "
        "folgenreichen Fehler.",  # heldout40_de, with "Dienstleister" for its "Letter-Shop"
        "Der mit dem Versand beauftragte Dienstleister leistete sich allerdings einen neuen "
        "Drucker.",
        "de",
        id="de-leistete-sich-allerdings-einen-fehler",
    ),
    pytest.param(
        "Ob da nicht vielleicht wieder irgendein Praktikant am Werk war?",  # heldout40_de
        "Ob da nicht vielleicht wieder irgendein Cronjob am Werk war?",
        "de",
        id="de-irgendein-praktikant-am-werk",
    ),
    pytest.param(
        "Eine schlimme Panne des Vorstands – mit Blick auf das Thema Datenschutz.",
        "Eine schlimme Panne des Servers – mit Blick auf das Thema Datenschutz.",
        "de",  # heldout40_de
        id="de-panne-des-vorstands",
    ),
    pytest.param(
        "Der Grund: eine Panne bei der Stadt.",  # heldout40_de
        "Der Grund: eine Panne bei der Stromversorgung.",
        "de",
        id="de-panne-bei-der-stadt",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
