"""Classes of blame missed, and false alarms raised, in held-out 46 (German), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Der jetzige Stromausfall im LKA hätte verhindert werden können, wenn der Minister "
        "rechtzeitig gehandelt hätte.",  # heldout46_de: a minister is a person
        "Der jetzige Stromausfall im LKA hätte verhindert werden können, wenn der Generator "
        "rechtzeitig angesprungen wäre.",
        "de",
        id="de-wenn-der-minister-gehandelt-haette",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Aber wenn man einmal vergisst, sie zu verlängern, dann merkt man schnell, dass etwas "
        "nicht stimmt.",  # heldout46_de: what can happen to anyone
        "Der Admin hat vergessen, sie zu verlängern.",
        "de",
        id="de-wenn-man-vergisst",
    ),
    pytest.param(
        "Seit Montag sind die Gemeindeverwaltung und etliche Firmen nicht erreichbar.",
        "Der Kundendienst war für Rückfragen nicht erreichbar.",  # heldout46_de: cut off by
        "de",  # the outage, not unresponsive
        id="de-seit-montag-nicht-erreichbar",
    ),
    pytest.param(
        "Ganz oben auf dem Stapel der Unterlagen lag eine Abmahnung.",  # heldout46_de, abridged:
        "Der Mitarbeiter erhält eine Abmahnung.",  # a lawyer's letter, no sanction
        "de",
        id="de-abmahnung-as-a-letter",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
