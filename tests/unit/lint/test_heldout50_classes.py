"""False alarms and classes from held-out 50 (code-review comments of the ToxiCR dataset),
looked at after its blind run: each real sentence with a near neighbour on the other side.
The set is tests/data/lint/real/heldout50_en.tsv."""

from __future__ import annotations

import pytest

from pmdesk.lint import apply_replacement, lint

from .tiers import blocks, check_class


@pytest.mark.parametrize(
    ("real", "look_alike"),
    [
        # A judging word about a thing is no label for a person.
        ("Indeed, you are here fixing a (very stupid) bug.", "Indeed, you are a very stupid man."),
        ("Damn, stupid IDE...", "Damn, stupid admin..."),
        ("Dumb question: How did you test this?", "Dumb admins: how did they test this?"),
        # A suggestion to try something else is no reproach; "did you even try" is.
        ("did you try calling resume explicitly instead?", "did you even try calling resume?"),
    ],
)
def test_a_review_remark_stays_quiet_and_its_look_alike_blocks(real: str, look_alike: str) -> None:
    assert not blocks(real, "en")
    assert blocks(look_alike, "en")


@pytest.mark.parametrize(
    "sentence",
    ["Damn, forgot to update the change description.", "Oops... forgot the tests."],
)
def test_an_omission_after_a_sigh_is_the_writers_own(sentence: str) -> None:
    findings = lint(sentence, lang="en")
    assert findings, "an own slip is still worth a quiet look"
    assert not blocks(sentence, "en")
    assert blocks("Damn, Bob forgot to update the change description.", "en")


CLASSES = [
    pytest.param(
        "You didn't add here large docstring about what the hell is this and how to use it",
        "We didn't add here large docstring about what the hell is this and how to use it",
        "en",
        id="en-you-did-not-add",
    ),
    pytest.param(
        "It seems you did not setup git correct.",
        "It seems the script did not setup git correct.",
        "en",
        id="en-did-not-setup",
    ),
    pytest.param(
        "Oops, this IFNA should not be here, probably due to your rebase.",
        "Oops, this IFNA should not be here, probably due to the rebase.",
        "en",
        id="en-due-to-your-rebase",
    ),
    pytest.param(
        "You're terrible at pedantry.",
        "We're terrible at pedantry.",
        "en",
        id="en-terrible-at",
    ),
    pytest.param(
        "/me curses whoever changed 4 small numbers in the middle of a huge string.",
        "/me curses the tool that changed 4 small numbers in the middle of a huge string.",
        "en",
        id="en-curses-whoever-changed",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_an_omitted_addition_keeps_where_it_was_to_go() -> None:
    sentence = "Bob did not add the new host to the allow list."
    finding = next(f for f in lint(sentence, lang="en") if f.rule_id == "person_failure.omission")
    assert apply_replacement(sentence, finding) == "The new host was not added to the allow list."
