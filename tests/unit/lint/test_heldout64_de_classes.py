"""Classes from held-out 64 (German, from the web: cut lines, provider and state IT failures,
university mail mishaps), looked at after its blind run: each real sentence with a near
neighbour on the other side. The set is tests/data/lint/real/heldout64_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Am Mittwochabend trennten Bauarbeiter bei einer Baustelle in Wien Erdberg eine "
        "Telefonleitung der Telekom Austria durch.",
        "Am Mittwochabend trennten Techniker bei einer Baustelle in Wien Erdberg eine "
        "Telefonleitung der Telekom Austria vom Netz.",
        id="de-trennten-die-leitung-durch",
    ),
    pytest.param(
        "Die Bedienungsanleitung las er nicht, schließlich kann jedes Kind so eine "
        "Installation durchführen.",
        "Die Bedienungsanleitung las er nicht vor, schließlich kann jedes Kind so eine "
        "Installation durchführen.",
        id="de-die-anleitung-las-er-nicht",
    ),
    pytest.param(
        "IT-Mitarbeiter der Berliner Polizei vernichtet wichtige Ermittlungsdaten",
        "Windows-Update der Berliner Polizei vernichtet wichtige Ermittlungsdaten",
        id="de-mitarbeiter-vernichtet-wichtige-daten",
    ),
    pytest.param(
        "Sie waren durch Baggerarbeiten einer Fremdfirma hervorgerufen worden.",
        "Sie waren durch Baggerarbeiten an der Landstraße hervorgerufen worden.",
        id="de-durch-arbeiten-einer-fremdfirma-hervorgerufen",
    ),
    pytest.param(
        "Die Deutsche Bank lässt kein Fettnäpfchen aus.",
        "Die Deutsche Bank lässt kein Quartal ohne Bericht aus.",
        id="de-laesst-kein-fettnaepfchen-aus",
    ),
    pytest.param(
        "So berichtet der BdSt von einem Projekt, bei dem sich die Landesverwaltung wahrlich "
        "nicht mit Ruhm bekleckerte.",
        "So berichtet der BdSt von einem Projekt, bei dem sich die Landesverwaltung wahrlich "
        "nicht mit Kritik zurückhielt.",
        id="de-nicht-mit-ruhm-bekleckert",
    ),
    pytest.param(
        "Die Polizei hat sich in den zurückliegenden Jahren bereits eine Reihe von Fehlgriffen "
        "geleistet.",
        "Die Polizei hat sich in den zurückliegenden Jahren bereits eine Reihe von Drohnen "
        "geleistet.",
        id="de-eine-reihe-von-fehlgriffen-geleistet",
    ),
    pytest.param(
        "Sicher mangelt es hier an der einen oder anderen Stelle am nötigen Sachverstand.",
        "Sicher mangelt es hier an der einen oder anderen Stelle am nötigen Speicherplatz.",
        id="de-mangelt-es-am-noetigen-sachverstand",
    ),
    pytest.param(
        "Deren Kommunikation ist oftmals vage oder man verschweigt lieber die Probleme gänzlich.",
        "Deren Kommunikation ist oftmals vage oder man beschreibt lieber die Probleme gänzlich.",
        id="de-verschweigt-die-probleme",
    ),
    pytest.param(
        "Die Frage nach Schadenersatz beantwortete Kischkewitz ausweichend.",
        "Die Frage nach Schadenersatz beantwortete Kischkewitz ausführlich.",
        id="de-beantwortete-ausweichend",
    ),
    pytest.param(
        "Die Deutsche Telekom hat den Fehler inzwischen eingeräumt, allerdings erst auf "
        "Nachfrage unserer Zeitung.",
        "Die Deutsche Telekom hat den Fehler inzwischen behoben, allerdings erst nach "
        "dem Tausch eines Routers.",
        id="de-eingeraeumt-erst-auf-nachfrage",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_a_building_site_between_two_towns_is_no_culprit() -> None:
    check_false_alarm(
        "Eine Baustelle zwischen Nyon und Genf war schuld daran, dass in der Nacht 16 000 "
        "Bewohner weder chatten noch telefonieren konnten.",
        "Ein Bauarbeiter zwischen Nyon und Genf war schuld daran, dass in der Nacht 16 000 "
        "Bewohner weder chatten noch telefonieren konnten.",
        "de",
    )


def test_a_negation_stressed_by_spaced_letters_still_negates() -> None:
    check_false_alarm(
        "K e i n e  Fehlbedienung oder ähnliches am PC auf der Geschäftsstelle.",
        "Eine Fehlbedienung oder ähnliches am PC auf der Geschäftsstelle.",
        "de",
    )
