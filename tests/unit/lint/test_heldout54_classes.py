"""Classes from held-out 54 (English: 911 outages, councils' leaks, banks, Hacker News and
Register talk, own "broke prod" notes), looked at after its blind run: each real sentence with a
near neighbour on the other side. The set is tests/data/lint/real/heldout54_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class

CLASSES = [
    pytest.param(
        "A 911 dispatch system failure that caused one emergency call to be dropped and others "
        "re-routed occurred when workers bumped a breaker.",
        "A 911 dispatch system failure that caused one emergency call to be dropped and others "
        "re-routed occurred when a breaker tripped.",
        id="en-failure-occurred-when-workers-bumped",
    ),
    pytest.param(
        "The 911 system in Howard County was shut down for more than an hour Friday morning "
        "after a bundle of wires that had been incorrectly marked for removal was cut by "
        "workers renovating a county government building.",
        "The 911 system in Howard County was shut down for more than an hour Friday morning "
        "after a bundle of wires that had been incorrectly marked for removal was cut during "
        "the renovation of a county government building.",
        id="en-wires-cut-by-workers",
    ),
    pytest.param(
        "Contractor sparked IT outage after gas release",
        "Gas release sparked IT outage at council offices",
        id="en-headline-contractor-sparked-outage",
    ),
    pytest.param(
        "The repair crew never showed up.",
        "The repair part never showed up.",
        id="en-crew-never-showed-up",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The resources were deleted by the cloud vendor before the grace period ran out.",
        "The malicious versions were permanently deleted by the NPM team.",
        "The oncall operations then triggered the Heroku API full outage.",
        "The failure occurred when the disk filled up.",
    ],
)
def test_policy_deletions_and_a_triggered_outage_are_no_findings(sentence: str) -> None:
    assert not blocks(sentence, "en")
