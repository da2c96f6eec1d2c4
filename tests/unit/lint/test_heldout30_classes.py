"""Classes of blame missed, and false alarms raised, in held-out 30 and documents25 (looked at
after their blind runs): each real sentence with a near neighbour on the other side. The
sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "The individual responsible for this policy change has been identified.",  # en
        "The team responsible for the service has been paged.",
        "en",
        id="en-the-person-responsible-identified",
    ),
    pytest.param(
        "We are still working with all involved parties to make sure that those responsible "
        "for this mistake are held fully accountable.",  # heldout30_en, abridged
        "We are still working with all involved parties to make sure that those responsible "
        "for the fibre are kept informed.",
        "en",
        id="en-those-responsible-held-accountable",
    ),
    pytest.param(
        "The fiber cut was caused by subcontractors of Comcast cutting our lines with a "
        "backhoe.",  # heldout30_en: "our" is whose lines, not who cut
        "The fiber cut was caused by a backhoe cutting our lines.",
        "en",
        id="en-caused-by-someone-cutting-our-lines",
    ),
    pytest.param(
        "Tragically, medics failed to determine the underlying cause promptly.",  # en
        "Tragically, the tests failed to determine the underlying cause promptly.",
        "en",
        id="en-medics-are-people",
    ),
    pytest.param(
        "Die Ursache für diesen Zusammenprall liegt in der mangelhaften Fahrwegprüfung des "
        "Fahrdienstleiters Müller.",  # heldout30_de, the name anonymised there
        "Die Ursache für diesen Zusammenprall liegt in der mangelhaften Konfiguration des "
        "Stellwerks.",
        "de",
        id="de-a-persons-failing-in-the-genitive",
    ),
    pytest.param(
        "Nach den bisherigen Ermittlungen liegt ein schuldhaftes Verhalten des Lokführers vor.",
        "Nach den bisherigen Ermittlungen liegt ein fehlerhaftes Update des Stellwerks vor.",
        "de",
        id="de-schuldhaftes-verhalten-des",
    ),
    pytest.param(
        "Einer der Gründe waren die diversen üblichen Verdächtigen unter den Schwachmaten.",
        "Einer der Gründe waren die diversen üblichen Verdächtigen unter den Hackern.",
        "de",
        id="de-schwachmaten",
    ),
    pytest.param(
        "For unknown reasons and against instructions the journeymen at the transformer "
        "removed the bushing dummy cap.",  # heldout30_en
        "For unknown reasons and after the instructions the journeymen at the transformer "
        "removed the bushing dummy cap.",
        "en",
        id="en-against-instructions",
    ),
    pytest.param(
        "Eine ausführliche Erklärung für die Störung blieb das Münchner Unternehmen seinen "
        "Kunden dennoch schuldig.",  # heldout30_de, abridged
        "Eine ausführliche Erklärung für die Störung lieferte das Münchner Unternehmen seinen "
        "Kunden dennoch.",
        "de",
        id="de-eine-erklaerung-schuldig-bleiben",
    ),
    pytest.param(
        "Der Grund: Das Unternehmen hatte seine Stromrechnung nicht gezahlt.",  # heldout30_de
        "Der Grund: Das Unternehmen hatte seine Stromrechnung nicht erhalten.",
        "de",
        id="de-nicht-gezahlt",
    ),
    pytest.param(
        "Die Fahrer beachteten die nachfolgenden Bestimmungen über das Ankuppeln auf dieser "
        "Strecke nicht.",  # after heldout30_de ("Beide beachteten …")
        "Die Signale zeigten die nachfolgenden Bestimmungen über das Ankuppeln auf dieser "
        "Strecke nicht.",
        "de",
        id="de-verb-second-omission-with-a-long-object",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "- Indexer failed to advance; no new transactions appeared in Blockscout UI.",  # d25
        "- Dana failed to advance the cursor; no new transactions appeared.",
        "en",
        id="en-a-component-in-er",
    ),
    pytest.param(
        "- **2026-06-12 ~20:16** — Operator fails to log in, screenshot taken, investigation "
        "starts.",  # documents25: an attempt that did not succeed
        "- **2026-06-12 ~20:16** — Operator fails to check the logs, screenshot taken.",
        "en",
        id="en-fails-to-log-in",
    ),
    pytest.param(
        "All through legitimate flows, but as a user who should never have held a token in "
        "the first place.",  # documents25: what the system granted
        "All through legitimate flows, but the admin should never have shared the token.",
        "en",
        id="en-should-never-have-held-a",
    ),
    pytest.param(
        "You may have already read the explanation, but if you missed it (or want to know "
        "more), I'll go ahead and explain it here.",  # heldout30_en
        "You may have already read the explanation, but the admin missed it.",
        "en",
        id="en-if-you-missed-it",
    ),
    pytest.param(
        "He was commenced on antibiotics for suspected sepsis due to Urinary Tract "
        "Infection.",  # heldout30_en: an illness in capitals
        "He was commenced on antibiotics late due to Dr Smith.",
        "en",
        id="en-a-capitalised-illness",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
