"""Classes of blame missed in held-out 47 (English), looked at after its blind run: each real
sentence with a near neighbour on the other side. The set is in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class

CLASSES = [
    pytest.param(
        "However, for one client (/30), when he configured the interface on the new router, he "
        "put /3 instead of /30.",  # heldout47_en
        "However, for one client (/30), when the template configured the interface on the new "
        "router, it put /3 instead of /30.",
        "en",
        id="en-put-x-instead-of-y",
    ),
    pytest.param(
        "Some functionary in the IT department actually forwarded the emails, many of them "
        "confidential in nature, to a member of the public's email address in error.",
        "The mail server actually forwarded the emails, many of them confidential in nature, "
        "to a member of the public's email address in error.",
        "en",  # heldout47_en, abridged
        id="en-functionary-forwarded-in-error",
    ),
    pytest.param(
        "The data centre has been flooded by the inadvertent triggering of the fire "
        "suppression system by contractors servicing air conditioning equipment.",
        "The data centre has been flooded by the inadvertent triggering of the fire "
        "suppression system by a faulty sensor.",
        "en",  # heldout47_en, abridged
        id="en-inadvertent-triggering-by-contractors",
    ),
    pytest.param(
        "Of course, this coverage was probably a $15/hr tech right out of school that knows "
        "nothing.",  # heldout47_en
        "Of course, this coverage was probably a $15/hr plan with a parser that knows nothing "
        "about the schema.",
        "en",
        id="en-that-knows-nothing",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # Schools and tenants act like the organisations and people they are.
        (
            "The school mistakenly emailed the grades to all parents.",
            "The script mistakenly emailed the grades to all parents.",
        ),
        ("A tenant accidentally cut the cable.", "A rodent accidentally cut the cable."),
    ],
)
def test_schools_and_tenants_are_doers(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        # heldout47_en and heldout44_en: "useless" of a team, not of a thing.
        (
            "Southampton City Council's useless IT Department",
            "Southampton City Council's useless log file",
        ),
        (
            "Or perhaps the Bank IT department is just useless; in my mind that is the most "
            "likely scenario.",
            "Or perhaps the Bank IT alert is just useless; in my mind that is the most likely "
            "scenario.",
        ),
    ],
)
def test_useless_of_a_team(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "en")


def test_whose_fault_it_was_said_of_a_company() -> None:
    """heldout47_en: "x10hosting's fault." names a culprit, even if the name looks like a
    product; "not AWS’ fault" names none."""
    check_class("OH FOR GOD'S SA- x10hosting's fault.", "It was not AWS’ fault.", "en")
