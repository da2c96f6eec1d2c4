"""Classes the German held-out 98 (emergency-service and police IT and radio) showed, looked at
after its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout98_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_body_playing_an_incident_down() -> None:
    check_class(
        "Zuständige Behörde spielt den Vorfall herunter",
        "Zuständige Behörde spielt den Vorfall durch",
        lang="de",
    )
    assert blocks("Die Stadt hat den Vorfall kleingeredet.", "de")
    assert hints_only("Wir haben den Vorfall anfangs heruntergespielt.", "de")
    assert not blocks("Der Server wurde heruntergefahren.", "de")
    # The same in English.
    assert blocks("The company downplayed the outage.")
    assert hints_only("We downplayed the impact at first.")


def test_a_body_that_will_give_no_details() -> None:
    check_class(
        "Der Betreiber BDBOS wollte keine Angaben zum Ausfall des Blaulichtfunks im Mai machen.",
        "Der Betreiber BDBOS wollte genaue Angaben zum Ausfall des Blaulichtfunks im Mai machen.",
        lang="de",
    )


def test_a_party_gone_to_ground_or_blundering() -> None:
    # Held-out 99 (railway IT): a chief who "ging auf Tauchstation", a firm's "Fehlleistung".
    check_class("Der Bahnchef ging auf Tauchstation.", "Der Bahnchef ging auf Dienstreise.", "de")
    assert blocks("Der Konzern hat sich eine grandiose Fehlleistung geleistet.", "de")
    assert hints_only("Wir haben eine Fehlleistung geliefert.", "de")
