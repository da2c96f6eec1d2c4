"""Classes of blame held-out 74 (English and German, from the web) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side, and the false alarms
it found. The sets are tests/data/lint/real/heldout74_en.tsv and heldout74_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "The contractor cut all fiber cables in the space even though it was expressly "
        "indicated they were not to be cut.",
        "The storm cut all fiber cables in the space.",
        "en",
        id="en-cut-all-fiber-cables",
    ),
    pytest.param(
        "Upon conducting our investigations, it was established that a private contractor "
        "whilst carrying out works in the South district, damaged one of the High Voltage "
        "cables on the ex-MOD network.",
        "Upon conducting our investigations, it was established that a fault in the South "
        "district damaged one of the High Voltage cables on the ex-MOD network.",
        "en",
        id="en-damaged-one-of-the-cables",
    ),
    pytest.param(
        "@jichangjichang  can you explain why you force merged the PR?",
        "@jichangjichang  can you explain why the PR was force merged?",
        "en",
        id="en-can-you-explain-why-you",
    ),
    pytest.param(
        "To make a long story short, the hosting company rushed into migrating the site to a "
        "new server without advance discussion, as we had planned.",
        "To make a long story short, the hosting company migrated the site to a new server "
        "after advance discussion, as we had planned.",
        "en",
        id="en-a-firm-without-advance-discussion",
    ),
    pytest.param(
        "In a 30 minute call, the prat on the helpdesk gets me to uninstall the modem drivers "
        "and reinstall them.",
        "In a 30 minute call, the man on the helpdesk gets me to uninstall the modem drivers "
        "and reinstall them.",
        "en",
        id="en-the-prat-on-the-helpdesk",
    ),
    pytest.param(
        "Der hätte die Leitung an der Petersbrunner Straße nämlich kennen müssen.",
        "Die Leitung hätte an der Petersbrunner Straße nämlich markiert sein müssen.",
        "de",
        id="de-der-haette-kennen-muessen",
    ),
    pytest.param(
        "Ein Lkw-Fahrer hat mit seinem Laster am Samstag gegen 12 Uhr ein Telefonkabel in "
        "Werkel über der Frankfurterstraße auf Höhe der Hausnummer 15 durchgerissen und ist "
        "davon gefahren.",
        "Ein Sturm hat am Samstag gegen 12 Uhr ein Telefonkabel in Werkel über der "
        "Frankfurterstraße auf Höhe der Hausnummer 15 durchgerissen.",
        "de",
        id="de-telefonkabel-weit-vor-durchgerissen",
    ),
    pytest.param(
        "Der Verursacher entfernte sich danach unerlaubt vom Unfallort.",
        "Der Rettungswagen entfernte sich danach vom Unfallort.",
        "de",
        id="de-unerlaubt-vom-unfallort",
    ),
    pytest.param(
        "POL-PDWIL: Telefonleitung abgerissen; Verursacher flüchtig",
        "POL-PDWIL: Telefonleitung abgerissen; Ursache unklar",
        "de",
        id="de-verursacher-fluechtig",
    ),
    pytest.param(
        "Dass das Bundesverkehrsministerium jahrelang mit einer längst gepatchten "
        "Sicherheitslücke kokettiert, zeugt allerdings von wenig Engagement.",
        "Dass das Bundesverkehrsministerium die Sicherheitslücke binnen Tagen gepatcht hat, "
        "zeugt von großer Sorgfalt.",
        "de",
        id="de-zeugt-von-wenig-engagement",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


def test_a_providers_failover_is_a_system() -> None:
    check_false_alarm(
        "Our provider's failover failed to fail-over.",
        "Our provider's engineers failed to fail over.",
        "en",
    )


def test_a_named_storm_is_no_person() -> None:
    check_false_alarm(
        "Level-3 Mgmt Update: The Level 3 contractor was performing demolition work in the "
        "basement of 75 Broad related to abandoned equipment due to Hurricane Sandy.",
        "The outage was due to Sandy, the contractor on the night shift.",
        "en",
    )
