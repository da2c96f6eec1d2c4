"""Classes of blame missed in held-out 38 (German), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "Binnen fast einen Jahres hat es die Mannschaft nicht hinbekommen, wenigstens ein paar "
        "alte Übersetzungs-Probleme zu lösen.",  # heldout38_de, abridged
        "Binnen fast einen Jahres hat es das Skript nicht hinbekommen, wenigstens ein paar alte "
        "Übersetzungs-Probleme zu lösen.",
        "de",
        id="de-nicht-hinbekommen",
    ),
    pytest.param(
        "Zum zweiten mal schafft es das Amt nicht, dass das Elterngeld pünktlich auf dem Konto "
        "ist.",  # heldout38_de: "es" is the object, the office the subject
        "Zum zweiten mal schafft es das Skript nicht, dass das Elterngeld pünktlich auf dem "
        "Konto ist.",
        "de",
        id="de-schafft-es-das-amt-nicht",
    ),
    pytest.param(
        "Das schlimme daran: Das Unternehmen hat aus der Vergangenheit nicht genug gelernt.",
        "Das schlimme daran: Das Modell hat aus der Vergangenheit nicht genug gelernt.",
        "de",  # heldout38_de
        id="de-nicht-genug-gelernt",
    ),
    pytest.param(
        "Die Stadtverwaltung muss jedoch darauf hinweisen, dass der Fehler beim IT-Dienstleister "
        "liegt.",  # heldout38_de, abridged
        "Die Stadtverwaltung muss jedoch darauf hinweisen, dass der Fehler beim Druckprozess "
        "liegt.",
        "de",
        id="de-der-fehler-beim-dienstleister-liegt",
    ),
    pytest.param(
        "Der neueste Beweis ist die Milliarden-Verschwendung beim komplett vermurksten "
        "Computer-Programm der Regierung.",  # heldout38_de, abridged
        "Der neueste Beweis ist die Milliarden-Verschwendung beim komplett vermurksten "
        "Computer-Programm der Jahre 2019 bis 2021.",
        "de",
        id="de-vermurkstes-programm-der-regierung",
    ),
    pytest.param(
        "Kein Sterbenswörtchen auf den Presseseiten der Deutschen Bahn über eine massive "
        "Störung.",  # heldout38_de, abridged
        "Kein Sterbenswörtchen auf den Presseseiten über eine massive Störung.",
        "de",
        id="de-kein-sterbenswoertchen-der-bahn",
    ),
    pytest.param(
        "Statt öffentlich zu informieren, benachrichtigte die Swisscom nur die betroffenen "
        "Kunden.",  # heldout38_de
        "Statt lange zu warten, startete das Skript den Dienst neu.",
        "de",
        id="de-statt-zu-informieren",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout5_de: the writers' own data centre, a quiet hint.
        "Unsere Fehlersuche ergab schnell, dass das Problem bei unserem Rechenzentrum lag.",
        # heldout3_de: a spokesperson's attribution is reported, a quiet hint.
        "Ein Sprecher der Deutschen Bank führte die Problematik auf Fehler bei einem externen "
        "Dienstleister zurück.",
    ],
)
def test_own_and_reported_attributions_stay_hints(sentence: str) -> None:
    assert hints_only(sentence, "de")
