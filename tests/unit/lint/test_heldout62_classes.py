"""Classes from held-out 62 (English, GitHub issue comments from heated threads), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout62_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Regardless of the issue, you're being an ass.",
        "Regardless of the issue, you're being asked to confirm the restore.",
        id="en-youre-being-an-ass",
    ),
    pytest.param(
        "Please stop wasting our time with this.",
        "Please stop wasting disk space on old snapshots.",
        id="en-stop-wasting-our-time",
    ),
    pytest.param(
        "Stop being abrasive and show some respect.",
        "Stop being idle and show some progress.",
        id="en-stop-being-abrasive",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
