"""Classes of blame missed in held-out 39 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "To say it very clearly: this half baked PR while have good intentions causes me more "
        "work.",  # heldout39_en: "half baked" without its hyphen
        "To say it very clearly: this small PR while have good intentions causes me more work.",
        "en",
        id="en-half-baked-without-hyphen",
    ),
    pytest.param(
        "Those IT guys seem to think that they can get away with anything...",  # heldout39_en
        "Those IT guys seem to think that the script can get the logs from anything...",
        "en",
        id="en-think-they-can-get-away-with",
    ),
    pytest.param(
        "Yeah, because it's not like they couldn't see that coming for like the last four "
        "years.",  # heldout39_en, abridged
        "Yeah, because it's not like the monitor couldn't show that trend for the last four years.",
        "en",
        id="en-not-like-they-couldnt-see-that-coming",
    ),
    pytest.param(
        "The Government had tried to keep the electronic meltdown at the DWP under wraps, but "
        "last night was forced to concede the incident.",  # heldout39_en, abridged
        "The Government had tried to keep the electronic systems at the DWP under load tests, "
        "and last night published the incident.",
        "en",
        id="en-keep-it-under-wraps",
    ),
    pytest.param(
        "The outage came after the trust board was warned months ago of the risk of running "
        "legacy systems.",  # heldout39_en
        "The outage came after the trust board was told last week of the plan to retire "
        "legacy systems.",
        "en",
        id="en-was-warned-months-ago",
    ),
    pytest.param(
        "In this case, the WC’s contractors, which were working to improve drainage channels in "
        "the area (i.e. excavation allowing water to drain off the A345), managed to slice "
        "through one of Openreach’s core cables.",  # heldout39_en, abridged
        "In this case, the WC’s pump, which was working to improve drainage channels in the area "
        "(i.e. excavation allowing water to drain off the A345), managed to slice through one "
        "of Openreach’s core cables.",
        "en",
        id="en-subject-before-a-relative-clause-and-a-long-aside",
    ),
    pytest.param(
        "The prescribing physician was somewhat unfamiliar with the electronic medical record "
        "(EMR), didn't notice that the default frequency was wrong.",  # heldout24_en, abridged
        "The prescribing screen was somewhat unfamiliar to users of the electronic medical "
        "record (EMR), didn't show that the default frequency was wrong.",
        "en",
        id="en-aside-in-brackets-before-the-comma",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
