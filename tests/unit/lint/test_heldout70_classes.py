"""False alarms from held-out 70 (English and German, from the web), looked at after its blind
run: each clean real sentence with a look-alike that still blocks. The sets are
tests/data/lint/real/heldout70_en.tsv and heldout70_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_false_alarm

FALSE_ALARMS = [
    pytest.param(
        "When disaster strikes, it does not matter really who is to blame.",
        "When disaster strikes, the contractor is to blame.",
        "en",
        id="en-does-not-matter-who-is-to-blame",
    ),
    pytest.param(
        "The notion of who is to blame is not a productive one anyway.",
        "The contractor who is to blame is not a productive one anyway.",
        "en",
        id="en-the-notion-of-who-is-to-blame",
    ),
    pytest.param(
        "Eigentlich sollte nur eine Sirene, die zuvor vom Techniker lautlos geschaltet wurde, "
        "ausgelöst werden.",
        "Eigentlich sollte nur eine Sirene, die zuvor vom Techniker falsch geschaltet wurde, "
        "ausgelöst werden.",
        "de",
        id="de-vom-techniker-lautlos-geschaltet",
    ),
    pytest.param(
        "Nach ersten Ermittlungen der Polizei dürfte der Kran nicht richtig ausgeschaltet "
        "gewesen sein.",
        "Nach ersten Ermittlungen der Polizei dürfte der Kranführer den Kran nicht "
        "ausgeschaltet haben.",
        "de",
        id="de-duerfte-der-kran-nicht-ausgeschaltet-gewesen-sein",
    ),
    pytest.param(
        "Der ausgefahrene Hebearm verfing sich in einer Stromleitung und riss sie herunter.",
        "Die Stromleitung riss der Kranführer herunter.",
        "de",
        id="de-der-hebearm-riss-sie-herunter",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)


def test_a_participle_as_an_adjective_on_a_cause_is_no_act() -> None:
    # held-out 71
    check_false_alarm(
        "Due to misconfigured phones and systems, the on-call engineers were not reached.",
        "The on-call engineer misconfigured the phones and systems, so nobody was reached.",
        "en",
    )


def test_a_noun_in_age_after_und_is_no_name() -> None:
    # "Hauswand und Garage": a capitalised noun after "und" is no person.
    check_false_alarm(
        "Der Kranausleger hatte offenbar eine Hauswand und Garage gestreift sowie eine "
        "Stromleitung abgerissen.",
        "Der Kranführer hatte offenbar eine Hauswand und Garage gestreift sowie eine "
        "Stromleitung abgerissen.",
        "de",
    )
