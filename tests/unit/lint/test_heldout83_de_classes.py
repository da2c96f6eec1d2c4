"""Classes from the German parts of held-out 83 and 84 (telecoms and offices in customers'
notes and news, newspapers' own notices, commentary on city halls) showed, looked at after
their blind runs: each real sentence with a near neighbour on the other side, and a false
alarm with a look-alike that still blocks. The sets are tests/data/lint/real/heldout83_de.tsv
and heldout84_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Die Telekom hat den Internetzugang ausgeschaltet.",
        "Der Router hat den Internetzugang ausgeschaltet.",
        id="de-die-telekom-hat-den-zugang-ausgeschaltet",
    ),
    pytest.param(
        "Telekom stellt Internet ab – eCash ausgeschaltet",
        "Router stellt Internet ab – eCash ausgeschaltet",
        id="de-telekom-stellt-internet-ab",
    ),
    pytest.param(
        "Dem Techniker passierte ein folgenschwerer Fehler.",
        "Dem Server passierte ein folgenschwerer Fehler.",
        id="de-dem-techniker-passierte-ein-fehler",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_the_writers_own_switch_off_is_operations_not_blame() -> None:
    assert not blocks("Wir haben den Server abgeschaltet.", "de")


def test_instead_of_hiding_them_the_addresses_were_visible() -> None:
    # heldout83_de's false alarm: a state of the addresses, no one's act.
    check_false_alarm(
        "Statt die E-Mail-Adressen für alle Empfänger anonym zu machen, waren sie sichtbar.",
        "Statt die Adressen zu verbergen, schickte er sie offen an alle.",
        "de",
    )


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout84_de: a broken promise and money burnt, said of offices.
        (
            "Der Senat hat sein Digitalisierungs-Versprechen gebrochen",
            "Der Senat hat sein Digitalisierungs-Versprechen erneuert",
        ),
        (
            "Das Amt verbratet Millionen für ein IT-Projekt.",
            "Das Amt investiert Millionen in ein IT-Projekt.",
        ),
    ],
)
def test_a_broken_promise_and_money_burnt(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")
