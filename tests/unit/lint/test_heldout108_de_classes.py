"""The false alarms of the German held-out 108 (factory and production IT), fixed after its
blind run, each with a look-alike that must still block. The set is
tests/data/lint/real/heldout108_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_a_comparison_with_als_haette_is_no_hindsight() -> None:
    check_false_alarm(
        "Als hätte der in der Krise steckende VW-Konzern gerade nicht schon genügend Probleme.",
        "Der in der Krise steckende VW-Konzern hätte das Update gründlicher testen müssen.",
        lang="de",
    )


def test_praise_with_nie_is_no_failure() -> None:
    check_false_alarm(
        "Henning Kagermann und Gerd Oswald haben nie ein Projekt anbrennen lassen oder in den Sand "
        "gesetzt.",
        "Der Projektleiter hat das Projekt in den Sand gesetzt.",
        lang="de",
    )


def test_a_passive_naming_who_was_put_off() -> None:
    check_false_alarm(
        "Immer wieder werden wir bei der Bestellung von Teilen für den Sicherungssimulator "
        "vertröstet.",
        "Der Lieferant hat den Kunden immer wieder vertröstet.",
        lang="de",
    )
