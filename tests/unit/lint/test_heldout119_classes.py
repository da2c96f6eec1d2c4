"""Classes behind the misses of the English held-out 119 (statistics, census, vaccination and
weather services' IT), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout119_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_got_something_wrong() -> None:
    check_class(
        "The Bureau of Meteorology got its forecast badly wrong, saying extreme weather events "
        "are becoming more difficult to predict.",
        "The parser got its forecast badly wrong.",
    )
    assert hints_only("We got it wrong.")
    assert not blocks("Something went wrong.")


def test_somebody_slipped_up() -> None:
    check_class("Somebody slipped up.", "The cable slipped.")


def test_a_headline_opening_with_botched() -> None:
    check_class(
        "Botched Scottish census adds £6m to costs", "Delayed Scottish census adds £6m to costs"
    )


def test_forecasters_are_people() -> None:
    assert blocks(
        "Phillip Avery took to the airwaves today to apologize for any outdoor activities which "
        "may have been ruined because forecasters ignored computer models that put the storm "
        "further south."
    )
