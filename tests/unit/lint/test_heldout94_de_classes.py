"""Classes the German held-out 94 (billing and customer systems of utilities and public bodies)
and 93 (election and administrative IT) showed, looked at after their blind runs: each real
sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout94_de.tsv and heldout93_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_an_office_that_sends_wrong_or_doubled_bills() -> None:
    check_class(
        "Steueramt Aargau verschickte 14'900 Steuerrechnungen gleich doppelt",
        "Steueramt Aargau verschickte 14'900 Steuerrechnungen gleich morgens",
        lang="de",
    )
    check_class(
        "Wegen Softwareproblemen verschickt das Landratsamt falsche Abfallbescheide an Bürger.",
        "Wegen Softwareproblemen verschickt das Landratsamt neue Abfallbescheide an Bürger.",
        lang="de",
    )
    assert blocks("Die Stadt hat fehlerhafte Rechnungen verschickt.", "de")
    assert hints_only("Wir haben versehentlich falsche Rechnungen verschickt.", "de")
    assert not blocks("Das System verschickte fehlerhafte Rechnungen.", "de")
    assert not blocks("Die Rechnungen wurden doppelt verschickt.", "de")


def test_a_fault_named_by_a_compound_is_no_person() -> None:
    check_false_alarm(
        "Systemfehler legt Strom-Abrechnung lahm: Hunderte Kunden betroffen",
        "Müller legt den Bahnhof lahm.",
        lang="de",
    )
    assert not blocks("Stromausfall legt Bahnhof lahm", "de")


def test_a_body_that_does_not_meet_its_duties() -> None:
    check_class(
        "Der Grund: Die Zulassungsbehörden erfüllen Sicherheitsanforderungen nicht.",
        "Der Grund: Die Zulassungsbehörden erfüllen Sicherheitsanforderungen jetzt.",
        lang="de",
    )
    assert blocks("Die Behörde hat die Vorgaben nicht erfüllt.", "de")
    assert not blocks("Die Server erfüllen die Anforderungen nicht.", "de")
    check_class(
        "Der Bundestag hat das Wahlgeschehen jedoch unzureichend aufgeklärt.",
        "Der Bundestag hat das Wahlgeschehen jedoch umfassend aufgeklärt.",
        lang="de",
    )
    assert not blocks("Die Daten waren unzureichend gesichert.", "de")


def test_a_body_unwilling_to_take_responsibility() -> None:
    check_class(
        "Die Landeswahlleitung mag vorerst keine Verantwortung für die Pannen übernehmen.",
        "Die Landeswahlleitung mag vorerst keine Prognose für die Wahl abgeben.",
        lang="de",
    )
    assert not blocks("Wir übernehmen keine Verantwortung für Inhalte externer Links.", "de")
    # A line is no leadership.
    assert not blocks("Die Stromleitung hat versagt.", "de")


def test_a_surname_ending_like_an_event_is_still_a_name() -> None:
    assert blocks("Hildebrand hat versagt.", "de")
