"""Classes of blame missed, and false alarms raised, in held-out 45 (German), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Wer hat die neue Steckdose eingebaut und überhaupt nicht verstanden was er tut ?",
        "Wer hat die neue Steckdose gefunden und den Fehler behoben?",
        "de",  # heldout45_de
        id="de-wer-hat-eingebaut-und",
    ),
    pytest.param(
        "Sicher: Den ersten Fehler – und vielleicht auch weitere – hat wohl die Hausverwaltung "
        "gemacht.",  # heldout45_de
        "Sicher: Den ersten Fehler – und vielleicht auch weitere – hat wohl das Skript gemacht.",
        "de",
        id="de-den-fehler-hat-die-hausverwaltung-gemacht",
    ),
    pytest.param(
        "Nur bei den DE Domains war es so, dass der Hoster irrtuemlicherweise die Adressdaten "
        "uebernommen hat.",  # heldout45_de, abridged: umlauts written out, a company
        "Nur bei den DE Domains war es so, dass das Formular irrtuemlicherweise die Adressdaten "
        "uebernommen hat.",
        "de",
        id="de-hoster-irrtuemlicherweise",
    ),
    pytest.param(
        "Eine Mitarbeiterin öffnete diesen Anhang arglos.",  # heldout45_de
        "Eine Mitarbeiterin meldete diesen Anhang sofort.",
        "de",
        id="de-arglos",
    ),
    pytest.param(
        "Der Admin hat uns nicht darauf hingewiesen.",  # the shape of heldout45_de's customer
        "Das Skript hat uns nicht darauf hingewiesen.",
        "de",
        id="de-nicht-darauf-hingewiesen",
    ),
    pytest.param(
        "Das entlässt die EWE aber nicht aus der Verantwortung.",  # heldout45_de
        "Das entlässt die EWE aber nicht aus dem Vertrag.",
        "de",
        id="de-nicht-aus-der-verantwortung",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Blöd nur, dass dieses Update bei zahlreichen Nutzern die Heizprofile der „smarten“ "
        "Thermostate zerschossen hat.",  # heldout45_de: a nuisance, no one judged
        "Blöd nur, dass ein zuständiger Mitarbeiter nicht aufmerksam handelte.",
        "de",
        id="de-bloed-nur-dass",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)


def test_a_passive_names_its_doer_after_a_dative_article() -> None:
    """heldout19_de: "von dem Mann" names a person, as "vom Mann" does; the noun after the
    dative article of a by-phrase is its doer, not an object to skip."""
    check_class(
        "Alle Hinweise wurden jedoch offenbar von dem Mann ignoriert.",
        "Alle Hinweise wurden jedoch offenbar von dem Filter ignoriert.",
        "de",
    )
