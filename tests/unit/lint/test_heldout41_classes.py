"""Classes of blame missed in held-out 41 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "The gaffe occurred when the authority e-mailed renewal reminders to 900 people.",
        "The gaffe occurred when the mail server e-mailed renewal reminders to 900 people.",
        "en",  # heldout41_en, abridged
        id="en-the-gaffe-occurred-when",
    ),
    pytest.param(
        "Plymouth Plus can reveal that the council sent an email to hundreds of families "
        "without taking any steps to avoid the unlawful disclosure.",  # heldout41_en, abridged
        "Plymouth Plus can reveal that the mail system sent an email to hundreds of families "
        "without taking any steps to avoid the unlawful disclosure.",
        "en",
        id="en-without-taking-any-steps",
    ),
    pytest.param(
        "A human error in not using the blind copy function (BCC) led to the data breach, which "
        "has been reported to the Information Commissioner's Office.",  # heldout41_en
        "A missing default for the blind copy function (BCC) led to the data breach, which has "
        "been reported to the Information Commissioner's Office.",
        "en",
        id="en-reported-to-an-authority-is-no-attribution",
    ),
    pytest.param(
        "A city councillor has apologised for leaking the information of more than 800 "
        "constituents in a bungled email invitation to a party.",  # heldout41_en, abridged
        "A city councillor has apologised for the information of more than 800 constituents "
        "in an email invitation to a party.",
        "en",
        id="en-bungled-email",
    ),
    pytest.param(
        "His ignorance further shone through when he recommended a system restore to fix "
        "email.",  # heldout41_en
        "His advice further shone through when he recommended a system restore to fix email.",
        "en",
        id="en-his-ignorance",
    ),
    pytest.param(
        "The test failed because of the latest commit made in is_palindrome.py by @SaadBenn, "
        "which went unchecked.",  # heldout41_en, abridged
        "The test failed because of the latest commit made in is_palindrome.py by the release "
        "bot, which went unchecked.",
        "en",
        id="en-because-of-a-commit-made-by-someone",
    ),
    pytest.param(
        "@nazaninreihani I this was related to your change.",  # heldout41_en
        "@nazaninreihani I this was related to your question about tests.",
        "en",
        id="en-related-to-your-change",
    ),
    pytest.param(
        "Please check if you could run tests before submitting PR.",  # heldout41_en
        "Please check if the tests run before the release.",
        "en",
        id="en-please-run-tests-before-submitting",
    ),
    pytest.param(
        "Yesterday my coworker’s PR caused a site outage for 10 minutes.",  # heldout41_en
        "Yesterday my PR caused a site outage for 10 minutes.",  # the writer's own: a hint
        "en",
        id="en-my-coworkers-pr-caused",
    ),
    pytest.param(
        "My host tried reverting the database only to cause even more problems.",
        "My script tried reverting the database only to cause even more problems.",
        "en",  # heldout41_en, abridged: a host someone has is a hosting company
        id="en-only-to-cause-more-problems",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_an_announcement_to_a_group_is_reported() -> None:
    # heldout10_en: what "he announced to the group" is his word, a quiet hint.
    assert hints_only(
        "He announced to the group that Ryan, in his ignorance and naivety, had deleted all of "
        "the customers' web servers from production."
    )
