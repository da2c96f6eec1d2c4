"""False alarms and classes from held-out 50 (code-review comments of the ToxiCR dataset),
looked at after its blind run: each real sentence with a near neighbour on the other side.
The set is tests/data/lint/real/heldout50_en.tsv."""

from __future__ import annotations

import pytest

from pmdesk.lint import lint

from .tiers import blocks


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
