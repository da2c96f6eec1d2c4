"""Classes behind misses and false alarms of the held-out sets from English 357 and German 355
on (self-storage and junk removal; house painters and handymen; pest control; floor layers),
and the misses of earlier sets found on the way, fixed in the rules after their blind runs. The
sets are tests/data/lint/real/heldout357_en.tsv, heldout355_de.tsv and later."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_a_negated_frame_that_asserts_what_follows_keeps_the_blame() -> None:
    # From held-out 354: "It didn't matter that … the DJ screwed up our first dance …".
    check_class(
        "It didn’t matter that the ice sculpture had our married monogram wrong, that the DJ "
        "screwed up our first dance or that the bartender told people we were out of beer.",
        "It did not happen that the DJ screwed up our first dance.",
    )
    assert blocks("We couldn’t believe the technicians forgot to put the oil cap back on.")
    assert blocks("I am not surprised that the technician forgot to put the oil cap back on.")
    assert blocks("No matter what I said, my audiologist just would not listen to me.")
    # A plain negated opinion still denies what follows.
    assert not blocks("I don't think the DJ screwed up our first dance.")
