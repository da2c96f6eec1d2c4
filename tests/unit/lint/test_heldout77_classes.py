"""Classes of blame held-out 77 (English: operators' war stories and classic outages in news;
German: data mishaps in news) showed, looked at after its blind run: each real sentence with a
near neighbour on the other side, and the false alarms it found. The sets are
tests/data/lint/real/heldout77_en.tsv and heldout77_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm, hints_only

CLASSES = [
    pytest.param(
        "The San Francisco-based bank stayed largely mum on the nationwide outage, which was "
        "unusually long in both its duration and scope.",
        "The San Francisco-based bank stayed largely online during the nationwide outage, "
        "which was unusually long in both its duration and scope.",
        id="stayed-mum-on-the-outage",
    ),
    pytest.param(
        "A worker keystroke error grounded or delayed some American and US Airways flights for "
        "several hours in August.",
        "A database error grounded or delayed some American and US Airways flights for several "
        "hours in August.",
        id="a-worker-keystroke-error",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour)


def test_a_saying_about_accidents_is_no_hindsight() -> None:
    check_false_alarm(
        "Accidents happen, it is inevitable.", "In hindsight the failure was inevitable."
    )


def test_a_question_about_anyones_experience_is_no_failure() -> None:
    check_false_alarm(
        "Have you ever sent an email that embarrassingly went to the wrong person?",
        "You sent an email that embarrassingly went to the wrong person.",
    )
    assert hints_only("We stayed silent about the outage.")


GERMAN = [
    pytest.param(
        "Eine Partneragentur in Kaiserslautern entsorgte Dokumente mit vertraulichen "
        "Kundendaten in der Papiertonne auf der Straße.",
        "Eine Partneragentur in Kaiserslautern lagerte Dokumente mit vertraulichen Kundendaten "
        "in der Registratur.",
        id="de-in-der-papiertonne",
    ),
    pytest.param(
        "Den Mitarbeitern einer Telekomfiliale in Norddeutschland ist offenbar ein "
        "folgenreicher Fehler unterlaufen: Eine Kundin forderte eine Sicherungskopie ihrer "
        "Smartphone-Daten an.",
        "Dem Server einer Telekomfiliale in Norddeutschland ist offenbar ein folgenreicher "
        "Fehler unterlaufen.",
        id="de-den-mitarbeitern-ist-ein-fehler-unterlaufen",
    ),
    pytest.param(
        "Den gesetzlichen Krankenkassen ist offensichtlich ein Fehler bei der Auslieferung der "
        "Gesundheitskarte unterlaufen.",
        "Den gesetzlichen Krankenkassen ist offensichtlich kein Geld für die Auslieferung der "
        "Gesundheitskarte geblieben.",
        id="de-den-krankenkassen-ist-ein-fehler-unterlaufen",
    ),
    pytest.param(
        "Dieser hatte ausversehen die Gesundheitskarten ohne die persönliche Identifikations- "
        "Nummer (PIN) verschickt.",
        "Dieser hatte die Gesundheitskarten ohne die persönliche Identifikations- Nummer (PIN) "
        "verschickt.",
        id="de-dieser-hatte-ausversehen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), GERMAN)
def test_the_german_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_a_mishap_is_no_doer() -> None:
    # The German part's false alarm: "eine Panne" read as a person.
    check_false_alarm(
        "Beim Finanzamt hatte eine Panne knapp 30.000 Arbeitnehmer fälschlicherweise die "
        "Steuerklasse wechseln lassen.",
        "Beim Finanzamt hatte ein Sachbearbeiter knapp 30.000 Arbeitnehmer fälschlicherweise "
        "die Steuerklasse wechseln lassen.",
        "de",
    )
