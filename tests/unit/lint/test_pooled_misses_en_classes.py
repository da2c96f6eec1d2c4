"""Classes read off the pooled English blind misses (held-out 106 to 116) after those sets
were run blind, each with a near neighbour that must behave differently."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_a_party_that_did_not_load_test_or_train_its_staff() -> None:
    check_class(
        "There’s an obvious answer: they didn’t load test.",
        "There’s an obvious answer: the job didn’t load test.",
    )
    check_class("The company did not train its staff.", "We did not train the model on that data.")
    # The writer's own plain fact is no finding that blocks.
    assert not blocks("We did not load-test the new index before the rollout.")


def test_running_something_into_the_ground() -> None:
    check_class(
        "The vendor ran the project into the ground.",
        "The pipeline ran the disk into the ground.",
    )


def test_yet_again_between_the_auxiliary_and_the_verb() -> None:
    check_class(
        "So, UL’s ITD has yet again managed to shut down our email systems and proper network "
        "access.",
        "So, the update has yet again managed to shut down our email systems.",
    )
