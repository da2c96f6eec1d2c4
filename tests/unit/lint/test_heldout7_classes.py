"""Classes of real-text blame, and false alarms, found by the seventh held-out set (issue 16),
run blind.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout7_*.tsv``
(the source column there names where it was published) and a near neighbour on the other
side of the line.
"""

from __future__ import annotations

import pytest

from .tiers import blocks, tier

# Each case: the real sentence (must block), a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        'In 2008, a Metrolink commuter train engineer caused a wreck considered "the '
        'nation’s deadliest rail disaster in 15 years" when he ran a stop signal in Los '
        "Angeles and collided with a freight train.",
        "A faulty relay caused a fire in the substation.",
        id="person-caused-a-wreck",
    ),
    pytest.param(
        "Based on an initial analysis, a mixture of human and process error were to blame.",
        "Human and machine errors are both logged.",
        id="human-and-process-error",
    ),
    pytest.param(
        "A network admin locked everyone out of a series of network devices which cause a "
        "lot of grief to try and regain control.",
        "The firewall rule locked everyone out of the bastion host.",
        id="locked-everyone-out",
    ),
    pytest.param(
        "@tarcieri - 10 tests were broken by your commit (@18a125e).",
        "10 tests were broken by the dependency update.",
        id="broken-by-your-commit",
    ),
]

GERMAN = [
    pytest.param(
        "Ein ITler bei KPMG hat sich verklickt.",
        "Der Bot hat den falschen Kanal gewählt.",
        id="verklickt",
    ),
    pytest.param(
        "Welt : Lokführer überfuhr rotes Haltesignal",
        "Der Zug überfuhr die Weiche mit Schrittgeschwindigkeit.",
        id="ueberfuhr-rotes-signal",
    ),
    pytest.param(
        "Er setzte Sicherheitstechnik außer Funktion.",
        "Wir haben den Server außer Betrieb gesetzt.",
        id="sicherheitstechnik-ausser-funktion",
    ),
    pytest.param(
        "Zugunglück Fahrdienstleiter ließ sich offenbar auch während der Notrufe vom Handy "
        "ablenken",
        "Der Alarm ging während der Notrufe unter.",
        id="liess-sich-ablenken",
    ),
    pytest.param(
        "Programmiererfehler",
        "Programmierfehler",
        id="programmiererfehler",
    ),
    pytest.param(
        "Jetzt läuft sie wieder – und demonstriert mal wieder administratives Versagen.",
        "Jetzt läuft sie wieder.",
        id="administratives-versagen",
    ),
    pytest.param(
        "Aber offenkundig hat das Personal, das in Deutschland die Bahn lenkt, genau davon "
        "keine Ahnung mehr.",
        "Wir hatten keine Ahnung, wo die Pakete landeten.",
        id="keine-ahnung",
    ),
]

# Real sentences labelled clean that blocked blind, each with a look-alike that must block.
FALSE_ALARMS = [
    pytest.param(
        "Kritische Infrastruktur muss dringend besser abgesichert werden.",
        "Der Kollege muss in Zukunft sorgfältiger arbeiten.",
        id="securing-things",
    ),
    pytest.param(
        "Dummerweise wurde genau diese Rückfallebene (Zug darf trotzt rotem Signal auf Befehl "
        "des Fahrdienstleiters weiterfahren) zur Ursache des obigen (aber auch anderer) "
        "Zugunglücke.",
        "Das war ein dummer Fehler des Kollegen.",
        id="dummerweise-means-unfortunately",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    assert blocks(real)
    assert not blocks(neighbour)


@pytest.mark.parametrize(("real", "neighbour"), GERMAN)
def test_german_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    assert blocks(real, "de")
    assert not blocks(neighbour, "de")


@pytest.mark.parametrize(("real", "look_alike"), FALSE_ALARMS)
def test_a_clean_german_sentence_does_not_block_and_its_look_alike_does(
    real: str, look_alike: str
) -> None:
    assert tier(real, "de") != "block"
    assert blocks(look_alike, "de")


def test_a_hypothetical_deletion_does_not_block_but_a_headline_does() -> None:
    assert not blocks(
        "All in all, if the intern deletes the entire database, they are able to do so, "
        "and that’s the main problem."
    )
    assert blocks("Intern deletes the entire production database.")
