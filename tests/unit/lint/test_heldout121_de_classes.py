"""Classes behind the misses of the German held-out 121 (lifts, escalators, building
technology and mass mailings), fixed in the rules after its blind run. Each real sentence is
set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout121_de.tsv."""

from __future__ import annotations

from .tiers import check_class, hints_only


def test_a_landlord_who_refuses_or_shelves_a_repair() -> None:
    check_class(
        "Seit zweieinhalb Jahren verweigert der Vermieter die Sanierung des kaputten Lifts.",
        "Seit zweieinhalb Jahren plant der Vermieter die Sanierung des kaputten Lifts.",
        lang="de",
    )
    check_class(
        "Der Vermieter schob die Sanierung auf die lange Bank.",
        "Der Vermieter schob die Sanierung auf den Herbst.",
        lang="de",
    )


def test_a_body_that_owes_an_explanation_or_reacted_only_late() -> None:
    check_class(
        "Die Deutsche Bahn blieb bislang eine Erklärung auf unsere Nachfrage schuldig, dafür hat "
        "sich jetzt Oberbürgermeister Michael Beck eingeschaltet.",
        "Die Deutsche Bahn gab bislang eine Erklärung auf unsere Nachfrage ab.",
        lang="de",
    )
    check_class(
        "Die SBB reagierte erst diese Woche und bot zusätzliches Infopersonal auf.",
        "Das System reagierte erst nach zehn Sekunden.",
        lang="de",
    )
    assert hints_only("Wir reagierten erst am Morgen.", "de")
