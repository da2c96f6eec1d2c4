"""Classes behind the misses of the English held-out 121 (social-media and messaging
platforms), fixed in the rules after its blind run. Each real sentence is set against a near
neighbour that must behave differently. The set is tests/data/lint/real/heldout121_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_platforms_named_in_camel_case_or_like_a_word_are_parties() -> None:
    check_class(
        "TikTok also failed to carry out adequate checks to identify and remove underage "
        "children from its platform.",
        "The job also failed to carry out adequate checks.",
    )


def test_a_party_that_banned_the_writer_or_refuses_to_respond() -> None:
    check_class(
        "It’s true: Discord banned me for using their own client.",
        "We banned the spam accounts.",
    )
    check_class(
        "Issues have arisen that are piling up and Discord as a company refuses to respond.",
        "Issues have arisen that are piling up and the server refuses to respond.",
    )
    # A timeline's entry that the responders declined contact is no judgement.
    assert not blocks("Refused to engage")
    # A service that stopped working is no party's deed.
    assert not blocks("YouTube broke.")
