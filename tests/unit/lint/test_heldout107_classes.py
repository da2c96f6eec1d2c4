"""Classes the English held-out 107 (cars' and chargers' software) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout107_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_pushed_out_a_buggy_update() -> None:
    check_class(
        "Some Jeep Wrangler 4xe hybrid owners were stranded after the company pushed out a buggy "
        "software update that prevented the vehicles from running.",
        "Some Jeep Wrangler 4xe hybrid owners were stranded after the company pushed out a "
        "software update that prevented the vehicles from running.",
    )
    assert hints_only("We pushed out a buggy update.")


def test_someone_who_sucks_at_their_work() -> None:
    check_class(
        "Because they absolutely suck at software and have shown no desire to improve outside of "
        "charging people subscriptions for hardware features that are already in the car.",
        "Because they are absolutely new to software and have shown no desire to improve outside "
        "of charging people subscriptions for hardware features that are already in the car.",
    )
    assert blocks("The vendor really sucks at support.")
    assert not blocks("This library sucks at handling binary files.")
    assert hints_only("We suck at testing.")
