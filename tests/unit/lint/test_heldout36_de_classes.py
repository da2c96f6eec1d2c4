"""Classes of blame missed, and false alarms raised, in held-out 36 (German), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Aus Wut darüber hatte er daraufhin die Server von EnerVest komplett auf die "
        "Werkseinstellungen zurückgesetzt, womit diese über einige Zeit komplett unbrauchbar "
        "wurden.",  # heldout36_de
        "Das Update hatte die Server auf die Werkseinstellungen zurückgesetzt, womit diese über "
        "einige Zeit komplett unbrauchbar wurden.",
        "de",
        id="de-perfect-act-womit-harm",
    ),
    pytest.param(
        "Doch die Telekom bekommt die Technik-Probleme einfach nicht in den Griff.",
        "Doch das Update bekommt die Technik-Probleme einfach nicht in den Griff.",
        "de",  # heldout36_de
        id="de-nicht-in-den-griff",
    ),
    pytest.param(
        "Ob Microsoft lernfähig ist, darf hinterfragt werden, denn bereits im Oktober 2018 "
        "setzte man ein Update (komplett) in den Sand.",  # heldout36_de, abridged
        "Ob Microsoft lernfähig ist, darf hinterfragt werden, denn bereits im Oktober 2018 "
        "setzte man ein Update auf.",
        "de",
        id="de-setzte-in-den-sand",
    ),
    pytest.param(
        "Dadurch hat er nicht nur seine Postings unkenntlich gemacht, sondern auch gleich ganze "
        "Themenketten gecrasht.",  # heldout36_de, abridged
        "Dadurch hat er nicht nur seine Postings gelesen, sondern auch ganze Themenketten "
        "gesichert.",
        "de",
        id="de-sondern-shares-the-subject",
    ),
    pytest.param(
        "Ursache für den Vorfall war wohl ein frustrierter Mitarbeiter, der das digitale "
        "Grundgerüst seines Arbeitgebers zum einstürzen brachte.",  # heldout36_de
        "Ursache der Störung war ein Defekt im Rechenzentrum Hagenholz, wie die städtische "
        "Abteilung mitteilte.",  # heldout6_de: a place is no doer
        "de",
        id="de-ursache-fuer-den-vorfall-war",
    ),
    pytest.param(
        "Trotz allem bleibt die Frage: wer macht so etwas?",  # heldout36_de
        "Wer macht so etwas bei euch normalerweise, das Team Ops?",
        "de",
        id="de-wer-macht-so-etwas",
    ),
    pytest.param(
        "Dort hat ein Fahrer Öl verloren und dann seine Fahrt fortgesetzt, ohne sich weiter "
        "darum zu kümmern.",  # after heldout33_de, with a person for its vehicle
        "Der Job lief weiter, ohne sich um die Sperre zu kümmern.",
        "de",
        id="de-ohne-sich-darum-zu-kuemmern",
    ),
    pytest.param(
        "Dem Sachbearbeiter war die Angelegenheit so was von egal.",  # after heldout17_de
        "Der Reihenfolge war es egal.",
        "de",
        id="de-dem-sachbearbeiter-war-es-egal",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Jedoch hatte der Bagger nicht nur den Wasseranschluss, sondern auch die "
        "Stromzuleitung beschädigt.",  # heldout4_de: "Jedoch" is no name, a Bagger no person
        "Jedoch hatte der Baggerfahrer nicht nur den Wasseranschluss, sondern auch die "
        "Stromzuleitung beschädigt.",
        "de",
        id="de-jedoch-is-no-name",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
