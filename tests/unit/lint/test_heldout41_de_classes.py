"""Classes of blame missed, and false alarms raised, in held-out 41 (German), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Doch wer ist nun wirklich schuld an dem App-Fiasko?",  # heldout41_de
        "Doch wer ist nun wirklich zuständig für die App?",
        "de",
        id="de-wer-ist-schuld",
    ),
    pytest.param(
        "Die Störungsstelle weiß natürlich von nichts und rührt sich seit Stunden nicht mehr.",
        "Der Server weiß natürlich von nichts und rührt sich seit Stunden nicht mehr.",
        "de",  # heldout41_de
        id="de-ruehrt-sich-nicht",
    ),
    pytest.param(
        "Kassieren ständig Geld von uns und haben es nicht einmal drauf, schnell Abhilfe zu "
        "schaffen.",  # heldout41_de, abridged
        "Kassieren ständig Geld von uns und haben es nicht einmal auf der Rechnung vermerkt.",
        "de",
        id="de-haben-es-nicht-drauf",
    ),
    pytest.param(
        "Für sämtliche Ausfälle ist das IT-Dienstleistungszentrum (ITDZ) verantwortlich.",
        "Für sämtliche Ausfälle ist das Netzteil (PSU) verantwortlich.",
        "de",  # heldout41_de
        id="de-fuer-saemtliche-ausfaelle-verantwortlich",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Ausgerechnet vor der Bretzenheimer Filiale hatte ein Kurzschluss den Stromwackler in "
        "den vier Mainzer Stadtteilen ausgelöst und den Supermarkt bis Freitagabend "
        "lahmgelegt.",  # heldout41_de, abridged: "bis" before a noun, a counted place name
        "Ausgerechnet vor der Bretzenheimer Filiale hatte ein Baggerfahrer den Stromwackler "
        "ausgelöst und den Supermarkt bis Freitagabend lahmgelegt.",
        "de",
        id="de-bis-freitagabend-is-no-clause",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
