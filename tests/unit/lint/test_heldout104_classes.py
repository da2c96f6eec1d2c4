"""A class the English held-out 104 (open-source and developer-platform incidents told outside
GitHub) showed, looked at after its blind run: the real sentence with a near neighbour on the
other side. The set is tests/data/lint/real/heldout104_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class


def test_hindsight_about_those_behind_a_change() -> None:
    check_class(
        "Considering that setuptools is a major focus and key technology of this group, those "
        "making changes to distutils should have tested against setuptools.",
        "Considering that setuptools is a major focus and key technology of this group, those "
        "changes to distutils should have been tested against setuptools.",
    )
    assert blocks("Those responsible should have checked the change.")
    assert not blocks("Those servers should have been replaced last year.")
