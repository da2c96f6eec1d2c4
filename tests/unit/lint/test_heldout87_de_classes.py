"""Classes the German held-out 87 (bank, card-terminal, streaming and ticketing outages in
news, commentary and customers' blogs) showed, looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout87_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_an_answer_a_party_still_owes() -> None:
    check_class(
        "Einen genauen Termin, wann die Defekte behoben sein werden, bleibt die Pressestelle "
        "jedoch schuldig.",
        "Einen genauen Termin, wann die Defekte behoben sein werden, nennt die Pressestelle "
        "jedoch.",
        "de",
    )
    check_class(
        "Doch eine allgemeine Kundeninformation ist das Institut bislang schuldig geblieben.",
        "Doch eine allgemeine Kundeninformation hat das Institut bislang veröffentlicht.",
        "de",
    )


def test_customers_left_in_the_lurch() -> None:
    check_class(
        "Tote Swisscom-Leitung: Grosskonzern lässt Gewerbler hängen",
        "Tote Swisscom-Leitung: Grosskonzern lässt Gewerbler informieren",
        "de",
    )
    assert blocks("Die Telekom hat ihre Kunden im Regen stehen lassen.", "de")
    assert hints_only("Wir haben unsere Kunden im Regen stehen lassen.", "de")
    # A cable left hanging is no one left in the lurch.
    assert not blocks("Der Techniker ließ das Kabel hängen.", "de")
