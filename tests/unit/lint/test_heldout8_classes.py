"""Classes of real-text blame, and false alarms, found by the eighth held-out set (issue 16),
run blind.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout8_*.tsv``
(the source column there names where it was published) and a near neighbour on the other
side of the line.
"""

from __future__ import annotations

import pytest

from .tiers import blocks, tier

# Each case: the real sentence (must block), a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        "During the incident response, it was discovered that a junior developer, Leo, had "
        "run a database cleaning script in the production console instead of the staging "
        "console.",
        "The deploy job ran against production instead of staging because the variable was unset.",
        id="production-instead-of-staging",
    ),
    pytest.param(
        "- Engineer executed wrong command in production envoirnment.",
        "* [17:59] @krzyzacy cleaned up all wrong pods and prowjobs again, and confirmed Prow "
        "is healthy.",
        id="executed-wrong-command",
    ),
    pytest.param(
        "- The root cause of this incident was a engineer-driven configuration error",
        "- The root cause of this incident was a configuration error",
        id="engineer-driven-error",
    ),
    pytest.param(
        "how did you review this PR in 10s ? :D",
        "How did you find the leak?",
        id="how-did-you-review",
    ),
]

# Real sentences labelled clean that blocked blind, each with a look-alike that must block.
FALSE_ALARMS = [
    pytest.param(
        "00:48 after a complete revision, the root cause wasn't found so engineer in charge "
        "requested a typo review of the file.",
        "The root cause was Dana.",
        "en",
        id="root-cause-was-not-found",
    ),
    pytest.param(
        "Human error is treated as a signal that the system needs improvement.",
        "The outage was caused by human error.",
        "en",
        id="how-human-error-is-treated",
    ),
    pytest.param(
        "Der Ausfall der Fernsteuerung ist auf eine Verkettung von Umständen und "
        "Missverständnissen zurückzuführen.",
        "Der Ausfall ist auf den Kollegen zurückzuführen.",
        "de",
        id="verkettung-von-umstaenden",
    ),
    pytest.param(
        "IT-Spezialisten hätten die Ursache rasch gefunden und den Fehler behoben.",
        "Jonas hätte den Fehler rechtzeitig beheben müssen.",
        "de",
        id="reported-remedy-in-konjunktiv",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    assert blocks(real)
    assert not blocks(neighbour)


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_a_clean_real_sentence_does_not_block_and_its_look_alike_does(
    real: str, look_alike: str, lang: str
) -> None:
    assert tier(real, lang) != "block"
    assert blocks(look_alike, lang)
