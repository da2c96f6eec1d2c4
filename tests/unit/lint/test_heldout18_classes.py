"""Classes of blame missed, and false alarms raised, in real sentences of the held-out sets
(mostly held-out 16 to 19, looked at after their blind runs): each real sentence with a
near neighbour on the other side. The sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "Beide beteiligten Pflegekräfte bemerken den Fehler nicht.",  # heldout18_de
        "Der Health-Check bemerkt den Fehler nicht.",
        "de",
        id="de-omission-told-in-the-present",
    ),
    pytest.param(
        "Die zuständige Fahrdienstleiterin des Bedienplatzes unterließ die in diesem Fall "
        "notwendige Einzelräumungsprüfung.",  # heldout18_de, abridged
        "Das Stellwerk unterließ die Einzelräumungsprüfung nicht.",
        "de",
        id="de-unterliess-with-an-object",
    ),
    pytest.param(
        "Aufgrund eines Lesefehlers hatte die Pflegekraft ein falsches Medikament gegeben.",
        "Im Nachhinein hat der Alarmtext die Leute auf das falsche Subsystem gelenkt.",
        "de",
        id="de-the-wrong-thing-with-any-participle",
    ),
    pytest.param(
        "Der Baggerfahrer hat eine 400-Volt-Leitung zerfetzt!",  # heldout16_de
        "Der Sturm hat die Leitung zerrissen.",
        "de",
        id="de-a-line-torn",
    ),
    pytest.param(
        "Ein Fahrdienstleiter hat offenbar die Weiche zu früh umgestellt.",  # heldout16_de
        "Das Skript hat die Weiche zu früh umgestellt.",
        "de",
        id="de-too-early",
    ),
    pytest.param(
        "Ein Fahrdienstleiter hat offenbar die Weiche, an der sich der Unfall ereignete, zu "
        "früh umgestellt.",  # heldout16_de, as written
        "Das Skript hat die Weiche, an der sich der Unfall ereignete, zu früh umgestellt.",
        "de",
        id="de-over-an-embedded-relative-clause",
    ),
    pytest.param(
        "Und da haben auch nicht nahezu alle Back-up-Methoden versagt, sondern die "
        "Verantwortlichen für das Backup haben versagt.",  # heldout22_de, quotes dropped
        "Und da haben auch nicht die Verantwortlichen versagt, sondern die Back-up-Methoden "
        "haben versagt.",
        "de",
        id="de-people-who-failed",
    ),
    pytest.param(
        "Der Arbeitnehmer hat die beim Führen eines Fahrzeugs erforderliche Sorgfalt hier in "
        "gravierendem Maße außer Acht gelassen.",  # heldout22_de
        "Die Prüfung hat die Verbindung zwischen Sorgfalt und Wartung außer Acht gelassen.",
        "de",
        id="de-care-disregarded-by-an-employee",
    ),
    pytest.param(
        "Der Lokführer des anschließend auffahrenden Zuges beachtete das Warnstellung zeigende "
        "Vorsignal nicht und mißachtete das folgende Hauptsignal.",  # heldout23_de, abridged
        "Das Stellwerk meldete den Fehler nicht und fiel aus.",
        "de",
        id="de-verb-second-omission-before-und-and-old-spelling",
    ),
    pytest.param(
        "Dana, who was on call that night, forgot to renew the certificate.",
        "The cron job, which ran late that night, failed to renew the certificate.",
        "en",
        id="en-a-relative-aside-holding-that",
    ),
    pytest.param(
        "Probable Cause: The pilot’s inadequate fuel planning, which resulted in a loss of "
        "engine power due to fuel exhaustion.",  # heldout20_en (an NTSB summary)
        "The pump’s inadequate pressure monitoring raised the alarm.",
        "en",
        id="en-a-persons-act-judged-in-a-possessive",
    ),
    pytest.param(
        "Unlike the infamous rolling blackouts that hit California a decade ago, the cause was "
        "not a lack of electricity, but employee error.",  # heldout20_en
        "The driver error dialog appeared after the update.",
        "en",
        id="en-employee-error-is-a-label",
    ),
    pytest.param(
        "@ramonpeter Please don't merge things that are failing CI.",  # heldout20_en
        "@ramonpeter Please don't merge until the release is out.",
        "en",
        id="en-an-addressed-line-is-a-chat-line",
    ),
    pytest.param(
        "The failure of the crew to respond appropriately to that engine failure led to "
        "disaster.",  # abridged from heldout16_en
        "The failure of the health check to detect the hung worker delayed the failover.",
        "en",
        id="en-the-failure-of-the-crew-to",
    ),
    pytest.param(
        "It looks like the develop branch broke by @stolencatkarma at commit 50621c1.",
        "It looks like the develop branch broke by the dependency update at commit 50621c1.",
        "en",
        id="en-a-handle-is-a-person",  # heldout21_en, commit link shortened
    ),
    pytest.param(
        "@jin keeps force pushing",
        "@fuzzybot keeps force pushing",
        "en",
        id="en-a-handle-that-says-bot-is-no-person",
    ),
    pytest.param(
        "You erased my work again.",  # heldout21_en
        "The cleanup job deleted two weeks of logs.",
        "en",
        id="en-someone-elses-work-destroyed",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_blocks_and_its_neighbour_does_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        # heldout6_de: a digger is a machine; its driver is a person.
        "Der Grund: Bei den Bauarbeiten an der B51 hatte ein Bagger ein 110-paariges "
        "Telefonkabel zerfetzt.",
        "Der Grund: Bei den Bauarbeiten an der B51 hatte ein Baggerfahrer ein Telefonkabel "
        "gekappt.",
        "de",
        id="de-a-digger-is-no-person",
    ),
    pytest.param(
        # heldout19_de: "Interessierte" is a noun here.
        "Damit haben Interessierte keine Möglichkeit, Zwischenergebnisse abzurufen.",
        "Die Warnungen interessierte keinen.",
        "de",
        id="de-interessierte-the-noun",
    ),
    pytest.param(
        # heldout19_de: what there would have been, not what someone should have done.
        "Erst nach mehr als 3 Tagen hätte es diese Fehlermeldung gegeben.",
        "Jonas hätte den Cache vor dem Deploy leeren müssen.",
        "de",
        id="de-haette-es-gegeben",
    ),
]


# documents17 (blind) and documents7 (read whole once hard-wrapped lines were joined).
FALSE_ALARMS += [
    pytest.param(
        "- **3:30PM**: Abhi and Gavin theorize what could have changed to cause the issue",
        "- **3:30PM**: Abhi should have restarted the pod.",
        "en",
        id="en-what-could-have-changed",
    ),
    pytest.param(
        "They could have been used to confuse or mislead individuals into accepting malicious "
        "content as official Department materials.",
        "Bob could have used the runbook.",
        "en",
        id="en-what-exposed-things-could-have-been-used-for",
    ),
    pytest.param(
        "Resizing was considered and\n  deliberately not done.",
        "The engineer knowingly deployed a build with failing tests.",
        "en",
        id="en-a-decision-deliberately-not-done",
    ),
    pytest.param(
        "We probably should have known them already, but here we are.",
        "He probably should have known them already.",
        "en",
        id="en-the-writers-knowing-them",
    ),
    pytest.param(
        "**Why did cert-manager's DNS-01 validation fail?**",  # documents19
        "Why did the manager approve the change?",
        "en",
        id="en-a-tool-named-manager",
    ),
    pytest.param(
        "Be deliberate about what external dependency you introduce, and they should generally "
        "have strong justification.",
        "Contributors should have rolled back the change.",
        "en",
        id="en-should-have-strong-justification",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
