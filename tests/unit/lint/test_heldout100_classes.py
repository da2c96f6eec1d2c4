"""Classes the English held-out 100 (emergency-service IT) showed, looked at after its blind
run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout100_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_sent_to_the_wrong_place_in_the_passive_names_no_one() -> None:
    check_false_alarm(
        "Fire appliances across the county have been sent to wrong addresses and in some cases "
        "fire engines from Harlow have been sent to Colchester.",
        "Dana sent the email to the wrong recipients.",
    )


def test_a_party_that_rushed_a_project() -> None:
    check_class(
        "The Department rushed the start of the project, failing to follow proper procedures.",
        "The Department planned the start of the project, following proper procedures.",
    )
    assert blocks("The vendor rushed the release.")
    assert hints_only("We rushed the release.")
    assert not blocks("The traffic rushed the servers.")


def test_a_named_partys_account_is_reported() -> None:
    for reported in (
        "Stephen Rue told senators the failure was caused by human error during a firewall "
        "upgrade at the Regency Park exchange, where technicians failed to divert traffic.",
        "Optus disclosed Nokia contractors used an outdated procedure rated as zero risk and "
        "brought the work forward without proper authorisation.",
    ):
        assert hints_only(reported), reported
    # A finding from the records is the writer's own.
    assert blocks(
        "Documentation revealed that the nurse responsible did not recognize the room as a "
        "three-person room at the time of administration."
    )
