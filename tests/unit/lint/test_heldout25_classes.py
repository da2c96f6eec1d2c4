"""Classes of blame missed, and false alarms raised, in held-out 25 and documents20 (looked at
after their blind runs): each real sentence with a near neighbour on the other side. The
sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm, tier

CLASSES = [
    pytest.param(
        "While drawing up the medication from the vial, Nurse F failed to clean the vial "
        "septum before withdrawing the medication.",  # heldout25_en
        "While he was answering a second page, Nurse F failed to clean the vial septum.",
        "en",
        id="en-a-bare-participle-only-says-when",
    ),
    pytest.param(
        "The nurse relied on a certified nursing assistant's identification and did not "
        "verify the resident's identity according to the facility's medication "
        "administration policy.",  # heldout25_en
        "According to the nurse, the assistant did not verify the resident's identity.",
        "en",
        id="en-according-to-a-policy-is-no-speaker",
    ),
    pytest.param(
        "The video showed that the pilot, after refueling, did not put the right wing’s fuel "
        "cap back on.",  # heldout25_en
        "The pump did not put the fuel cap back on.",
        "en",
        id="en-omission-of-a-hands-on-step",
    ),
    pytest.param(
        "Nobody notified the attending physician of the decline.",
        "Nobody was notified because the pager integration was disabled.",
        "en",
        id="en-nobody-and-an-act",
    ),
    pytest.param(
        "Ein Schweisser schnitt in einem Chemieunternehmen bei Reparaturarbeiten eine falsche "
        "Rohrleitung an.",  # heldout25_de
        "Ein Roboter schnitt bei Reparaturarbeiten eine falsche Rohrleitung an.",
        "de",
        id="de-a-trade-names-a-person",
    ),
    pytest.param(
        "Mitarbeiter und Vorgesetzte unterschätzten die Gefahr.",  # heldout25_de
        "Das Modell unterschätzte die Last.",
        "de",
        id="de-underestimated",
    ),
    pytest.param(
        "Der Monteur hatte die Demontage ohne Sicherungsmaßnahmen durchgeführt.",  # heldout25_de
        "Der Server lief ohne Sicherungsmaßnahmen.",
        "de",
        id="de-work-without-protection",
    ),
    pytest.param(
        "Ein zu hoher und ansteigender Kreatininwert wird über Jahre hinweg übersehen und "
        "ohne Reaktion in der Akte abgelegt.",  # heldout25_de
        "Häufig wird übersehen, dass die Platte voll ist.",
        "de",
        id="de-overlooked-in-the-present-passive",
    ),
    pytest.param(
        "Das scheint allerdings in diesem Fall versäumt worden zu sein.",  # heldout25_de
        "Das Update ist in diesem Fall ausgerollt worden.",
        "de",
        id="de-omitted-before-worden",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "A patient at a hospital in Singapore inadvertently received a dose of lignocaine "
        "(lidocaine) that was 10 times the intended dose.",  # heldout25_en, abridged
        "A nurse at a hospital in Singapore inadvertently gave a dose ten times too high.",
        "en",
        id="en-what-happens-to-a-patient",
    ),
    pytest.param(
        "Despite how painful an outage may have been, the worst thing you can do is to bury it "
        "and never properly close the incident in a clear and transparent way.",  # documents20
        "Dana never properly closed the incident.",
        "en",
        id="en-advice-with-never",
    ),
    pytest.param(
        "Customers were forced to remove the SDK if they did not identify that only capture "
        "needed to be disabled.",  # documents4, abridged
        "The engineer did not identify the faulty capture setting.",
        "en",
        id="en-a-condition-with-did-not",
    ),
    pytest.param(
        "Explain what caused the outage on a timeline.",  # documents20
        "Our intern caused the outage.",
        "en",
        id="en-what-caused-asks-for-the-cause",
    ),
    pytest.param(
        "Because of how Mailgun mailing lists behave, authenticated system emails sent to that "
        "address were then broadcast to all members of the list.",  # documents20
        "Because of Bob, the emails were broadcast to all members of the list.",
        "en",
        id="en-because-of-how-a-thing-behaves",
    ),
    pytest.param(
        "* Trees did not close",  # documents8 (a timeline)
        "The operator did not close the valve.",
        "en",
        id="en-close-without-an-object",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout8_de: a spokesperson's words, attributed at the end.
        "Eine Verkettung unglücklicher Umstände und Fahrlässigkeit hätten dazu geführt, dass "
        "die Akten in das Fußballstadion gelangten, sagte ein Sprecher der Stadt Bad Kreuznach.",
        "Die Betreuer hätten ein Wettrennen auf dem Asphalt verbieten müssen, meint sie.",
    ],
)
def test_german_blame_attributed_at_the_end_is_a_hint(sentence: str) -> None:
    assert tier(sentence, "de") == "hint"


def test_an_attribution_that_casts_doubt_still_blocks() -> None:
    # heldout9_de: "das behauptet er zumindest" doubts the claim, it does not report it.
    sentence = (
        "Dem Azubi war offenbar nicht mehr bewusst, dass er gegen ausdrückliche Anweisung "
        "gehandelt hat, das behauptet er zumindest."
    )
    assert tier(sentence, "de") == "block"
