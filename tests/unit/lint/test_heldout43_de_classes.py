"""Classes of blame missed in held-out 43 (German), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "Viele Leser berichten, wie sehr sich das von einem Vermesser angebohrte Telekom-Kabel "
        "auf den Alltag auswirkte.",  # heldout43_de, abridged: the doer before the participle
        "Viele Leser berichten, wie sehr sich das von einem Bagger angebohrte Telekom-Kabel auf "
        "den Alltag auswirkte.",
        "de",
        id="de-von-einem-vermesser-angebohrt",
    ),
    pytest.param(
        "Der Ausfall wurde von einem Mitarbeiter verursacht.",
        "Der Ausfall wurde von einem Kurzschluss verursacht.",
        "de",
        id="de-von-einem-mitarbeiter-verursacht",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)
