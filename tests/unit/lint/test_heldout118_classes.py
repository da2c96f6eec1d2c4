"""Classes behind the misses of the English held-out 118 (tolling, parking enforcement and
mortgage servicing IT), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout118_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_judging_nouns_for_an_event() -> None:
    check_class(
        "TxDOT taken to legislative woodshed over toll tag billing debacle",
        "TxDOT taken to legislative woodshed over toll tag billing outage",
    )
    assert blocks("Residents’ Parking Permit Fiasco")
    # One's own is a hint.
    assert hints_only("Hold me accountable for the debacle.")


def test_a_botched_thing_named_with_its_owner() -> None:
    check_class(
        "Florida’s botched SunPass rollout last year could cost the state more than $50 million "
        "in unpaid tolls.",
        "Florida’s delayed SunPass rollout last year could cost the state more than $50 million "
        "in unpaid tolls.",
    )


def test_an_ombudsmans_finding_of_fault() -> None:
    check_class("We found TfL to be at fault.", "We found TfL to be open.")


def test_a_party_that_had_not_bothered() -> None:
    check_class(
        "Officials hadn't bothered to check the cameras' accuracy",
        "Officials hadn't managed to check the cameras' accuracy",
    )


def test_a_partys_failures_named_as_the_cause() -> None:
    check_class(
        "Ocwen’s failures resulted in hazard insurance lapses for more than 10,000 borrowers.",
        "The server's failures resulted in lapses.",
    )
    assert not blocks(
        "Over the years, employees’ mistakes have cost businesses downtime, reputational damage "
        "and monetary loss."
    )
