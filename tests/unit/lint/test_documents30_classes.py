"""The false alarm of documents30 (published write-ups of Prism Launcher, RuneLite and
systemli.org), looked at after its blind run. The files are in
tests/data/lint/real/documents30/."""

from __future__ import annotations

from .tiers import check_false_alarm, hints_only


def test_human_error_on_our_part_is_the_writers_own() -> None:
    sentence = (
        "This was caused by human error on our part, where we approved the plugin despite the "
        "code being exploitable."
    )
    check_false_alarm(sentence, "This was caused by human error.", "en")
    assert hints_only(sentence, "en")
