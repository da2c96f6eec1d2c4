"""Classes from the German part of held-out 82 (failed state IT, telecom outages, university
and practice notices) showed, looked at after its blind run: each real sentence with a near
neighbour on the other side, and its false alarms with look-alikes that still block. The set
is tests/data/lint/real/heldout82_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Kein Virus war schuld, sondern die Telekom.",
        "Kein Virus war schuld, sondern ein defektes Netzteil.",
        id="de-nicht-schuld-sondern",
    ),
    pytest.param(
        "Bei den Stadtwerken Velbert war Freitag keine Stellungnahme zu dem Vorfall zu bekommen.",
        "Im Archiv war Freitag keine Stellungnahme zu dem Vorfall zu finden.",
        id="de-keine-stellungnahme-zu-bekommen",
    ),
    pytest.param(
        "Das Amt hat das Projekt in den Sand gesetzt.",
        "Das Amt hat das Projekt in den Herbst verschoben.",
        id="de-in-den-sand-gesetzt",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


FALSE_ALARMS = [
    pytest.param(
        "Es war nicht vorhersehbar, dass in dem neuen Tunnel derartig häufig zu schnell gefahren "
        "würde.",
        "Es war absolut vorhersehbar, dass der Admin das Backup vergisst.",
        id="de-nicht-vorhersehbar",
    ),
    pytest.param(
        "Wenn die Videokonferenz mal nicht startet oder die E-Learning-Plattform nicht "
        "erreichbar ist, kann das viele Gründe haben.",
        "Die Hotline war nicht erreichbar.",
        id="de-wenn-nicht-erreichbar-in-einer-hilfe",
    ),
]


@pytest.mark.parametrize(("real", "look_alike"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str
) -> None:
    check_false_alarm(real, look_alike, "de")
