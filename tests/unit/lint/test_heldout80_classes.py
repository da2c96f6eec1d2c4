"""Classes of blame held-out 80 (English: small firms' and site owners' own outage notes
blaming their providers, GitHub threads; German: customers' rants, blogs, a Landtag member)
showed, looked at after its blind run: each real sentence (or a near copy) with a near
neighbour on the other side, and the false alarms with look-alikes that still block. The sets
are tests/data/lint/real/heldout80_en.tsv and heldout80_de.tsv."""

from __future__ import annotations

import pytest

from .tiers import blocks, check_class, check_false_alarm, hints_only

CLASSES = [
    pytest.param(
        "The outage was caused by our email provider.",
        "The outage was caused by a vendor software issue.",
        id="en-caused-by-our-email-provider",
    ),
    pytest.param(
        "However, due to a deployment delay on our email service provider's end, messages "
        "have been queued.",
        "However, due to a deployment delay on our end, messages have been queued.",
        id="en-on-our-providers-end",
    ),
    pytest.param(
        "The issues were identified to be with our email provider Sendgrid and a ticket was "
        "logged with them.",
        "The issues were identified to be with our email templates and a ticket was logged.",
        id="en-the-issues-were-with-our-provider",
    ),
    pytest.param(
        "It seems like my coworkers have permanently deleted a major project of mine.",
        "It seems like the cleanup job has permanently deleted a major project of mine.",
        id="en-have-permanently-deleted-a-project-of-mine",
    ),
    pytest.param(
        "But what would possess you to delete the existing database and restore a 4-month old "
        "copy?",
        "But what would lead the installer to delete the existing database and restore a "
        "4-month old copy?",
        id="en-what-would-possess-you",
    ),
]


@pytest.mark.parametrize(("real", "neighbour"), CLASSES)
def test_the_class_is_found_and_its_neighbour_is_not(real: str, neighbour: str) -> None:
    check_class(real, neighbour)


def test_a_vendors_act_told_as_what_happened_stays_clean() -> None:
    # heldout48_en (clean): "caused by a vendor suspending our account" names what happened.
    assert not blocks(
        "On April 10th 14:42 UTC, we experienced a 51-minute platform-wide outage caused by a "
        "vendor suspending our account."
    )


def test_nobody_noticed_in_the_simple_past_and_with_the_dative() -> None:
    # heldout80_de: "Bei den Betreibern der Handelsplattform Etsy fiel niemandem auf, dass …"
    check_class(
        "Bei den Betreibern der Handelsplattform fiel niemandem auf, dass die Gebühren falsch "
        "waren.",
        "Bei den Betreibern der Handelsplattform fiel sofort auf, dass die Gebühren falsch waren.",
        "de",
    )
    check_class("Niemand bemerkte den Fehler.", "Das Monitoring bemerkte den Fehler.", "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The people affected not noticing is good news, and the writers' own is an admission.
        ("None of the users noticed the outage.", "en"),
        ("Keiner der Kunden bemerkte die Störung.", "de"),
        ("Niemand von uns bemerkte, dass die Sicherung fehlte.", "de"),  # documents2
    ],
)
def test_nobody_among_those_affected_or_the_writers_does_not_block(text: str, lang: str) -> None:
    assert not blocks(text, lang)


def test_a_party_that_does_not_even_bother_or_caused_trouble() -> None:
    # heldout80_de: "Die Landesregierung macht sich ganz offensichtlich nicht einmal die Mühe, …"
    check_class(
        "Die Landesregierung macht sich ganz offensichtlich nicht einmal die Mühe, den Inhalten "
        "nachzugehen.",
        "Die Landesregierung macht sich ganz offensichtlich die Mühe, den Inhalten nachzugehen.",
        "de",
    )
    check_class(
        "Der Dienstleister hat mit seinem Update für erhebliche Probleme gesorgt.",
        "Ein Bug im Abrechnungssystem hat für erhebliche Probleme gesorgt.",
        "de",
    )


def test_a_konjunktiv_told_by_someone_is_reported_speech() -> None:
    # heldout80_de (consider): the Konjunktiv II is what the parents were told, no hindsight.
    assert hints_only("Sie hätte die Daten durcheinandergewürfelt, erzählte man den Eltern.", "de")
    assert blocks("Sie hätte die Daten prüfen müssen.", "de")


@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        (
            "Guess no one gives a damn about backwards compatibility, which is critical in an API.",
            "Guess no one uses the old endpoint any more, which is critical in an API.",
        ),
        (
            "Could you at least start versioning the APIs so that things don't break overnight?",
            "Could you start versioning the APIs so that things don't break overnight?",
        ),
        (
            "For future incidents, could you please *not* yank versions that have been released "
            "for a month?",
            "For future incidents, could you please not delete the old branches yet?",
        ),
        ("They kept lying to us about the outage.", "They kept waiting for us after the outage."),
    ],
)
def test_indifference_reproachful_requests_and_lies(real: str, neighbour: str) -> None:
    # heldout80_en's threads and blogs, or near copies.
    check_class(real, neighbour)


def test_an_insult_at_an_outside_spammer_judges_no_one_in_the_review() -> None:
    # heldout80_de's false alarm (labelled clean under the outside-attacker rule).
    check_false_alarm(
        "Der Grund war, dass mal wieder so ein Vollidiot gemeint hat, er müsse sein neues "
        "Spamtool mal bei mir ausprobieren.",
        "Der Grund war, dass mal wieder so ein Vollidiot gemeint hat, er müsse das neue Update "
        "mal am Produktivsystem ausprobieren.",
        "de",
    )
