"""Classes from held-out 51 (GitHub issue comments of the incivility and STRUDEL datasets),
looked at after its blind run: each real sentence with a near neighbour on the other side.
The set is tests/data/lint/real/heldout51_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "The regression comes from your commit 0bd02131b644 before that MAME don't crash.",
        "The regression comes from the commit 0bd02131b644 before that MAME don't crash.",
        "en",
        id="en-comes-from-your-commit",
    ),
    pytest.param(
        'You guys tried to fix an "abberent" behavior of negative indexes, but you ended up '
        "COMPLETELY BREAKING PAGINATION.",
        'The patch tried to fix an "abberent" behavior of negative indexes, but it ended up '
        "COMPLETELY BREAKING PAGINATION.",
        "en",
        id="en-you-ended-up-breaking",
    ),
    pytest.param(
        "@isidorn Yeah, the python/jupyter team has absolutely no regard for these issues.",
        "@isidorn Yeah, the python/jupyter extension has absolutely no support for these issues.",
        "en",
        id="en-has-no-regard-for",
    ),
    pytest.param(
        "Now, on the project: you are routinely accepting patches quite obviously without really "
        "doing your due diligence, ensuring proper QA, etc.",
        "Now, on the project: you are routinely accepting patches, and the CI does the due "
        "diligence, ensuring proper QA, etc.",
        "en",
        id="en-without-doing-your-due-diligence",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
