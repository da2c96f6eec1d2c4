"""Classes of blame held-out 79 (English: small hosts' and projects' own outage notes,
maintainers' lines in threads; German: offices and telecoms in news and blogs) showed, looked
at after its blind run: each real sentence (or a near copy) with a near neighbour on the other
side. The sets are tests/data/lint/real/heldout79_en.tsv and heldout79_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm, hints_only

CLASSES = [
    pytest.param(
        "This really looks like a problem on the part of the ISP.",
        "This really looks like a problem on the part of the parser.",
        id="en-a-problem-on-the-part-of-a-party",
    ),
    pytest.param(
        "Apparently an employee installed an older version of the office suite, which then led "
        "to complications.",  # heldout79_de's German sentence, in English
        "Apparently the updater installed an older version of the office suite, which then led "
        "to complications.",
        id="en-an-act-that-led-to-complications",
    ),
    pytest.param(
        "In my opinion you could not be more evil getting rid of all my data.",
        "In my opinion you could not be more helpful getting rid of all my data.",
        id="en-you-could-not-be-more-evil",
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
        "It stagnated, lost trust and even became a laughingstock for repeatedly making the "
        "same mistakes.",
        "It stagnated, lost trust and even became a case study for repeatedly making the same "
        "mistakes.",
        id="en-became-a-laughingstock",
    ),
    pytest.param(
        "Apologies ring hollow when they point fingers at outside vendors.",
        "Apologies ring hollow when they point at outside vendors' status pages.",
        id="en-point-fingers-at-vendors",
    ),
]


GERMAN = [
    pytest.param(
        "Eine Anfrage der SZ vom Montagnachmittag bleibt von der Schule zunächst unbeantwortet.",
        "Eine Anfrage der SZ vom Montagnachmittag bleibt zunächst unbeantwortet.",
        id="de-von-der-schule-unbeantwortet",
    ),
    pytest.param(
        "Es war aber ein Schaden bei Arbeiten durch die Telekom, die gegenüber vom Rathaus "
        "gemacht wurden.",
        "Es war aber ein Schaden bei Arbeiten durch den Sturm, der über das Rathaus zog.",
        id="de-schaden-bei-arbeiten-durch-die-telekom",
    ),
    pytest.param(
        "Und der schwarze Peter wird nur wieder von einem Amt zum anderen hin und her geschoben.",
        "Und der Antrag wird nur wieder von einem Amt zum anderen hin und her geschoben.",
        id="de-schwarzer-peter",
    ),
    pytest.param(
        "Anscheinend hat ein Mitarbeiter eine ältere Version der Office-Suite eingespielt, was "
        "dann zu Komplikationen geführt hat.",
        "Anscheinend hat ein Update eine ältere Version der Office-Suite eingespielt, was dann "
        "zu Komplikationen geführt hat.",
        id="de-eingespielt-was-zu-komplikationen-gefuehrt-hat",
    ),
    pytest.param(
        "Die Telekom schiebt die Schuld auf den Hersteller.",
        "Die Telekom schiebt die Lieferung auf den Herbst.",
        id="de-schiebt-die-schuld-auf",
    ),
    pytest.param(
        "Die Einmalzahlung sollte eine Sternstunde der Digitalisierung in der Verwaltung sein – "
        "und entwickelt sich stattdessen zur Lachnummer.",
        "Die Einmalzahlung sollte eine Sternstunde der Digitalisierung in der Verwaltung sein – "
        "und entwickelt sich stattdessen zum Vorbild.",
        id="de-zur-lachnummer",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour)


@pytest.mark.parametrize(("real", "neighbour"), GERMAN)
def test_the_german_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour, "de")


def test_a_building_site_that_turns_into_a_farce_judges_no_one() -> None:
    # heldout69_de: "Farce" stays out of the mockery list (the sentence is labelled clean).
    check_false_alarm(
        "Langsam entwickelt sich der Bau wirklich zu einer Farce.",
        "Langsam entwickelt sich der Bau wirklich zu einer Lachnummer.",
        "de",
    )


def test_finger_pointing_told_of_everyone_is_a_culture_not_a_culprit() -> None:
    # heldout3_en: "Everybody pointed fingers at everybody else." (clean)
    check_false_alarm(
        "Everybody pointed fingers at everybody else.",
        "They pointed fingers at our configuration.",
    )
    # One named party's finger-pointing is reported blame (held-out 89), a quiet hint.
    assert hints_only("The vendor pointed fingers at our configuration.")


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


@pytest.mark.parametrize(
    ("own", "someone_else"),
    [
        # heldout79_en's consider sentences that blocked: the writers' own slips.
        (
            "Yes I'm still here, but on holidays ... and forgot to pay the domain :-(",
            "Yes, Bob is still here, but on holidays and forgot to pay the domain.",
        ),
        (
            "Sorry about that - the site came back online erroneously in our recent server "
            "migration.",
            "Sorry, Bob broke the build.",
        ),
        ("I think that might’ve been me.", "Bob should have been more careful."),
    ],
)
def test_the_writers_own_slip_does_not_block(own: str, someone_else: str) -> None:
    assert not blocks(own)
    assert blocks(someone_else)
