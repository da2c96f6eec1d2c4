"""Classes the German held-out 100 (aviation IT and airports) and the English held-out 102
(airline and airport IT) showed, looked at after their blind runs: each real sentence with a
near neighbour on the other side. The sets are tests/data/lint/real/heldout100_de.tsv and
heldout102_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_body_that_gives_no_details() -> None:
    check_class(
        "Der Systembetreiber, die US-Softwarefirma Unisys, machte keine Angaben.",
        "Der Systembetreiber, die US-Softwarefirma Unisys, machte genaue Angaben.",
        lang="de",
    )
    assert hints_only("Wir machten keine Angaben.", "de")
    # Owning a responsibility is no reproach.
    assert not blocks("Der Vorstand bekennt sich zu seiner Verantwortung.", "de")


def test_nichtskoenner_as_a_label() -> None:
    check_class(
        "Berlin wird immer mehr zu einem Kaff, geleitet von bürokratischen Nichtskönnern.",
        "Berlin wird immer mehr zu einem Kaff, geleitet von bürokratischen Verfahren.",
        lang="de",
    )


def test_what_organisations_should_own_is_no_hindsight() -> None:
    check_false_alarm(
        "Enterprise level organizations should have automatic failover routers in place.",
        "The vendor should have notified us earlier.",
    )
