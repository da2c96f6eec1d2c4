"""Classes from held-out 64 (English, from the web: GitHub threads, own write-ups, news and
forums on outages), looked at after its blind run: each real sentence with a near neighbour on
the other side. The set is tests/data/lint/real/heldout64_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "The web hosting company started experiencing technical problems last night, "
        "following some botched maintenance.",
        "The web hosting company started experiencing technical problems last night, "
        "following some scheduled maintenance.",
        id="en-botched-maintenance",
    ),
    pytest.param(
        "I do not know why it took them 20 minutes of downtime to reboot the machine; the "
        "other instance was shutdown and rebooted immediately.",
        "It took 20 minutes of downtime to reboot the machine; the other instance was "
        "shutdown and rebooted immediately.",
        id="en-took-them-minutes-of-downtime-to-reboot",
    ),
    pytest.param(
        "Hey, I notice that you have your secrets public in the .env file.",
        "Hey, I notice that you have your secrets in the vault now.",
        id="en-you-have-your-secrets-public",
    ),
    pytest.param(
        "You hung the diffbots for 10 minutes",
        "The deploy hung the diffbots for 10 minutes",
        id="en-you-hung-the-bots",
    ),
    pytest.param(
        "#16548 was landed despite failing on Windows (see the CI job).",
        "#16548 was landed after the Windows build was fixed (see the CI job).",
        id="en-landed-despite-failing",
    ),
    pytest.param(
        "could you please make sure CI gets run this time?",
        "could you please try again this time with verbose logging?",
        id="en-make-sure-this-time",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")
