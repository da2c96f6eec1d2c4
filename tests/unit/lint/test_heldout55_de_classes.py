"""Classes from the German part of held-out 55 (DATEV, nPA and election software, banks, Haribo,
hosters' and bloggers' notes), looked at after its blind run: each real sentence with a near
neighbour on the other side. The set is tests/data/lint/real/heldout55_de.tsv."""

from __future__ import annotations

from .tiers import check_class, hints_only


def test_a_firm_that_told_its_customers_late() -> None:
    check_class(
        "Datev kommunizierte das Problem erst nach einigen Stunden.",
        "Das Monitoring meldete das Problem erst nach einigen Stunden.",
        "de",
    )
    assert hints_only("Wir informierten die Kunden erst nach einer Stunde.", "de")


def test_a_hoster_not_able_to_respond() -> None:
    check_class(
        "Der Hoster war nicht zu erreichen beziehungsweise nicht in der Lage, auf technische "
        "Kundenanfragen zu reagieren.",
        "Der Server war nicht zu erreichen beziehungsweise nicht in der Lage, auf technische "
        "Kundenanfragen zu reagieren.",
        "de",
    )


def test_the_english_counterpart_a_late_answer() -> None:
    check_class(
        "It took them two days to respond to our ticket.",
        "It took the queue two days to deliver our ticket.",
        "en",
    )


def test_a_cover_up_lacking_know_how_and_no_information_given() -> None:
    check_class(
        "Grund dafür war, dass dieser zuvor einen Fehler in einer Software-Anwendung vertuscht "
        "hatte.",
        "Grund dafür war, dass dieser zuvor einen Fehler in einer Software-Anwendung gemeldet "
        "hatte.",
        "de",
    )
    check_class(
        "Der Fehler ist nachvollziehbar, es liegt allerdings fehlendes Fachwissen bei den "
        "Verantwortlichen vor.",
        "Der Fehler ist nachvollziehbar, es liegt allerdings fehlendes Fachwissen in der "
        "Dokumentation vor.",
        "de",
    )
    check_class(
        "Auch nach fast zwei Tagen hat der Betreiber keinerlei Informationen über die Gründe "
        "der Abschaltung kommuniziert.",
        "Auch nach fast zwei Tagen hat der Betreiber alle Informationen über die Gründe der "
        "Abschaltung kommuniziert.",
        "de",
    )
    assert hints_only("Wir haben noch keine Informationen veröffentlicht.", "de")
