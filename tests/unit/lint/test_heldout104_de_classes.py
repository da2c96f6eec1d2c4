"""Classes the German held-out 104 (parcel, postal and delivery-app mishaps) showed, looked at
after its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout104_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_did_not_think_it_necessary() -> None:
    check_class(
        "Das Unternehmen hielt es nicht für nötig, seine Kunden vorher darüber zu informieren",
        "Das Unternehmen hielt es für nötig, seine Kunden vorher darüber zu informieren",
        lang="de",
    )
    assert blocks("Der Anbieter hat es nicht für nötig gehalten, uns zu warnen.", "de")
    # The writers' own decision is theirs to weigh, and a system decides nothing.
    assert hints_only("Wir hielten es nicht für nötig, das Backup zu prüfen.", "de")
    assert not blocks("Das System hielt es nicht für nötig, neu zu starten.", "de")


def test_the_one_named_responsible_for_it() -> None:
    check_class(
        "Verantwortlich dafür ist Paket- und Logistikvorstand Peter Umundum, einst "
        "Kurzzeit-Geschäftsführer der Die Presse.",
        "Verantwortlich dafür ist ein abgelaufenes Zertifikat.",
        lang="de",
    )
    assert blocks("Verantwortlich dafür ist der Vorstand.", "de")
    # The owner of an action item, with its due date, is no culprit.
    assert not blocks("Verantwortlich dafür ist das Team Daten, fällig am 30. Juni.", "de")


def test_a_complaint_reported_with_its_speaker_is_a_hint() -> None:
    assert hints_only("Der Dienstleister hat die Leitung gekappt, klagt der Wirt.", "de")
    assert hints_only("Der Techniker hat versehentlich den Server gelöscht, schimpft er.", "de")
    assert blocks("Der Dienstleister hat die Leitung gekappt.", "de")
