"""Classes the English held-out 92 (transport IT failures in operators' statements, an official
inquiry, news and riders' comments) showed, looked at after its blind run: each real sentence
with a near neighbour on the other side. The set is tests/data/lint/real/heldout92_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_has_not_explained_the_cause() -> None:
    check_class(
        "The airline has not yet explained the cause of the IT problems that prevented "
        "passengers from accessing check-in for most of Sunday.",
        "The airline has now explained the cause of the IT problems that prevented passengers "
        "from accessing check-in for most of Sunday.",
    )
    assert blocks("The vendor is silent on the reasons for the outage.")
    assert not blocks("The log is silent on the reasons.")
    assert hints_only("We have not yet explained the cause.")


def test_a_partys_screw_up() -> None:
    check_class(
        "Safely assuming this is not the MTA’s last-ever screw-up, we figure this is a good time "
        "to remind you.",
        "Safely assuming this is not the MTA’s last-ever outage, we figure this is a good time "
        "to remind you.",
    )


def test_a_botched_transition() -> None:
    check_class(
        "During the past several months, CTA riders have dealt with a botched transition from "
        "city-issued magnetic strip passes.",
        "During the past several months, CTA riders have dealt with a gradual transition from "
        "city-issued magnetic strip passes.",
    )
    assert not blocks("The amateur radio link failed.")
