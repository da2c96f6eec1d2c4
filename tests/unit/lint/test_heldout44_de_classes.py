"""Classes of blame missed, and false alarms raised, in held-out 44 (German), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Sprich: Alles ist schief gelaufen und wer hatte nun Schuld an diesem Desaster?",
        "Sprich: Alles ist schief gelaufen und was war nun die Ursache dieses Desasters?",
        "de",  # heldout44_de
        id="de-wer-hatte-schuld",
    ),
    pytest.param(
        "Ein Mitarbeiter der New York Times hatte sich offenbar im Verteiler geirrt.",
        "Der Parser der New York Times hatte sich offenbar im Format geirrt.",
        "de",  # heldout44_de
        id="de-hatte-sich-geirrt",
    ),
    pytest.param(
        "Der Software-Dienstleister konnte das Problem trotz mehrfacher Aufforderungen nicht "
        "beheben.",  # heldout44_de
        "Der Software-Dienstleister konnte das Problem trotz mehrfacher Versuche nicht beheben.",
        "de",
        id="de-trotz-mehrfacher-aufforderungen",
    ),
    pytest.param(
        "Der Fehler unterlief einem Mitarbeiter der Bank.",  # the shape of heldout44_de's
        "Der Fehler unterlief dem Compiler der Bank.",  # "… Panne … unterlief dem …"
        "de",
        id="de-fehler-unterlief-einem-mitarbeiter",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Dumm gelaufen!",  # heldout44_de: bad luck, not a judgement
        "Der Admin war einfach dumm.",
        "de",
        id="de-dumm-gelaufen",
    ),
    pytest.param(
        "Sie hätten auch schon bei den Telekommunikationsunternehmen Bescheid gegeben.",
        "Sie hätten schon früher bei den Telekommunikationsunternehmen Bescheid geben müssen.",
        "de",  # heldout44_de: what they said they had done, reported
        id="de-reported-haetten-schon-gegeben",
    ),
    pytest.param(
        "Irgendwie muss der Faktor 1000 fälschlicherweise in das Feld für die Abschläge "
        "hineingerutscht sein.",  # heldout44_de, abridged: a sentence-opening adverb is no name
        "Irgendwie muss der Sachbearbeiter fälschlicherweise den Faktor 1000 in das Feld für die "
        "Abschläge eingetragen haben.",
        "de",
        id="de-irgendwie-is-no-name",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
