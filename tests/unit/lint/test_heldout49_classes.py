"""Classes of blame missed in held-out 49 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from pmdesk.lint import apply_replacement, lint

from .tiers import check_class

CLASSES = [
    pytest.param(
        "2. If such policies exist but were not communicated to staff, fire whoever is "
        "responsible for the failure to do so.",  # heldout49_en
        "2. If such policies exist but were not communicated to staff, fix whatever is "
        "responsible for the failure to do so.",
        "en",
        id="en-fire-whoever-is-responsible",
    ),
    pytest.param(
        "1. If the malefactor acted contrary to well-publicized, established policies, fire "
        "her(him).",  # heldout49_en
        "1. If the alarm acted contrary to well-publicized, established policies, fire the drill.",
        "en",
        id="en-fire-her",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout45_en: the reader named as the one who removed something.
        ("Sorry, but you deleted `0.20181225.7`.", "Sorry, but the job deleted `0.20181225.7`."),
        # heldout39_en
        (
            "You deleted all my data after the last update.",
            "The update deleted all my data after the restart.",
        ),
        # heldout_en: a condition about what anyone might do is no reproach.
        (
            "I guess you deleted `17-11-18` and `17-12-25`.",
            "Unfortunately if you've deleted it, it's gone.",
        ),
    ],
)
def test_the_reader_named_as_the_one_who_removed_something(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout40_en and heldout42_en: data destroyed in quantity or of value.
        (
            "D deleted 625 files of backup history and deleted automated commands.",
            "The cleanup script deleted 625 files of backup history and deleted automated "
            "commands.",
        ),
        (
            "She went home, accessed the employer’s computer network remotely and deleted vital "
            "files, such as databases.",
            "She went home, accessed the employer’s computer network remotely and deleted 3 "
            "stale lock files, such as databases.",
        ),
    ],
)
def test_data_destroyed_in_quantity_or_of_value(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_the_reader_named_as_the_doer_gets_the_clause_rewritten() -> None:
    """heldout_en: the underline sits on the verb, so the clause rewrite still applies."""
    findings = [f for f in lint("You erased my work again.", lang="en") if f.severity == "warning"]
    assert [apply_replacement("You erased my work again.", f) for f in findings] == [
        "The work was erased again."
    ]


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # A verb phrase after a comma has no subject of its own; its object is none either.
        (
            "She went home, accessed the network remotely and deleted vital files.",
            "The job ran at noon, accessed the network remotely and deleted vital files.",
        ),
    ],
)
def test_the_subject_of_a_verb_chain_after_a_comma(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout49_en: the act and the data it exposed.
        (
            "And in trying to address this problem the communications team messaged everyone on "
            "the mailing list - revealing personal details in the process.",
            "And in trying to address this problem the mailing tool messaged everyone on the "
            "mailing list - revealing personal details in the process.",
        ),
        # heldout41_en: "it" after "after" stands for the council that opens the sentence.
        (
            "The Isle of Wight Council has referred itself to the data privacy watchdog after it "
            "erroneously emailed out the personal details of 90 Island families.",
            "The cron job crashed after it erroneously emailed out the personal details of 90 "
            "Island families.",
        ),
    ],
)
def test_an_organisations_act_and_what_it_exposed(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_a_question_at_someone_about_a_deed_that_took_something_away() -> None:
    """heldout49_en: "Did you just do a forced push to …?" asks at the one who did it."""
    check_class(
        "Did you just do a forced push to the world public devel and the release1.3.0 branches?",
        "Did the job just do a forced push to the world public devel and the release1.3.0 "
        "branches?",
        "en",
    )
