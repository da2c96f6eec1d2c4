"""Firms and public bodies known by a short name or an acronym are parties, not systems.

Acronyms read as technical names (DNS, CDN), and German capitalises every noun, so "HP has yet
to explain …" and "Jetzt verschickt Serafe Rechnungen doppelt" named nobody. A list of the
firms and bodies the labelled sets name most (``team_words`` in the rule packs) fixes them;
reading every capitalised acronym as a firm was tried and found ten false alarms more (see
tests/data/lint/real/README.md)."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_an_acronym_firm_is_a_party() -> None:
    check_class(
        "ASX has apologised after it pushed through a market upgrade when it was not ready, "
        "causing an outage.",
        "The scheduler pushed through a market upgrade when it was not ready, causing an outage.",
    )
    check_class("HP has yet to explain what caused the outage.", "DNS has yet to resolve the name.")
    assert not blocks("The HP printer failed.")


def test_a_german_firm_by_its_name_is_a_party() -> None:
    check_class(
        "Jetzt verschickt Serafe Rechnungen doppelt",
        "Jetzt verschickt das System Rechnungen doppelt",
        lang="de",
    )
    check_class(
        "DHL selbst hält es offenbar nicht für notwendig, darauf zu reagieren.",
        "Das Update selbst hält es offenbar nicht für notwendig, darauf zu reagieren.",
        lang="de",
    )
    check_class(
        "Inzwischen sind die Dienste wieder verfügbar, doch SONY machte zunächst keine genauen "
        "Angaben zur Ursache des Problems.",
        "Inzwischen sind die Dienste wieder verfügbar, doch das Log machte zunächst keine "
        "genauen Angaben zur Ursache des Problems.",
        lang="de",
    )
    # The railway's trains are not the railway.
    assert not blocks("Der Zug der Bahn fiel wegen einer Störung aus.", "de")
