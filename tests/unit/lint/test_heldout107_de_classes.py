"""The false alarm of the German held-out 107 (social-benefit and citizen-service IT), fixed
after its blind run, with look-alikes that must still block. The set is
tests/data/lint/real/heldout107_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_false_alarm


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
