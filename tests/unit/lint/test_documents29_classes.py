"""False alarms of documents29 (published post-mortems of bcgov, BitShares, the XRP Ledger,
mataroa and Kiwi TCMS), looked at after its blind run: each sentence with a near neighbour that
still blocks. The files are in tests/data/lint/real/documents29/."""

from __future__ import annotations

from .tiers import check_false_alarm


def test_who_did_it_affect_asks_about_the_impact() -> None:
    """A template heading: "it" is the subject, the question asks whom the outage hit."""
    check_false_alarm("### Who did it affect and how?", "Who did it?", "en")


def test_making_it_clear_that_you_should_not_is_documentation() -> None:
    check_false_alarm(
        "We've since made a PR to the repo to make it more clear that you should not ignore the "
        "excellent instruction Jason has left all of us :)",
        "You should not ignore the excellent instruction Jason has left all of us.",
        "en",
    )
