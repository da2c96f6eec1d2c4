"""Classes behind misses and false alarms of the English held-out sets from 141 on (real
estate, mortgages and property technology; research software), fixed in the rules after their
blind runs. The sets are tests/data/lint/real/heldout141_en.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_a_party_that_refuses_to_talk_or_help() -> None:
    check_class(
        "The vendor refuses to talk to customers.", "The model refused to answer certain prompts."
    )
    check_class("The bank refused to help us.", "The bank offered to help us.")
    # A decision not to deal with an attacker, in an incident's timeline, is no failure.
    assert not blocks("| `17:25` | Refused to engage | The attacker's contact was declined. |")


def test_a_party_that_left_people_in_the_dark() -> None:
    check_class(
        "For one county in California, the scenario occurred and left parents in the dark.",
        "For one county in California, parents were left in the dark.",
    )
    check_class(
        "The provider left its customers in limbo for three days.",
        "A banking error left them in limbo for three days.",
    )
