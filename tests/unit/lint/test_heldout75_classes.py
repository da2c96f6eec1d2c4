"""Classes of blame held-out 75 (English and German, from the web) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout75_en.tsv and heldout75_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class

CLASSES = [
    pytest.param(
        "It turned out that contractors working in the alley had cut my underground phone line.",
        "It turned out that the frost in the alley had cut my underground phone line.",
        "en",
        id="en-cut-my-phone-line",
    ),
    pytest.param(
        "3. What peeves me is this: exactly a year ago, I took out a two-year agreement with "
        "HCFH, who should therefore have registered my domain for two full years, not one.",
        "3. What peeves me is this: exactly a year ago, I took out a two-year agreement with "
        "HCFH, which registered my domain for one year, not two.",
        "en",
        id="en-should-therefore-have",
    ),
    pytest.param(
        "Renewal is their responsibility, not mine.",
        "Renewal is their responsibility.",
        "en",
        id="en-their-responsibility-not-mine",
    ),
    pytest.param(
        "Renewal is the vendor's responsibility, not mine.",
        "Renewal is the vendor's responsibility.",
        "en",
        id="en-the-vendors-responsibility-not-mine",
    ),
    pytest.param(
        "The issue seems to have been on the provider's end.",
        "The issue seems to have been on our end.",
        "en",
        id="en-on-the-providers-end",
    ),
    pytest.param(
        "This is bad manners for a public GitHub repo.",
        "This is bad practice for a public GitHub repo.",
        "en",
        id="en-bad-manners",
    ),
    pytest.param(
        "In unserem echten Schadenfall passierte genau das einem versicherten IT-Dienstleister: "
        "Durch einen falschen Mausklick schaltete er sämtliche Kontaktformulare auf der "
        "Webseite eines Busreiseunternehmens ab.",
        "Durch einen Fehler im Update wurden sämtliche Kontaktformulare auf der Webseite eines "
        "Busreiseunternehmens abgeschaltet.",
        "de",
        id="de-durch-einen-falschen-mausklick",
    ),
    pytest.param(
        "Der Unfallverursacher entfernte sich zunächst vom Unfallort.",
        "Der Rettungswagen entfernte sich vom Unfallort.",
        "de",
        id="de-entfernte-sich-vom-unfallort",
    ),
    pytest.param(
        "Weil ein unbekannter Verkehrsteilnehmer in der Nacht zum Freitag einen "
        "Verstärkerpunkt-Kasten eines Telefonanbieters in der Schleusenstraße überfahren hat, "
        "waren schätzungsweise 300 Haushalte in der Innenstadt ohne Telefonanschluss.",
        "Weil der Sturm in der Nacht zum Freitag einen Verstärkerpunkt-Kasten eines "
        "Telefonanbieters umgeworfen hat, waren 300 Haushalte ohne Telefonanschluss.",
        "de",
        id="de-kasten-ueberfahren-hat",
    ),
    pytest.param(
        "Bürgermeister Klaus B. Reichert verletzt weiter geltendes Recht",
        "Bürgermeister Klaus B. Reichert erläutert weiter geltendes Recht",
        "de",
        id="de-verletzt-geltendes-recht",
    ),
    pytest.param(
        "Das Unternehmen aus dem Saalekreis hielt sich nämlich mit Informationen zum Ausfall "
        "zurück und ließ seine Kunden weitestgehend im Dunkeln tappen.",
        "Das Unternehmen aus dem Saalekreis informierte seine Kunden noch am selben Abend.",
        "de",
        id="de-im-dunkeln-tappen-lassen",
    ),
    pytest.param(
        "Trifft die Stadtwerke Schuld am massiven Heizungsausfall?",
        "Trifft die Kältewelle die Stadtwerke am Wochenende?",
        "de",
        id="de-trifft-x-schuld",
    ),
    pytest.param(
        "Lieferant und Messstellenbetreiber schieben die Verantwortung hin und her, mit Folgen "
        "für Kunden.",
        "Lieferant und Messstellenbetreiber teilen sich die Verantwortung, mit Folgen für Kunden.",
        "de",
        id="de-verantwortung-hin-und-her",
    ),
    pytest.param(
        "Mit dem Datenschutz nimmt es die Arbeitsagentur in Dortmund offenbar nicht sehr genau.",
        "Mit dem Datenschutz nimmt es die Arbeitsagentur in Dortmund sehr genau.",
        "de",
        id="de-nimmt-es-nicht-genau",
    ),
    pytest.param(
        "Dass derart Persönliches an den falschen Empfänger gesendet wurde, ist ungeheuerlich.",
        "Im Ort ist etwas Ungeheuerliches passiert.",
        "de",
        id="de-ungeheuerlich",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_an_own_end_is_no_culprit() -> None:
    assert not blocks("The problem was on our end.", "en")


def test_people_always_causing_outages_is_a_habit_attributed() -> None:
    # heldout75_en.tsv: "If that doesn't work, blame the developers, they're always causing
    # outages." (the condition before it still keeps that sentence from blocking).
    check_class("They're always causing outages.", "The old disks are always causing outages.")
