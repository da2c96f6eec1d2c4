"""Classes the English parts of held-out 82 (newspapers' corrections, game operators' and
community admins' outage posts), 83 and 84 (own write-ups) showed, looked at after their blind
runs: each real sentence with a near neighbour on the other side, the false alarms with
look-alikes that still block, and an admission that must not block. The sets are
tests/data/lint/real/heldout82_en.tsv, heldout83_en.tsv and heldout84_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_a_host_that_decided_to_cancel_our_account() -> None:
    check_class(
        "Turns out that Hetzner has decided to cancel our account and terminate all servers.",
        "Turns out that Hetzner has decided to upgrade our account and migrate all servers.",
    )


def test_fortunes_fools_is_a_saying_not_a_label() -> None:
    check_false_alarm(
        "Many of you have been fortune’s fools this week-end and have perished due to technical "
        "problems with our network and servers.",
        "Many of you have been fools this week-end and have crashed our servers.",
    )


def test_the_writer_taking_the_blame_does_not_block() -> None:
    assert not blocks("The blame is solely mine.")
    assert blocks("The blame is solely his.")


def test_anyones_feeling_foolish_is_no_label() -> None:
    # heldout83_en's false alarm: a generic "you" feeling foolish.
    check_false_alarm(
        "Then you feel foolish when you finally find the problem.",
        "Then you are foolish when you finally find the problem.",
    )


def test_a_vendors_scheduled_reminder_is_no_sanction() -> None:
    # heldout84_en: rewriting "why I didn't see the quarterly reminder email from letsencrypt"
    # must not raise a sanction finding on "reminder email".
    assert not blocks(
        "Now I need to figure out why the quarterly reminder email was not seen from letsencrypt."
    )
    assert blocks("The team got a reminder email about the change freeze.")


def test_a_wish_for_an_ideal_world_is_no_hindsight() -> None:
    # heldout84_en's false alarm.
    check_false_alarm(
        "In an ideal world, my webhost would have transferred all his files to a new server.",
        "My webhost should have transferred all his files to a new server.",
    )
