"""Classes behind a miss and the false alarm of the German held-out 119 (foreigners' offices,
visa, border control and venues' ticketing), fixed in the rules after its blind run. Each
real sentence is set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout119_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_nobody_answers_the_phone_with_the_phone_first() -> None:
    check_class(
        "Ans Telefon geht keiner ran und auch bei E-Mails wird es schwierig.",
        "Ans Telefon geht keiner mehr, seit es die App gibt.",
        lang="de",
    )


def test_what_cannot_be_kept_is_no_rule_broken() -> None:
    check_false_alarm(
        "Termine, die für den Zeitraum ab dem 12. November 2020 vergeben wurden, können nicht "
        "eingehalten werden.",
        "Die Regeln wurden nicht eingehalten.",
        lang="de",
    )


def test_a_body_that_left_grievances_unfixed_for_years() -> None:
    assert blocks("Die Stadt hat die Missstände über Jahre nicht behoben.", "de")
    assert not blocks("Wir haben den Fehler noch nicht behoben.", "de")
