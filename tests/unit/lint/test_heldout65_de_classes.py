"""Classes from held-out 65 (German, from the web: data-protection cases, labour-court and
teachers' forum cases, cantons' misprinted tax letters), looked at after its blind run: each
real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout65_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Die Mitarbeiterin eines Nürnberger Reha-Zentrums hat mehrfach unbefugt Patientendaten "
        "an Dritte weitergegeben.",
        "Ein Angreifer hat bei einem Nürnberger Reha-Zentrum mehrfach unbefugt Patientendaten "
        "abgerufen.",
        id="de-unbefugt-patientendaten-weitergegeben",
    ),
    pytest.param(
        "Von denen hat das Bremerhavener Integrationsamt versehentlich eine Namensliste "
        "verschickt.",
        "Von denen hat das Bremerhavener Skript versehentlich eine Namensliste verschickt.",
        id="de-das-integrationsamt-versehentlich",
    ),
    pytest.param(
        "Bei den Schreiben an die Betroffenen hat das Amt die gesamte Liste verschickt, ohne die "
        "Daten unkenntlich zu machen.",
        "Bei den Schreiben an die Betroffenen hat das Skript die gesamte Liste verschickt, ohne "
        "die Daten unkenntlich zu machen.",
        id="de-ohne-die-daten-unkenntlich-zu-machen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_two_ways_data_gets_lost_are_no_verdict_on_anyone() -> None:
    check_false_alarm(
        "Diebstahl, Verlust, Löschung (unbeabsichtigt oder mutwillig) oder Systemfehler treten "
        "häufiger auf, als man es sich wünscht.",
        "Der Mitarbeiter hat die Daten mutwillig gelöscht.",
        "de",
    )
