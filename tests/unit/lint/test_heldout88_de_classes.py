"""Classes the German held-out 88 (Skyguide's and Austro Control's outages, the beA, the TI
connector exchange, the E-Rezept and ELSTER in notices, news and commentary) showed, looked at
after its blind run: each real sentence with a near neighbour on the other side, and a report
in Konjunktiv II that must not block. The set is tests/data/lint/real/heldout88_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_responsibility_passed_on() -> None:
    check_class(
        "Die zuständige Agentur winkt ab und schiebt die Verantwortung an Dritte weiter.",
        "Die zuständige Agentur winkt ab und schiebt die Entscheidung an Dritte weiter.",
        "de",
    )


def test_a_body_not_up_to_the_task() -> None:
    check_class(
        "Das Bundesfinanzministerium war dem Ansturm nicht gewachsen.",
        "Das Bundesfinanzministerium war dem Ansturm gewachsen.",
        "de",
    )
    # Servers are no one; the writers' own is a hint.
    assert not blocks("Die Server waren dem Ansturm nicht gewachsen.", "de")
    assert hints_only("Wir waren dem Ansturm nicht gewachsen.", "de")


def test_hatten_zu_kaempfen_reports_no_hindsight() -> None:
    assert not blocks(
        "Die Kollegen sowie die Versicherten hätten unter anderem mit schier unendlichen "
        "Ladezeiten und einem chaotischen Aufbau der ePA zu kämpfen.",
        "de",
    )
    assert blocks("Der Admin hätte das Backup prüfen müssen.", "de")
