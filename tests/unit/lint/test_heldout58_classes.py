"""Classes from held-out 58 (English, developers' comments: Jira comments of Apache projects and
Stack Overflow posts), looked at after its blind run: each real sentence with a near neighbour on
the other side. The set is tests/data/lint/real/heldout58_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "In pom.xml of tajo root, you forget to change the tajo version to 0.8 at Line 76.",
        "When you forget to change the tajo version, the build picks the old one.",
        id="en-you-forget-to",
    ),
    pytest.param(
        "Ummm, did you forget to annex the patch?",
        "Ummm, did the upload forget the patch?",
        id="en-did-you-forget-to",
    ),
    pytest.param(
        "Honestly, you are wrong about this.",
        "Maybe you're wrong, but I think the cache is stale.",
        id="en-you-are-wrong",
    ),
    pytest.param(
        "Converting case by adding or subtracting 32 is a really awful approach.",
        "Converting case by adding or subtracting 32 was a terrible experience for users.",
        id="en-a-really-awful-approach",
    ),
    # heldout63_en.tsv: a hack called crappy is most often the author's own caveat.
    pytest.param(
        "That's an awful decision.",
        "This is a pretty crappy hack altogether.",
        id="en-an-awful-decision-not-a-crappy-hack",
    ),
    pytest.param(
        "What a sad answer!!",
        "What a sad day!!",
        id="en-what-a-sad-answer",
    ),
    pytest.param(
        "We reported this crash to Oracle in plenty of time, but Oracle decided not to fix "
        "that, too.",
        "We reported this crash to Oracle in plenty of time, and Oracle decided to fix that, too.",
        id="en-decided-not-to-fix",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
