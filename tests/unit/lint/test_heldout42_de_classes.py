"""Classes of blame missed, and false alarms raised, in held-out 42 (German), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Sachsen: Techniker unterlief Fehler - Er schaltete den Radiosender ab",  # heldout42_de
        "Sachsen: Techniker behob Fehler - Er schaltete den Radiosender wieder an",
        "de",
        id="de-headline-techniker-unterlief-fehler",
    ),
    pytest.param(
        "Der Grund für das nächtliche Chaos waren offenbar Wartungsarbeiten der Telekom an "
        "diversen Telefonleitungen.",  # heldout42_de
        "Der Grund für das nächtliche Chaos waren offenbar Wartungsarbeiten des Netzes an "
        "diversen Telefonleitungen.",
        "de",
        id="de-grund-waren-arbeiten-der-telekom",
    ),
    pytest.param(
        "Ursächlich hierfür waren unangekündigte Wartungsarbeiten der deutschen Telekom an einem "
        "Serverstandort.",  # heldout42_de
        "Ursächlich hierfür waren unangekündigte Wartungsarbeiten am Serverstandort.",
        "de",
        id="de-ursaechlich-hierfuer-waren",
    ),
    pytest.param(
        "Aufgrund der fehlenden Information durch die Telekom waren die Leitstellen "
        "unvorbereitet.",  # heldout42_de, abridged
        "Aufgrund der fehlenden Information im Störungsticket waren die Leitstellen unvorbereitet.",
        "de",
        id="de-fehlende-information-durch",
    ),
    pytest.param(
        "Verantwortlich für diesen Unfall war der zuständige Publisher Hangame.",  # heldout42_de
        "Verantwortlich für diesen Unfall war der zuständige Speicher-Controller.",
        "de",
        id="de-verantwortlich-war-der-publisher",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "In der Mittagspause fand ich eine Mitteilung, dass der Techniker der Telekom bei mir "
        "gewesen sei, mich aber nicht angetroffen hätte.",  # heldout42_de, abridged: reported
        "Der Techniker der Telekom hätte mich vorher anrufen müssen.",
        "de",
        id="de-reported-sei-then-haette",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
