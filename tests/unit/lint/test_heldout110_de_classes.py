"""Classes the German held-out 110 (IT in doctors' practices, pharmacies and care) showed,
looked at after its blind run: each real sentence with a near neighbour on the other side. The
set is tests/data/lint/real/heldout110_de.tsv."""

from __future__ import annotations

from .tiers import check_class, hints_only


def test_an_overwhelmed_hotline_named_in_a_compound() -> None:
    check_class(
        "Die Ordinationshilfen telefonieren stundenlang mit einer komplett überforderten "
        "Hauptverbands-Hotline.",
        "Die Ordinationshilfen telefonieren stundenlang mit einer komplett überlasteten "
        "Hauptverbands-Telefonanlage.",
        lang="de",
    )


def test_professionals_who_tinkered_for_hours() -> None:
    check_class(
        "Wieder kamen die IT-Profis, frickelten stundenlang, sodass am Ende gar nichts mehr "
        "funktionierte.",
        "Wieder kamen die IT-Profis, arbeiteten stundenlang, sodass am Ende alles wieder "
        "funktionierte.",
        lang="de",
    )
    assert hints_only("Wir frickelten stundenlang herum.", "de")
