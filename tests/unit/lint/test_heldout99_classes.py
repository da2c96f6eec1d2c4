"""Classes the English held-out 99 (smart-home, consumer-device and IoT failures) showed, looked
at after its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout99_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_person_detection_is_a_feature_not_a_person() -> None:
    check_false_alarm(
        "Notifications for motion and person detection were sent to incorrect customers for "
        "about an hour before this change was reversed.",
        "The person responsible sent the data to the wrong recipients.",
    )


def test_a_release_that_should_never_have_happened() -> None:
    check_class(
        "It should never have been launched in this state, clearly wasn’t tested and although "
        "the CEO finally admitted there are major issues it was all too little too late.",
        "It should soon be launched in this state, clearly tested and although the CEO "
        "finally admitted there are major issues it was all in time.",
    )
    assert blocks("The update should never have been released.")
    assert not blocks("The alert should not have been sent.")
    assert hints_only("We should never have shipped this on a Friday.")


def test_asleep_behind_the_wheel() -> None:
    check_class(
        "Sadly for me, and every other Hue user, the company seems to have fallen asleep "
        "behind the wheel.",
        "Sadly for me, and every other Hue user, the company seems to have fallen behind "
        "with the update.",
    )
