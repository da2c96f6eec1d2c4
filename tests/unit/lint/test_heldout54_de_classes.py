"""Classes from the German part of held-out 54 (PayPal's direct-debit stop, booking overloads,
vendors' and printers' slips, Vodafone and Telekom), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout54_de.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_vendors_slip_in_the_perfect_with_the_dative() -> None:
    check_class(
        "Leider ist dem Dienstleister im Druckprozess ein Fehler unterlaufen.",
        "Leider ist dem Dienstleister im Druckprozess kein Fehler unterlaufen.",
        "de",
    )


def test_our_printer_is_a_hired_party_not_the_writers() -> None:
    # heldout54_de labels it blame; since held-out 80 ("caused by our email provider") a hired
    # party after "our" is someone else when it is named alone, so it blocks.
    assert blocks("Unserer Druckerei ist ein sehr unangenehmer Fehler passiert.", "de")
    assert not blocks("Uns ist ein Fehler unterlaufen.", "de")


def test_a_firm_that_submitted_unchecked() -> None:
    check_class(
        "Der Dienstleister reichte die Lastschriften ungeprüft ein.",
        "Der Dienstleister reichte die Lastschriften geprüft ein.",
        "de",
    )


def test_a_denial_of_fault_is_no_finding() -> None:
    check_false_alarm(
        "Schuld ist nicht der Kommunikationsanbieter.",
        "Schuld ist der Kommunikationsanbieter.",
        "de",
    )


def test_judging_verbs_schlampen_and_mist_bauen() -> None:
    check_class(
        "Weil der Hersteller mittlerweile bei der Qualitätssicherung schlampt, legen "
        "Windows-Updates Computer lahm.",
        "Weil der Hersteller mittlerweile bei der Qualitätssicherung spart, legen "
        "Windows-Updates Computer lahm.",
        "de",
    )
    assert blocks("Solche Experten haben kaum etwas zu befürchten, wenn sie Mist bauen.", "de")
