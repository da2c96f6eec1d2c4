"""Classes the German held-out 86 (users blaming Skype, Swisscom, Telekom and Vodafone, small
firms' and clubs' own notes, news on cities' data slips) showed, looked at after its blind run:
each real sentence with a near neighbour on the other side, and the false alarms with
look-alikes that still block. The set is tests/data/lint/real/heldout86_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_du_bist_schuld_and_du_hast_schuld() -> None:
    check_class(
        "Danke Skype, wenn es so kommt, oder anders, dann hast Du Schuld mit Deiner absurd "
        "langen Downtime.",
        "Danke Skype, wenn es so kommt, oder anders, dann hast Du Ärger mit Deiner absurd "
        "langen Downtime.",
        "de",
    )
    assert blocks("Du bist schuld.", "de")
    assert blocks("Der Kollege hat Schuld an dem Ausfall.", "de")
    # Denied, the writers' own, or blame passed on: no finding that blocks.
    assert not blocks("Niemand hat Schuld.", "de")
    assert not blocks("Er hat keine Schuld.", "de")
    assert hints_only("Ich habe Schuld an dem Ausfall.", "de")
    assert not blocks("Er hat die Schuld auf den Kollegen geschoben.", "de")


def test_a_slip_that_befell_a_city_with_the_auxiliary_first() -> None:
    check_class(
        "Beim Anmeldeverfahren für das kommende Grundschuljahr ist der Stadt Köln eine Panne "
        "unterlaufen.",
        "Beim Anmeldeverfahren für das kommende Grundschuljahr ist der Stadt Köln eine Lösung "
        "gelungen.",
        "de",
    )
    assert blocks("Beim Anmeldeverfahren ist dem Sachbearbeiter eine Panne unterlaufen.", "de")
    assert not blocks("Beim Anmeldeverfahren ist uns eine Panne unterlaufen.", "de")


def test_a_firms_division_as_a_party() -> None:
    check_class(
        "Die Kabel-Sparte von Vodafone hat offenbar vergessen, ihre Kunden über zwei geplante "
        "nächtliche Abschaltungen des Fernsehprogramms zu informieren.",
        "Die Kabel-Sparte von Vodafone hat offenbar beschlossen, ihre Kunden über zwei geplante "
        "nächtliche Abschaltungen des Fernsehprogramms zu informieren.",
        "de",
    )


def test_an_insult_pointed_at_someone_else_in_the_writers_sentence() -> None:
    assert blocks(
        "Heute morgen war ich für diesen Vollpfosten wirklich froh, dass er nicht bei uns im "
        "Büro war.",
        "de",
    )
    assert hints_only("Ich war so ein Vollpfosten.", "de")
    check_class(
        "Da erzählt irgendein Dösbaddel von Microsoft, dass die Beseitigung der neuen "
        "Sicherheitslücken zwar in Arbeit wären.",
        "Da erzählt irgendein Sprecher von Microsoft, dass die Beseitigung der neuen "
        "Sicherheitslücken zwar in Arbeit wären.",
        "de",
    )


def test_an_adjective_opening_the_sentence_is_no_name() -> None:
    # heldout86_de's false alarm: "Massive" read as a person's name.
    check_false_alarm(
        "Massive technische Probleme legten den öffentlich-rechtlichen Radiosender lahm.",
        "Schmidt legte den öffentlich-rechtlichen Radiosender lahm.",
        "de",
    )
    assert blocks("Heike Müller legte den Radiosender lahm.", "de")


def test_water_is_no_one() -> None:
    # heldout86_de's other false alarm: water named at the clause start, read as a name.
    check_false_alarm(
        "Der Kommunikationsanbieter spricht von einer Verkettung unglücklicher Umstände: Wasser "
        "sei tief in einen Kabelschacht eingedrungen und habe so den Ausfall verursacht.",
        "Der Kommunikationsanbieter spricht von einem einzelnen Schuldigen: Ein Bauarbeiter "
        "habe so den Ausfall verursacht.",
        "de",
    )


def test_an_apology_owns_what_it_points_at() -> None:
    assert not blocks(
        "Auf jeden Fall möchte ich mich für diese unverzeihliche Panne in aller Form "
        "entschuldigen.",
        "de",
    )
    assert not blocks("my apologies for these silly errors.")
    assert blocks("Luckily the plan did not have to go into effect due to this moron.")
