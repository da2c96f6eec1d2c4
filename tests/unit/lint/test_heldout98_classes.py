"""Classes the English held-out 98 (live streaming and broadcast failures) showed, looked at
after its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout98_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only, tier


def test_a_party_shamed_or_indifferent() -> None:
    check_class(
        "Seriously @netflix should be embarrassed right now.",
        "Seriously @netflix should be streaming right now.",
    )
    check_class(
        "2 goals missed…. horrible service @peacock", "2 goals missed…. great save @peacock"
    )
    assert blocks("The broadcaster angered viewers by showing an advert.")
    assert not blocks("The outage angered viewers.")
    assert blocks(
        "Is it galling that a national broadcaster can’t be bothered to create a streaming "
        "app fit for purpose?"
    )
    assert hints_only("We should be embarrassed by this.")


def test_a_body_that_sent_something_in_error() -> None:
    check_class(
        "Madison County Emergency Management sent an emergency alert to residents in error "
        "Saturday.",
        "Madison County Emergency Management sent an emergency alert to residents on time "
        "Saturday.",
    )
    assert blocks("The council accidentally published the data.")
    assert not blocks("The script accidentally deleted the data.")
    # "unwittingly one of these restarts …": the adverb's verb comes later, and the restart
    # did it.
    assert not blocks(
        "As part of the strategy, our team was forced to restart some services, and "
        "unwittingly one of these restarts interrupted a DNS synchronization."
    )


def test_a_named_speakers_finding_is_reported() -> None:
    assert (
        tier(
            "In a recent blog post, Facebook’s vice president of engineering, Santosh "
            "Janardhan, revealed that the company’s engineers issued an order that "
            "unintentionally disconnected Facebook’s data centers."
        )
        == "hint"
    )
    assert blocks(
        "The company’s engineers issued an order that unintentionally disconnected "
        "Facebook’s data centers."
    )
