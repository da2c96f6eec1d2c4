"""A class the English held-out 105 (payment and fintech outages) showed, looked at after its
blind run: the real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout105_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_yet_to_comment_on_its_failure() -> None:
    # ("debacle" alone judges too, so the pair is told about the outage.)
    check_class(
        "Spire has still yet to publicly comment on the outage.",
        "Spire has now publicly commented on the outage.",
    )
    assert blocks("Spire has still yet to publicly comment on the debacle.")
    assert blocks("The vendor has yet to comment on the outage.")
    assert hints_only("We have yet to comment on the outage.")
