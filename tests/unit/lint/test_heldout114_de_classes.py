"""A false alarm of the German held-out 114 (universities', libraries' and exams' IT
mishaps), fixed in the rules after its blind run, with a look-alike that must still block.
The set is tests/data/lint/real/heldout114_de.tsv."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_the_wrong_thing_handed_over_in_a_passive_names_no_doer() -> None:
    check_false_alarm(
        "Prüflingen wurde zuerst die falsche Klausur ausgehändigt",
        "Der Dozent hat die falsche Note eingetragen.",
        lang="de",
    )
