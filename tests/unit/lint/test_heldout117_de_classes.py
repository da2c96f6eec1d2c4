"""Classes behind a miss and the false alarm of the German held-out 117 (day-care portals,
service-charge and licence-fee billing, housing companies), fixed in the rules after its
blind run. Each real sentence is set against a near neighbour that must behave differently.
The set is tests/data/lint/real/heldout117_de.tsv."""

from __future__ import annotations

from .tiers import check_class, check_false_alarm


def test_a_housing_company_that_miscalculated_with_the_subject_after_the_verb() -> None:
    check_class(
        "In einem Fall verrechnete sich Wiener Wohnen um mehr als zwei Millionen Euro – zu "
        "Ungunsten der Mieterinnen und Mieter.",
        "In einem Fall verrechnete sich das Programm um mehr als zwei Millionen Euro.",
        lang="de",
    )
    check_class("Die Stadt gibt falsche Zahlen an.", "Die Anzeige gibt falsche Zahlen an.", "de")


def test_a_fault_adverb_a_few_words_before_the_passive_participle() -> None:
    check_false_alarm(
        "Der gröbste: Die Kosten der Hausreinigung sind einer Mieterin, die nur 2 Monate in dem "
        "Objekt gewohnt hat, versehentlich für das ganze Jahr berechnet worden.",
        "Die Telekom hatte versehentlich bereits Beiträge von den Konten abgebucht.",
        lang="de",
    )
