"""Classes of blame missed in held-out 44 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "The misclick of a Hastings Borough Council employee has highlighted the scope of new "
        "data regulations.",  # heldout44_en, abridged
        "The error of the parser has highlighted the scope of new data regulations.",
        "en",
        id="en-the-misclick-of-an-employee",
    ),
    pytest.param(
        "@Craftsman-sys You have leaked your credentials.",  # heldout44_en
        "The script leaked your credentials to the log.",
        "en",
        id="en-you-have-leaked-your-credentials",
    ),
    pytest.param(
        "Due to some craptastical engineering, it also fried the controller boards.",
        "Due to some careful engineering, it also spared the controller boards.",
        "en",  # heldout44_en, abridged
        id="en-craptastical",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
