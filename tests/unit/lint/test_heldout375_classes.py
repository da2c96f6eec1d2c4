"""Classes behind misses and false alarms of the held-out sets from English 375 and German 373
on, and of the false alarms earlier sets left, fixed in the rules after their blind runs. The
sets are tests/data/lint/real/heldout375_en.tsv, heldout373_de.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_a_thing_owned_by_someone_is_not_a_person_for_its_owner() -> None:
    # From held-out 372: "… after her wedding dress failed to arrive in time …".
    check_class(
        "Two days before the wedding, her stylist failed to turn up.",
        "Two days before the wedding, her wedding dress failed to arrive.",
    )
    assert blocks("Their tech forgot to lock the door.")
    assert not blocks("His new laptop failed to boot after the update.")


def test_the_noun_phrase_after_a_clause_opening_preposition_is_its_subject() -> None:
    # "after" opens a clause: its subject is the phrase right after it, not the shop before.
    check_class(
        "She sued the bridal store after its owner failed to order the dress in time.",
        "She sued the bridal store after her wedding dress failed to arrive in time.",
    )


def test_a_family_is_a_group_of_people() -> None:
    # From held-out 354: "the Bride to Be + her family have failed to see one dime returned".
    check_class(
        "The family failed to tell the landlord about the leak for three weeks.",
        "The paperwork failed to tell the landlord about the leak for three weeks.",
    )
