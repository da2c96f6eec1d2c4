"""Classes the English part of held-out 81 (own notes blaming providers, regulators' findings,
threads on changed APIs) showed, looked at after its blind run: its false alarms, each with a
look-alike that still blocks, and the classes of blame it missed, each with a near neighbour.
The set is tests/data/lint/real/heldout81_en.tsv; the German part's classes are in
test_heldout81_de_classes.py."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm

FALSE_ALARMS = [
    pytest.param(
        "For those who might not have been following or affected, chartbeat just suffered, "
        "and is recovering from, a major DNS failure that affected our users’ dashboards.",
        "For those who were affected, the on-call engineer should have been watching the "
        "dashboards.",
        id="en-readers-who-might-not-have-been-following",
    ),
    pytest.param(
        "Users were unable to access services until the DNS provider restored functionality, "
        "leading to service degradation.",
        "The DNS provider changed the records, leading to service degradation.",
        id="en-a-repair-is-no-harmful-act",
    ),
    pytest.param(
        "IT&E has isolated the issue causing the outage to customers and resolved the issue "
        "over the weekend.",
        "The engineer has restarted the primary database, causing the outage to customers.",
        id="en-isolated-the-issue-causing-the-outage",
    ),
]


@pytest.mark.parametrize(("real", "look_alike"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str
) -> None:
    check_false_alarm(real, look_alike)


def test_hindsight_about_a_firm_in_an_inverted_condition() -> None:
    # heldout81_en: "Had AT&T followed certain best practices …, this outage would have had much
    # less impact." (the FCC's report); a firm's hindsight blocks as a person's does.
    check_class(
        "Had the vendor followed best practices, this outage would have had much less impact.",
        "Had the cache been warm, this outage would have had much less impact.",
    )


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        (
            "Unfortunately, the developers at CMS made an update and completely changed the API "
            "communication, which has caused the integration to stop working.",
            "Unfortunately, the nightly job made an update and completely changed the API "
            "communication, which has caused the integration to stop working.",
        ),
        (
            "We are truly appalled at the unprofessional behaviour of the data centre.",
            "We are truly appalled at the noisy behaviour of the data centre fans.",
        ),
        (
            "Once engineers confirmed the outage was major, why did it take 8 hours for someone "
            "to think of trying to log into the status account?",
            "Once engineers confirmed the outage was major, why did it take 8 hours for the "
            "caches to warm up again?",
        ),
        (
            "It was the result of mistakes made by the vendor.",
            "It was the result of mistakes made by the parser.",
        ),
    ],
)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    # heldout81_en's threads, own notes and the FCC's finding, or near copies.
    check_class(real, neighbour)


def test_a_limit_reached_or_trouble_suffered_is_no_act_with_harm() -> None:
    # postmortems_en and heldout34_en (clean).
    assert not blocks("Hit the signed integer limit on a primary key, causing uploads to fail.")
    assert not blocks(
        "On Thursday our hosting provider (GoDaddy) experienced technical issues impacting "
        "several of their servers that caused the MySQL databases to fail."
    )


def test_a_firm_named_with_an_ampersand_is_one_name() -> None:
    # heldout81_en (the FCC's report): "AT&T" is one token and a company, not "AT" and "T".
    check_class(
        "It was the result of mistakes made by AT&T.",
        "It was the result of mistakes made by the parser.",
    )
    check_class(
        "AT&T placed an incorrect record into its provisioning system.",
        "The import job placed an incorrect record into its provisioning system.",
    )
