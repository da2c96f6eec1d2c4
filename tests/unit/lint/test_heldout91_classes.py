"""Classes the English held-out 91 (online games and game services: studios' notes, players'
forum posts, game-news commentary) showed, looked at after its blind run: each real sentence
with a near neighbour on the other side, and the false alarm with a look-alike that still
blocks. The set is tests/data/lint/real/heldout91_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_firm_that_remained_quiet() -> None:
    check_class(
        "It got out this was due to a cacheing error, but Valve remained quiet.",
        "It got out this was due to a cacheing error, but Valve remained calm.",
    )
    assert blocks(
        "A few days passed and Sony was being pretty quiet about the situation without a "
        "single post on the United States PlayStation site or forums."
    )
    assert not blocks("The pager stayed silent.")


def test_a_vendor_that_scrimped_on_testing() -> None:
    check_class(
        "The vendor scrimped on its Quality Assurance.",
        "The vendor spent more on its Quality Assurance.",
    )


def test_shady_business_practices() -> None:
    check_class(
        "Bethesda’s shady business practices didn’t help the game either.",
        "Bethesda’s new business practices didn’t help the game either.",
    )


def test_the_writers_own_step_after_the_readers_thing() -> None:
    # heldout91_en's false alarm: Nintendo's own planned step; "your" names the reader's
    # experience, and "we" is the subject nearest the verb.
    check_false_alarm(
        "In an effort to manage the high volume of traffic and ultimately improve your "
        "experience, we are temporarily taking the Nintendo eShop services offline between the "
        "hours of 4 p.m. - 4 a.m. ET.",
        "In an effort to manage the high volume of traffic and ultimately improve your "
        "experience, the vendor carelessly took the Nintendo eShop services offline.",
    )
    assert blocks("After your change, you accidentally deleted the volume.")
