"""A miss and the rules' false alarm of the German held-out 124 (medical practices, diabetes
technology, hearing aids and health apps), fixed in the rules after its blind run. Each real
sentence is set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout124_de.tsv."""

from __future__ import annotations

from .tiers import check_class, check_false_alarm, hints_only


def test_a_technician_who_did_not_pass_the_fault_on() -> None:
    check_class(
        "Einzige neue Erkenntnis: Der erste Techniker hatte den Fehler nicht an seine Kollegen "
        "weitergeleitet.",
        "Die Meldung wurde nicht weitergeleitet.",
        lang="de",
    )
    assert hints_only("Wir haben die Meldung nicht weitergeleitet.", "de")


def test_something_silly_that_happened_to_someone_is_no_label() -> None:
    check_false_alarm(
        "Meinem Freund Richard ist neulich etwas blödes passiert.",
        "Das war blöd vom Admin.",
        lang="de",
    )
