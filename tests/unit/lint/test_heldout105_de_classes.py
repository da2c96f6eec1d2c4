"""Classes the German held-out 105 (IT failures in justice and insurance) showed, looked at
after its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout105_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_an_agentless_passive_after_a_fault_names_nobody() -> None:
    check_false_alarm(
        "Ein Computerfehler hat dazu geführt, dass in einer großen Zahl von Verträgen "
        "beispielsweise Erträge und Gutschriften von Lebensversicherungen und ähnlichen Produkten "
        "falsch berechnet wurden.",
        "Ein Sachbearbeiter hat die Erträge und Gutschriften falsch berechnet.",
        lang="de",
    )
    # A plural noun before a plural verb is no name ("Gutschriften wurden …"); a name is.
    assert not blocks("Gutschriften wurden falsch berechnet.", "de")
    assert blocks("Meier hat den Server versehentlich gelöscht.", "de")
    # The one who did it, after "vom", still counts.
    assert blocks("Es zeigte sich, dass die Daten vom Admin versehentlich gelöscht wurden.", "de")


def test_a_mistake_that_happened_to_a_party() -> None:
    check_class(
        "Dem Rechenzentrum der Heinrich-Heine-Universität ist der zweite dicke Fehler innerhalb "
        "einer Woche passiert.",
        "Dem Server ist ein Fehler passiert.",
        lang="de",
    )
    assert blocks("Dem Kollegen ist ein Fehler passiert.", "de")


def test_an_insurer_is_a_party() -> None:
    check_class(
        "Die Versicherung hatte versehentlich bereits Beiträge für das Jahr 2026 von den Konten "
        "abgebucht.",
        "Das Skript hatte versehentlich bereits Beiträge für das Jahr 2026 von den Konten "
        "abgebucht.",
        lang="de",
    )
    assert blocks("Der Versicherer hat sich bei vielen Kunden verrechnet.", "de")
