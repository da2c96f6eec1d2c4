"""Classes of blame held-out 79 (English: small hosts' and projects' own outage notes,
maintainers' lines in threads) showed, looked at after its blind run: each real sentence (or a
near copy) with a near neighbour on the other side. The set is
tests/data/lint/real/heldout79_en.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "This really looks like a problem on the part of the ISP.",
        "This really looks like a problem on the part of the parser.",
        id="en-a-problem-on-the-part-of-a-party",
    ),
    pytest.param(
        "The vendor has suspended our account.",
        "The vendor has suspended the old trial for us.",
        id="en-a-party-suspended-our-account",
    ),
    pytest.param(
        "Our account was suspended by the hosting company without a word.",
        "The resources were deleted by the cloud vendor before the grace period ran out.",
        id="en-suspended-by-the-host-not-a-policy-deletion",  # the neighbour: documents3
    ),
    pytest.param(
        "Sorry we had some people really abusing our service.",
        "Sorry we had some people really enjoying our service.",
        id="en-people-abusing-our-service",
    ),
    pytest.param(
        "The airline deflected responsibility, pointing to its vendor as the source of the "
        "problem.",
        "The airline took responsibility, pointing to its vendor as the source of the problem.",
        id="en-deflected-responsibility",
    ),
    pytest.param(
        "Apologies ring hollow when they point fingers at outside vendors.",
        "Apologies ring hollow when they point at outside vendors' status pages.",
        id="en-point-fingers-at-vendors",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour)


def test_finger_pointing_told_of_everyone_is_a_culture_not_a_culprit() -> None:
    # heldout3_en: "Everybody pointed fingers at everybody else." (clean)
    check_false_alarm(
        "Everybody pointed fingers at everybody else.",
        "The vendor pointed fingers at our configuration.",
    )


def test_tolerance_on_a_condition_is_no_indifference() -> None:
    # heldout79_en's false alarm: a maintainer's condition for using a free API.
    check_false_alarm(
        "As long as you and your apps aren't making excessive calls, we don't care.",
        "The admins didn't care about the alerts.",
    )


@pytest.mark.parametrize(
    ("real", "look_alike"),
    [
        # heldout79_de's false alarm: the people an e-mail went to are in its phrase, after a
        # number, not the subject of the relative clause ...
        (
            "Zuerst war es die E-Mail von SORA, die Anfang vergangener Woche versehentlich an 800 "
            "Personen statt an die SPÖ erging.",
            "Es war der Mitarbeiter, der die E-Mail versehentlich an 800 Personen schickte.",
        ),
        # ... and heldout19_de's: "an über 4'000 Empfänger:innen" likewise.
        (
            "Am 17. Februar ging ein interner Entwurf unseres Kundennewsletters versehentlich an "
            "über 4'000 Empfänger:innen raus.",
            "Am 17. Februar schickte die Universität einen internen Entwurf versehentlich an "
            "über 4'000 Empfänger:innen.",
        ),
    ],
)
def test_people_counted_in_a_phrase_are_not_its_subject(real: str, look_alike: str) -> None:
    check_false_alarm(real, look_alike, "de")
