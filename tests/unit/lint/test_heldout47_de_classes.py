"""Classes of blame missed in held-out 47 (German), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Im März verlor die Gemeinde Landiswil wegen eines Fehlers ihres Cloud-Anbieters einen "
        "Teil ihrer Daten.",  # heldout47_de
        "Im März verlor die Gemeinde Landiswil wegen eines Fehlers ihres Backup-Skripts einen "
        "Teil ihrer Daten.",
        "de",
        id="de-wegen-eines-fehlers-ihres-anbieters",
    ),
    pytest.param(
        "Nach langen Recherchen stellte sich heraus, dass die Hausbank den Fehler gemacht hat.",
        "Nach langen Recherchen stellte sich heraus, dass das Skript den Fehler gemacht hat.",
        "de",  # heldout47_de, abridged
        id="de-dass-die-hausbank-den-fehler-gemacht-hat",
    ),
    pytest.param(
        "Im Zuge dieser Auseinandersetzung löschte der Arbeitnehmer absichtlich eigene Dateien "
        "sowie Kontakte.",  # heldout47_de, abridged
        "Im Zuge dieser Auseinandersetzung löschte das Skript absichtlich alte Dateien sowie "
        "Kontakte.",
        "de",
        id="de-absichtlich",
    ),
    pytest.param(
        "Zwei Fehler eines Berner Cloud-Anbieters sorgen auf der Gemeindeverwaltung für "
        "Unverständnis.",  # heldout47_de, abridged: a plural verb after the genitive
        "Zwei Fehler eines Berner Backup-Skripts sorgen auf der Gemeindeverwaltung für "
        "Unverständnis.",
        "de",
        id="de-fehler-eines-anbieters-sorgen",
    ),
    pytest.param(
        "Ein absichtliches Löschen dieser durch einen Arbeitnehmer ist daher inakzeptabel.",
        "Ein absichtliches Löschen dieser durch ein Skript ist daher vorgesehen.",
        "de",  # heldout47_de: the act as a noun, its doer after "durch"
        id="de-absichtliches-loeschen-durch-einen-arbeitnehmer",
    ),
    pytest.param(
        "Die Mitarbeiter im Rathaus haben einen fehlerhaften Haushaltsentwurf zur Prüfung "
        "geschickt.",  # heldout47_de, abridged
        "Das Skript im Rathaus hat einen fehlerhaften Haushaltsentwurf zur Prüfung geschickt.",
        "de",
        id="de-fehlerhaften-entwurf-geschickt",
    ),
    pytest.param(
        "Behördenschlamperei in Gächlingen",  # heldout47_de: a compound of a judging word
        "Behördensoftware in Gächlingen",
        "de",
        id="de-behoerdenschlamperei",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_a_mistake_by_our_own_buyer_stays_blame() -> None:
    """heldout8_de: "Der Chefeinkäufer unserer Firma hat den Fehler gemacht, …" blocks; the
    genitive "unserer Firma" does not make it the writer's own admission."""
    check_class(
        "Der Chefeinkäufer unserer Firma hat den Fehler gemacht, sich überreden zu lassen.",
        "Der Chefeinkäufer unserer Firma hat den Vertrag gelesen, ohne sich überreden zu lassen.",
        "de",
    )
