"""Classes of real-text blame found by the fourth held-out set (issue 16), run blind.

Each case pins one class with a real sentence from ``tests/data/lint/real/heldout4_*.tsv``
(or, where the class was named by the third set's "still missed" list, from
``heldout3_*.tsv``), its source named beside it, and a near neighbour that must not block.
"""

from __future__ import annotations

import pytest

from .tiers import blocks, hints_only

# Each case: the real sentence (must block), its source, a near neighbour (must not block).
ENGLISH = [
    pytest.param(
        "An engineer disconnected and then reconnected the power supply to the airline’s "
        "data centre, causing a power surge.",
        "standbynordic.com/human-error-behind-ba-it-crash/",
        "The breaker tripped, causing a short outage.",
        id="harm-in-a-participle-clause",
    ),
    pytest.param(
        "A construction company cut through 1,300 communication cables while boring into "
        "the road in Logan on Aug 21, causing a large-scale broadband outage for thousands "
        "of customers in Cache County.",
        "ksltv.com (fiber cut in Cache County)",
        "1,300 communication cables were cut during road works in Logan.",
        id="counted-cables-cut",
    ),
    pytest.param(
        "The person running the backhoe didn't want to wait for the tech to arrive this "
        "morning and fired up the backhoe and proceeded to destroy the fiber cable.",
        "mailman.nanog.org/pipermail/nanog/1999-June/135551.html",
        "The backhoe struck the fiber cable, which was not on the locate map.",
        id="second-verb-after-and-destroys-a-line",
    ),
    pytest.param(
        "Someone merged an article that broke the build.",
        "github.com/freeCodeCamp/guide/pull/674",
        "The merge bot merged a change that broke the build.",
        id="person-merges-what-broke-the-build",
    ),
    pytest.param(
        "In the town of Cheyenne, construction workers were digging a sign post using an "
        "auger, and caused the loss of long distance telephone service when the auger ripped "
        "through the fiber optic cable.",
        "heldout3_en.tsv (utilitylocatinginformation.com, Cheyenne 2007)",
        "In the town of Cheyenne, the digging of a sign post caused the loss of long distance "
        "telephone service.",
        id="subject-of-a-second-verb-after-and",
    ),
]


@pytest.mark.parametrize(("real", "source", "neighbour"), ENGLISH)
def test_english_class_blocks_and_its_neighbour_does_not(
    real: str, source: str, neighbour: str
) -> None:
    assert blocks(real), source
    assert not blocks(neighbour)


@pytest.mark.parametrize(
    "reported",
    [
        # financialtribune.com: the speaker after the clause is seven words long.
        "A computer systems failure at British Airways last month that left tens of thousands "
        "of passengers stranded was caused by two human errors from a contractor, the CEO of "
        "the carrier’s parent company said on Monday.",
        # consumerist.com: a reporting verb opens the sentence.
        "United Airlines says it was human error that caused a computer failure that grounded "
        "all United flights for two hours, snarling air traffic nationwide.",
        # financialtribune.com and zdnet.com headlines.
        "BA Mayhem Attributed to Human Error, Not IT",
        "Internet service provider admits human error was to blame in an accident that may "
        "have led to thousands of customers' emails being lost forever",
    ],
)
def test_reported_human_error_is_a_quiet_hint(reported: str) -> None:
    assert hints_only(reported)


def test_unreported_human_error_still_blocks() -> None:
    # standbynordic.com: the writer's own claim, no one reported.
    assert blocks("Human error is likely to have been behind British Airways’ IT crash.")


def test_affirmed_duty_and_conceded_hypothetical_are_not_blame() -> None:
    # westcoastwine.net forum thread (both sentences).
    affirmed = "Well...from what I've read, he was doing what he was supposed to be doing!!!"
    assert not blocks(affirmed)
    assert not blocks("Truth is, even if he totally messed up, the grid should have contained it.")
    assert blocks("He was supposed to drain the node before rebooting it.")


