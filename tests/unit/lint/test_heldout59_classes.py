"""Classes from held-out 59 (English, Jira and Gerrit code-review comments), and from earlier
misses that share their shape, looked at after its blind run: each real sentence with a near
neighbour on the other side. The set is tests/data/lint/real/heldout59_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "but as far as i can see  you didn't incorporate this into the patch  right?",
        "but as far as i can see  the build didn't incorporate this into the patch  right?",
        id="en-you-didnt-incorporate",
    ),
    pytest.param(
        "I think you miss the (complicated) case of a conflict between a move in a branch.",
        "If you miss the (complicated) case of a conflict, the merge fails.",
        id="en-you-miss-the-case",
    ),
    pytest.param(
        "You must be confused.",
        "The parser must be confused.",
        id="en-you-must-be-confused",
    ),
    # A contraction is a pronoun too: "he's" is someone else, not the writer of "I think".
    pytest.param(
        "I think he's wrong for our APIs and clients.",
        "I think it's wrong for our APIs and clients.",
        id="en-i-think-hes-wrong",
    ),
    pytest.param(
        "What a terrible site.",
        "What a terrible storm.",
        id="en-what-a-terrible-site",
    ),
    pytest.param(
        "That paragraph from the wiki is terrible advice.",
        "That paragraph from the wiki is old advice.",
        id="en-terrible-advice",
    ),
    # heldout17_en.tsv: the mess a person made.
    pytest.param(
        "It took months to undo the mess he had made.",
        "It took months to undo the mess the storm had made.",
        id="en-the-mess-he-had-made",
    ),
    # heldout5_en.tsv: an act judged as having no excuse.
    pytest.param(
        "That is still not an excuse to do a force push :)",
        "That is still not a reason to change the schedule :)",
        id="en-not-an-excuse-to",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
