"""Classes of blame missed in held-out 40 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "How can this be released!",  # heldout40_en
        "How can this be configured?",
        "en",
        id="en-how-can-this-be-released",
    ),
    pytest.param(
        "Thanks for completely ignoring the point I made.",  # heldout40_en
        "Thanks for completely fixing the point I raised.",
        "en",
        id="en-thanks-for-ignoring",
    ),
    pytest.param(
        "I have seen developers making cock-ups ranging from mis-calculation in accountant "
        "reports to deleting data.",  # heldout40_en, abridged
        "I have seen developers making changes ranging from mis-calculation in accountant "
        "reports to deleting data.",
        "en",
        id="en-making-cock-ups",
    ),
    pytest.param(
        "They had watched it fail, day after day after day, and had only bothered to tell us "
        "today.",  # heldout40_en: a phrase between commas, the writer as object
        "They had watched it fail, day after day after day, and had only managed to tell us today.",
        "en",
        id="en-only-bothered-to-tell-us",
    ),
    pytest.param(
        "Neither one had bothered to bring the customer’s address with them.",  # heldout40_en
        "Neither form had a field for the customer’s address.",
        "en",
        id="en-neither-one-had-bothered",
    ),
    pytest.param(
        "Please, please stop pushing broken releases to auto update.",  # heldout40_en
        "Please, please stop the broken releases from reaching auto update.",
        "en",
        id="en-please-please-stop-pushing-broken",
    ),
    pytest.param(
        "Please do not commit into master branch if it breaks stuff.",  # heldout40_en
        "Please do not worry about the master branch if it breaks stuff.",
        "en",
        id="en-do-not-commit-if-it-breaks",
    ),
    pytest.param(
        "The individual who sent the mass email has arguably failed to take into consideration "
        "the data protection principles.",  # heldout40_en
        "The mail server that sent the mass email has arguably failed to take into "
        "consideration the data protection principles.",
        "en",
        id="en-hedge-between-subject-and-verb",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_none_of_us_stays_the_writers_own_admission() -> None:
    # documents4 (PostHog's Shai-Hulud write-up): "us" after "of" is the writers as doers,
    # not an object as in "… only bothered to tell us today".
    sentence = "None of us noticed the security hole in the month between the PR and the attack."
    assert hints_only(sentence)
