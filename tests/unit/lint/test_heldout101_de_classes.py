"""Classes the German held-out 101 (ticketing and online booking) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout101_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_web_shop_out_of_reach_is_a_site_not_a_firm() -> None:
    check_false_alarm(
        "Der Webshop war zeitweise nicht erreichbar und einige Kaufwillige landeten gar auf auf "
        "fremden Konten.",
        "Der Support war tagelang nicht erreichbar.",
        lang="de",
    )


def test_no_statement_from_a_body() -> None:
    check_class(
        "Vom Kieler Gesundheitsministerium gibt es seit Freitag keine Stellungnahme.",
        "Vom Kieler Gesundheitsministerium gibt es seit Freitag eine Stellungnahme.",
        lang="de",
    )
    assert blocks("Von der Telekom kam keine Antwort.", "de")
    assert not blocks("Vom Server kam keine Antwort.", "de")
    assert hints_only("Von uns gibt es dazu keine Stellungnahme.", "de")
