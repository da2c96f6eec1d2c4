"""Classes of blame missed, and false alarms raised, in held-out 31 (looked at after its
blind run): each real sentence with a near neighbour on the other side. The sets named are
in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "**Initial Trigger:** Accidental execution of `docker rm -f dremio minioserver` "
        "followed by `docker compose up -d` by a teammate",  # heldout31_en
        "**Initial Trigger:** Accidental deletion of the bucket by a lifecycle rule",
        "en",
        id="en-accidental-act-by-a-person",
    ),
    pytest.param(
        "The employee did not use lockout procedures.",  # heldout31_en, abridged
        "The migration did not use lockout procedures.",
        "en",
        id="en-did-not-use-a-safeguard",
    ),
    pytest.param(
        "Not really even the developer's fault (tbf how do you miss this in testing the new "
        "version) but its curseforge.",  # heldout31_en, abridged
        "Not really even the developer's fault (tbf how do you test this in the new version) "
        "but its curseforge.",
        "en",
        id="en-how-do-you-miss-this",
    ),
    pytest.param(
        "Are you saying that you _don't_ test your updates before releasing them?",  # en
        "Are you saying that the updates are tested before release?",
        "en",
        id="en-are-you-saying-you-dont-test",
    ),
    pytest.param(
        "Don't you guys test these damn updates?",  # heldout31_en
        "Don't you guys get these updates too?",
        "en",
        id="en-dont-you-guys-test",
    ),
    pytest.param(
        "You was aware of the issue and still let my data to be lost.",  # heldout31_en
        "You were aware of the issue and told us at once.",
        "en",
        id="en-aware-and-still",
    ),
    pytest.param(
        "You have been unresponive to mutiple contact attempts from the organisers.",  # en
        "The API has been unresponsive since 10:02.",
        "en",
        id="en-you-have-been-unresponsive",
    ),
    pytest.param(
        "You seem to have a total disregard for the existing community.",  # heldout31_en
        "You seem to have a total overview of the existing community.",
        "en",
        id="en-total-disregard",
    ),
    pytest.param(
        "Environmental conditions in the Haisborough Gat were clearly not fully appreciated "
        "by the Master and the navigator.",  # heldout31_en, abridged
        "Environmental conditions in the Haisborough Gat were clearly not fully shown by the "
        "chart plotter.",
        "en",
        id="en-not-appreciated-by-the-master",
    ),
    pytest.param(
        "Zu der Offenlegung der sensiblen Daten kam es durch einen gravierenden Fehler der "
        "Lehrkraft.",  # heldout31_de, abridged
        "Zu der Offenlegung der sensiblen Daten kam es durch einen gravierenden Fehler der "
        "Software.",
        "de",
        id="de-fehler-der-lehrkraft",
    ),
    pytest.param(
        "Nichtbeachtung pflegerischer Krankenbeobachtungsdokumentation seitens der "
        "Ärzteschaft.",  # heldout31_de
        "Nichtbeachtung pflegerischer Krankenbeobachtungsdokumentation seitens der Software.",
        "de",
        id="de-nichtbeachtung-seitens",
    ),
    pytest.param(
        "Der Bundesrechnungshof hat beanstandet, dass sich das Bundesfinanzministerium bei der "
        "Verwertung seiner IT nicht an die gültigen Regeln für die Bundesverwaltung gehalten "
        "hat.",  # heldout31_de, abridged
        "Der Bundesrechnungshof hat beanstandet, dass die gültigen Regeln für die "
        "Bundesverwaltung bei der Verwertung der IT nicht passen.",
        "de",
        id="de-nicht-an-die-regeln-gehalten",
    ),
    pytest.param(
        "Er schaltete die Sicherungen wieder ein, ohne zu bemerken, dass die Sauna lief.",
        "Er schaltete die Sicherungen wieder ein, um zu prüfen, ob die Sauna lief.",  # de
        "de",
        id="de-ohne-zu-bemerken",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Die Techniker hätten sofort, noch in der Nacht zum Sonntag versucht, den Fehler zu "
        "beheben.",  # heldout31_de: Konjunktiv for reported speech
        "Die Techniker hätten sofort versuchen müssen, den Fehler zu beheben.",
        "de",
        id="de-konjunktiv-of-what-they-tried",
    ),
    pytest.param(
        "Ein Fehler eines Mitarbeiters ist nie die Hauptursache eines Vorfalls.",  # heldout9_de
        "Ein Fehler eines Mitarbeiters führte zum Ausfall.",
        "de",
        id="de-a-principle-about-a-mistake",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
