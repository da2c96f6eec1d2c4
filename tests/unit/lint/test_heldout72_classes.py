"""Classes of blame held-out 72 (English and German, from the web) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The sets are
tests/data/lint/real/heldout72_en.tsv and heldout72_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, hints_only

CLASSES = [
    pytest.param(
        "A NSW government agency may have been responsible for the massive blackout of "
        "Telstra's eastern seaboard fibre optic cable last week.",
        "A failed transformer may have been responsible for the massive blackout last week.",
        "en",
        id="en-may-have-been-responsible-for-the-massive-blackout",
    ),
    pytest.param(
        "What should happen is that the Chief Executive should resign.",
        "What should happen is that the old cluster should be retired.",
        "en",
        id="en-should-resign",
    ),
    pytest.param(
        "We have had some fierce weather in the UK recently and the telephone company have "
        "been diabolical at sorting us out!",
        "We have had some fierce weather in the UK recently and the roads have been diabolical.",
        "en",
        id="en-diabolical-at-sorting-us-out",
    ),
    pytest.param(
        "The local government officials of today are a travesty of those from yesteryear.",
        "It would be a travesty to lose the archive.",
        "en",
        id="en-are-a-travesty",
    ),
    pytest.param(
        "Most of our fibre cables damaged by the piling works contractor have been rectified.",
        "Most of our fibre cables damaged by the storm have been rectified.",
        "en",
        id="en-cables-damaged-by-the-contractor",
    ),
    pytest.param(
        "The facility provider has been very slow to provide a detailed explanation.",
        "The facility's disks have been very slow to respond.",
        "en",
        id="en-slow-to-provide",
    ),
    pytest.param(
        "A member of staff lost a laptop containing patient records.",
        "The server lost two hard drives in the same week.",
        "en",
        id="en-lost-a-laptop",
    ),
    pytest.param(
        "The contractor performed digging activities without adequate clearance.",
        "The crew performed the work without adequate lighting.",
        "en",
        id="en-without-adequate-clearance",
    ),
    pytest.param(
        "Er hatte am 30. Juni 2014 eine Peweta-Wanduhr fehlerhaft in einer "
        "Grundschulturnhalle in Ulm installiert.",
        "Die Uhr war fehlerhaft in der Turnhalle installiert.",
        "de",
        id="de-fehlerhaft-installiert",
    ),
    pytest.param(
        "In Erfurt hat ein Kranführer mit seinem Ausleger eine Hochspannungsleitung erfasst "
        "und damit für einen kurzzeitigen Stromausfall im Norden der Stadt verursacht.",
        "Die Mitarbeiterin hat die Daten der Leitung erfasst.",
        "de",
        id="de-eine-hochspannungsleitung-erfasst",
    ),
    pytest.param(
        "Ein Arbeiter hat zwei seiner Kollegen mit einem Gabelstapler angefahren und dabei "
        "schwer verletzt.",
        "Ein Arbeiter wurde von einem Gabelstapler angefahren.",
        "de",
        id="de-kollegen-angefahren",
    ),
    pytest.param(
        "Warum das alles passiert ist, geruhten die Stadtwerke bisher nicht mitzuteilen.",
        "Warum das alles passiert ist, teilten die Stadtwerke am Abend mit.",
        "de",
        id="de-geruhten-nicht-mitzuteilen",
    ),
    pytest.param(
        "Im Umkehrschluß bedeutet dies jedoch, die Verantwortlichen haben Ihre "
        "Kontrollfunktion nicht richtig wahrgenommen.",
        "Die Verantwortlichen haben ihre Kontrollfunktion wahrgenommen.",
        "de",
        id="de-kontrollfunktion-nicht-wahrgenommen",
    ),
    pytest.param(
        "Die Stadtwerke haben vergessen, uns zu informieren.",
        "Die Stadtwerke Ulm melden eine Störung.",
        "de",
        id="de-stadtwerke-are-an-organisation",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


@pytest.mark.parametrize(
    "reported",
    [
        # What a spokesman said, told after "wie": reported, a quiet hint.
        "Ein Bauarbeiter hatte eine Leitung beschädigt, wie ein Sprecher der Stadtwerke auf "
        "Anfrage sagte.",
        # A court's weighing of what one side had done, in the Konjunktiv: reported.
        "Zu Gunsten des Baggerführers wertete die Kammer, dass die Stadtwerke das Gasrohr "
        "ungewöhnlich hoch verlegt hätten.",
    ],
)
def test_german_reported_blame_is_a_hint(reported: str) -> None:
    assert hints_only(reported, "de")
