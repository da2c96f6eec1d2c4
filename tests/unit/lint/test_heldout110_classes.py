"""Classes the English held-out 110 (universities' and research computing IT) showed, looked at
after its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout110_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_vendors_update_that_made_a_script_malfunction() -> None:
    check_class(
        "HPE pushed an update that caused a script that deletes log files that are more than ten "
        "days old to malfunction.",
        "A kernel bug caused a script that deletes log files that are more than ten days old to "
        "malfunction.",
    )
    assert hints_only("We pushed an update that caused a script to malfunction.")


def test_a_party_that_did_not_apologise() -> None:
    check_class(
        "The university later sent out an email to all students impacted in which they did not "
        "apologise to students for the disruption.",
        "The university later sent out an email to all students impacted in which they did not "
        "expect further disruption.",
    )
    assert blocks("The vendor still hasn't apologised.")


def test_a_reports_finding_named_at_the_end_is_reported() -> None:
    assert hints_only(
        "Before Edinburgh University went live, senior managers either didn't get the message "
        "about red risks or ignored it, an independent report has found."
    )
    assert blocks("Senior managers ignored the red risks.")
