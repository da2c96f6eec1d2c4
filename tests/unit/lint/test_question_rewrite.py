"""A who- or why-question about one act offers the question about the situation in its place
(issue 16: rewrites, not just advice), and a question that says more gets none: the rewrite
would have to guess."""

from __future__ import annotations

import pytest

from pmdesk.lint import LintContext, apply_replacement, lint

RULES_ONLY = LintContext(learned=False)


def _fixed(question: str) -> list[str]:
    return [
        apply_replacement(question, finding)
        for finding in lint(question, context=RULES_ONLY)
        if finding.category == "accusatory_question" and finding.replacement is not None
    ]


@pytest.mark.parametrize(
    ("question", "fixed"),
    [
        # The canonical question, and a who-question whatever the verb.
        (
            "Who typed that command?",
            "What did the situation look like when that command was typed?",
        ),
        ("Who broke the build?", "What did the situation look like when the build was broken?"),
        # heldout41_en.tsv
        (
            "who deleted the server?",
            "what did the situation look like when the server was deleted?",
        ),
        (
            "Who pushed this to master?",
            "What did the situation look like when this was pushed to master?",
        ),
        ("Why did you merge it?", "What made merging it look right at the time?"),
        ("Why didn't you test it?", "What got in the way of testing it?"),
        ("Why didn’t you ping me on this?", "What got in the way of pinging me on this?"),
        # heldout48_en.tsv
        (
            "why would you remove 2.0.1 from npm registry?",
            "what made removing 2.0.1 from npm registry look right at the time?",
        ),
        (
            "Why did Bob restart the database?",
            "What made restarting the database look right at the time?",
        ),
    ],
)
def test_a_question_about_one_act_is_asked_about_the_situation(question: str, fixed: str) -> None:
    assert fixed in _fixed(question)
    # The new question is no finding of its own.
    assert [f for f in lint(fixed, context=RULES_ONLY) if f.severity == "warning"] == []


@pytest.mark.parametrize(
    "question",
    [
        "Why did you close this without reason?",  # the reproach would stay
        "Why did you approve it's not working?",  # no object to ask about
        "WHO DEPLOYED?",  # no object either
    ],
)
def test_a_question_that_says_more_gets_no_rewrite(question: str) -> None:
    assert _fixed(question) == []
    assert any(f.category == "accusatory_question" for f in lint(question, context=RULES_ONLY))
