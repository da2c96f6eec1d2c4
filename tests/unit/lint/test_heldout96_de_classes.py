"""Classes the German held-out 96 (streaming and broadcast failures) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout96_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_what_customers_could_not_do_is_no_omission() -> None:
    check_false_alarm(
        "Auch andere Filme und Serien auf Magenta TV konnten von Kunden nicht angesehen werden.",
        "Die Warnungen wurden von den Technikern nicht beachtet.",
        lang="de",
    )


def test_a_party_that_snubbed_its_customers() -> None:
    check_class(
        "Streaminganbieter DAZN hat am Dienstagabend zahlreiche Fußballfans vor den Kopf gestoßen.",
        "Streaminganbieter DAZN hat am Dienstagabend zahlreiche Fußballfans ins Stadion gelockt.",
        lang="de",
    )


def test_a_party_overwhelmed() -> None:
    check_class(
        "Der Anbieter war mit dem Ansturm überfordert.",
        "Der Anbieter war mit dem Ansturm zufrieden.",
        lang="de",
    )
    assert not blocks("Das System war mit dem Ansturm überfordert.", "de")
    assert hints_only("Wir waren mit der Lage überfordert.", "de")


def test_a_party_that_stays_silent() -> None:
    check_class("Die Telekom äußerte sich nicht.", "Die Telekom äußerte sich sofort.", lang="de")
    assert blocks("Der Anbieter hat bis dato noch keine Stellungnahme abgegeben.", "de")
    # Not yet answered is the press's routine, not a reproach.
    assert not blocks("Hermes äußerte sich noch nicht zu der Beschwerde des Kunden.", "de")
    assert not blocks("Der Fehler äußerte sich nicht sofort.", "de")


def test_reports_in_konjunktiv_and_a_spokesperson_at_the_end() -> None:
    # Konjunktiv I after a fronted clause, "soll … worden sein", and a spokesperson named last
    # with the paper he spoke to: reported, a quiet hint.
    for reported in (
        "Als der Fehler vor einigen Wochen auffiel, habe man es versäumt, bei Kunden eine "
        "Abbuchungssperre zu setzen.",
        "Nach den Berichten soll die Software für den ID3 zu hektisch fabriziert worden sein.",
        "Ursache war eine technische Panne bei einem Dienstleister, über den die Netzanbindung "
        "des Systems läuft, erklärte ein Unternehmenssprecher gegenüber heise online.",
    ):
        assert hints_only(reported, "de"), reported
    # "sei es" is a concession, not a report.
    assert blocks(
        "Die Daten müssen gesichert werden, sei es durch den Admin oder durch das Skript, der "
        "Admin hat es vergessen.",
        "de",
    )
