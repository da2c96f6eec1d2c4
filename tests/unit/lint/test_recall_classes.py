"""Recall classes named by the fourth held-out set's "still missed" list (issue 16).

Each case pins one general class with a real sentence from ``tests/data/lint/real/heldout4_*``
(or ``heldout3_*``) with its source named, and a near neighbour that must not block.
"""

from __future__ import annotations

import pytest

from .tiers import blocks

# Each case: the real sentence (must block), its source, a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        "All because some yahoo in Arizona did something he wasn't supposed to do!",
        "westcoastwine.net ubbthreads Number=370300",
        "The import stalled on a Yahoo mail account with 40,000 messages.",
        id="insult-some-yahoo",
    ),
    pytest.param(
        "I never had the ability to fix this, however, because my boss was a complete "
        "jackass with no understanding of IT or best practices.",
        "r/talesfromtechsupport 1gna8c (the server room)",
        "My boss approved the change window on Monday.",
        id="insult-about-my-boss-is-not-an-admission",
    ),
    pytest.param(
        "they cannot keep their sticky little fingers off the frikin equipment.",
        "forums.theregister.com, telecity disconnection farce #c_324008",
        "Keep your fingers off the hot plate during the swap.",
        id="cannot-keep-their-fingers-off",
    ),
    pytest.param(
        "Turns out it was some REMF management that had the electrician there in the first place.",
        "synthstuff.com, a bad day in the server room (2010)",
        "Turns out it was the facilities team that had the electrician there.",
        id="insult-remf",
    ),
    pytest.param(
        "the responsibility is on the senior dev imho.",
        "r/ProgrammerHumor 1ingeed (when your company has no red tape)",
        "The responsibility is on the incident commander to declare the incident.",
        id="responsibility-is-on-a-person",
    ),
    pytest.param(
        "It's not my fault they've decided to merge and deploy without coordinating with "
        "other teams that this change will require additional work that's hard to do in "
        "advance.",
        "github.com/os-autoinst/os-autoinst/pull/2342",
        "It's not my fault alone; the form accepted the value.",
        id="fault-passed-on",
    ),
    pytest.param(
        "Pushed untested unkippable kernel boot code to production on a Friday afternoon.",
        "r/programming 1ldx4p4 (interview with a 0.1x engineer)",
        "Restarted the broker.",
        id="elided-subject-judged-deed",
    ),
    pytest.param(
        "Apparently, the nephew and his friends were horsing around in the server room and "
        "tripped over some cords, causing the (unbolted) server to CRASH onto the FLOOR.",
        "r/talesfromtechsupport 4254j2 (the server crashed)",
        "Apparently, the cat tripped over some cords in the server room.",
        id="kin-and-friends-are-persons",
    ),
    pytest.param(
        "The techie finds it and pushes the button -- then realizes he had the wrong "
        "server, one housing the files in use by 600-plus employees.",
        "infoworld.com/article/2606709 (step away from the button)",
        "The script realized the wrong server was selected and stopped.",
        id="realizes-he-had-the-wrong-one",
    ),
    pytest.param(
        "My ISP at the time had sent a technician to cut the hard line to my neighbor’s "
        "house (I don’t know why) and instead, had cut the hard line to my house by mistake.",
        "thwack.solarwinds.com, redefining the backhoe event",
        "My router at the time had lost its settings after the power cut.",
        id="my-isp-is-another-party",
    ),
]


@pytest.mark.parametrize(("real", "source", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(
    real: str, source: str, neighbour: str
) -> None:
    assert source
    assert blocks(real), real
    assert not blocks(neighbour), neighbour


def test_a_company_as_they_is_not_a_person() -> None:
    # r/programming 1ldx4p4: "they" with no antecedent, owning software, is a company.
    assert not blocks(
        "They pushed a faulty configuration file and their software did not have any "
        "validation in place to ensure that whatever it tried to load was valid."
    )
    assert blocks("They forgot to renew their certificate.")


def test_rhetorical_ability_question() -> None:
    assert blocks("Can't they even read the runbook?")
    assert not blocks("Can't the scheduler even retry once?")
    assert not blocks("Can we even test this before Friday?")


GERMAN = [
    pytest.param(
        "Und dann sagt diese Pfeife der Fachmann auch noch: “Und außerdem bin ich extra 40 "
        "Kilometer gefahren, damit sie hier wieder Strom haben.”",
        "https://www.streim.de/2007/11/12/stromausfall/",
        "Er tanzte nach seiner Pfeife.",
        id="schimpfwort-pfeife",
    ),
    pytest.param(
        "Bei so viel Gleichgültigkeit kann man wohl auch nicht erwarten, dass jemand aus der "
        "UM-Technik sich vielleicht sogar einfach mal selbst in dem Forum zu Wort meldet.",
        "https://lawblog.de/?p=7389",
        "Die Reihenfolge der Schritte ist gleichgültig.",
        id="gleichgueltigkeit",
    ),
    pytest.param(
        "Allerdings sind sie anscheinend nicht fähig oder gewillt gewesen, den Fehler zu beheben!",
        "http://lotharf.blogspot.com/2006/01/so-eine-kndigung-ist-schon-verdammt.html",
        "Der Dienst ist nicht fähig, ältere Formate zu lesen.",
        id="nicht-faehig-oder-gewillt",
    ),
    pytest.param(
        "Sind die etwa nicht in der Lage bei nahezu gleicher Adresse eine kausale Verbindung "
        "zwischen den einzelnen Störungsmeldungen zu ziehen?",
        "https://elkeweiand.de/blog/entry/481-techniker-vs-bautrupp-oder-wie-oder-was/",
        "Ist der Dienst nicht in der Lage, ältere Formate zu lesen?",
        id="rhetorische-frage-nach-dem-koennen",
    ),
    pytest.param(
        "Die Täter haben – wie auf dem Bild zu sehen ist – alle durch den Verteilerkasten "
        "führenden Telefonleitungen nachhaltig zerstört.",
        "https://www.purrucker.de/2007/06/06/randale-im-verteilerkasten/ (held-out 3)",
        "Die Leitungen wurden – wie auf dem Bild zu sehen ist – bei dem Sturm beschädigt.",
        id="subjekt-ueber-einen-gedankenstrich",
    ),
    pytest.param(
        "Ein Faktor war maßgeblich: Die Piloten – US-Amerikaner (70, 56) – hatten vergessen, "
        "die Sicherungsbolzen des Fahrwerks zu entfernen.",
        "heldout15_de.tsv (a Swiss news report of a BFU finding)",
        "Ein Faktor war maßgeblich: Die Sicherungsbolzen – zwei Stück (70, 56 mm) – waren "
        "nicht entfernt worden.",
        id="einschub-zwischen-gedankenstrichen-mit-klammer-und-komma",
    ),
    pytest.param(
        "Mein Schwager hat das Kabel gekappt.",
        "constructed from the kin class of the held-out 4 list (no real German sentence)",
        "Mein Schwager hat den Router neu gestartet.",
        id="verwandte-sind-personen",
    ),
]


@pytest.mark.parametrize(("real", "source", "neighbour"), GERMAN)
def test_german_class_blocks_and_its_neighbour_does_not(
    real: str, source: str, neighbour: str
) -> None:
    assert source
    assert blocks(real, "de"), real
    assert not blocks(neighbour, "de"), neighbour
