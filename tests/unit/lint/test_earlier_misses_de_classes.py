"""Classes of blame missed in earlier German sets (held-out 36 to 40), found again among the
misses after the blind runs of this corpus: each real sentence with a near neighbour on the
other side (and a few from older sets). The sets are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm, hints_only

CLASSES = [
    pytest.param(
        "Ein kleiner Programmierungsfehler einer Softwarefirma zieht in Trostberg große Kreise.",
        "Ein kleiner Programmierungsfehler einer Bibliothek zieht in Trostberg große Kreise.",
        "de",  # heldout36_de, abridged: a compound in -fehler with its firm in the genitive
        id="de-programmierungsfehler-einer-softwarefirma",
    ),
    pytest.param(
        "Der Kunde äußerte den Auth-Code und aktivierte damit unbewusst den Wechsel der "
        "Domainadresse zum neuen Provider.",  # heldout36_de, abridged
        "Der Kunde äußerte den Auth-Code und aktivierte damit bewusst den Wechsel der "
        "Domainadresse zum neuen Provider.",
        "de",
        id="de-unbewusst",
    ),
    pytest.param(
        "T. fuhr an einem Sonntagabend ins Büro, löschte wichtige Backups und änderte den "
        "VPN-Zugang.",  # heldout36_de, abridged
        "T. fuhr an einem Sonntagabend ins Büro, prüfte wichtige Backups und änderte den "
        "VPN-Zugang.",
        "de",
        id="de-loeschte-wichtige-backups",
    ),
    pytest.param(
        "Was ist eigentlich in diesem Land los, dass Mitarbeiter von Firmen nicht mehr richtig "
        "arbeiten und dann ständig ihre dummen Flüchtigkeitsfehler mit dummen Ausreden "
        "rechtfertigen?",  # heldout24_de: a long question is no template heading
        "Was ist eigentlich in diesem Land los, dass Router von Firmen nicht mehr richtig "
        "arbeiten und dann ständig ihre Verbindungen verlieren?",
        "de",
        id="de-a-long-question-is-no-template",
    ),
    pytest.param(
        "Ich habe eine Kollegin, die nicht besonders kompetent ist und viele Fehler macht.",
        "Ich habe eine Kollegin, die sehr kompetent ist und viele Fragen stellt.",
        "de",  # heldout24_de
        id="de-nicht-besonders-kompetent",
    ),
    pytest.param(
        "Bei Dataport ist der Fehler passiert.",  # heldout31_de: where the slip happened
        "Bei der Migration ist der Fehler passiert.",
        "de",
        id="de-bei-dataport-ist-der-fehler-passiert",
    ),
    pytest.param(
        "Ende Juni verursachte sie ein Leck in einer Hauptgasleitung.",  # heldout34_de, abridged
        "Ende Juni verursachte der Frost ein Leck in einer Hauptgasleitung.",
        "de",
        id="de-verursachte-sie-ein-leck",
    ),
    pytest.param(
        "Die Verantwortung liegt ganz klar beim Arbeitgeber.",  # heldout24_de
        "Die Verantwortung liegt ganz klar beim Betriebssystem.",
        "de",
        id="de-verantwortung-liegt-beim-arbeitgeber",
    ),
    pytest.param(
        "Hier scheint der ISP einen fundamentalen Fehler gemacht zu haben.",  # heldout26_de
        "Hier scheint der DNS einen fundamentalen Fehler gemacht zu haben.",
        "de",
        id="de-der-isp-hat-einen-fehler-gemacht",
    ),
    pytest.param(
        "Der Fehler einer Büroangestellten sorgte am 26. März für Computer-Chaos.",
        "Der Fehler einer Bürosoftware sorgte am 26. März für Computer-Chaos.",
        "de",  # heldout19_de, abridged
        id="de-fehler-einer-bueroangestellten",
    ),
    pytest.param(
        "Der lapidare Grund war ein Administrator des Servers, auf dem mein Blog lag.",
        "Der lapidare Grund war ein Defekt des Servers, auf dem mein Blog lag.",
        "de",  # heldout22_de: a person as the reason itself
        id="de-grund-war-ein-administrator",
    ),
    pytest.param(
        "Da dieses Schalungsteil zuvor von einem 38-jährigen Arbeiter falsch am Kran befestigt "
        "wurde, löste es sich.",  # heldout17_de, abridged: done wrongly, by a person
        "Da dieses Schalungsteil zuvor von einem Roboter falsch am Kran befestigt wurde, löste "
        "es sich.",
        "de",
        id="de-von-einem-arbeiter-falsch-befestigt",
    ),
    pytest.param(
        "Der mit dem Versand beauftragte Letter-Shop leistete sich allerdings einen "
        "folgenreichen Fehler.",  # heldout40_de, abridged: a shop is a firm
        "Der mit dem Versand beauftragte Letter-Drucker leistete sich allerdings einen "
        "folgenreichen Papierstau.",
        "de",
        id="de-letter-shop-leistete-sich-einen-fehler",
    ),
    pytest.param(
        "Über die dadurch dem Säugling verabreichte Dosis machte sich die Apotheke offenbar "
        "keine Gedanken.",  # heldout22_de: thoughtlessness told of a pharmacy
        "Machen Sie sich keine Gedanken über die Dosis, die Apotheke prüft sie.",
        "de",
        id="de-machte-sich-keine-gedanken",
    ),
    pytest.param(
        # The German form of a class found in statements_en ("errant input that Amazon
        # engineers entered"): the cause as a thing a person made, in a relative clause.
        "Ursache war ein Befehl, den ein Techniker eingegeben hatte.",
        "Ursache war ein Befehl, den ein Cronjob ausgeführt hatte.",
        "de",
        id="de-ursache-war-ein-befehl-den-ein-techniker-eingab",
    ),
    pytest.param(
        "Auch der Wahlvorstand hatte die fehlerhaften Stimmzettel zunächst nicht bemerkt.",
        "Auch der Wahlautomat hatte die fehlerhaften Stimmzettel zunächst nicht bemerkt.",
        "de",  # heldout16_de: a compound in -vorstand is a body of people
        id="de-wahlvorstand",
    ),
    pytest.param(
        "Grund für die Verspätung: Die Sanitäter waren zur falschen Adresse gefahren.",
        "Grund für die Verspätung: Die Sanitäter waren zur richtigen Adresse gefahren.",
        "de",  # heldout25_de
        id="de-zur-falschen-adresse-gefahren",
    ),
    pytest.param(
        "Er stöpselte den Gefrierschrank aus und die Temperatur stieg auf minus 25 Grad an.",
        "Der Stromausfall legte den Gefrierschrank still und die Temperatur stieg auf minus "
        "25 Grad an.",
        "de",  # heldout19_de
        id="de-stoepselte-aus",
    ),
    pytest.param(
        "Die hiesige Schulleitung hüllt sich seither in Schweigen.",  # heldout33_de
        "Die hiesige Schulleitung äußert sich seither täglich.",
        "de",
        id="de-huellt-sich-in-schweigen",
    ),
    pytest.param(
        "Irgendwie war er wohl mit den Gedanken woanders, als er auf die Brücke zufuhr.",
        "Irgendwie war er wohl mit dem Lkw woanders, als er auf die Brücke zufuhr.",
        "de",  # heldout22_de
        id="de-mit-den-gedanken-woanders",
    ),
    pytest.param(
        "Das und eine Telefonleitung riß er mit der Baggerschaufel ab.",  # heldout4_de
        "Das und eine Telefonleitung riss der Sturm mit dem Baum ab.",
        "de",
        id="de-object-first-riss-er-ab",
    ),
    pytest.param(
        "Die Patientin wurde seitens der Klinik nicht über eine Fortführung der "
        "Thromboseprophylaxe aufgeklärt.",  # heldout27_de
        "Die Patientin wurde seitens der Klinik über eine Fortführung der "
        "Thromboseprophylaxe aufgeklärt.",
        "de",
        id="de-seitens-der-klinik-nicht-aufgeklaert",
    ),
    pytest.param(
        "Ein 50-Jähriger aus Rotenburg beschädigte am vergangenen Dienstag, 28. Februar, gegen "
        "11.15 Uhr, am Bahnhof Lispenhausen, mit dem Lastenkran seines LKW, die Oberleitung.",
        "Ein Sturm aus Nordwest beschädigte am vergangenen Dienstag, 28. Februar, gegen "
        "11.15 Uhr, am Bahnhof Lispenhausen, mit einem umstürzenden Baum, die Oberleitung.",
        "de",  # heldout19_de: a date inside the sentence ended it at "28."
        id="de-beschaedigte-across-a-date",
    ),
    pytest.param(
        "Das schwache und zeitweilig nicht erkennbare Radar-Echo der Yacht war von der "
        "Brückenbesatzung nicht registriert worden.",  # heldout28_de
        "Das schwache und zeitweilig nicht erkennbare Radar-Echo der Yacht war vom Radargerät "
        "nicht registriert worden.",
        "de",
        id="de-war-von-der-besatzung-nicht-registriert-worden",
    ),
    pytest.param(
        "Er hatte nicht sofort nach der Kollision den Unfall gemeldet, obwohl die Schäden an "
        "dem Binnenschiff massiv waren.",  # heldout11_de
        "Es hatte nicht sofort nach der Kollision den Unfall gemeldet, obwohl die Schäden an "
        "dem Binnenschiff massiv waren.",
        "de",
        id="de-nicht-sofort-nach-der-kollision-gemeldet",
    ),
    pytest.param(
        "Wieso ändert deine Kollegin das ganze nicht sofort, wenn sie es bemerkt hat?",
        "Wieso ändert das Programm das ganze nicht sofort, wenn es den Fehler bemerkt?",
        "de",  # heldout24_de
        id="de-wieso-aendert-deine-kollegin",
    ),
    pytest.param(
        "Tiefbaufirma kappt zum vierten Mal Leitung",  # heldout34_de, a headline
        "Der Sturm kappt zum vierten Mal die Leitung",
        "de",
        id="de-headline-tiefbaufirma-kappt-leitung",
    ),
    # heldout10_de.tsv: doing nothing, told with a colon and stacked intensifiers.
    pytest.param(
        "Also beauftragt 1&1 die Telekom, sich um die Sache vor Ort zu kümmern, und die Telekom "
        "tut: Ganz genau gar nichts.",
        "Also beauftragt 1&1 die Telekom, sich um die Sache vor Ort zu kümmern, und die Telekom "
        "tut: Ganz genau das, was vereinbart war.",
        "de",
        id="de-tut-ganz-genau-gar-nichts",
    ),
    # Classes among the held-out 52 and 53 misses, looked at in session 34.
    pytest.param(
        "Diese Frist hätte der alte Provider nutzen müssen, um uns rechtzeitig zu informieren.",
        "Diese Frist hätte das alte System nutzen müssen, um uns rechtzeitig zu informieren.",
        "de",
        id="de-hindsight-about-a-firm",  # heldout54_de
    ),
    pytest.param(
        "Eine unangenehme Panne ist der Stadtverwaltung Bonn beim Versand von "
        "Quarantäneanordnungen passiert.",  # heldout53_de
        "Eine unangenehme Panne ist dem System beim Versand von Quarantäneanordnungen passiert.",
        "de",
        id="de-panne-ist-der-stadtverwaltung-passiert",
    ),
    pytest.param(
        "Ein Admin kam auf die Idee, die sandbox, die Spielwiese der englischen Wikipedia, zu "
        "löschen.",  # heldout53_de
        "Ein Admin kam auf die Idee, die sandbox, die Spielwiese der englischen Wikipedia, zu "
        "sichern.",
        "de",
        id="de-kam-auf-die-idee-zu-loeschen",
    ),
    pytest.param(
        "Bis dato hat die Telekom das technische Problem nicht beheben können.",  # heldout53_de
        "Bis dato hat die Telekom das technische Problem beheben können.",
        "de",
        id="de-nicht-beheben-koennen",
    ),
    pytest.param(
        "Die für die Leitung zuständige Telekom vertröstet Bär immer wieder.",  # heldout52_de
        "Die für die Leitung zuständige Telekom informiert Bär immer wieder.",
        "de",
        id="de-vertroestet",
    ),
    pytest.param(
        "Da ist wohl jemand über das Stromkabel gestolpert.",  # heldout52_de, unquoted
        "Da ist wohl jemand über die Schwelle gestolpert.",
        "de",
        id="de-ueber-das-stromkabel-gestolpert",
    ),
    # heldout56_de.tsv: a signal passed at danger, with a relative clause after the driver.
    pytest.param(
        "Am Mittwochnachmittag überfuhr der Lokführer eines Intercity, der von Bad Oldesloe in "
        "Richtung Neumünster umgeleitet wurde, ein Haltesignal.",
        "Am Mittwochnachmittag erreichte der Lokführer eines Intercity, der von Bad Oldesloe in "
        "Richtung Neumünster umgeleitet wurde, ein Haltesignal.",
        "de",
        id="de-ueberfuhr-mit-relativsatz-ein-haltesignal",
    ),
    pytest.param(
        "Der Radfahrer fuhr bei Rot über die Kreuzung.",
        "Der Radfahrer fuhr bei Grün über die Kreuzung.",
        "de",
        id="de-fuhr-bei-rot",
    ),
    # heldout55_de.tsv: "verpatzt" is "gepatzt" with a prefix.
    pytest.param(
        "Wiedermal hat Apple ein Update verpatzt.",
        "Wiedermal hat Apple ein Update verteilt.",
        "de",
        id="de-update-verpatzt",
    ),
    # A person's slip named by its kind: "hatte einen Zahlendreher", not a thing's.
    pytest.param(
        "Der Kollege hatte einen Zahlendreher in der IP-Adresse.",
        "Die Konfiguration hatte einen Zahlendreher in der IP-Adresse.",
        "de",
        id="de-hatte-einen-zahlendreher",
    ),
    # A plug pulled, told in the present.
    pytest.param(
        "Die Putzfrau zieht den Stecker.",
        "Die Putzfrau zieht den Vorhang.",
        "de",
        id="de-zieht-den-stecker",
    ),
    pytest.param(
        "Ein 48-Jähriger ist bei Grabungsarbeiten mit seinem Bagger in eine Baugrube gerutscht "
        "und hat dabei eine Gasleitung beschädigt.",  # heldout66_de, abridged
        "Ein Sturm ist über das Land gezogen und hat dabei eine Gasleitung beschädigt.",
        "de",  # after "und" the finite verb first: the clause shares the subject before it
        id="de-und-hat-dabei-beschaedigt",
    ),
    pytest.param(
        "Die Medikamentengabe wurde durch die Pflegekraft nicht dokumentiert.",
        "Die Medikamentengabe wurde durch einen Softwarefehler nicht dokumentiert.",
        "de",  # CIRS wording (earlier sets): the passive's doer after "durch", as after "von"
        id="de-durch-die-pflegekraft-nicht-dokumentiert",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_a_blameless_principle_in_the_genitive_stays_quiet() -> None:
    """heldout9_de: "Ein Fehler eines Mitarbeiters ist nie die Hauptursache" is a principle."""
    check_false_alarm(
        "Ein Fehler eines Mitarbeiters ist nie die Hauptursache eines Vorfalls.",
        "Ein Fehler eines Mitarbeiters ist die Hauptursache des Vorfalls.",
        "de",
    )


def test_a_chamber_s_finding_is_reported() -> None:
    """heldout18_de: a court's chamber that sees a fault reports it; a hint, not a block."""
    assert hints_only(
        "Die Kammer sieht hierin einen schweren Behandlungsfehler des Krankenhauses.", "de"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei der Samtgemeinde Boldecker Land im Kreis Gifhorn ist es zu einer peinlichen "
        "Datenpanne gekommen.",
        "Heute Morgen gab es ein peinliches Malheur beim Schweizer Webhosting Anbieter Switchplus.",
        "Peinlich: Wegen eines Computerfehlers verschickte das Bundeszentralamt für Steuern "
        "nicht nur an die Einwohner in Ohlstadt Post, sondern auch an die Gestorbenen.",
    ],
)
def test_an_embarrassing_event_judges_no_one(sentence: str) -> None:
    """heldout17/42_de: "peinlich" said of a mishap or a computer error is no judging word."""
    assert not blocks(sentence, "de")


