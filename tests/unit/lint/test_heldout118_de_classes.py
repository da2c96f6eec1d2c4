"""Classes behind the misses of the German held-out 118 (vaccination booking, statistics and
census, weather warnings), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout118_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_an_institute_that_published_a_faulty_file() -> None:
    check_class(
        "Gestern hat das RKI leider zunächst eine fehlerhafte Datei veröffentlich, die später "
        "korrigiert wurde.",
        "Das Skript hat eine fehlerhafte Datei veröffentlicht.",
        lang="de",
    )


def test_a_weather_service_that_slept_through_a_storm() -> None:
    check_class(
        "Die erste große Unwetterlage des Jahres wurde vom Deutschen Wetterdienst in Offenbach "
        "offenbar verschlafen.",
        "Die erste große Unwetterlage des Jahres wurde vom Deutschen Wetterdienst in Offenbach "
        "rechtzeitig gemeldet.",
        lang="de",
    )


def test_taking_the_biscuit_and_an_office_that_erred() -> None:
    check_class(
        "Den Vogel hat das Meteo-Team gestern Samstag abgeschossen.",
        "Den Vogel hat der Jäger gestern Samstag gesehen.",
        lang="de",
    )
    # "nicht nur" adds, it does not negate.
    assert blocks("Nicht nur beim Wahlergebnis irrte das Bundesamt für Statistik", "de")
