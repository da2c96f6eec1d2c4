"""Classes from held-out 57 (German, DER STANDARD news of 10kGNAD), looked at after its blind
run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout57_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Reagiert hat der Konzern bisher nicht.",
        "Reagiert hat der Server bisher nicht.",
        id="de-reagiert-hat-der-konzern-nicht",
    ),
    pytest.param(
        "Der Spieler hatte am Dienstag im betrunkenen Zustand einen Autounfall verursacht.",
        "Der Spieler hatte am Dienstag im verletzten Zustand ein Tor verhindert.",
        id="de-im-betrunkenen-zustand",
    ),
    pytest.param(
        "Newton machte sich gar nicht erst die Mühe, nach Erklärungen zu suchen.",
        "Newton machte sich gar nicht erst die Hoffnung, einen Titel zu holen.",
        id="de-machte-sich-gar-nicht-erst-die-muehe",
    ),
    pytest.param(
        "Politiker, Bankenaufsicht, Justiz und Wirtschaftsprüfer in Bulgarien zogen mit oder "
        "sahen zumindest weg.",
        "Politiker, Bankenaufsicht, Justiz und Wirtschaftsprüfer in Bulgarien zogen mit oder "
        "sahen zumindest zu.",
        id="de-sahen-weg",
    ),
    pytest.param(
        "Der Techniker hatte es unterlassen, das Backup zu prüfen.",
        "Der Techniker hatte es geschafft, das Backup zu prüfen.",
        id="de-hatte-es-unterlassen",
    ),
    pytest.param(
        "Zwar ließ der Minister diese Frist verstreichen.",
        "Zwar ließ der Minister diese Frist verlängern.",
        id="de-liess-die-frist-verstreichen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")
