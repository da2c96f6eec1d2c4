"""Classes behind a miss and the false alarm of the English held-out 123 (consumer cloud
storage, music and photo services), fixed in the rules after its blind run. Each real
sentence is set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout123_en.tsv."""

from __future__ import annotations

from .tiers import check_class, check_false_alarm


def test_a_party_that_has_not_provided_any_details() -> None:
    check_class(
        "Google has not provided any details about how many people were affected, nor the "
        "number of videos that were wrongly sent to other accounts.",
        "The log did not provide any details.",
    )
    check_class("The vendor hasn't shared any information.", "The log hasn't shared any.")


def test_a_failure_word_joined_to_an_adjective_is_no_repeat() -> None:
    check_false_alarm(
        "The company has apologized for the confusion caused by long-deleted files and folders "
        "mysteriously appearing again in user accounts, leaving their owners perplexed.",
        "The vendor deleted the files again.",
    )
