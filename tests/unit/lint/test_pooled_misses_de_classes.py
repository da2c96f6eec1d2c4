"""Classes read off the blame the linter still missed across all the German labelled sets
(looked at together, not one set's blind run): each real sentence with a near neighbour on the
other side. The real sentence comes from tests/data/lint/real/heldout76_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_acting_without_first_describing_or_telling() -> None:
    check_class(
        "Das Deutsche Patent- und Markenamt hat bei einem Dienstleister für 3,1 Millionen Euro "
        "ein IT-System in Auftrag gegeben, ohne die benötigten Aufgaben und Funktionen vorher "
        "ausreichend zu beschreiben.",
        "Das Deutsche Patent- und Markenamt hat bei einem Dienstleister für 3,1 Millionen Euro "
        "ein IT-System in Auftrag gegeben, nachdem es die benötigten Aufgaben und Funktionen "
        "vorher ausreichend beschrieben hatte.",
        lang="de",
    )
    assert blocks("Die Telekom hat die Leitung abgeschaltet, ohne die Kunden zu informieren.", "de")
    assert hints_only("Wir haben den Server neu gestartet, ohne die Kunden zu informieren.", "de")


def test_an_office_that_failed() -> None:
    check_class("Die Stadt hat total versagt.", "Die Bremsen haben total versagt.", lang="de")
    assert blocks("Die Behörde hat komplett versagt.", "de")
    assert not blocks("Der Server hat versagt.", "de")
    assert hints_only("Wir haben als Team versagt.", "de")
