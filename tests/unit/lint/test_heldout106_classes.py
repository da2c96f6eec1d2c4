"""Classes the English held-out 106 (logistics, shipping and postal IT) showed, looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout106_en.tsv."""

from __future__ import annotations

from .tiers import check_class, hints_only


def test_warnings_that_went_unheeded() -> None:
    # The set's own sentence has its words in quotation marks ('went “absolutely ignored,”'),
    # which the linter reads as quoted; the unquoted form is the class.
    check_class(
        "Unfortunately, the warnings went absolutely ignored, which led to the shortage.",
        "Unfortunately, the warnings went unanswered for an hour, which led to the shortage.",
    )
    check_class("Repeated warnings from staff went unheeded.", "The page went unanswered.")
    assert hints_only("Our warnings went unheeded.")
