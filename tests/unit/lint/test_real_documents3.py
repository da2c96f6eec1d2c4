"""False-alarm classes found by the third set of whole published post-mortems (issue 16).

The real sentences are copied from the documents in tests/data/lint/real/documents3 (the
file is named beside each; index.tsv there names the repository, commit, path and licence).
Each class has look-alikes that must still block, so that a fix does not silence real blame.
"""

from __future__ import annotations

import pytest

from .tiers import tier

# ------------------------------------------------ an adjective or "Other" opening the sentence


def test_an_adjective_before_an_abstract_noun_is_no_name() -> None:
    # datahub--2017-03-23-kernel-deaths-incident.md
    sentence = (
        "Insufficient testing procedures caused a new kind of outage (kernel dying) "
        "that we had not seen before."
    )
    assert tier(sentence) != "block"
    assert tier("Poor communication caused the outage.") != "block"


def test_other_opening_the_sentence_is_no_name() -> None:
    # obs--2023-06-20-post-mortem.md
    sentence = (
        "Other code-paths would have thrown exceptions too but nobody used them during this time."
    )
    assert tier(sentence) != "block"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana caused the outage.",
        "Dana creating the pull request misjudged the load.",
        "Other engineers should have checked the logs.",
        "Kevin failed to check the replication lag.",
    ],
)
def test_names_and_people_opening_the_sentence_still_block(sentence: str) -> None:
    assert tier(sentence) == "block"


# ------------------------------------------------ a passive "caused by" is no "caused the outage"


def test_caused_by_a_failure_is_a_passive_with_a_thing_as_cause() -> None:
    # obs--2025-10-23-post-mortem.md
    sentence = (
        "The downtime was caused by a failure in our firewall configuration, apparently "
        "firewalld/nftables does not like if you have overlapping IP ranges."
    )
    assert tier(sentence) != "block"
    assert tier("The outage was caused by commands entered by Dana.") == "block"
    assert tier("Dana caused a massive outage.") == "block"


def test_due_to_being_names_a_state_not_a_culprit() -> None:
    # learningequality--002-cloudflare-incomplete-migration.md (as the linter splits it)
    sentence = (
        "18th, we were preparing for a larger than normal influx of users due to being "
        "showcased by Riot Games (the creators of League of Legends)."
    )
    assert tier(sentence) != "block"
    assert tier("The outage was due to Jorge's change to the rate limiter.") == "block"


# ------------------------------------------------ title-case headings


def test_a_title_case_why_heading_about_it_is_no_question_to_a_person() -> None:
    # obs--2018-08-15-post-mortem-7.md, obs--2018-11-11-post-mortem-8.md
    assert tier("## Why Did It Happen?") != "block"
    assert tier("Why Did This Break?") != "block"
    assert tier("Why Did Dana Forget The Step?") == "block"


# ------------------------------------------------ alternatives rejected, goals, reasons


def test_an_alternative_weighed_and_rejected_is_no_counterfactual() -> None:
    # obs--2021-05-07-post-mortem.md
    sentence = (
        "Maybe we should have tried a rollback, but that would also have not helped in this case."
    )
    assert tier(sentence) != "block"
    assert tier("Dana should have restarted the consumers first.") == "block"


def test_making_something_obvious_is_a_design_goal() -> None:
    # datahub--2018-01-25-helm-chart-upgrade.md
    sentence = (
        "Determine if there is a way to contextualize the Travis CI interface so that it is "
        "obvious which deployment is being managed."
    )
    assert tier(sentence) != "block"
    assert tier("It was obvious that the disk would fill up over the weekend.") == "block"


def test_a_miss_with_its_reason_in_the_sentence_does_not_block() -> None:
    # learningequality--003-instantschools-migrations-not-included.md
    sentence = (
        "But files to be bundled in .whl packages need to be specified explicitly, and is the "
        "reason why this was missed during development."
    )
    assert tier(sentence) != "block"
    assert tier("The alert was ignored for two hours.") == "block"
    assert tier("Step 4 of the runbook was skipped again.") == "block"


# ------------------------------------------------ a person made to act by a condition


def test_a_person_made_to_act_by_a_condition_is_not_the_failure() -> None:
    # obs--2023-04-12-post-mortem.md
    sentence = (
        "That made it difficult to understand the root cause and made the operator put the "
        "focus in the wrong place: a change in the system."
    )
    assert tier(sentence) != "block"
    assert tier("Dana put the focus in the wrong place.") == "block"
    assert tier("The operator restarted the wrong node.") == "block"


def test_panic_of_the_generic_you_is_the_pressure_of_the_situation() -> None:
    # obs--2018-03-23-post-mortem-6.md
    sentence = (
        "We need to clean this up so it's not distracting you while you're already in "
        "panic-mode trying to keep downtime to a minimum."
    )
    assert tier(sentence) != "block"
    assert tier("Rashid panicked and restarted every node at once.") == "block"


def test_human_error_as_a_cause_still_blocks() -> None:
    # obs--2023-02-24-post-mortem.md, labelled wanted
    sentence = "- Leaving the secondary machine in debugging state was a human error."
    assert tier(sentence) == "block"
