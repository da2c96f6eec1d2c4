"""Sentences the corpus labels `consider` that blocked: reported findings and accusations,
and the writer's own admissions. Each now lands in the quiet tier, next to a sentence in the
writer's own voice that still blocks. The sets are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import blocks, hints_only

CASES = [
    pytest.param(
        "OSHA found that the company failed to install a support system for the trench.",
        "The company failed to install a support system for the trench.",
        "en",  # heldout37_en: an outside body's finding, reported
        id="en-osha-found",
    ),
    pytest.param(
        "The NTSB determined the probable cause of this accident was the pilot’s failure to "
        "remove an object from the airplane’s exterior.",  # heldout29_en, abridged
        "The probable cause of this accident was the pilot’s failure to remove an object from "
        "the airplane’s exterior.",
        "en",
        id="en-ntsb-determined",
    ),
    pytest.param(
        "I forgot to renew node-os.com and you may have experienced a brief outage today.",
        "Bob forgot to renew node-os.com and you may have experienced a brief outage today.",
        "en",  # heldout15_en: "you" opens a clause of its own
        id="en-i-forgot-and-you",
    ),
    pytest.param(
        "I started Heparin for the 2nd time ever, misread the order and ran it at 2500 units an "
        "hour.",  # heldout24_en: the drug is what the writer started, not someone acting
        "I think Kevin misread the order and ran it at 2500 units an hour.",
        "en",
        id="en-i-started-heparin",
    ),
    pytest.param(
        "Ihm wurde grobe Fahrlässigkeit vorgeworfen.",  # heldout19_de: an accusation, reported
        "Er hat grob fahrlässig gehandelt.",
        "de",
        id="de-vorgeworfen",
    ),
    pytest.param(
        "Gegen den Baggerfahrer ist ein Verfahren wegen fahrlässiger Störung von "
        "Telekommunikationsanlagen eingeleitet worden.",  # heldout13_de
        "Der Baggerfahrer hat fahrlässig gehandelt.",
        "de",
        id="de-verfahren-eingeleitet",
    ),
]


@pytest.mark.parametrize(("reported", "own_voice", "lang"), CASES)
def test_reported_or_own_blame_is_a_hint(reported: str, own_voice: str, lang: str) -> None:
    assert hints_only(reported, lang)
    assert blocks(own_voice, lang)


@pytest.mark.parametrize(
    ("reported", "own_voice"),
    [
        # heldout46_en: hedged as hearsay.
        (
            "Workmen allegedly cut through the wrong cables during a routine repair.",
            "Workmen cut through the wrong cables during a routine repair.",
        ),
        # heldout46_en: a quotation attributed after it closes.
        (
            "They failed to notify us of this work,\" wrote PlusNet's communications manager, "
            "Mark Kelly, on the ISP's community page on Thursday.",
            "They failed to notify us of this work, and the line went down on Thursday.",
        ),
        # heldout18_en: "for everyone" is who was affected, not someone else acting.
        (
            "Pretty sure I just screwed everything up for everyone auto-upgrading.",
            "Pretty sure Bob just screwed everything up for everyone auto-upgrading.",
        ),
    ],
)
def test_hearsay_attributed_quotes_and_own_slips_are_hints(reported: str, own_voice: str) -> None:
    assert hints_only(reported, "en")
    assert blocks(own_voice, "en")


@pytest.mark.parametrize(
    ("reported", "own_voice"),
    [
        # heldout47_de: "hätten" in a main clause with no modal verb and no condition reports
        # what someone said.
        (
            "Die Computertechniker hätten bei einem Update einen Programmierfehler gemacht.",
            "Die Computertechniker hätten bei dem Update das Backup prüfen müssen.",
        ),
        # heldout13_de
        (
            "Sie hätten nicht genug in die Sicherheit des Schienennetzes investiert.",
            "Sie hätten mehr in die Sicherheit des Schienennetzes investieren müssen.",
        ),
    ],
)
def test_german_konjunktiv_reporting_is_a_hint(reported: str, own_voice: str) -> None:
    assert hints_only(reported, "de")
    assert blocks(own_voice, "de")
