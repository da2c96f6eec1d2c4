"""Classes of blame missed, and false alarms raised, in held-out 37 (English) and held-out 35
(German), looked at after their blind runs: each real sentence with a near neighbour on the
other side. The sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Upon calling out the resident's last name, the resident responded, and the nurse "
        "proceeded to give the medications without further verification.",  # heldout37_en
        "Upon calling out the resident's last name, the resident responded, and the nurse "
        "proceeded to give the medications after a second check.",
        "en",
        id="en-without-further-verification",
    ),
    pytest.param(
        "Documentation revealed that the nurse responsible did not recognize the room as a "
        "three-person room.",  # heldout37_en, abridged
        "Documentation revealed that the scanner did not recognize the room as a three-person "
        "room.",
        "en",
        id="en-did-not-recognize",
    ),
    pytest.param(
        "However, the incident still occurred, indicating a lapse in following established "
        "protocols.",  # heldout37_en, abridged
        "However, the incident still occurred, indicating a gap in the established protocols.",
        "en",
        id="en-a-lapse-in-following",
    ),
    pytest.param(
        "Dann schaute der Mann nicht genau hin und erwischte drei Mittelspannungskabel.",
        "Dann schaute der Mann genau hin und fand drei Mittelspannungskabel.",  # heldout35_de
        "de",
        id="de-schaute-nicht-genau-hin",
    ),
    pytest.param(
        "Am Wochenende unterschätzten mehrere junge Erwachsene die mögliche Brandgefahr durch "
        "nicht vollständig abgekühlte Asche.",  # heldout35_de, abridged
        "Am Wochenende erhöhten mehrere Windböen die mögliche Brandgefahr durch nicht "
        "vollständig abgekühlte Asche.",
        "de",
        id="de-erwachsene-are-people",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "The structure was not secure, had no guardrails and was in violation of safety "
        "regulations.",  # heldout37_en: a thing's state
        "The deployment was in violation of the release policy.",
        "en",
        id="en-a-structure-in-violation",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
