"""Classes the English held-out 87 (Fedora, Ubuntu and Debian lists and trackers on broken
updates, FlexiScale's and the ASF's outage notes and the news on them) showed, looked at after
its blind run: each real sentence with a near neighbour on the other side, the false alarm
with a look-alike that still blocks, and the writers' own slips and reported ones that must
stay quiet. The set is tests/data/lint/real/heldout87_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only, tier


def test_noticing_the_wrong_thing_is_no_slip() -> None:
    # heldout87_en's false alarm: a timeline line in the present tense.
    check_false_alarm(
        "2013-04-05 01:15 - Steve Langasek notices the wrong link while reviewing announcement "
        "draft",
        "2013-04-05 01:15 - Steve Langasek posts the wrong link while reviewing announcement draft",
    )


def test_the_writers_fault_in_brackets_is_their_own() -> None:
    # The aside is left out of the clause; whose fault it tells is read inside it.
    assert hints_only(
        "Due to delays in getting a fedora package updated (purely my fault) the dnssec-conf "
        "package had expired DNSSEC trust anchors."
    )
    assert blocks(
        "Due to delays in getting a fedora package updated (purely his fault) the dnssec-conf "
        "package had expired DNSSEC trust anchors."
    )


def test_an_apology_for_the_writers_blunder() -> None:
    assert tier("Sorry for that blunder and for the inconvenience!") != "block"
    assert blocks("That was a blunder by the vendor.")


def test_a_retelling_opened_with_as_someone_explained_is_reported() -> None:
    assert hints_only(
        "As Lucas explained in an email to customers - posted to the Web by CNet - the outage "
        "occurred when an XCalibre engineer accidentally deleted one of FlexiScale's main "
        "storage volumes."
    )
    assert blocks(
        "The outage occurred when an XCalibre engineer accidentally deleted one of "
        "FlexiScale's main storage volumes."
    )


def test_someone_elses_decisions_judged_unwise() -> None:
    check_class(
        "With 20/20 hindsight, someone in Distribute.IT's management presumably made some "
        "extremely unwise decisions regarding the risk that materialized.",
        "With 20/20 hindsight, someone in Distribute.IT's management presumably made some "
        "extremely risky decisions regarding the risk that materialized.",
    )
    assert not blocks("We made some unwise decisions.")


def test_half_thought_out_work() -> None:
    check_class(
        "The JSON module in particular was affected by a half thought out port to 3.0.",
        "The JSON module in particular was affected by a partial port to 3.0.",
    )


def test_a_slur_for_a_person() -> None:
    check_class(
        "It’s this retard on Phoronix (4159 posts since July 2008, he must be Master Hater):",
        "It’s this regular on Phoronix (4159 posts since July 2008, he must be Master Hater):",
    )
    assert not blocks("Don't retard the ignition timing.")


def test_an_addressed_persons_excuse_dismissed() -> None:
    check_class(
        'Your "I thought they were all going to be fast-forwards" excuse is pointless.',
        'Your "I thought they were all going to be fast-forwards" note is helpful.',
    )


def test_a_participle_after_a_preposition_has_no_doer() -> None:
    assert not blocks(
        "The update broke other packages with deps on accidentally obsoleted package."
    )
    assert blocks("The packager accidentally obsoleted the package.")
