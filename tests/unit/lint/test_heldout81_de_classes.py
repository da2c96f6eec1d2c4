"""Classes from the German part of held-out 81 (commentary on the state's IT, audit findings,
utilities' and ministries' statements; a third Austrian) showed, looked at after its blind
run: each real sentence with a near neighbour on the other side, and its false alarm with a
look-alike that still blocks. The set is tests/data/lint/real/heldout81_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Für das Scheitern des Informatikprojekts Insieme sind vorab die Eidgenössische "
        "Steuerverwaltung und deren früherer Chef Urs Ursprung verantwortlich.",
        "Für das Scheitern des Informatikprojekts Insieme sind vorab die veralteten "
        "Schnittstellen und deren fehlende Dokumentation verantwortlich.",
        id="de-fuer-das-scheitern-verantwortlich",
    ),
    pytest.param(
        "Aber auch das Finanzdepartement und der Bundesrat tragen Verantwortung.",
        "Aber auch das Finanzdepartement und der Bundesrat tragen Verantwortung für ihre Bürger.",
        id="de-tragen-verantwortung",
    ),
    pytest.param(
        "Bei uns liegt aber vermutlich einfach nur die übliche Inkompetenz vor.",
        "Bei uns liegt aber vermutlich einfach nur die übliche Überlastung vor.",
        id="de-die-uebliche-inkompetenz",
    ),
    pytest.param(
        "Wer die Notfallnummer wählte, bekam aber nur ein Freizeichen; niemand ging ran.",
        "Wer die Notfallnummer wählte, bekam aber nur ein Freizeichen; die Leitung war tot.",
        id="de-niemand-ging-ran",
    ),
    pytest.param(
        "Behörden verschwenden Millionen mit IT-Projekten",
        "Behörden investieren Millionen in IT-Projekte",
        id="de-behoerden-verschwenden-millionen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_a_malicious_false_alarm_is_an_outsiders_act() -> None:
    # heldout81_de's false alarm: a fire brigade's report on a prank alarm.
    check_false_alarm(
        "Infolge der anzunehmenden böswilligen Alarmierung wurde Anzeige erstattet.",
        "Der Techniker hat die Alarmanlage böswillig abgeschaltet.",
        "de",
    )


def test_interns_as_a_byword_for_incompetence_is_no_verdict() -> None:
    # heldout13_de (clean): the writer argues against the stereotype.
    assert not blocks(
        "Aber warum sollen gerade Praktikanten das Sinnbild für Inkompetenz sein?", "de"
    )
