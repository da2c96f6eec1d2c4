"""Classes of blame missed in held-out 43 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "It is a bit of a worry when one of the workers at your outsourced service provider "
        "manages to close your business down for seven hours.",  # heldout43_en
        "It is a bit of a worry when one of the workers at your outsourced service provider "
        "manages to keep your business open for seven hours.",
        "en",
        id="en-manages-to-close-down",
    ),
    pytest.param(
        "That is what happened to DBS when an IBM worker used an outdated procedure on a "
        "storage system.",  # heldout43_en, abridged
        "That is what happened to DBS when an IBM worker used the documented procedure on a "
        "storage system.",
        "en",
        id="en-used-an-outdated-procedure",
    ),
    pytest.param(
        "Fucking coders.",  # heldout43_en
        "Fucking rain.",
        "en",
        id="en-a-curse-on-a-group",
    ),
    pytest.param(
        "Developers are barbarians who need walling off from the civilized world.",
        "Developers are volunteers who need support from the civilized world.",
        "en",  # heldout43_en, abridged
        id="en-are-barbarians",
    ),
    pytest.param(
        "This was the first time she'd managed to clobber the website, so she went into panic "
        "mode.",  # heldout43_en
        "This was the first time she'd managed to restore the website, so she went into "
        "party mode.",
        "en",
        id="en-managed-to-clobber",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
