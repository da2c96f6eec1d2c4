"""Classes of blame missed, and false alarms raised, in held-out 46 (English), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Thousands of employees found themselves without access to the internet this morning – "
        "thanks to bungling engineers.",  # heldout46_en, abridged
        "Thousands of employees found themselves without access to the internet this morning – "
        "thanks to a failed upgrade.",
        "en",
        id="en-bungling-engineers",
    ),
    pytest.param(
        "I got in and found someone left the door open and things overheated.",  # heldout46_en,
        "I got in and found the door open and things overheated.",  # abridged
        "en",
        id="en-someone-left-the-door-open",
    ),
    pytest.param(
        "No one paid our domain renewal bill—our domain expired.",  # heldout46_en
        "No renewal reminder reached us—our domain expired.",
        "en",
        id="en-no-one-paid",
    ),
    pytest.param(
        "your revision seemed to kill the site, a new commit should fix it.",  # heldout46_en
        "Your latest update breaks our production system!",  # a bug report, present tense
        "en",
        id="en-your-revision-killed-the-site",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Unfortunately, that attachment had employee data that could have led to identity "
        "theft.",  # heldout46_en: "employee data" is data, not an employee
        "Unfortunately, that employee could have stopped the attachment.",
        "en",
        id="en-employee-data-could-have-led",
    ),
    pytest.param(
        "This domain inadvertently expired and our registrar, with whom we have registered it, "
        "changed the DNS servers.",  # heldout46_en: the domain expired, no one's slip
        "This admin inadvertently deleted the zone and our registrar changed the DNS servers.",
        "en",
        id="en-domain-inadvertently-expired",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
