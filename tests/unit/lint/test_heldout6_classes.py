"""Classes of real-text blame, and a false alarm, found by the sixth held-out set (issue 16),
run blind.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout6_*.tsv``
(the source column there names where it was published) and a near neighbour on the other
side of the line.
"""

from __future__ import annotations

import pytest

from .tiers import blocks, tier

# Each case: the real sentence (must block), a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        "Probably breaks a few things, but blame Bay for that.",
        "Blame the config, not the people.",
        id="blame-a-person-for",
    ),
    pytest.param(
        "Today we pray for the poor bloke who caused Telstra's nationwide outage.",
        "A faulty node caused Telstra's nationwide outage.",
        id="bloke-who-caused-the-outage",
    ),
    pytest.param(
        "This outage was caused by the deletion of the whole database by a new intern who's "
        "still learning how to code.",
        "This outage was caused by the deletion of the whole database by a cleanup job.",
        id="deed-as-a-noun-with-its-doer",
    ),
    pytest.param(
        "Cursing his foolishness, Steven fought mild panic and tried to bring the box back "
        "to life, without success.",
        "Steven fought mild panic and tried to bring the box back to life, without success.",
        id="foolishness",
    ),
    pytest.param(
        "The hapless wire-scrapper then proceeded to make matters worse, by trying to fix "
        "the mess himself.",
        "The retry storm made matters worse.",
        id="hapless-and-made-matters-worse",
    ),
    pytest.param(
        'The "fault" wasn\'t so much a fault, apparently, as a complete farce, when someone '
        "working inside Telecity started pulling plugs.",
        "The breaker tripped and the racks lost power.",
        id="pulling-plugs",
    ),
    pytest.param(
        "How is it even possible that someone deletes the production database?",
        "How is it possible that the cache returns stale data?",
        id="how-is-it-possible-that-someone",
    ),
]

GERMAN = [
    pytest.param(
        "Da muss wohl jemand den Stecker gezogen haben.",
        "Wir haben den Stecker gezogen, um den Server neu zu starten.",
        id="den-stecker-gezogen",
    ),
    pytest.param(
        "Dieser grundlegende Programmierfehler hätte bei sorgfältigen Tests entdeckt werden "
        "müssen.",
        "Mit einem Canary hätte der Fehler entdeckt werden können.",
        id="haette-entdeckt-werden-muessen",
    ),
    pytest.param(
        "Es war ein gestandener Software-Techniker von Amazons Cloud-Tochter AWS, der "
        "offenbar lediglich durch eine kleine, unachtsame Fehleingabe den Ausfall der "
        "AWS-Serverinfrastruktur an der Ostküste Amerikas bewirkte.",
        "Eine Fehleingabe im Skript legte die Serverinfrastruktur an der Ostküste lahm.",
        id="unachtsam",
    ),
    pytest.param(
        "Auf den Architekten, der offensichtlich auf dem Plan die Telekom-Anlagen übersehen "
        "hat, kommen hohe Schadensanforderungen zu.",
        "Das Skript, das offensichtlich die Dateien gelöscht hat, lief nachts.",
        id="relative-clause-after-an-adverb",
    ),
    pytest.param(
        "Wie kann es überhaupt sein, dass jemand beim Eintippen von Belegen einfach so "
        'einschläft, dabei auf einer Taste "hängen" bleibt und die gesamte Eingabe dann am '
        "Ende auch noch bestätigt?",
        "Wie kann es sein, dass der Server einfach neu startet?",
        id="wie-kann-es-sein-dass-jemand",
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


def test_people_trained_by_an_alerting_system_to_ignore_it_are_not_blamed() -> None:
    # heldout6_en.tsv, labelled clean; it blocked blind.
    assert tier("But the alerting system had trained the on-call team to ignore it.") != "block"
    assert blocks("The on-call team ignored the alert.")
