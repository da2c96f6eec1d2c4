"""Classes of blame missed in the earlier held-out sets, found again among their misses in
session 29 (not blind any more): each real sentence with a near neighbour on the other side.
The sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "It looks like the person publishing this forgot to build before upload to npm.",
        "It looks like the build script forgot to copy the assets.",  # heldout27_en
        "en",
        id="en-looks-like-opens-a-clause",
    ),
    pytest.param(
        "It looks like Dana forgot to renew the certificate.",
        "It looks like the renewal job forgot to renew the certificate.",
        "en",
        id="en-looks-like-a-name",
    ),
    pytest.param(
        "Nobody had checked the obvious things.",  # heldout18_en
        "Nobody had expected the load.",
        "en",
        id="en-nobody-had-checked",
    ),
    pytest.param(
        "The Board believes that the air traffic controllers should have used every means at "
        "their disposal, including radio communication, to warn the aircraft.",  # heldout15_en
        "The Board believes that the radar display should have shown every aircraft.",
        "en",
        id="en-air-traffic-controllers-are-people",
    ),
    pytest.param(
        "The tests did not run because you didn't click the button to approve them!",
        "The tests did not run because the button to approve them was hidden.",  # heldout12_en
        "en",
        id="en-did-not-click",
    ),
    pytest.param(
        "At no time did the engineer take action to reduce from full throttle operation or to "
        "initiate any braking action.",  # heldout23_en (an accident report)
        "At no time did the load balancer take the node out of rotation.",
        "en",
        id="en-at-no-time-did-the-engineer",
    ),
    pytest.param(
        "The pilot nevertheless continued the flight, having flown this route many times in "
        "the past.",  # heldout18_en
        "The service nevertheless continued to serve stale data.",
        "en",
        id="en-nevertheless-continued",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
