"""Classes the German held-out 107 (social-benefit and citizen-service IT) showed: its false alarm,
fixed after its blind run, and the blame it missed, each with a near neighbour. The set is
tests/data/lint/real/heldout107_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_credit_in_a_conditional_is_no_hindsight() -> None:
    check_false_alarm(
        "Hätte der Mitarbeiter der Ausgleichskasse den Irrtum nicht bemerkt, bekäme die Frau "
        "monatlich nur 1730 statt 1830 Franken AHV-Rente.",
        "Hätte der Mitarbeiter der Ausgleichskasse den Irrtum bemerkt, bekäme die Frau heute "
        "1830 Franken AHV-Rente.",
        lang="de",
    )
    # What someone did, undone in the conditional, is still blamed ...
    assert blocks("Hätte der Admin den Server nicht neu gestartet, wäre nichts passiert.", "de")
    assert blocks("Wenn die Kollegen nicht so spät reagiert hätten, wäre nichts passiert.", "de")
    # ... and the English form of the credit is no finding either.
    check_false_alarm(
        "Had the engineer not noticed the error, the customer would have been billed twice.",
        "Had the engineer noticed the error, the customer would not have been billed twice.",
    )
    assert blocks("Had the engineer not restarted the server, nothing would have happened.")


def test_an_office_that_does_not_respond_or_care() -> None:
    check_class(
        "Auf E-Mails und Schreiben der Mutter, die eine Erklärung für die kommentarlose "
        "Kindergeldkürzung fordert, reagiert die Familienkasse nicht.",
        "Auf E-Mails und Schreiben der Mutter, die eine Erklärung für die kommentarlose "
        "Kindergeldkürzung fordert, reagiert der Server nicht.",
        lang="de",
    )
    check_class("Die Familienkasse lässt das kalt.", "Das lässt mich kalt.", lang="de")
    # Someone else's accusation, announced with a colon, is reported.
    assert hints_only("Sein Vorwurf: Die Telekom reagiert nicht.", "de")


def test_a_body_that_did_not_live_up_to_its_task() -> None:
    check_class(
        "Der Projektlenkungsausschuss ist seiner Aufgabe nicht gerecht geworden, den Eintritt von "
        "Projektrisiken abzuwenden.",
        "Das System wird seiner Aufgabe nicht gerecht.",
        lang="de",
    )
    assert blocks("Der Vorstand wurde seiner Verantwortung nicht gerecht.", "de")


def test_a_body_that_did_not_inform_before_a_relative_clause() -> None:
    # The relative clause after "nicht," belongs to the object; the main clause is complete.
    check_class(
        "Jetzt informierte das Jobcenter das Amtsgericht Sulingen jedoch nicht, das der "
        "erstatteten Anzeige wegen Betrugs nachging.",
        "Der Server meldete den Fehler nicht, der im Log stand.",
        lang="de",
    )
