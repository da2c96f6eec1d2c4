"""Classes behind a miss and a false alarm of the German held-out 122 (cloud storage, photo,
mail and music services), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout122_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_what_someone_told_us_in_a_dass_clause_is_reported() -> None:
    assert hints_only(
        "Leider hat uns Google heute mitgeteilt, dass die Prüfung ergeben hat, dass ein Verstoß "
        "gegen die Nutzungsbedingungen vorliegt und die Sperre daher nicht aufgehoben wird.",
        "de",
    )
    assert blocks("Der Admin hat den Verstoß gegen die Regeln begangen.", "de")


def test_a_mail_service_by_its_acronym_is_a_party() -> None:
    check_class(
        "Der kostenlose E-Mail-Service GMX hat aus Versehen die Daten von über 100.000 "
        "Internetnutzern gelöscht",
        "Das Aufräumskript hat aus Versehen die Daten von über 100.000 Internetnutzern gelöscht",
        lang="de",
    )
