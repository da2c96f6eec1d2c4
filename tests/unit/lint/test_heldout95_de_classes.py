"""Classes the German held-out 95 (software in cars and mobility) and the English held-out 97
(business software) showed, looked at after their blind runs: each real sentence with a near
neighbour on the other side. The sets are tests/data/lint/real/heldout95_de.tsv and
heldout97_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_an_error_there_is_at_a_firm_is_a_place_not_a_fault() -> None:
    check_false_alarm(
        "Seit 25.02 gibt es ein Login Fehler bei Peugeot",
        "Der Fehler lag bei Peugeot.",
        lang="de",
    )


def test_customers_left_standing_in_the_rain() -> None:
    check_class(
        "Die Telekom lässt die Kunden im Regen stehen.",
        "Die Telekom lässt die Kunden im Laden warten.",
        lang="de",
    )
    assert hints_only("Wir haben die Kunden im Regen stehen lassen.", "de")
    assert not blocks("Die Fans standen im Regen.", "de")


def test_a_who_question_after_however() -> None:
    check_class("However, who made that change and why?", "However, what made that change and why?")
    assert not blocks("Well, who else was online at that point?")


def test_a_partys_communication_judged() -> None:
    check_class(
        "The lack of an explanation, and generally poor levels of communication by Intuit "
        "during this episode does not help.",
        "The lack of an explanation, and generally the volume of messages sent to Intuit "
        "during this episode does not help.",
    )
    assert blocks("The poor communication from the vendor made things worse.")
    assert not blocks("Poor communication between the teams delayed the fix.")
