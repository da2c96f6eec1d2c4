"""False alarms raised in documents28 (whole post-mortems), looked at after its blind run:
each real sentence with a look-alike that still blocks. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_false_alarm

FALSE_ALARMS = [
    pytest.param(
        # NewPipe's founder on the lost donations: the writer's own "I", left out after "but";
        # "our donors" is whose donors, not who forgot.
        "I did not intend to hold back information, but simply forgot about informing our "
        "donors, contributors and users.",
        "Bob did not intend to hold back information, but simply forgot about informing our "
        "donors, contributors and users.",
        "en",
        id="en-i-but-simply-forgot-our-donors",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
