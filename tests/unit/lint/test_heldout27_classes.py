"""Classes of blame missed, and false alarms raised, in held-out 27 and documents22 (looked at
after their blind runs): each real sentence with a near neighbour on the other side. The
sets named are in tests/data/lint/real/."""

from __future__ import annotations

import pytest

from .tiers import check_class, check_false_alarm

CLASSES = [
    pytest.param(
        "When sending the email, the employee attached the details of a number of other "
        "clients in error, thus compromising the personal data.",  # heldout27_en, abridged
        "When sending the email, the mail merge attached the details of a number of other "
        "clients in error.",
        "en",
        id="en-in-error",
    ),
    pytest.param(
        "After that, a member of staff emailed highly sensitive personal information about "
        "vulnerable people to 23 unintended recipients.",  # heldout27_en, abridged
        "After that, a member of staff emailed the notice to 23 recipients.",
        "en",
        id="en-sent-to-unintended-recipients",
    ),
    pytest.param(
        "Recently however, Toyota has discovered that its contractor had left source code "
        "relating to its T-Connect services publicly exposed via GitHub.",  # heldout27_en
        "Recently however, Toyota has discovered that a misconfiguration had left source code "
        "publicly exposed via GitHub.",
        "en",
        id="en-left-exposed",
    ),
    pytest.param(
        "A junior engineer had pushed a .env file to a public repo.",  # heldout27_en
        "A junior engineer had pushed a .env.example file to the private repo.",
        "en",
        id="en-pushed-to-a-public-repo",
    ),
    pytest.param(
        "The employee who sent the information was inexperienced, and did not comply with "
        "the usual procedures the company had in place.",  # heldout27_en
        "The script that sent the information was outdated.",
        "en",
        id="en-a-relative-clause-without-commas",
    ),
    pytest.param(
        "An urgent inquiry was launched by the University, but at the end of the day, this "
        "was an avoidable administrative error.",  # heldout27_en, abridged
        "An urgent inquiry was launched by the University, but at the end of the day, this "
        "was an avoidable outage.",
        "en",
        id="en-an-avoidable-error",
    ),
    pytest.param(
        "you shouldn't ship broken code",  # heldout27_en
        "you shouldn't ship on Fridays without a rollback plan",
        "en",
        id="en-should-not-ship-broken",
    ),
    pytest.param(
        "@zzwz02, it looks like this was your commit last february.",  # heldout27_en
        "@zzwz02, it looks like this was the release commit last february.",
        "en",
        id="en-this-was-your-commit",
    ),
    pytest.param(
        "Der Fluglehrer hatte vergessen, sie zu schließen.",  # heldout27_de
        "Der Autopilot hatte vergessen, sie zu schließen.",
        "de",
        id="de-a-teacher-is-a-person",
    ),
    pytest.param(
        "Dabei vergaß er jedoch, die Herdplatte auszuschalten.",  # heldout27_de
        "Dabei vergaß der Timer jedoch, die Herdplatte auszuschalten.",
        "de",
        id="de-jedoch-inside-the-clause",
    ),
    pytest.param(
        "Weil der Pilot nicht wie vorgeschrieben die Unfallmeldestelle benachrichtigte, bleibt "
        "die Ursache nun im Dunkeln.",  # heldout27_de
        "Weil der Pilot wie vorgeschrieben die Unfallmeldestelle benachrichtigte, ist die "
        "Ursache bekannt.",
        "de",
        id="de-not-as-prescribed",
    ),
    pytest.param(
        "Der Geschäftsinhaber des Bedachungsunternehmens unterlässt es, die erforderlichen "
        "Sicherheitsvorkehrungen für den Auftrag abzuklären.",  # heldout27_de
        "Das Formular unterlässt es, die erforderlichen Sicherheitsvorkehrungen abzufragen.",
        "de",
        id="de-unterlaesst-es",
    ),
    pytest.param(
        "Sie beschliessen, trotz allem ungesichert zu arbeiten.",  # heldout27_de
        "Sie beschliessen, trotz allem gesichert zu arbeiten.",
        "de",
        id="de-working-unsecured",
    ),
    pytest.param(
        "Unter Lokführern gibt es zahlreiche Rotlicht-Sünder.",  # heldout27_de, abridged
        "Unter Lokführern gibt es zahlreiche Rotlicht-Signale.",
        "de",
        id="de-suender",
    ),
]


@pytest.mark.parametrize(("real", "neighbour", "lang"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str, lang: str) -> None:
    check_class(real, neighbour, lang)


FALSE_ALARMS = [
    pytest.param(
        "The employee realised they had made an error immediately and sought to contact the "
        "unintended recipients.",  # heldout27_en, abridged
        "The employee had made an error and the unintended recipients were not contacted.",
        "en",
        id="en-someones-own-realisation",
    ),
    pytest.param(
        "Sensitive personal information was disclosed to other call participants, who should "
        "not have been present for that part of the call.",  # heldout27_en, abridged
        "Bob should not have admitted the other call participants.",
        "en",
        id="en-who-should-not-have-been-present",
    ),
    pytest.param(
        "Cloudflare had blocked all media files - likely due to the steep increase of traffic "
        "due to Hacker News.",  # documents22, abridged
        "The outage was caused by a new hire.",
        "en",
        id="en-hacker-news-is-a-site",
    ),
    pytest.param(
        "If your project is only made up of modules from other registries, you would have seen "
        "no impact from this outage.",  # documents22, abridged
        "You should have seen the impact of this change before merging it.",
        "en",
        id="en-would-have-seen-no-impact",
    ),
    pytest.param(
        "Wie konnte es überhaupt passieren, dass fünf herrenlose Güterwaggons dagegen krachten "
        "und so 14 Menschen zum Teil schwer verletzt wurden?",  # heldout27_de
        "Wie konnte dir das passieren?",
        "de",
        id="de-how-could-it-happen-asks-about-the-course",
    ),
]


@pytest.mark.parametrize(("real", "look_alike", "lang"), FALSE_ALARMS)
def test_the_false_alarm_is_gone_and_its_look_alike_still_blocks(
    real: str, look_alike: str, lang: str
) -> None:
    check_false_alarm(real, look_alike, lang)
