"""Classes of blame missed, and false alarms raised, in held-out 32 (looked at after its blind
run): each real sentence with a near neighbour on the other side. The sets named are in
tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Inexperienced management in TFL & LFG lead to bad decission making during the "
        "de-pegging event.",  # heldout32_en, abridged
        "The inexperienced team members were paired with mentors during the de-pegging event.",
        "en",
        id="en-inexperienced-management",
    ),
    pytest.param(
        "You are not helping, you are too immature to help.",  # heldout32_en
        "You are not helping, you are too busy to help.",
        "en",
        id="en-you-are-too-immature",
    ),
    pytest.param(
        "The Nursing Home Administrator (NHA) confirmed that she did not interview any staff "
        "members who worked from 10:00 PM to 6:00 AM.",  # heldout32_en, abridged
        "The Nursing Home Administrator (NHA) confirmed that the tool did not interview any "
        "staff members who worked from 10:00 PM to 6:00 AM.",
        "en",
        id="en-did-not-interview",
    ),
    pytest.param(
        "@Wurstnase this change was made by @alice",  # heldout32_en, the handle anonymised
        "@Wurstnase this change was made by the release script",
        "en",
        id="en-change-made-by-a-handle",
    ),
    pytest.param(
        "Bug was introduced after 4.9.1 by Alice, never released to users.",  # heldout32_en
        "Bug was introduced after 4.9.1 by a refactoring, never released to users.",
        "en",
        id="en-bug-introduced-by-a-name",
    ),
    pytest.param(
        "The operator nearly ran over a family of four due to lack of a proper lookout.",
        "The operator nearly ran over a family of four due to fog.",  # heldout32_en, abridged
        "en",
        id="en-lack-of-a-proper-lookout",
    ),
    pytest.param(
        "The construction company drove a steel casing into an underground transmission "
        "line, causing blackouts on Ocracoke and Hatteras islands.",  # heldout9_en
        "Our platform team drove a steel casing into an underground transmission line, "
        "causing blackouts on Ocracoke and Hatteras islands.",  # the writers' own team: a hint
        "en",
        id="en-a-team-act-with-harm",
    ),
    pytest.param(
        "Der Zusammenstoß von zwei Straßenbahnen ist durch einen Fahrer-Fehler verursacht "
        "worden.",  # heldout32_de, abridged
        "Der Zusammenstoß von zwei Straßenbahnen ist durch einen Weichen-Fehler verursacht worden.",
        "de",
        id="de-fahrer-fehler",
    ),
    pytest.param(
        "Gleich mehrere Verstöße gegen Dienstvorschriften der Straßenbahn hatten zum Unfall "
        "geführt.",  # heldout32_de, abridged
        "Gleich mehrere Lücken in den Dienstvorschriften der Straßenbahn hatten zum Unfall "
        "geführt.",
        "de",
        id="de-verstoesse-gegen-dienstvorschriften",
    ),
    pytest.param(
        "Fest steht: Der Baggerfahrer hat sich nicht beim Stadtwerk am See gemeldet.",  # de
        "Fest steht: Der Baggerfahrer hat sich sofort beim Stadtwerk am See gemeldet.",
        "de",
        id="de-nicht-beim-stadtwerk-gemeldet",
    ),
]

FALSE_ALARMS = [
    pytest.param(
        "Die Folge: Unzählige Abfalltonnen, die nicht geleert wurden, weil sie am falschen Tag "
        "auf dem Gehsteig standen.",  # heldout32_de: an agentless passive, verb last
        "Die Folge: Unzählige Abfalltonnen, die der Fahrer nicht geleert hat, weil sie am "
        "falschen Tag auf dem Gehsteig standen.",
        "de",
        id="de-nicht-geleert-wurden",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
