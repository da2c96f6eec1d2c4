"""Classes from held-out 66 (English and German, from the web), looked at after its blind run:
each real sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout66_en.tsv and heldout66_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Just before 10am on the 17th of April 2019 construction workers have cut through a "
        "fiber cable supplying Kennedy point their internet.",
        "Just before 10am on the 17th of April 2019 construction workers have found a fiber "
        "cable supplying Kennedy point their internet.",
        "en",
        id="en-on-a-date-construction-workers-cut",
    ),
    pytest.param(
        "You left your private signing key in the Git, that's not a good thing.",
        "You keep your private signing key in the vault, that's a good thing.",
        "en",
        id="en-left-your-private-signing-key-in-git",
    ),
    pytest.param(
        "you did the below without any consent, communication or justification whatsoever.",
        "you did the below with consent, communication and justification.",
        "en",
        id="en-without-any-consent",
    ),
    pytest.param(
        "Rechnerisch ergibt sich daraus eine Summe von 1,8 Millionen Euro, die das Unternehmen "
        "zu Unrecht von den Konten der Kunden abgezogen hat.",
        "Rechnerisch ergibt sich daraus eine Summe von 1,8 Millionen Euro, die das Unternehmen "
        "planmäßig von den Konten der Kunden abgezogen hat.",
        "de",
        id="de-die-das-unternehmen-zu-unrecht-abgezogen-hat",
    ),
    pytest.param(
        "Ganz überwiegend sind es die Straßenverkehrsteilnehmer, deren Fehlverhalten die "
        "Bü-Unfälle verursachen.",
        "Ganz überwiegend sind es die Schranken, deren Versagen die Bü-Unfälle verursachen.",
        "de",
        id="de-deren-fehlverhalten-verursacht",
    ),
    pytest.param(
        "Also quasi ein Fehler vom Amt.",
        "Also quasi ein Brief vom Amt.",
        "de",
        id="de-ein-fehler-vom-amt",
    ),
    pytest.param(
        "Hierbei wurde unbemerkt von dem Bauunternehmer die im Erdreich verlegte Gasleitung "
        "getroffen und beschädigt.",
        "Hierbei wurde unbemerkt von dem Bagger die im Erdreich verlegte Gasleitung getroffen "
        "und beschädigt.",
        "de",
        id="de-von-dem-bauunternehmer-die-gasleitung-beschaedigt",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_speeders_caught_by_a_camera_are_no_verdict_on_anyone() -> None:
    check_false_alarm(
        "Eine böse Überraschung gab es für Freiburger Autofahrer: Ein neu installierter Blitzer "
        "erfasste 33.000 Temposünder.",
        "Eine böse Überraschung gab es für Freiburger Kunden: Der Datensünder hat wieder "
        "zugeschlagen.",
        "de",
    )


def test_a_date_before_a_month_name_is_no_subject() -> None:
    # "on 8 Jan failed to trigger": "Jan" is the month, not a person.
    assert not blocks(
        "Every push from the beginning of the incident through 19:04 UTC on 8 Jan failed to "
        "trigger Decision tasks.",
        "en",
    )
