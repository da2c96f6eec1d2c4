"""Classes of blame missed, and false alarms raised, in held-out 29 and documents24 (looked at
after their blind runs): each real sentence with a near neighbour on the other side. The
sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "We found the Council was at fault.",  # heldout29_en (an ombudsman's decision)
        "We found our team was at fault.",
        "en",
        id="en-another-organisation-at-fault",
    ),
    pytest.param(
        "Your dishonesty is exacerbated by your further dishonesty during the local "
        "investigation;",  # heldout29_en (a nursing regulator's decision)
        "The dishonesty of the phishing e-mail was obvious.",
        "en",
        id="en-dishonesty-found-in-a-person",
    ),
    pytest.param(
        "Nurse A placed patients at potential risk of harm",  # heldout29_en
        "The outage put customers at risk of data loss.",
        "en",
        id="en-placed-patients-at-risk",
    ),
    pytest.param(
        "The officer made an incorrect statement about the emails.",  # after heldout29_en
        "The officer made a statement about the emails.",
        "en",
        id="en-made-an-incorrect-statement",
    ),
    pytest.param(
        "Eine Fremdfirma hatte bei früheren Tiefbauarbeiten den Schaden verursacht.",  # de
        "Ein Rohrbruch hatte bei früheren Tiefbauarbeiten den Schaden verursacht.",
        "de",
        id="de-a-firm-is-a-team",
    ),
    pytest.param(
        "Der Monteur hatte bei der Instandsetzung einer Turbine durch unsachgemäßes Vorgehen "
        "einen Schaden von rund 75 000 Euro angerichtet.",  # heldout29_de
        "Die unsachgemäße Lagerung der Batterien führte zum Brand.",
        "de",
        id="de-improper-handling",
    ),
    pytest.param(
        "Der verunglückte Pilot hat nach ersten Erkenntnissen alle Warnungen vor schlechten "
        "Wetterbedingungen in den Wind geschlagen.",  # heldout29_de, abridged
        "Der verunglückte Pilot hat nach ersten Erkenntnissen alle Warnungen vor schlechten "
        "Wetterbedingungen erhalten.",
        "de",
        id="de-in-den-wind-geschlagen",
    ),
    pytest.param(
        "Um eine Störung am Knoter zu beseitigen, begab sich ein Landwirt unter eine Presse, "
        "ohne die Maschine abzustellen.",  # heldout29_de
        "Der Server startete neu, ohne die Verbindungen abzuschalten.",
        "de",
        id="de-without-switching-off",
    ),
    pytest.param(
        "Also noteworthy among the discrepancies listed here is the fact that any reasonably "
        "attentive preflight inspection would have detected them.",  # heldout29_en
        "Also noteworthy among the discrepancies listed here is the fact that the preflight "
        "checklist had no line for them.",
        "en",
        id="en-any-reasonably-attentive-inspection",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "~1700: Rowan Manning deployed a change to the Image Service fixing a second issue, "
        "due to a misunderstanding of how Cloudinary's JPEG XR logic works.",  # documents24
        "The outage was due to Bob.",
        "en",
        id="en-due-to-a-misunderstanding",
    ),
    pytest.param(
        "We managed to reach a Starkware engineer but clearly failed to communicate the "
        "severity of the issue.",  # documents10: the engineer is the first clause's object
        "We found the engineer failed to communicate the severity of the issue.",
        "en",
        id="en-someone-else-only-as-the-subject",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
