"""Classes from the German part of held-out 56 (cranes, excavators, trams and signals,
care-home medication errors, newspaper corrections), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout56_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, hints_only

CLASSES = [
    pytest.param(
        "Die Pflegefachfrau hatte offenbar ein Rezept falsch gelesen.",
        "Das Lesegerät hatte offenbar ein Rezept falsch gelesen.",
        id="de-rezept-falsch-gelesen",
    ),
    pytest.param(
        "Doch die zuständige Pflegerin las die Nachmittags-Dosierung falsch und verabreichte "
        "64 Einheiten.",
        "Doch die zuständige Pflegerin las die Nachmittags-Dosierung vor und verabreichte "
        "64 Einheiten.",
        id="de-las-die-dosierung-falsch",
    ),
    pytest.param(
        "Die Agentur-Journalisten der dpa haben Ost mit West verwechselt.",
        "Die Agentur-Journalisten der dpa haben Ost mit West verglichen.",
        id="de-journalisten-haben-verwechselt",
    ),
    pytest.param(
        "Die gestrige Entgleisung der Straßenbahn der Linie 3 ist Folge eines Fahrfehlers.",
        "Die gestrige Entgleisung der Straßenbahn der Linie 3 ist Folge eines Weichendefekts.",
        id="de-folge-eines-fahrfehlers",
    ),
    pytest.param(
        "Am Mittwochnachmittag überfuhr der Lokführer eines Intercity ein Haltesignal und wurde "
        "dadurch zwangsgebremst.",
        "Am Mittwochnachmittag passierte der Intercity ein Haltesignal und wurde dadurch "
        "zwangsgebremst.",
        id="de-ueberfuhr-ein-haltesignal",
    ),
    pytest.param(
        "Es handelt sich um einen klaren Rechtsverstoß, den die Verwaltungschefin zu "
        "verantworten hat.",
        "Es handelt sich um einen klaren Rechtsverstoß, den das neue Gesetz zu verantworten hat.",
        id="de-den-die-verwaltungschefin-zu-verantworten-hat",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_hearsay_with_soll_and_a_changeover_that_went_badly() -> None:
    assert hints_only(
        "Damals soll der Straßenbahnfahrer das Haltesignal übersehen haben, denn der "
        "32-jährige Autofahrer hatte Grün.",
        "de",
    )
    assert not blocks("Schlechter hätte diese Umstellung nicht laufen können.", "de")


def test_a_long_phrase_before_the_slip_and_the_main_responsibility() -> None:
    check_class(
        "Der Bürgermeisterin ist in Bezug auf die veröffentlichten Vorschlagslisten ein "
        "gravierender Fehler unterlaufen.",
        "Der Bürgermeisterin ist in Bezug auf die veröffentlichten Vorschlagslisten kein "
        "Fehler unterlaufen.",
        "de",
    )
    check_class(
        "Politisch tragen er und seine Leute also die Hauptverantwortung.",
        "Politisch tragen er und seine Leute also die Hauptlast der Arbeit.",
        "de",
    )
