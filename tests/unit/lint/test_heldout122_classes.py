"""False alarms of the English held-out 122 (insurers', pension schemes' and pension
agencies' IT), fixed in the rules after its blind run, each with a look-alike that must still
block. The set is tests/data/lint/real/heldout122_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_complaint_summarised_is_reported() -> None:
    assert hints_only(
        "Mr Underwood complains that due to administrative failures he was unable to actively "
        "manage his investments in his pension plan for over six months."
    )


def test_telling_recipients_to_ignore_a_message_is_no_disregard() -> None:
    check_false_alarm(
        "Unfortunately this email was sent in error and we have let them know they should "
        "ignore it..”",
        "The on-call engineer ignored the alert.",
    )


def test_those_who_were_overcharged_are_no_doers() -> None:
    check_false_alarm(
        "As a result, they have been overcharged.",
        "The customers have been overcharged by the vendor.",
    )


def test_a_body_that_underpaid_people_downplayed_or_bottled_it() -> None:
    check_class(
        "The Department for Work and Pensions has underpaid 134,000 pensioners by more than £1bn.",
        "Thousands of pensioners were underpaid.",
    )
    # Customers who underpaid on their cover are no doers of a fault.
    assert not blocks(
        "Upgrades … identified almost 100,000 optional insurance customers who have either "
        "overpaid or underpaid on their auto coverage – all because of a simple error."
    )
    check_class(
        "ICBC downplayed the problem, claiming 95.5 per cent of customers were unaffected.",
        "The report downplayed the problem.",
    )
    assert blocks(
        "This was an opportunity for the FCA to restore some polish to a badly tarnished "
        "reputation and the authority bottled it."
    )
