"""Classes of blame missed, and false alarms raised, in held-out 28 (looked at after its blind
run): each real sentence with a near neighbour on the other side. The sets named are in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "In the course of reviewing and acting on spam reports, an npm staffer acted on this "
        "flag without further investigating the user and removed the user.",  # abridged
        "In the course of reviewing spam reports, the classifier acted on this flag without "
        "further investigating the user.",
        "en",
        id="en-without-further-investigating",
    ),
    pytest.param(
        "you've basically broken every single version of babel.",
        "someone had broken master and a fix was incoming.",
        "en",
        id="en-you-have-broken",
    ),
    pytest.param(
        "Is there any particular reason why an unverified commit was pushed without any code "
        "review into the main branch?",  # abridged
        "The commit was pushed after a code review into the main branch.",
        "en",
        id="en-pushed-without-code-review",
    ),
    pytest.param(
        "The package had been taken offline by a disgruntled developer.",  # abridged
        "The package had been taken offline by a developer.",
        "en",
        id="en-disgruntled",
    ),
    pytest.param(
        "The whole event occurred because a developer ran an ELB purge job.",  # abridged
        "The whole event occurred because a certificate expired.",
        "en",
        id="en-the-event-occurred-because-a-person",
    ),
    pytest.param(
        "Während des Einsatzes missachteten mehrere Autofahrer die Absperrungen und "
        "durchfuhren die Einsatzstelle.",
        "Während die Ampel repariert wurde, missachteten mehrere Autofahrer die Absperrungen.",
        "de",
        id="de-waehrend-des-is-no-clause",
    ),
    pytest.param(
        "Die Bewohner hatten vergessen, eine Kerze zu löschen, bevor sie gingen.",
        "Die Zeitschaltuhr hatte vergessen, eine Kerze zu löschen.",
        "de",
        id="de-residents-are-people",
    ),
    pytest.param(
        "Warum der Bewohner in so früher Stunde Essen zubereitet, und es anbrennen ließ, hat "
        "die Feuerwehr keine nähren Erkenntnisse.",
        "Warum der Herd in so früher Stunde ansprang, hat die Feuerwehr keine Erkenntnisse.",
        "de",
        id="de-let-it-burn",
    ),
    pytest.param(
        "Ein unverantwortlicher PKW-Fahrer umfuhr eine geschlossene Halbschranke.",  # abridged
        "Ein ortsfremder PKW-Fahrer umfuhr eine geschlossene Halbschranke.",
        "de",
        id="de-unverantwortlich",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Bei beiden Einsätzen wurde glücklicherweise niemand verletzt und die Feuerwehr musste "
        "lediglich die Wohnungen gut lüften.",
        "Er musste doch nur den Haken setzen.",
        "de",
        id="de-what-responders-only-had-to-do",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
