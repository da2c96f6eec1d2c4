"""Classes from held-out 55 (English, mostly software and operations write-ups), looked at after
its blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout55_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm


def test_unpublished_by_one_of_the_maintainers() -> None:
    check_class(
        "It was unpublished yesterday by one of the maintainers.",
        "It was unpublished yesterday by the registry's policy bot.",
        "en",
    )
    assert not blocks("The malicious versions were deleted by the npm team.", "en")


def test_the_state_a_document_should_have_been_in() -> None:
    check_false_alarm(
        "Because they were still in draft, they should not have been live on the site, nor "
        "linked from the browse page.",
        "Because they were still in draft, they should not have published them on the site.",
        "en",
    )


def test_a_suppliers_monitoring_is_a_standing_system() -> None:
    check_false_alarm(
        "The supplier's existing monitoring did not alert them to this issue.",
        "The supplier's engineer did not alert them to this issue.",
        "en",
    )


def test_contractors_who_do_not_always_honour_the_plans() -> None:
    check_class(
        "It is also unfortunate that despite prior agreements, such contractors do not always "
        "honour the agreed plans.",
        "It is also unfortunate that despite prior agreements, such plans do not always "
        "reach the contractors.",
        "en",
    )
