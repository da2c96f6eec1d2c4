"""Classes behind the misses and a false alarm of the German held-out 116 (water utilities,
flood warnings, registration offices), fixed in the rules after its blind run. Each real
sentence is set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout116_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_control_centre_or_a_maker_named_in_a_compound_is_a_party() -> None:
    check_class(
        "Die Kreisleitstelle hatte den Alarm nicht ausgelöst.",
        "Der Rauchmelder hatte den Alarm nicht ausgelöst.",
        lang="de",
    )
    assert blocks(
        "Der Kartenhersteller Thales DIS Schweiz hat versehentlich Fahrtschreiberkarten des "
        "ASTRA doppelt produziert und an Berufschauffeure geschickt.",
        "de",
    )


def test_water_cut_off_for_days_by_a_utility() -> None:
    check_class(
        "In Völklingen haben die Stadtwerke einem schwerkranken Pflegebedürftigen das Wasser "
        "tagelang abgestellt.",
        "Für die Reparatur haben die Stadtwerke das Wasser am Vormittag abgestellt.",
        lang="de",
    )


def test_rejecting_all_responsibility() -> None:
    check_class(
        "Trotzdem weist der Präsident des Bundesamtes für Katastrophenschutz, Armin Schuster, "
        "jede Verantwortung von sich.",
        "Trotzdem weist der Präsident des Bundesamtes für Katastrophenschutz auf die Warn-App hin.",
        lang="de",
    )


def test_a_question_in_the_passive_with_no_one_named() -> None:
    check_false_alarm(
        "Wurden die Menschen zu spät gewarnt?",
        "Der Landrat hat die Menschen zu spät gewarnt.",
        lang="de",
    )
