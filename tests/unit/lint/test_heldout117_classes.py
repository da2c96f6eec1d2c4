"""Classes behind the misses of the English held-out 117 (water utilities', flood-warning and
driving-licence agencies' IT), fixed in the rules after its blind run. Each real sentence is
set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout117_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_mistake_made_by_a_party() -> None:
    check_class(
        "The errors come from an estimating mistake made by the city when switching over to new "
        "billing software earlier this year.",
        "The errors come from a mistake made by the parser.",
    )
    # Mistakes counted or in general are not this one.
    assert not blocks("He listed six mistakes made by plant operators:")


def test_an_authority_that_published_incorrect_readings() -> None:
    check_class(
        "The Environment Protection Authority has published incorrect air quality readings for "
        "the second time in a fortnight.",
        "The sensor has published incorrect air quality readings.",
    )


def test_a_party_that_understated_its_figures_or_buried_its_head() -> None:
    check_class(
        "The vendor had significantly understated its leakage figures.",
        "The model had significantly understated its leakage figures.",
    )
    assert blocks("The vendor buried its head in the sand.")
    assert hints_only("We buried our heads in the sand.")
