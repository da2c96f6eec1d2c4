"""Classes behind the misses and the false alarm of the English held-out 114 (satellite,
navigation and space software failures), fixed in the rules after its blind run. Each real
sentence is set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout114_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_firm_whose_name_reads_as_a_verb_form_is_a_party() -> None:
    check_class(
        "Boeing missed a pair of software errors during the Starliner’s Orbital Flight Test.",
        "The linter missed a pair of software errors during the Orbital Flight Test.",
    )
    assert blocks("Lockheed forgot to convert the units.")


def test_a_named_check_a_party_did_not_perform() -> None:
    check_class(
        "Boeing did not perform an end-to-end test of the entire software suite, and in some "
        "cases used stand-ins, or emulators, for flight computers.",
        "The pipeline did not run the tests.",
    )
    # The writer's own omission is an admission.
    assert hints_only("We did not perform an end-to-end test.")


def test_an_adjective_before_a_system_noun_at_the_start_is_no_name() -> None:
    check_false_alarm(
        "Manual command likely caused Israeli Moon Lander’s crash",
        "Dave caused the crash",
    )


def test_acts_done_with_incorrect_things_in_the_plural() -> None:
    check_class("The engineers sent incorrect commands.", "The script sent incorrect values.")
    # A passive with "are" names no doer.
    assert not blocks(
        "The exchange said it doesn't cancel transactions even if they are executed on "
        "erroneous orders."
    )


def test_a_party_that_has_not_learned_its_lesson() -> None:
    check_class("Boeing hasn't learned its lesson.", "Boeing has learned its lesson.")
    assert hints_only("We haven't learned our lesson.")


def test_a_gerund_after_by_names_the_doers_means_not_a_system_doer() -> None:
    check_class(
        "In preparation for the same ceremony, a new member of Ken Labs inadvertently overwrote "
        "their default keypair by running an erroneous command.",
        "The keypair was inadvertently overwritten by a cleanup script.",
    )
