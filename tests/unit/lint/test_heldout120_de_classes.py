"""Classes behind the misses of the German held-out 120 (cemeteries, churches, clubs and
messengers), fixed in the rules after its blind run. Each real sentence is set against a
near neighbour that must behave differently. The set is tests/data/lint/real/heldout120_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_a_wrong_thing_dug_out_or_torn_down_in_a_headline() -> None:
    check_class(
        "Friedhofs-Mitarbeiter heben falsches Grab aus",
        "Das System gibt falsche Werte aus.",
        lang="de",
    )
    # A reflexive verb names no doer: "… kristallisieren sich falsche Prioritätensetzungen heraus."
    assert not blocks(
        "Als Grund für die Panne kristallisieren sich falsche Prioritätensetzungen heraus.", "de"
    )


def test_gravediggers_are_people() -> None:
    check_class(
        "Wegen eines Fehlers der städtischen Totengräber ist in Regensburg ein Mann im falschen "
        "Grab beerdigt worden.",
        "Wegen eines Fehlers der städtischen Software ist in Regensburg ein Mann im falschen "
        "Grab beerdigt worden.",
        lang="de",
    )


def test_an_office_that_took_over_data_unchecked() -> None:
    check_class(
        "Das Finanzamt übernahm diese Angaben ungeprüft und setzte Kirchensteuer fest.",
        "Das Finanzamt übernahm diese Angaben geprüft und setzte Kirchensteuer fest.",
        lang="de",
    )
