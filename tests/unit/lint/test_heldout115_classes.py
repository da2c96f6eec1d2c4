"""Classes behind the misses and the false alarms of the English held-out 115 (policing,
courts' and prisons' IT), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout115_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_unnoticed_by_a_named_party() -> None:
    check_class(
        "This caused some files being rejected, an issue that went unnoticed by the MPS for a "
        "considerable amount of time.",
        "This caused some files being rejected, an issue that went unnoticed for a considerable "
        "amount of time.",
    )
    assert not blocks("The issue went undetected by humans for seven hours.")
    assert not blocks("The error went unnoticed by our monitoring.")


def test_warnings_ignored_by_a_party_in_the_plural() -> None:
    check_class(
        "The warnings were ignored by the vendor.", "Requests were ignored by the load balancer."
    )


def test_a_party_that_let_something_slide() -> None:
    check_class(
        "Instead they let the timing slide and were unable to explain why.",
        "Let the slide show start.",
    )


def test_a_party_that_underestimated_something() -> None:
    check_class(
        "Apparently, the company had underestimated how quickly their database was filling up "
        "with information.",
        "Apparently, the model had underestimated how quickly the database was filling up.",
    )
    assert hints_only("We underestimated the load.")
    # In the passive it says what was misjudged, not who misjudged it.
    assert not blocks(
        "In sum, a critical bug in the wallet software, of which the severity was initially "
        "significantly underestimated, allowed an attacker to steal funds."
    )


def test_a_person_who_did_not_speak_up() -> None:
    check_class("The engineer did not speak up.", "The alarm did not speak up.")


def test_a_culprit_denied_is_no_culprit() -> None:
    check_false_alarm(
        "But the report also doesn’t point out a smoking gun, meaning no one person or manager "
        "is to blame.",
        "One person is to blame.",
    )


def test_an_elliptical_passive_after_should_have_been_is_no_hindsight() -> None:
    check_false_alarm(
        "The troubled common platform courts IT system failed to send out hundreds of important "
        "notifications over the course of nearly a year – resulting in 35 individuals not being "
        "fitted with an electronic monitoring tag when they should have been, the public "
        "spending watchdog has revealed.",
        "The engineer should have been more careful.",
    )
