"""Classes of blame missed, and false alarms raised, in held-out 34 (looked at after its blind
run): each real sentence with a near neighbour on the other side. The sets named are in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "RAIB report finds distracted driver sped through red signal",  # heldout34_en
        "RAIB report finds experienced driver sped through red signal",
        "en",
        id="en-distracted-driver",
    ),
    pytest.param(
        "Overall, the picture emerges of a rush-job in which Sabadell set overly optimistic "
        "deadlines.",  # heldout34_en
        "Overall, the picture emerges of a migration in which Sabadell set overly optimistic "
        "deadlines.",
        "en",
        id="en-a-rush-job",
    ),
    pytest.param(
        "The Dallas Police Department employee responsible for deleting 22.5 terabytes of "
        "police data was fired by city officials Friday.",  # heldout34_en
        "The Dallas Police Department system responsible for storing 22.5 terabytes of police "
        "data was retired by city officials Friday.",
        "en",
        id="en-the-employee-responsible-was-fired",
    ),
    pytest.param(
        "The verdict here, is that Kevin did abuse his powers as staff in the server.",
        "The verdict here, is that Kevin did use his powers as staff in the server.",  # en
        "en",
        id="en-abused-his-powers",
    ),
    pytest.param(
        "As of the publication of this blog post, the administrator still hasn't responded.",
        "As of the publication of this blog post, the server still hasn't responded.",  # en
        "en",
        id="en-still-has-not-responded",
    ),
    pytest.param(
        "Had the pilot not stopped the coach, there was adequate time to complete the "
        "crossing.",  # after heldout33_en ("Had the driver not stopped …"; "driver" is ambiguous)
        "Had the failover not kicked in, there was adequate time to complete the crossing.",
        "en",
        id="en-had-someone-not-done",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Idiot-proof defaults would have helped.",  # a word about the defaults, not people
        "What idiots, they deleted prod.",
        "en",
        id="en-idiot-proof",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
