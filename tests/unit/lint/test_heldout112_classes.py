"""The false alarms of the English held-out 112 (tax and passport offices' IT), fixed after its
blind run, each with a look-alike that must still block. The set is
tests/data/lint/real/heldout112_en.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_a_forecast_about_the_public_is_no_duty() -> None:
    check_false_alarm(
        "Senior government officials were at a loss to explain what happened, even as close to "
        "5 million Americans were expected to try to file their taxes before the midnight "
        "deadline.",
        "The engineer was expected to check the backups.",
    )


def test_blame_put_on_attackers_names_no_one_in_the_review() -> None:
    check_false_alarm("I blame Russian hackers.", "I blame the intern.")
