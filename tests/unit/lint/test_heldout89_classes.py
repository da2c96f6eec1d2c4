"""Classes the English held-out 89 (failures of public-sector and healthcare IT in audit and
committee findings, bodies' statements and the news) showed, looked at after its blind run:
each real sentence with a near neighbour on the other side, the writers' own failure that
stays a hint, and one party's blame of another reported. The set is
tests/data/lint/real/heldout89_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_bodys_management_judged_poor() -> None:
    check_class(
        "Management of the Universal Credit programme has been extraordinarily poor.",
        "Management of the Universal Credit programme has been extraordinarily busy.",
    )
    assert not blocks("Our management of the rollout was poor.")


def test_a_public_bodys_acronym_names_a_party() -> None:
    check_class(
        "Yet, nearly six months later, EDD has failed to find solutions to improve its ability "
        "to promptly determine eligibility.",
        "Yet, nearly six months later, the DNS has failed to find records to improve its "
        "ability to promptly determine eligibility.",
    )


def test_a_partys_failure_to_act() -> None:
    check_class(
        "However, fewer than 20,000 of these claims were waiting for payment because of EDD's "
        "failure to resolve an issue with them.",
        "However, fewer than 20,000 of these claims were waiting for payment because of the "
        "cluster's failure to resolve an issue with them.",
    )
    assert blocks("The vendor's failure to patch the server caused the outage.")
    # Whose team it is stands before the possessor the pattern marks.
    assert hints_only("Our team's failure to notice the alert delayed the response.")


def test_a_party_that_failed_the_people_it_serves() -> None:
    check_class(
        "The Post Office has failed its subpostmasters.",
        "The Post Office has paid its subpostmasters.",
    )


def test_work_done_without_effective_planning() -> None:
    check_class(
        "The agency undertook the development without effective planning.",
        "The agency undertook the development after effective planning.",
    )
    assert hints_only("We shipped it without adequate testing.")


def test_one_partys_finger_pointing_is_reported() -> None:
    assert hints_only(
        "The ABS apologised for the incident but also pointed fingers at IBM, claiming it "
        "should have done more to prevent the denial of service attack (DDoS) on its website."
    )
    assert blocks(
        "Apologies ring hollow when they point fingers at outside vendors without "
        "acknowledgment who hired and is responsible for managing them."
    )
