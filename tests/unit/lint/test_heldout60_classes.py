"""Classes from held-out 60 (English, commit messages of git, curl and mpv) and documents32
(Measurement Lab and F-Droid write-ups), looked at after their blind runs: each real sentence
with a near neighbour on the other side."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class

CLASSES = [
    # heldout60_en.tsv: nobody did the step, told in the progressive.
    pytest.param(
        "Nobody was even compile testing with DC_SHA1 set.",
        "The nightly job was even compile testing with DC_SHA1 set.",
        id="en-nobody-was-even-testing",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_an_indirect_question_in_an_investigation_is_no_counterfactual() -> None:
    # documents32 (F-Droid): "to see if" asks whether the key was misused.
    assert not blocks(
        "We also investigated all the leads we could follow to see if someone had used this "
        "key to insert something into F-Droid."
    )
    assert blocks("If someone had checked the logs, we would have caught it.")
