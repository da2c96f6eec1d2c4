"""Classes the German held-out 91 (news and customers' posts on parcel delivery and payment
outages) and the English held-out 93 (hospital IT) showed, looked at after their blind runs:
the false alarm with a look-alike that still blocks, reports that must stay quiet hints, and
hindsight about a party's leadership. The sets are tests/data/lint/real/heldout91_de.tsv and
heldout93_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_fault_denied_is_not_placed() -> None:
    # heldout91_de's false alarm, a headline.
    check_false_alarm(
        "Kaputtes Paket zugestellt – Doch der Fehler liegt nicht bei Hermes",
        "Kaputtes Paket zugestellt – Doch der Fehler liegt bei Hermes",
        "de",
    )
    assert blocks("Es lag am Kollegen.", "de")


def test_an_assumption_and_konjunktiv_i_are_reported() -> None:
    assert hints_only("Die Post geht von einem menschlichen Fehler aus.", "de")
    assert blocks("Die Ursache war ein menschlicher Fehler.", "de")
    assert hints_only(
        "Es handle sich um einen Einzelfall, der wahrscheinlich von der Schalterangestellten "
        "verursacht wurde.",
        "de",
    )
    assert blocks(
        "Es handelt sich um einen Einzelfall, der von der Schalterangestellten verursacht wurde.",
        "de",
    )


def test_hindsight_about_a_partys_leadership() -> None:
    check_class(
        "They should have had stronger leadership and listened to advice in the contract "
        "signing phase.",
        "They should have had lunch and listened to advice in the contract signing phase.",
    )
    assert not blocks("The system should have had better testing.")
