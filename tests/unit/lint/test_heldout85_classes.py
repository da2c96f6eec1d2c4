"""Classes the English part of held-out 85 (own outage write-ups off GitHub, users' rants at
a project's changed API, the news on two telecom stories) showed, looked at after its blind
run: each real sentence with a near neighbour on the other side, and the reported findings
that must stay quiet hints. The set is tests/data/lint/real/heldout85_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_an_addressed_party_that_wasted_a_period() -> None:
    check_class(
        "To be clear, the fact you had a bug is not the problem; the fact that you completely "
        "wasted the notification period is the problem.",
        "To be clear, the fact we had a bug is not the problem; the fact that we completely "
        "wasted the notification period is the problem.",
    )
    assert not blocks("The retries wasted the whole error budget.")


def test_a_partys_process_judged_misguided() -> None:
    check_class(
        "I think that the community is quite obviously telling you all that your process in "
        "this circumstance was wildly misguided.",
        "I think that the community is quite obviously telling you all that our process in "
        "this circumstance was wildly misguided.",
    )
    assert blocks("The vendor's rollout plan was ill-advised.")


def test_unannounced_maintenance_by_a_party() -> None:
    check_class(
        "The vendor made an unannounced change to their API.",
        "The vendor made an announced change to their API.",
    )
    assert blocks("Our hosting provider performed unannounced maintenance.")
    # Said of the maintenance alone, or of the writers' own, it is no one's failing.
    assert not blocks("As this maintenance was unannounced our routers had to reroute traffic.")
    assert not blocks("We had unannounced maintenance on the core router yesterday.")


def test_a_named_bodys_investigation_is_reported() -> None:
    # The blocked `consider` sentence of heldout85_en: the regulator's finding, reported.
    assert hints_only(
        "IMDA’s investigations found that the first incident occurred because M1’s staff and "
        "vendor had not followed prescribed procedures."
    )
    # The writers' own investigation is their own voice.
    assert blocks("Our investigation found that the engineer had not followed the procedure.")


def test_a_named_speakers_words_without_that_are_reported() -> None:
    # The other blocked `consider` sentence: a chief executive's words, told after "says".
    assert hints_only(
        "Reynolds says usage of XT has grown very rapidly, but that is no excuse for the "
        "ongoing service issues."
    )
    assert blocks(
        "Usage of XT has grown very rapidly, but that is no excuse for the ongoing service issues."
    )
