"""Classes of real-text blame found by the third held-out set (issue 16), run blind.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout3_*.tsv``
(its source named beside it) and a near neighbour that must not block.
"""

from __future__ import annotations

import pytest

from .tiers import blocks

# Each case: the real sentence (must block), its source, a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        "In January 2009, a contractor in Tempe, Ariz., drilled through a fiber-optic cable "
        "that served the data center for a major airline.",
        "informit.com/articles/article.aspx?p=2019418",
        "In January 2009, a fiber-optic cable that served the data center for a major "
        "airline was cut during road works.",
        id="person-cuts-a-line",
    ),
    pytest.param(
        "Apparently someone force-pushed to master and overwrote all commits since January.",
        "github.com/remotestorage/remotestorage.js/issues/617",
        "A routine cleanup script deleted our entire production database.",
        id="person-wipes-everything",
    ),
    pytest.param(
        "Please don't merge broken builds to our main branch!",
        "github.com/aiven/devportal/pull/1297",
        "The branch protection rule does not block merges with a failing build.",
        id="reproach-in-review-thread",
    ),
    pytest.param(
        "Come on, guys. Test your code before you ask maintainers to merge it to master.",
        "github.com/tgstation/tgstation/pull/55745",
        "The pipeline tests the code before maintainers can merge it to master.",
        id="imperative-remedy-at-people",
    ),
    pytest.param(
        "Code was literally untested before it was merged to master.",
        "github.com/tgstation/tgstation/pull/55745",
        "Code was merged to master after the test run passed.",
        id="untested-passive",
    ),
    pytest.param(
        "Backup alarms were either not functioning, disabled or ignored.",
        "newsweek.com/facing-human-factor-203546",
        "Backup alarms were either not functioning, disabled or unplugged.",
        id="coordinated-passive-ignored",
    ),
    pytest.param(
        "you didn't even fucking remove the ones in the mob.dm",
        "github.com/BadDeathclaw/Drymouth-Gulch/pull/741",
        "the cleanup job didn't remove the ones in the mob.dm",
        id="omission-with-intensifiers",
    ),
    pytest.param(
        "To recap: an employee's typo caused a devastating chain of events.",
        "zhuandiandian.com/html/01b17499824.html",
        "To recap: a typo in the config caused a devastating chain of events.",
        id="an-employees-typo",
    ),
    pytest.param(
        "Here was a company about to demonstrate that even the most sophisticated trading "
        "algorithms pale in comparison to human incompetence operating at scale.",
        "planetcrust.com/?p=33131",
        "Here was a company about to demonstrate that even the most sophisticated trading "
        "algorithms can fail at scale.",
        id="incompetence-and-insults",
    ),
    pytest.param(
        "this PR was clearly made out of spite, :-1:",
        "github.com/tgstation/tgstation/pull/51301",
        "this PR was clearly made in a hurry to fix the crash",
        id="spite",
    ),
    pytest.param(
        "This guy acted deliberately to sabotage his employer.",
        "sqlservercentral.com/Forums/FindPost1860773.aspx",
        "On April 8, 2009, a sabotaged fiber-optic cable caused phone services to be down.",
        id="sabotage",
    ),
    pytest.param(
        "Someone overwrote all commits since January.",
        "github.com/remotestorage/remotestorage.js/issues/617 (abridged)",
        "Someone restored all commits since January, since the backup was intact.",
        id="since-a-date-explains-nothing",
    ),
]


@pytest.mark.parametrize(("real", "source", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(
    real: str, source: str, neighbour: str
) -> None:
    assert blocks(real), source
    assert not blocks(neighbour)


def test_a_person_as_patient_of_a_counterfactual_passive_is_not_blamed() -> None:
    # postmortems.info/t/…/407 — done to the person, by someone unnamed.
    assert not blocks("He should never have been placed in such a position.")
    assert blocks("He should never have pushed to production on a Friday.")


def test_a_remedy_named_to_reject_it_is_not_a_remedy() -> None:
    # postmortems.info/t/…/407
    assert not blocks(
        "Telling your junior engineers to be careful with prod data is not a solution."
    )
    assert blocks("Junior engineers need to be careful with prod data.")


GERMAN = [
    pytest.param(
        "Am Montag, 13. Dezember, kappte er am Morgen beim Graben mit seiner Baggerschaufel "
        "eine sensible Internetverbindung zwischen Schwarzenfeld und Nabburg.",
        "onetz.de/oberpfalz/stulln/bagger-kappt-glasfaserkabel-stulln-id3379544.html",
        "Am Montagmorgen kappte ein Bagger bei Tiefbauarbeiten gleich vier Hauptkabel.",
        id="person-cuts-a-line",
    ),
    pytest.param(
        "Habt Ihr richtig Lust auf unflexiblen und unfähigen Kundenservice?",
        "bodenroeder.de/haende-weg-vom-billig-provider/",
        "Das Modul ist nicht fähig, ältere Formate zu lesen.",
        id="judging-words",
    ),
    pytest.param(
        "Ich konstatiere also, dass es diesen Einbrechern eindeutig an Sozialkompetenz mangelt.",
        "purrucker.de/2007/06/06/randale-im-verteilerkasten/",
        "Die Kompetenz des Teams wuchs mit jedem Einsatz.",
        id="lacking-competence",
    ),
    pytest.param(
        "Etwa ein Drittel meines Unternehmens ist durch ihr Verschulden lahmgelegt.",
        "mariusebertsblog.com/?p=29009",
        "Der Versicherer zahlt auch ohne eigenes Verschulden des Kunden.",
        id="verschulden",
    ),
    pytest.param(
        "Der Hinweis, dass mein Kunde darauf angewiesen sei, ließ ihn völlig kalt.",
        "bodenroeder.de/haende-weg-vom-billig-provider/ (abridged)",
        "Die Kälte ließ die Leitung im Winter reißen.",
        id="indifference",
    ),
    pytest.param(
        "Diverse Mails blieben ohne Antwort, ich glaube, die wurden bis heute nicht einmal "
        "gelesen.",
        "woltersdorf1.rssing.com/chan-10014963/article223.html",
        "Diverse Mails blieben ohne Antwort, weil der Filter sie in den Spam-Ordner schob.",
        id="not-even-read",
    ),
    pytest.param(
        "Der Beweis: Erster Dienst eines neuen Wachmanns in einem Chemie-Lager, "
        "Feierabendkippe trotz ausdrücklichen Verbotes.",
        "cio.de/a/10-datenpannen-des-jahres-2011,2299379,2",
        "Das Rauchverbot gilt seit Januar für alle Lager.",
        id="despite-a-ban",
    ),
]


@pytest.mark.parametrize(("real", "source", "neighbour"), GERMAN)
def test_german_class_blocks_and_its_neighbour_does_not(
    real: str, source: str, neighbour: str
) -> None:
    assert blocks(real, "de"), source
    assert not blocks(neighbour, "de")


def test_not_only_but_also_is_neither_a_minimiser_nor_a_counterfactual() -> None:
    # kurier.at/chronik/wien/sicherheitstechnik-veraltet-kritik-nach-zugsunglueck/134.511.854
    assert not blocks(
        "Der Fahrdienstleiter hätte nicht nur die Sicherungsanlage zu bedienen, sondern auch "
        "den Bahnsteig beobachten und Durchsagen machen müssen.",
        "de",
    )
    assert blocks("Der Fahrdienstleiter hätte den Bahnsteig beobachten müssen.", "de")
