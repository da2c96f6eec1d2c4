"""Classes from the German part of held-out 53 (printing-fault notices, billing errors, letters
to the dead, fibre-rollout damage, an IT freelancer in production), looked at after its blind
run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout53_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, hints_only

CLASSES = [
    pytest.param(
        "Anstatt den Software-Code in der Testumgebung auszuführen, arbeitete er im "
        "Produktivsystem.",
        "Anstatt den Software-Code in der Testumgebung auszuführen, lief das Skript im "
        "Produktivsystem.",
        id="de-anstatt-arbeitete-er",
    ),
    pytest.param(
        "Anstatt das Anschlusskabel dafür jedoch an deren Sicherungsausgang anzuschliessen, "
        "schloss der ITler dieses am Eingang der Sicherung an.",
        "Anstatt das Anschlusskabel dafür jedoch an deren Sicherungsausgang anzuschliessen, "
        "führte der Plan dieses zum Eingang der Sicherung.",
        id="de-anstatt-schloss-der-itler",
    ),
    pytest.param(
        "Mitte November durchtrennte ein Tiefbau-Unternehmen bei Arbeiten an Leitplanken auf "
        "der L 157 bei Finkenholl zwei Glasfaserkabel.",
        "Mitte November durchtrennte ein Erdrutsch bei Arbeiten an Leitplanken auf der L 157 "
        "bei Finkenholl zwei Glasfaserkabel.",
        id="de-durchtrennte-ein-unternehmen-weit-vor-dem-kabel",
    ),
    pytest.param(
        "Dabei unterlief ihm eine fatale Verwechslung.",
        "Dabei unterlief ihm keine Verwechslung.",
        id="de-unterlief-ihm-eine-verwechslung",
    ),
    pytest.param(
        "Wie gestern bereits berichtet, hat der Düsseldorfer Anbieter GTS einigen Kunden "
        "versehentlich zu hohe Minutenpreise berechnet.",
        "Wie gestern bereits berichtet, hat der Düsseldorfer Anbieter GTS einigen Kunden zu "
        "hohe Minutenpreise erstattet.",
        id="de-own-earlier-report-and-apposition",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_a_newspapers_report_is_still_reported() -> None:
    assert hints_only(
        "Wie die Zeitung berichtet, hat der Anbieter versehentlich zu hohe Preise berechnet.", "de"
    )


def test_a_general_rule_of_liability_names_no_one() -> None:
    """heldout22_de: a verb-first condition ("Führt der Assistenzarzt … und unterläuft ihm ein
    Behandlungsfehler, so haftet er …") states the law, not what happened."""
    assert not blocks(
        "Führt der Assistenzarzt teilweise eine Operation durch und unterläuft ihm ein "
        "Behandlungsfehler, so haftet er grundsätzlich nicht selbst, sondern der Oberarzt.",
        "de",
    )


def test_a_name_after_a_vendor_noun_is_the_vendor() -> None:
    assert blocks("The vendor Acme accidentally deleted the backups.", "en")
    assert not blocks("The server DB01 accidentally deleted the backups.", "en")
