"""Classes of blame missed, and false alarms raised, in held-out 45 (English), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Staff payroll information were mistakenly emailed out by a member of staff two weeks "
        "ago.",  # heldout45_en, abridged: a particle between the participle and "by"
        "Staff payroll information were mistakenly emailed out by the mail merge two weeks ago.",
        "en",
        id="en-mistakenly-emailed-out-by-a-member-of-staff",
    ),
    pytest.param(
        "Yeah, Stephen triggered the wrong process.",  # heldout45_en: a name in -en
        "Yeah, the step triggered the wrong process.",
        "en",
        id="en-stephen-is-a-name-not-a-step",
    ),
    pytest.param(
        "Root cause: the NGINX configuration was poorly modified by one of the engineers.",
        "Root cause: the NGINX configuration was poorly modified by the installer script.",
        "en",  # heldout45_en, abridged
        id="en-poorly-modified-by-one-of-the-engineers",
    ),
    pytest.param(
        'No one could be that short-sighted."',  # heldout45_en
        "No one could see that far ahead.",
        "en",
        id="en-short-sighted",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "why was it done ?",  # heldout45_en: asks for the reason of an act that was done
        "why was it not done ?",
        "en",
        id="en-why-was-it-done",
    ),
    pytest.param(
        "00:33:00 Preston wipes the DB of prod-6 and restarts prod-6.",  # documents10, a
        "Preston wiped the DB of prod-6 and restarted prod-6.",  # timeline step of recovery
        "en",
        id="en-timeline-step-wipes-the-db",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
