"""Classes behind a miss and three false alarms of the English held-out 120 (border,
immigration and visa IT), fixed in the rules after its blind run. Each real sentence is set
against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout120_en.tsv."""

from __future__ import annotations

from .tiers import check_class, check_false_alarm


def test_people_who_did_not_act_at_once() -> None:
    check_class(
        "Technicians with Shared Services Canada were alerted to the problem, but didn’t act "
        "immediately.",
        "The failover with Shared Services Canada was alerted to the problem, but didn’t act "
        "immediately.",
    )


def test_a_system_judged_unfit_is_no_label() -> None:
    check_false_alarm(
        "The Department considers these legacy systems increasingly expensive, difficult to "
        "maintain and unfit for the future needs of government.",
        "The manager is unfit for the job.",
    )


def test_missed_as_a_participle_after_caused_is_no_failure() -> None:
    check_false_alarm(
        "The collapse of the website that processes Canada's Electronic Travel Authorizations "
        "(eTAs) has caused missed flights, stress and financial pain to many travellers.",
        "The vendor missed the deadline.",
    )


def test_what_should_never_have_been_done_to_people_is_no_hindsight_about_them() -> None:
    check_false_alarm(
        "They had every right to be here and should never have been caught in the immigration net.",
        "They should never have deployed on a Friday.",
    )


def test_a_system_named_like_a_person_that_contained_data_is_no_person() -> None:
    check_false_alarm(
        "Atlas contained inaccurate data on asylum seekers, and failed to record people "
        "receiving Home Office support when they were living in government hotels.",
        "Dave failed to record the change.",
    )