GERMAN = [
    pytest.param(
        "Drei Tage lang reagierten Sie weder auf Emails, SMS oder Mailboxnachrichten.",
        "heldout3_de.tsv (hosting complaint, formal address)",
        "Drei Tage lang reagierte der Server weder auf Anfragen noch auf Pings.",
        id="formal-sie-reproached-for-not-reacting",
    ),
    pytest.param(
        "Fazit dieses unerfreulichen Tages: Der Telefonmann kam nicht, hatte sich nicht "
        "einmal gemeldet.",
        "volksfreund.de (Kurz: Kein Anschluss)",
        "Fazit dieses Tages: Der Anschluss kam nicht zustande.",
        id="person-did-not-come-or-call",
    ),
    pytest.param(
        "Tja HorstDeutschland bekam die Rechnung somit zurück und wartete einfach bis Anfang "
        "November.",
        "heldout3_de.tsv (blog.connys-welt.com)",
        "Umfangreiche Aktualisierungen, die ich am Donnerstag vorgenommen hatte, waren "
        "einfach weg.",
        id="einfach-minimises-an-action",
    ),
    pytest.param(
        "Unbekannter riss am Dienstag, vermutlich mit einem Lkw, in dem Beilngrieser Ortsteil "
        "die Leitung ab und einen Masten um.",
        "kelheim-today.de",
        "Grund war eine bei Bauarbeiten beschädigte Stromleitung an der Großen Budengasse.",
        id="person-tears-off-a-line",
    ),
    pytest.param(
        "Noch am zweiten Tag nach dem Gespräch aber löschte der Mitarbeiter alle Daten auf "
        "dem Firmenserver.",
        "kanzlei-krieger.de",
        "Das Skript löschte alle Daten auf dem Testserver.",
        id="person-wipes-all-data",
    ),
    pytest.param(
        "Eine Hauptleitung wurde durch einen Baggerfahrer bei Arbeiten in einem "
        "Gewerbegebiet zerstört.",
        "bagger.com (Wilhelmshaven), without its 'laut dem Stromversorger'",
        "Eine Hauptleitung wurde durch einen Bagger bei Arbeiten in einem Gewerbegebiet zerstört.",
        id="durch-passive-names-a-person",
    ),
]


@pytest.mark.parametrize(("real", "source", "neighbour"), GERMAN)
def test_german_class_blocks_and_its_neighbour_does_not(
    real: str, source: str, neighbour: str
) -> None:
    assert blocks(real, "de"), source
    assert not blocks(neighbour, "de")


@pytest.mark.parametrize(
    "reported",
    [
        # kelheim-today.de: a main clause in Konjunktiv I reports what the police said.
        "Der Unfall-Verursacher habe sich einfach aus dem Staub gemacht, ohne sich um den "
        "angerichteten Schaden zu kümmern.",
        # bagger.com: "laut" inside the sentence.
        "Eine Strom Hauptleitung wurde laut dem Stromversorger GEW durch einen Baggerfahrer "
        "bei Arbeiten in einem Gewerbegebiet zerstört.",
        # forum.energienetz.de: "sollen … versagt haben".
        "Mitarbeiter sollen unter Zeitdruck versagt haben.",
        # docusnap.com and wikizero.org: generic statements about human error.
        "Dabei kann es sich sowohl um Softwarefehler, Hardwaredefekte, Stromausfälle oder auch "
        "um menschliches Versagen handeln.",
        "Menschliche Fehler können in allen Lebensbereichen, Situationen und in jedem "
        "Personenkreis passieren.",
    ],
)
def test_german_reports_and_generic_statements_are_quiet_hints(reported: str) -> None:
    assert hints_only(reported, "de")


def test_german_indicative_and_first_person_still_read_as_before() -> None:
    assert blocks("Der Unfall-Verursacher hat sich einfach aus dem Staub gemacht.", "de")
    assert not blocks("Ich habe den Stecker einfach gezogen.", "de")
