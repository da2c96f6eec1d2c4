"""Classes read off the pooled German blind misses (held-out 104 to 116) after those sets
were run blind, each with a near neighbour that must behave differently."""

from __future__ import annotations

from .tiers import check_class, hints_only


def test_a_body_that_sent_too_many_or_n_instead_of_m() -> None:
    check_class(
        "Hochschule verschickt wegen Tippfehler zu viele Zusagen",
        "Hochschule verschickt wegen Umbau die Zusagen später",
        lang="de",
    )
    check_class(
        "Eine Hochschule in Bayern hat 700 statt 150 Zusagen an Studenten verschickt.",
        "Eine Hochschule in Bayern hat 700 Zusagen an Studenten verschickt.",
        lang="de",
    )


def test_a_wrong_thing_made_or_handed_out_in_a_headline() -> None:
    check_class(
        "Dozent macht falsche Noteneintragung", "Das System macht falsche Angaben.", lang="de"
    )
    check_class("Aufsicht teilt falsche Aufgabe aus", "Aufsicht teilt Aufgabe aus", lang="de")


def test_a_body_that_did_not_implement_a_plan() -> None:
    check_class(
        "Vier geprüfte Unis haben die 2011 beschlossene IT-Strategie in weiten Teilen nicht "
        "umgesetzt.",
        "Die 2011 beschlossene IT-Strategie wurde in weiten Teilen nicht umgesetzt.",
        lang="de",
    )
    assert hints_only("Wir haben die Strategie nicht umgesetzt.", "de")


def test_a_body_that_must_answer_for_the_error() -> None:
    check_class(
        "Für den Fehler muss die TH Regensburg nun geradestehen.",
        "Für den Fehler muss das System nun geradestehen.",
        lang="de",
    )


def test_mistaken_with_the_subject_after_the_verb() -> None:
    check_class("Jüngst irrte sie sich.", "Jüngst irrte sie umher.", lang="de")
