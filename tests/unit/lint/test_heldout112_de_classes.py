"""A false alarm of the German held-out 112 (newsrooms' and publishers' mishaps), fixed in the
rules after its blind run, with a look-alike that must still block. The set is
tests/data/lint/real/heldout112_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_an_aside_of_what_one_might_have_thought_is_no_hindsight() -> None:
    check_false_alarm(
        "Ein Scherz oder Hack, wie man hätte denken können, lag der kuriosen Nachricht nicht "
        "zugrunde, sondern schlichtweg ein Missgeschick.",
        "Der Admin hätte das Backup prüfen können.",
        lang="de",
    )
