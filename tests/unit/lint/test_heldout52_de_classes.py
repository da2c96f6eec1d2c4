"""Classes from the German part of held-out 52 (bank-card chip fault, misdirected letters and
e-mails, lorries tearing down lines, a school's wiped tablets, own notes), looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout52_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "Aus Versehen hat ein IT-Beauftragter der Oberschule in Ebstorf (Landkreis Uelzen) "
        "sämtliche Daten von den Tablets der Schülerinnen und Schüler gelöscht.",
        "Aus Versehen hat ein Update der Oberschule in Ebstorf (Landkreis Uelzen) sämtliche "
        "Daten von den Tablets der Schülerinnen und Schüler gelöscht.",
        id="de-aus-versehen-hat-ein-it-beauftragter",
    ),
    pytest.param(
        "Ein LKW-Fahrer hat am Freitag Vormittag in Gottschdorf bei Kamenz zwei Telefonmasten "
        "umgerissen.",
        "Ein Sturm hat am Freitag Vormittag in Gottschdorf bei Kamenz zwei Telefonmasten "
        "umgerissen.",
        id="de-telefonmasten-umgerissen",
    ),
    pytest.param(
        'Die Arbeitnehmerin hatte die E-Mailadressen in das "An"-Feld der E-Mail eingetragen, '
        "damit waren sie für alle sichtbar.",
        'Das Programm hatte die E-Mailadressen in das "An"-Feld der E-Mail eingetragen, '
        "damit waren sie für alle sichtbar.",
        id="de-adressen-ins-an-feld-eingetragen",
    ),
    pytest.param(
        "Die art4live GmbH hat die vereinbarten Leistungen nicht vertragsgemäß erbracht und "
        "weitere Sorgfaltspflichten in grober Weise missachtet.",
        "Die art4live GmbH hat die vereinbarten Leistungen vertragsgemäß erbracht und weitere "
        "Sorgfaltspflichten in vollem Umfang beachtet.",
        id="de-gmbh-missachtet-sorgfaltspflichten",
    ),
    pytest.param(
        "Die Schuld scheint allerdings nicht beim Anbieter zu liegen, sondern bei der Telekom, "
        "die für die Leitung verantwortlich ist.",
        "Die Ursache scheint allerdings nicht beim Router zu liegen, sondern bei der Leitung, "
        "die zur Telekom gehört.",
        id="de-schuld-scheint-bei-der-telekom-zu-liegen",
    ),
    pytest.param(
        "Französische Firma schuld an 2010-Fehler",
        "Französischer Chip schuld an 2010-Fehler",
        id="de-headline-firma-schuld-an",
    ),
    pytest.param(
        "Passiert sind die Fehler beim Kommunalen Rechenzentrum Niederrhein (KRZN) — und "
        "Krefeld ist nicht die einzige betroffene Stadt.",
        "Passiert sind die Fehler beim Drucken der Bescheide — und Krefeld ist nicht die "
        "einzige betroffene Stadt.",
        id="de-passiert-sind-die-fehler-beim-rechenzentrum",
    ),
    pytest.param(
        "Die Stadtverwaltung hatte die öffentliche Bekanntmachung der Ratssitzung nicht "
        "veröffentlichen lassen.",
        "Die Stadtverwaltung hatte die öffentliche Bekanntmachung der Ratssitzung rechtzeitig "
        "veröffentlichen lassen.",
        id="de-nicht-veroeffentlichen-lassen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_a_long_opening_before_a_konjunktiv_i_is_still_reported() -> None:
    """heldout34_de: "Zum vierten Mal … habe die … Tiefbaufirma FMG GmbH und Co. KG … gekappt"
    is what someone said; "Co." does not end the sentence."""
    assert hints_only(
        "Zum vierten Mal innerhalb von drei Monaten habe die von Kabel Deutschland beauftragte "
        "Tiefbaufirma FMG GmbH und Co. KG aus Mecklenburg eine Versorgungsleitung der "
        "Stadtwerke gekappt.",
        "de",
    )


def test_what_an_authority_reports_is_a_hint() -> None:
    assert hints_only(
        "Wie das Bayerische Landesamt für Datenschutzaufsicht (BayLDA) mitteilt, hat es kürzlich "
        "gegen ein Handelsunternehmen ein Bußgeld verhängt, weil dort eine Mitarbeiterin in "
        "einer Mail mit einem offenen E-Mail-Verteiler gearbeitet hat.",
        "de",
    )


def test_a_guess_in_konjunktiv_i_is_reported() -> None:
    """heldout39_de: "Rüken vermutet, man habe das Gerät nicht … warten lassen" is a guess."""
    assert hints_only("Rüken vermutet, man habe das Gerät nicht regelmäßig warten lassen.", "de")


def test_a_fine_to_pay_with_its_reason_after_it() -> None:
    check_class(
        "Eine Arbeitnehmerin muss ein Bußgeld bezahlen, weil sie in einer Mail die "
        "E-Mail-Adressen der Empfänger offen übermittelt hat.",
        "Eine Arbeitnehmerin muss eine Gebühr bezahlen, weil sie in einer Mail die "
        "E-Mail-Adressen der Empfänger offen übermittelt hat.",
        "de",
    )
