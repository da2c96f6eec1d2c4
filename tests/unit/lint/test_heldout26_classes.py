"""Classes of blame missed, and false alarms raised, in held-out 26 (looked at after its blind
run): each real sentence with a near neighbour on the other side. The sets named are in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Someone on our team (who shall remain nameless but has been assigned extra code "
        "review duty for a month) accidentally typed the wrong path.",  # heldout26_en, abridged
        "Someone on our team (who shall remain nameless but has been assigned extra code "
        "review duty for a month) typed the path from the runbook.",
        "en",
        id="en-a-long-bracketed-relative-clause-is-an-aside",
    ),
    pytest.param(
        "My coworker keeps botching deployments.",  # after heldout26_en
        "My coworker keeps automating deployments.",
        "en",
        id="en-keeps-botching",
    ),
    pytest.param(
        "The issue wasn’t a code bug; it was the way he deployed or modified the config in "
        "prod.",  # heldout26_en
        "The issue wasn’t a code bug; it was the way the proxy handled retries.",
        "en",
        id="en-the-way-he-did-it-as-the-cause",
    ),
    pytest.param(
        "@ahlinc please don't move and especially not delete tags; this breaks all downstream "
        "consumers",  # heldout26_en
        "Please don't delete the tags.",
        "en",
        id="en-a-handle-told-not-to",
    ),
    pytest.param(
        "The site lookout was distracted and not adequately observing his distant lookout or "
        "looking for approaching trains.",  # heldout25_en
        "The site camera was distracted by glare.",
        "en",
        id="en-a-lookout-is-a-person",
    ),
    pytest.param(
        "The track worker was not monitoring the unsafe actions of the lookout at the time.",
        "The dashboard was not monitoring the unsafe actions of the lookout at the time.",
        "en",
        id="en-an-omission-in-the-progressive",
    ),
    pytest.param(
        "It was also Bob's responsibility to check the road was set prior to the move.",
        "It was also the interlock's job to check the road was set prior to the move.",
        "en",
        id="en-a-duty-named-after-the-event",
    ),
    pytest.param(
        "In beiden Fällen aber haben Köpfe zu rollen.",  # heldout26_de
        "In beiden Fällen aber haben die Server neu zu starten.",
        "de",
        id="de-heads-must-roll",
    ),
    pytest.param(
        "Spöttisch, überheblich, dreist: Strato als Paradebeispiel.",  # heldout26_de, abridged
        "Schnell, günstig, zuverlässig: Strato als Paradebeispiel.",
        "de",
        id="de-judging-words-about-a-company",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "Problem three ended up with some ordering problems in the general ansible playbook "
        "causing services to try to start before config files were in place.",  # heldout26_en
        "Kevin restarted the primary, resulting in data loss.",
        "en",
        id="en-a-numbered-item-is-no-name",
    ),
    pytest.param(
        "Early precautions taken when we discovered the problem combined with our backups "
        "resulted in no data loss from the incident.",  # documents21
        "Kevin restarted the primary, which resulted in data loss from the incident.",
        "en",
        id="en-a-good-outcome-is-no-harm",
    ),
    pytest.param(
        "Warum konnte der Ex-Mitarbeiter immer noch auf den Server zugreifen?",  # heldout26_de
        "Warum konnte der Admin die Warnung nicht sehen?",
        "de",
        id="de-why-could-asks-about-the-system",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
