"""Classes of blame missed, and false alarms raised, in held-out 35 (English) and held-out 34
(German), looked at after their blind runs: each real sentence with a near neighbour on the
other side. The sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "The CAH failed to follow their policy.",  # heldout35_en (a hospital inspection)
        "The CAH worked to follow their policy.",
        "en",
        id="en-the-hospital-failed-to",
    ),
    pytest.param(
        "On May 6, 2019, an HR employee clicked a malicious link included in an email.",
        "On May 6, 2019, an HR employee reported a malicious link included in an email.",
        "en",  # heldout35_en, abridged
        id="en-clicked-a-malicious-link",
    ),
    pytest.param(
        "Poor seamanship;",  # heldout35_en (a maritime incident report's list of causes)
        "Poor visibility;",
        "en",
        id="en-poor-seamanship",
    ),
    pytest.param(
        "Based on the available evidence, it is likely that the pilot did not maintain "
        "adequate airspeed during the turn.",  # heldout35_en, abridged
        "Based on the available evidence, it is likely that the autopilot did not maintain "
        "adequate airspeed during the turn.",
        "en",
        id="en-did-not-maintain",
    ),
    pytest.param(
        "The incident was caused by their failure to follow minimal information security "
        "best practices.",  # heldout35_en, abridged
        "The incident was caused by a failure to follow minimal information security best "
        "practices in the build tool.",
        "en",
        id="en-their-failure-to",
    ),
    pytest.param(
        "Schaffner hat grünes Signal dem falschen Gleis zugeordnet",  # heldout34_de headline
        "Schaffner hat grünes Signal dem richtigen Gleis zugeordnet",
        "de",
        id="de-dem-falschen-gleis-zugeordnet",
    ),
    pytest.param(
        "Der Monteur handelte ohne Auftrag.",  # heldout34_de, the name left out
        "Der Monteur handelte ohne Verzögerung.",
        "de",
        id="de-ohne-auftrag",
    ),
    pytest.param(
        "An die Anrede hatte er nicht gedacht.",  # heldout34_de
        "An die Anrede hatte er gleich gedacht.",
        "de",
        id="de-nicht-gedacht",
    ),
    pytest.param(
        "D.h. Du hast Die Daten ungeprüft nach LADV übernommen und reichst sie so weiter?",
        "D.h. Du hast Die Daten geprüft nach LADV übernommen und reichst sie so weiter?",
        "de",  # heldout34_de
        id="de-ungeprueft-uebernommen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Patient #8 was hearing impaired and noted with disorganized thoughts and limited "
        "insight and judgment.",  # heldout35_en: a clinical finding
        "The rollout team was disorganized and careless.",
        "en",
        id="en-disorganized-thoughts",
    ),
    pytest.param(
        "Die Tiefbaufirma reagierte prompt, teilte der Deutschen Glasfaser ihr Missgeschick "
        "mit und bat darum, den Schaden kurzfristig zu reparieren.",  # heldout34_de
        "Die Tiefbaufirma reagierte spät, und das war ihr Fehler.",
        "de",
        id="de-a-firm-reports-its-own-mishap",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
