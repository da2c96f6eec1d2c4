"""Classes from held-out 63 (English, Gerrit code-review comments of ToxiCR), looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout63_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "On top of that, please learn a little of Python before commiting the patches.",
        "We should learn a little of Terraform before the migration.",
        id="en-please-learn-a-little-of-python-before",
    ),
    pytest.param(
        "Overall, this docstring is bad and you should feel bad.",
        "Overall, this docstring is short and you should feel free to extend it.",
        id="en-you-should-feel-bad",
    ),
    pytest.param(
        "Wtf are u doing?",
        "What are you doing on call this week?",
        id="en-wtf-are-you-doing",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
