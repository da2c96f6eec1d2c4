"""Classes of blame missed, and false alarms raised, in held-out 48 (English), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Derek Smith, soon-to-be principal of Hingham Middle School, sent an email to more "
        "people than he intended.",  # heldout48_en
        "Derek Smith, soon-to-be principal of Hingham Middle School, sent an email to more "
        "people than ever before.",
        "en",
        id="en-sent-to-more-people-than-he-intended",
    ),
    pytest.param(
        "Why was 4.17 removed from the gem registry?",  # heldout48_en
        "Why was 4.17 released to the gem registry?",
        "en",
        id="en-why-was-it-removed",
    ),
    pytest.param(
        "hey, just curious, is there a reason you rolled (rebased) these commits up and "
        "force-pushed?",  # heldout48_en
        "hey, just curious, is there a reason the commits were rolled up?",
        "en",
        id="en-is-there-a-reason-you",
    ),
    pytest.param(
        "The school accidentally told the parents their kids were missing.",  # the shape of
        "The school calmly told the parents their kids were safe.",  # heldout48_en's Corona
        "en",
        id="en-accidentally-told-is-no-attribution",
    ),
    pytest.param(
        "The admin wiped the old node without backing it up.",
        "The admin wiped the old node after backing it up.",
        "en",
        id="en-without-backing-it-up",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Reading the rest of the whois entry attentively, it's obvious what happened.",
        "It was obvious that the domain would expire.",  # heldout48_en: what the record shows
        "en",
        id="en-obvious-what-happened",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
