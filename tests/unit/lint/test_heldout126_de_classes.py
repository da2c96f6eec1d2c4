"""A false alarm of the German held-out 126 (the power sector's IT and billing), fixed after
its blind run: a command is a thing, so a cause that is a property of commands names no
culprit. The set is tests/data/lint/real/heldout126_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_a_cause_that_is_a_property_of_commands() -> None:
    check_false_alarm(
        "Die eigentliche Ursache ist die Zulässigkeit von Befehlen bzw. Meldungen „an alle“.",
        "Die eigentliche Ursache ist die Zulässigkeit von Kollegen.",
        lang="de",
    )
