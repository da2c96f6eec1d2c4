"""Classes of blame missed, and false alarms raised, in held-out 33 (looked at after its blind
run): each real sentence with a near neighbour on the other side. The sets named are in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "NO ONE HAD TURNED OFF THE GAS BEFORE ATTEMPTING THE REPAIR.",  # heldout33_en
        "NO ONE HAD EXPECTED THE GAS BEFORE ATTEMPTING THE REPAIR.",
        "en",
        id="en-no-one-had-turned-off",
    ),
    pytest.param(
        "Nobody from Estates let the IT Division know that this work was going to be carried "
        "out.",  # heldout33_en
        "Nobody from Estates knew that this work was going to be carried out.",
        "en",
        id="en-nobody-let-them-know",
    ),
    pytest.param(
        "The people who are directly responsible for executing this attack are Alice and "
        "Bob.",  # heldout33_en, the names anonymised there
        "The people responsible for the on-call rotation are listed below.",
        "en",
        id="en-the-people-responsible-are-named",
    ),
    pytest.param(
        "My webhost messed up.",  # heldout33_en
        "My backup script messed up.",
        "en",
        id="en-my-webhost-messed-up",
    ),
    pytest.param(
        "A provider posts to a quiet forum his intention to suspend operations, and never "
        "bothers to email the customers.",  # heldout33_en, abridged
        "A provider posts to a quiet forum his intention to suspend operations, and never "
        "needs to email the customers.",
        "en",
        id="en-never-bothers-to",
    ),
    pytest.param(
        "Keiner hat es gemerkt.",  # heldout33_de
        "Keiner hat es gewusst, weil die Anzeige nichts zeigte.",
        "de",
        id="de-keiner-hat-es-gemerkt",
    ),
    pytest.param(
        "Den Fehler zu verantworten hat in letzter Instanz die Schulleitung.",  # heldout33_de
        "Den Fehler zu beheben hat in letzter Instanz die Schulleitung versucht.",
        "de",
        id="de-den-fehler-zu-verantworten-hat",
    ),
    pytest.param(
        "Das Problem konnten wir auf einen Drittanbieter zurückführen, dessen DNS Server nicht "
        "erreichbar waren.",  # heldout33_de
        "Das Problem konnten wir auf einen Speicherfehler zurückführen, der die DNS Server "
        "lahmlegte.",
        "de",
        id="de-auf-einen-drittanbieter-zurueckfuehren",
    ),
    pytest.param(
        "Dort hatte ein PKW-Fahrer ungeschickt über eine Parkplatzbegrenzung hinweg "
        "ausgeparkt.",  # heldout33_de, abridged
        "Dort hatte ein PKW-Fahrer langsam über eine Parkplatzbegrenzung hinweg ausgeparkt.",
        "de",
        id="de-ungeschickt",
    ),
    pytest.param(
        "Dutzende neugierige Gaffer versammelten sich nur unweit der Einsatzstelle.",  # de
        "Dutzende neugierige Anwohner versammelten sich nur unweit der Einsatzstelle.",
        "de",
        id="de-gaffer",
    ),
    pytest.param(
        "Lieber hängt der typische DAU stundenlang in der Hotline.",  # heldout33_de, abridged
        "Lieber hängt der typische Kunde stundenlang in der Hotline.",
        "de",
        id="de-dau",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "If you checked 9rules at a certain time yesterday and today you would have noticed "
        "that the domain had expired on us.",  # heldout33_en: what a reader would have seen
        "Dana should have noticed that the domain had expired on us.",
        "en",
        id="en-if-you-checked-you-would-have-noticed",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