def test_an_embarrassing_mistake_someone_made_still_judges() -> None:
    assert blocks("Der Deutschen Bank ist jetzt dieser peinliche Fehler passiert.", "de")


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        (
            "Da der Kranführer mit 1,2 Promille deutlich alkoholisiert war, musste er sich "
            "einer Blutentnahme unterziehen.",  # heldout17_de
            "Da der Kranführer mit 1,2 Promille deutlich unter dem Grenzwert war, musste er "
            "sich keiner Blutentnahme unterziehen.",
        ),
        (
            "IT-Mitarbeiter löschte Daten bei Berliner Kriminalpolizei",  # heldout15_de
            "Cronjob löschte Daten bei Berliner Kriminalpolizei",
        ),
        (
            "Durch sein Verhalten kam es zu umfangreichen Zugverspätungen.",  # heldout28_de
            "Durch das Verhalten des Stellwerks kam es zu umfangreichen Zugverspätungen.",
        ),
    ],
)
def test_drunk_deleted_data_and_his_behaviour(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout52_de: the head of "ein technisches Problem beim IT-Dienstleister" is a thing.
        "Schuld ist ein technisches Problem beim IT-Dienstleister in Fellbach bei Stuttgart.",
        # heldout23_de: an animal, and a genitive attribute in an elided clause.
        "Ein Marder hat am Donnerstag einen Stromausfall in einem Rechenzentrum in Hannover "
        "verursacht und damit für mehrere Stunden rund ein Drittel aller Serviceautomaten und "
        "Kontoauszugsdrucker der Sparkassen lahmgelegt.",
    ],
)
def test_a_thing_at_a_firm_and_an_animal_are_no_culprits(sentence: str) -> None:
    assert not blocks(sentence, "de")


def test_a_slip_at_a_firm_still_names_the_firm() -> None:
    assert blocks(
        "Dies ist auf einen Eingabefehler bei der Firma zurückzuführen, die mit dem Druck "
        "beauftragt wurde.",
        "de",
    )


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        (
            "Leider geschah das jeweils ohne Vorwarnung durch den Provider.",  # heldout35_de
            "Leider geschah das jeweils nach Vorwarnung durch den Provider.",
        ),
        (
            "Aber ihr habt auch schlecht getestet und zu viel auf einmal umgebaut.",
            "Aber ihr habt auch gut getestet und zu viel auf einmal umgebaut.",  # heldout15_de
        ),
        (
            "Nach Abschluss dieser Arbeiten hatte sich der Auftragnehmer nicht vergewissert, ob "
            "die Stromversorgung wieder hergestellt war.",  # heldout17_de
            "Nach Abschluss dieser Arbeiten hatte sich der Auftragnehmer vergewissert, ob die "
            "Stromversorgung wieder hergestellt war.",
        ),
    ],
)
def test_without_warning_badly_tested_and_not_made_sure(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")
