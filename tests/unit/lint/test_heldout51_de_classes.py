"""Classes from the German part of held-out 51 (more DER STANDARD news of the 10kGNAD
dataset), looked at after its blind run: each real sentence with a near neighbour on the other
side. The set is tests/data/lint/real/heldout51_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Der Mann namens Iliass K. wurde zu fünf Jahren Haft verurteilt, die Hälfte davon auf "
        "Bewährung.",
        "Der Mann namens Iliass K. wurde freigesprochen, die Hälfte der Vorwürfe fiel weg.",
        "de",
        id="de-zu-jahren-haft-verurteilt",
    ),
    pytest.param(
        "Der Administrator wurde zu 24 Monaten, davon acht unbedingt, verurteilt.",
        "Das Landesgericht bestätigte das Urteil, mit dem der Administrator zu 24 Monaten "
        "verurteilt wurde.",
        "de",
        id="de-zu-monaten-verurteilt",
    ),
    pytest.param(
        "Austria-Trainer Thorsten Fink muss wegen unsportlichen Verhaltens und Nichtbefolgung "
        "einer Verbandsanordnung 200 Euro Strafe zahlen.",
        "Austria-Trainer Thorsten Fink muss wegen der neuen Verbandsanordnung 200 Euro Gebühr "
        "zahlen.",
        "de",
        id="de-muss-strafe-zahlen",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
