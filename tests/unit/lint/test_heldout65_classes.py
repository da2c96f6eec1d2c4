"""Classes from held-out 65 (English, from the web: own outage notices, news on contractors and
staff, regulators' findings, older forum talk) and documents33, looked at after their blind
runs: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout65_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "The outage on Wednesday was caused by one of our application administrators starting "
        "a database copy process without verifying the disk space.",
        "The outage on Wednesday was caused by one of our application servers starting a "
        "database copy process without verifying the disk space.",
        id="en-one-of-our-application-administrators",
    ),
    pytest.param(
        "It only took moments for a Bell Atlantic Internet employee to accidentally cripple a "
        "fellow online provider's service.",
        "It only took moments for a Bell Atlantic Internet cron job to accidentally cripple a "
        "fellow online provider's service.",
        id="en-for-an-employee-to-accidentally",
    ),
    pytest.param(
        "Capita was responsible for the multi-billion pound failed/delayed IT project for the "
        "NHS and HMRC.",
        "Capita was responsible for the multi-billion pound IT project for the NHS and HMRC.",
        id="en-responsible-for-the-failed-project",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


FALSE_ALARMS = [
    pytest.param(
        "Update, Jan. 23: OIT’s networking equipment vendor has verified that a bug within a "
        "core network switch resulted in the widespread network outage.",
        "Update, Jan. 23: OIT’s networking equipment vendor has rebooted a core network switch, "
        "which resulted in the widespread network outage.",
        id="en-verified-that-a-bug-resulted-in",
    ),
    pytest.param(
        "Many school employees who would have expected to receive their monthly salary payment "
        "tomorrow won't now be paid until next Tuesday.",
        "The payroll clerk should have sent the monthly salary payment before tomorrow, so "
        "school employees won't now be paid until next Tuesday.",
        id="en-who-would-have-expected-to-receive",
    ),
    pytest.param(
        "The problem was resolved on 12/12/2017 with user errors continuing to be reported into "
        "12/14/2017.",
        "The problem was traced on 12/12/2017 to user error in the configuration.",
        id="en-user-errors-continuing-to-be-reported",
    ),
]


@pytest.mark.parametrize(("real", "look_alike"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str
) -> None:
    check_false_alarm(real, look_alike, "en")
