"""A class behind the misses of the English held-out 125 (medical devices' and health
gadgets' software), fixed in the rules after its blind run: a regulator's finding that a firm
has not conducted a named check. The set is tests/data/lint/real/heldout125_en.tsv."""

from __future__ import annotations

from .tiers import check_class


def test_a_firm_that_has_not_conducted_a_named_check() -> None:
    check_class(
        "Specifically, your firm has not conducted validation of your [redacted] Software after "
        "changes to the software’s functionality have been made.",
        "Specifically, the job has not conducted validation of the software after changes.",
    )
    check_class("The vendor has not conducted any load tests.", "The job has not run the tests.")
