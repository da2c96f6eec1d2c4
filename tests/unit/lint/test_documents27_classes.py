"""False alarms raised in documents27 (whole post-mortems), looked at after its blind run:
each real sentence with a look-alike that still blocks. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_false_alarm

FALSE_ALARMS = [
    pytest.param(
        "When running the dev server, dependencies are built first due to dev target's build "
        "dependency.",  # 8f4e, abridged: "dev" before a noun is no developer
        "When running the dev server, dependencies are built first due to the dev's mistake.",
        "en",
        id="en-dev-target-is-a-thing",
    ),
    pytest.param(
        "Suspect the logrotate config is misconfigured.",  # StellarIndex, abridged: a verb
        "Bob misconfigured the logrotate config.",
        "en",
        id="en-suspect-is-no-person",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
