""" "Nobody checked the backups" says that the backups were not checked, and the rewrite says
just that (issue 16: rewrites, not just advice); where the act has no thing done to, the thing is
a person or a clause, or the passive would accuse by itself, there is none."""

from __future__ import annotations

import pytest

from pmdesk.lint import LintContext, apply_replacement, lint

RULES_ONLY = LintContext(learned=False)


def _fixed(sentence: str) -> list[str]:
    return [
        apply_replacement(sentence, finding)
        for finding in lint(sentence, context=RULES_ONLY)
        if finding.rule_id == "person_failure.nobody" and finding.replacement is not None
    ]


@pytest.mark.parametrize(
    ("sentence", "fixed"),
    [
        # heldout_en.tsv and later sets
        ("In short, no one paid the bill.", "In short, the bill was not paid."),
        ("Nobody had checked the obvious things.", "The obvious things had not been checked."),
        ("Nobody tested the migration.", "The migration was not tested."),
        (
            "Because no one renewed the certificate, the site went down.",
            "Because the certificate was not renewed, the site went down.",
        ),
        ("Nobody backed up the database.", "The database was not backed up."),
        (
            "Nobody reviewed the change before the deploy.",
            "The change was not reviewed before the deploy.",
        ),
    ],
)
def test_nobody_doing_it_becomes_it_not_being_done(sentence: str, fixed: str) -> None:
    assert _fixed(sentence) == [fixed]
    assert [f for f in lint(fixed, context=RULES_ONLY) if f.severity == "warning"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "No-one had contacted me, or anyone else affected.",  # a person
        "Nobody read it.",  # "it was not read" accuses by itself
        "no one noticed that the equipment was being powered by batteries.",  # a clause
        "Nobody checked the backups and the restore failed.",  # a verb shared later
        "No one paid our domain renewal bill—our domain expired.",  # an object not read whole
        "So much for nobody cared.",  # nothing done to
    ],
)
def test_no_rewrite_where_it_would_have_to_guess(sentence: str) -> None:
    assert _fixed(sentence) == []
