"""Classes of real-text blame, and false alarms, found by the fifth held-out set (issue 16),
run blind.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout5_*.tsv``
(the source column there names where it was published) and a near neighbour on the other
side of the line.
"""

from __future__ import annotations

import pytest

from .tiers import blocks, tier

# Each case: the real sentence (must block), a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        'looks like our "agile" dev process just resulted in a 4 hour downtime because '
        "someone thought it was a good idea to push untested code to prod.",
        "The scheduler decided it would be a good idea to retry, and the retries piled up.",
        id="sarcasm-good-idea",
    ),
    pytest.param(
        "This is by all coincidence, also my bosses son and he was obviously covering his "
        "sons ass.",
        "The patch covers its tracks in the audit log by design.",
        id="covering-ones-own",
    ),
    pytest.param(
        "There are ignorant people in all industries.",
        "The client was ignorant of the new schema.",
        id="ignorant-people",
    ),
    pytest.param(
        'I\'ll do my "best" to try to maintain the functionality you added, but at the end '
        "of the day, the burden of fixing that bug is on you.",
        "The burden is on the caller to retry.",
        id="burden-is-on-you",
    ),
    pytest.param(
        "I have great trust in radare and it's future, so please don't mess up the repo "
        "again with a force push.",
        "I messed up the repo again with a force push.",
        id="request-after-the-writers-i",
    ),
    pytest.param(
        "The problem was that resync didn't work the way anyone on the team thought it did "
        "and the director didn't give enough time for it to be effective.",
        "The scheduler did not give enough time for the drain.",
        id="did-not-give-enough-time",
    ),
    pytest.param(
        "Or did the boss/manager not keep tabs on what was happening within their purview?",
        "Did the alert not fire in staging?",
        id="negated-question-about-a-person",
    ),
    pytest.param(
        "NEVER do a force push and this won't happen.",
        "Never force-push to a shared branch; the server rejects it.",
        id="never-x-and-this-wont-happen",
    ),
    pytest.param(
        "@Mihir3009 looks like your PR #34 was not properly tested and our main branch is "
        "failing the test.",
        "The PR was not tested on Windows because CI has no Windows runner.",
        id="your-pr-not-tested",
    ),
]

GERMAN = [
    pytest.param(
        "Großer Stromausfall in Stuttgart! Fehler eines Mitarbeiters war schuld",
        "Ein Fehler des neuen Load Balancers führte zum Ausfall.",
        id="fehler-eines-mitarbeiters",
    ),
    pytest.param(
        "Um 10.03 Uhr unterläuft einem erfahrenen Mitarbeiter des Netzbetreibers Stuttgart "
        "Netze in einem Umspannwerk ein kleiner Fehler, vereinfacht gesagt: Er drückt einen "
        "falschen Knopf.",
        "Im Rahmen eines Updates ist uns ein Fehler unterlaufen.",
        id="einem-mitarbeiter-unterlaeuft-ein-fehler",
    ),
    pytest.param(
        "Er drückt einen falschen Knopf.",
        "Der Schalter meldet einen falschen Zustand.",
        id="drueckt-den-falschen-knopf",
    ),
    pytest.param(
        "Dieser Typ war mit Abstand der Schlechteste.",
        "Der Server war mit Abstand der Schlechteste im Benchmark.",
        id="der-schlechteste",
    ),
    pytest.param(
        "Warum benutzt er denn einen Tintenstrahldrucker?",
        "Warum meldet der Server einen Fehler?",
        id="warum-vollverb-person",
    ),
    pytest.param(
        "Wieso trägt der Kollege die Papiere auch selbst in Papierform zur Buchhaltung und "
        "schickt sie nicht per E-Mail oder direkt aus der Software für die "
        "Reisekostenerfassung?",
        "Warum fiel der Strom aus?",
        id="wieso-vollverb-kollege",
    ),
]

# Real sentences labelled clean that blocked blind, each with a look-alike that must block.
FALSE_ALARMS = [
    pytest.param(
        "An inaccurate work order led a crew to cut the lines that caused Monday's power "
        "outage to 2 million people in Los Angeles, the city's Department of Water and "
        "Power has determined.",
        "A crew cut the lines that caused the outage.",
        "en",
        id="led-a-crew-to-cut",
    ),
    pytest.param(
        "Any resilient system should account for human errors - those always happen.",
        "The outage was caused by human error.",
        "en",
        id="designing-for-human-error",
    ),
    pytest.param(
        "Hintergrund war offensichtlich der Ausfall einer 20.000-Volt-Leitung.",
        "Der Fehler war doch offensichtlich!",
        "de",
        id="offensichtlich-as-apparently",
    ),
    pytest.param(
        "Hätte man das verhindern können?",
        "Man hätte die Migration vorher in Staging testen müssen.",
        "de",
        id="open-question-about-prevention",
    ),
    pytest.param(
        "Dennoch sprach der Elektriker davon, dass man hätte dabei auch den Tod finden "
        "können, was uns im Nachhinein noch einen Schreck versetzte.",
        "Man hätte das Kabel vorher prüfen müssen.",
        "de",
        id="danger-survived",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    assert blocks(real)
    assert not blocks(neighbour)


@pytest.mark.parametrize(("real", "neighbour"), GERMAN)
def test_german_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str) -> None:
    assert blocks(real, "de")
    assert not blocks(neighbour, "de")


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_a_clean_real_sentence_does_not_block_and_its_look_alike_does(
    real: str, look_alike: str, lang: str
) -> None:
    assert tier(real, lang) != "block"
    assert blocks(look_alike, lang)
