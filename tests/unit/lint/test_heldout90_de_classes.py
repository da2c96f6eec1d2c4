"""Classes the German held-out 90 (power and telecom outages in Switzerland, Austria and
Germany) showed, looked at after its blind run: each real sentence with a near neighbour on
the other side. The set is tests/data/lint/real/heldout90_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_firm_that_stays_vague() -> None:
    check_class(
        "Zu den Gründen der Störung bleibt Salt vage.",
        "Zu den Gründen der Störung bleibt Salt im Gespräch.",
        "de",
    )
    assert not blocks("Die Fehlermeldung bleibt vage.", "de")


def test_reasons_not_told() -> None:
    check_class(
        "Warum es zu den Problemen kam, teilte der Netzbetreiber nicht mit.",
        "Warum es zu den Problemen kam, teilte der Netzbetreiber gestern mit.",
        "de",
    )
    assert hints_only("Warum es zu den Problemen kam, teilten wir zunächst nicht mit.", "de")


def test_a_botched_launch() -> None:
    check_class(
        "Der verpatzte Start des 1&1-Netzes ist nicht der einzige Fall.",
        "Der verspätete Start des 1&1-Netzes ist nicht der einzige Fall.",
        "de",
    )
