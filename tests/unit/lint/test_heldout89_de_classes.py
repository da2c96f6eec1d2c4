"""Classes the German held-out 89 (online games and game services in studios' notices, gaming
news and players' forums) showed, looked at after its blind run: each real sentence with a
near neighbour on the other side. The set is tests/data/lint/real/heldout89_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_firm_that_gave_no_reasons() -> None:
    check_class(
        "Sony bat um Entschuldigung für die Serverprobleme, nannte jedoch keine Gründe.",
        "Sony bat um Entschuldigung für die Serverprobleme, nannte jedoch neue Termine.",
        "de",
    )
    # A log gives no reasons of its own; the writers' own silence is a hint; "no details"
    # stays a plain report (heldout37_de labels it `consider`).
    assert not blocks("Das Log lieferte keine Erklärung.", "de")
    assert hints_only("Wir nannten zunächst keine Gründe.", "de")
    assert not blocks(
        "Der Kundenservice des Unternehmens bestätigte eine zentrale Störung, nannte aber keine "
        "Details.",
        "de",
    )


def test_players_left_in_the_dark() -> None:
    check_class(
        "Die Zeit dazwischen hatte Sony aber Millionen wartender PlayStation-Spieler*innen im "
        "Unklaren gelassen.",
        "Die Zeit dazwischen hatte Sony aber Millionen wartender PlayStation-Spieler*innen "
        "informiert.",
        "de",
    )
