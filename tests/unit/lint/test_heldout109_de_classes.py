"""Classes the German held-out 109 (technology in sport) showed, looked at after its blind run:
its false alarm and the blame it missed, each with a near neighbour on the other side. The set
is tests/data/lint/real/heldout109_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_referee_who_fails_or_is_wrong() -> None:
    check_class("Wieder versagt der Video-Schiri.", "Wieder versagt die Technik.", lang="de")
    check_class(
        "Video-Schiri liegt in Köln 3 Mal (!) falsch",
        "Die Prognose liegt dreimal falsch",
        lang="de",
    )
    assert hints_only("Wir lagen falsch.", "de")
    # A guess named to be refuted blames no one.
    assert not blocks("Wer meint, das sei ein Bedienfehler, liegt falsch.", "de")


def test_someone_who_made_a_blunder() -> None:
    assert blocks("Den kapitalen Bock hat irgendjemand im Wettkampfbüro geschossen.", "de")
    # The writers' own blunder is theirs to weigh.
    assert hints_only("Den kapitalen Bock haben wir im Wettkampfbüro geschossen.", "de")


def test_a_participle_used_as_an_adjective_names_who_it_befell() -> None:
    check_false_alarm(
        "Die hierdurch vom Ticketsystem irrtümlich ausgeschlossenen Dauerkarteninhaber sind in "
        "Zahlen wesentlich höher als angenommen.",
        "Der Admin hat die Dauerkarteninhaber irrtümlich ausgeschlossen.",
        lang="de",
    )
