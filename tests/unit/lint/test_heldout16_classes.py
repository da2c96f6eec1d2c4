"""False alarms found by the sixteenth held-out set (issue 16), run blind once before any
change made with it: each real clean sentence, and a look-alike that must still block.
"""

from __future__ import annotations

import pytest

from pmdesk.lint import lint

from .tiers import blocks, check_false_alarm

FALSE_ALARMS = [
    pytest.param(
        "On May 17, 2019 Salesforce deployed a database script that inadvertently applied the "
        "“Modify All Data” permissions to Orgs that have a Pardot license.",
        "On May 17, 2019 an engineer inadvertently applied the “Modify All Data” permissions.",
        "en",
        id="ho16-the-relative-clause-is-the-scripts",
    ),
    pytest.param(
        "On 10 Dec 2025, the repositories were accidentally deleted by a user who believed he "
        "was only removing repositories from his own organization.",
        "On 10 Dec 2025, an admin accidentally deleted the repositories.",
        "en",
        id="ho16-the-doers-belief-explains",
    ),
    pytest.param(
        "Investigators have said previously language problems between the captain and the "
        "helmsman might have played a role in crash.",
        "The helmsman should have steered to port.",
        "en",
        id="ho16-might-have-played-a-role",
    ),
    pytest.param(
        "Any release process should have redundancy to protect the business from human error.",
        "The outage was caused by human error.",
        "en",
        id="ho16-protect-the-business-from-human-error",
    ),
    pytest.param(
        "Unfortunately the three of us were attending an event out of town and didn’t notice "
        "until Monday morning.",
        "Unfortunately Kevin was attending an event out of town and didn’t notice the alert.",
        "en",
        id="ho16-the-three-of-us",
    ),
    pytest.param(
        "Eine Arbeitnehmerhaftung lehnte das LAG Düsseldorf jedoch ab – mangels grober "
        "Fahrlässigkeit.",
        "Das war grobe Fahrlässigkeit des Technikers.",
        "de",
        id="ho16-no-gross-negligence",
    ),
    pytest.param(
        "Soweit bekannt, hätten die Techniker nichts falsch gemacht.",
        "Der Techniker hätte das prüfen müssen.",
        "de",
        id="ho16-did-nothing-wrong",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_a_clean_real_sentence_does_not_block_and_its_look_alike_does(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)


def test_reported_speech_after_a_comma_in_the_plural_is_a_quiet_hint() -> None:
    # "…, investigators say." reports what others say, as "…, the report says." does
    # (held-out 16: "The train driver … was talking on the phone when it derailed,
    # investigators say.").
    said = lint("The admin forgot to renew the certificate, investigators say.")
    assert said
    assert all(f.severity == "info" for f in said)
    assert blocks("The admin forgot to renew the certificate.")
