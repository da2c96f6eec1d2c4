"""Classes behind the misses and the false alarm of the English held-out 116 (charities',
lotteries', bookmakers' and casinos' IT), fixed in the rules after its blind run. Each real
sentence is set against a near neighbour that must behave differently. The set is
tests/data/lint/real/heldout116_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, check_false_alarm, hints_only


def test_a_cock_up_named_as_a_noun_judges_the_work() -> None:
    check_class(
        "JustGiving CEO pledges refund over upgrade cockup",
        "JustGiving CEO pledges refund over upgrade outage",
    )
    # The verb and one's own are not judgements of others.
    assert not blocks("We cock up the deploy sometimes.")
    assert hints_only("That was our cock-up.")
    assert not blocks(
        "The foul-up was hardly the first: A computer glitch grounded 40 Delta flights in May."
    )


def test_a_slip_of_paper_is_no_slip() -> None:
    check_false_alarm(
        "The price of 50/1 was applied to the slip by the customer and was unendorsed by shop "
        "staff.",
        "It was a slip by the operator.",
    )
