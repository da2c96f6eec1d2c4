"""Classes from held-out 69 (English and German, from the web), looked at after its blind run:
each real sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout69_en.tsv and heldout69_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param("Broken merge by @igosoft?", "Fixed merge by @igosoft.", "en", id="en-broken-by"),
    pytest.param(
        "Bei der Operation unterlief der Klinik ein Fehler.",
        "Bei der Operation unterlief dem Server ein Fehler.",
        "de",
        id="de-unterlief-der-klinik-ein-fehler",
    ),
    pytest.param(
        "Enzkreis-Verwaltung verstößt gegen Datenschutz",
        "Enzkreis-Verwaltung wirbt für Datenschutz",
        "de",
        id="de-verwaltung-verstoesst-gegen-datenschutz",
    ),
    pytest.param(
        "War sein Bauleiter Schuld?", "War das Wetter schuld?", "de", id="de-war-er-schuld"
    ),
    pytest.param(
        "Technik funktioniert, Mensch versagt",
        "Technik versagt, Mensch reagiert",
        "de",
        id="de-mensch-versagt",
    ),
    pytest.param(
        "Er fuhr rückwärts, ohne einen Arbeitskollegen, der sich hinter ihm befand, zu bemerken.",
        "Der Stapler fuhr rückwärts, ohne einen Arbeitskollegen, der sich hinter ihm befand, zu "
        "bemerken.",
        "de",
        id="de-ohne-den-kollegen-zu-bemerken",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Das Landgericht Koblenz konnte weder fachliche Fehler, noch leichtsinniges Verhalten der "
        "Dachdecker erkennen.",
        "Der Gutachter fand fachliche Fehler und leichtsinniges Verhalten der Dachdecker.",
        id="de-weder-noch-leichtsinniges-verhalten",
    ),
    pytest.param(
        "Technische Probleme haben in Teilen Schleswig-Holsteins Störungen im Internet verursacht.",
        "Technische Mitarbeiter haben in Teilen Schleswig-Holsteins Störungen im Internet "
        "verursacht.",
        id="de-technische-probleme-haben-verursacht",
    ),
]


@pytest.mark.parametrize(("real", "look_alike"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str
) -> None:
    check_false_alarm(real, look_alike, "de")
