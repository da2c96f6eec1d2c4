"""Classes the English held-out 90 (big outages of 2019-2025 in firms' notes, news, columns and
comment threads) showed, looked at after its blind run: each real sentence with a near
neighbour on the other side. The set is tests/data/lint/real/heldout90_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_greedy_executives() -> None:
    check_class(
        "Look no further than the company’s outdated crew-scheduling technology and the greedy "
        "Southwest executives behind it.",
        "Look no further than the company’s outdated crew-scheduling technology and the "
        "Southwest executives behind it.",
    )


def test_blame_evaded() -> None:
    check_class(
        "Column: The guilty parties evading blame for the Southwest meltdown are its board members",
        "Column: The parties reviewing the Southwest meltdown are its board members",
    )
    assert not blocks("We do not want to evade responsibility.")


def test_customers_deceived() -> None:
    check_class(
        "MS, beginning with DOS, was all about stealing code and deceiving customers.",
        "MS, beginning with DOS, was all about shipping code and serving customers.",
    )
    assert not blocks("The misleading dashboard confused users.")


def test_inexcusable_as_it_is_misspelt() -> None:
    check_class(
        "In my opinion, this failure of Microsoft is inexcusible.",
        "In my opinion, this failure of Microsoft is instructive.",
    )
