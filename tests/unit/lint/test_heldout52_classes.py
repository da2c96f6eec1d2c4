"""Classes from held-out 52 (English: news on misdirected e-mails and cut lines, vendors'
outages, GitHub threads, own notes), looked at after its blind run: each real sentence with a
near neighbour on the other side. The set is tests/data/lint/real/heldout52_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class

CLASSES = [
    pytest.param(
        "Late this morning, the contractor working on Park Place in Butler apparently damaged "
        "Verizon's underground telephone cables causing phone problems for customers in the area.",
        "Late this morning, the storm over Park Place in Butler apparently damaged Verizon's "
        "underground telephone cables causing phone problems for customers in the area.",
        id="en-contractor-damaged-a-companys-cables",
    ),
    pytest.param(
        "The data breach occurred last month when one of the trust's administration team "
        "emailed people taking part in the trial.",
        "The data breach occurred last month when the trust's mailing tool emailed people "
        "taking part in the trial.",
        id="en-breach-occurred-when-one-of-the-team-emailed",
    ),
    pytest.param(
        "They used the 'carbon copy' - or cc - field instead of 'blind carbon copy' to "
        "anonymise the recipients.",
        "They used the 'blind carbon copy' - or bcc - field to anonymise the recipients.",
        id="en-used-the-cc-field-instead-of-bcc",
    ),
    pytest.param(
        "The letter, outlining the findings of a heart scan, was emailed in error by a member "
        "of staff within the Northern Trust.",
        "The letter, outlining the findings of a heart scan, was emailed in error by the "
        "mail-merge tool within the Northern Trust.",
        id="en-emailed-in-error-by-a-member-of-staff",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_a_choice_of_tools_is_no_slip() -> None:
    assert not blocks("The team used Redis instead of Memcached for the session store.", "en")
