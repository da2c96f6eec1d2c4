"""Classes from held-out 53 (English, leaning towards incident write-ups), looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout53_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class

CLASSES = [
    pytest.param(
        "Oops. An elementary school in Connecticut accidentally e-mailed the report cards for "
        "every eighth-grade student to every eighth-grade family.",
        "Oops. An elementary school in Connecticut e-mailed the report cards for every "
        "eighth-grade student to every eighth-grade family.",
        id="en-accidentally-e-mailed",
    ),
    pytest.param(
        "The contractor hit a wrong command and the data was erased.",
        "The contractor hit a command and the data was erased.",
        id="en-hit-a-wrong-command",
    ),
    pytest.param(
        "One morning, one of our engineers intended to deploy code to our staging environment, "
        "but chose an incorrect build plan and deployed it to the production environment.",
        "One morning, one of our engineers intended to deploy code to our staging environment, "
        "but the tool chose an incorrect build plan and deployed it to the production "
        "environment.",
        id="en-chose-an-incorrect-build-plan",
    ),
    pytest.param(
        "He also changed logins to several other accounts, most importantly our web hosting "
        "company and he took our website offline.",
        "He also changed logins to several other accounts, most importantly our web hosting "
        "company and the outage took our website offline.",
        id="en-he-took-our-website-offline",
    ),
    pytest.param(
        "However, we have now discover that he has removed vital files from our website which "
        "means it cannot function.",
        "However, we have now discover that the update has removed vital files from our "
        "website which means it cannot function.",
        id="en-removed-vital-files",
    ),
    pytest.param(
        "Why did this get merged on red CI?",
        "Why did this get merged into the release branch?",
        id="en-why-did-this-get-merged-on-red-ci",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "We took the site offline for maintenance.",
        "The admin took the server down to apply the patches.",
        "The API returned an incorrect value for the quota.",
    ],
)
def test_planned_downtime_and_a_systems_wrong_value_are_no_findings(sentence: str) -> None:
    assert not blocks(sentence, "en")
