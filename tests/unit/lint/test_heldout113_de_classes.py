"""Classes behind the misses of the German held-out 113 (payroll, pay and pension mishaps),
fixed in the rules after its blind run. Each real sentence is set against a near neighbour
that must behave differently. The set is tests/data/lint/real/heldout113_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_body_that_pays_or_reckons_wrong_in_the_verb_second_order() -> None:
    check_class(
        "Die Bundeswehr berechnet seit Jahren das Gehalt für neu eingestellte Soldaten falsch – "
        "häufig zu deren Lasten.",
        "Das Programm berechnet seit Jahren das Gehalt für neu eingestellte Soldaten falsch.",
        lang="de",
    )


def test_a_body_that_paid_twice() -> None:
    check_class(
        "Die Stadt Zürich hat ihren 30'000 Angestellten die Februar-Löhne doppelt bezahlt.",
        "Die Stadt Zürich hat ihren 30'000 Angestellten die Februar-Löhne pünktlich bezahlt.",
        lang="de",
    )


def test_a_body_that_did_not_pay_out() -> None:
    check_class(
        "Die Stadt hat die Gehälter nicht ausgezahlt.",
        "Die Gehälter wurden nicht ausgezahlt.",
        lang="de",
    )
    assert hints_only("Wir haben die Gehälter nicht ausgezahlt.", "de")
    # A negated passive at the end of a clause names no doer.
    assert not blocks(
        "Etwa, weil Pakete und Briefe an der falschen Adresse abgegeben oder gar nicht erst "
        "zugestellt werden.",
        "de",
    )


def test_overwhelmed_said_first_and_the_body_after_the_verb() -> None:
    check_class(
        "Besonders überfordert sind die Behörden in Nordrhein-Westfalen.",
        "Besonders überfordert sind die Server in Nordrhein-Westfalen.",
        lang="de",
    )


def test_a_body_that_dawdles() -> None:
    check_class(
        "Bundeswehr trödelt bei Erstattung von Arztkosten",
        "Bundeswehr zahlt bei Erstattung von Arztkosten",
        lang="de",
    )
