"""False-alarm classes found by linting whole published post-mortems (issue 16).

The sentences are copied from the documents in tests/data/lint/real/documents (the file
named beside each; index.tsv there names the repository, commit and path). Each class has
look-alikes that must still block, so that a fix does not silence real blame.
"""

from __future__ import annotations

import pytest

from .tiers import tier

# ------------------------------------------------ a capitalised common noun + "that"


@pytest.mark.parametrize(
    "sentence",
    [
        # mybinder--2019-04-03-ingress-cordoned.md (and two more mybinder reports)
        "Things that could have gone better. Ideally these should result in concrete "
        "action items that have GitHub issues created for them.",
        "Things that could have gone better.",
    ],
)
def test_a_template_line_opening_with_a_noun_and_that_is_no_finding(sentence: str) -> None:
    # A capitalised word at the start followed by "that" is a common noun: names take "who".
    assert tier(sentence) == "clean"


def test_a_name_before_a_counterfactual_still_blocks() -> None:
    assert tier("Bob could have gone to the dashboard first.") == "block"
    assert tier("Dana should have restarted the consumers first.") == "block"


# ------------------------------------------------ "we" and "they" about things


def test_a_first_person_plural_counterfactual_is_a_hint_when_they_are_the_changes() -> None:
    # rust-blog--dns-outage-portmortem.md: "they" is "the changes", not other people.
    sentence = (
        "If we had deployed the changes when they were merged into the main branch, "
        "we would have isolated the DNS change."
    )
    assert tier(sentence) == "hint"


def test_the_same_counterfactual_about_someone_else_blocks() -> None:
    sentence = (
        "If Bob had deployed the changes when they were merged into the main branch, "
        "he would have isolated the DNS change."
    )
    assert tier(sentence) == "block"
    assert tier("Since the reviewers were busy, they should have asked for help.") == "block"


def test_a_contracted_first_person_is_the_writer() -> None:
    # pypi-blog--2024-07-08-incident-report-leaked-admin-personal-access-token.md
    sentence = (
        "Aside from this spurious usecase I cannot recall another time where a long-lived "
        "token for my user has been helpful and having one around to potentially leverage "
        "when I'm lazy seems risky rather then helpful."
    )
    assert tier(sentence) == "hint"
    assert tier("The reviewer was lazy.") == "block"


# ------------------------------------------------ attackers


def test_what_an_attacker_could_have_done_is_no_counterfactual_about_people() -> None:
    # pypi-blog--2025-07-31-incident-report-phishing-attack.md
    sentence = (
        "However, since the attacker was in between the user and PyPI.org, they could have "
        "captured the second factor as well, and could have used the TOTP code within a "
        "short time interval."
    )
    assert tier(sentence) == "clean"


# ------------------------------------------------ security vocabulary


@pytest.mark.parametrize(
    "sentence",
    [
        # pypi-blog--2024-04-03-user-account-access.md
        "This was done to prevent any unauthorized access to accounts that may have been "
        "compromised.",
        "The rationale was that these accounts were at risk of unauthorized access, and this "
        "was a proactive measure to prevent further damage.",
        "* Review your packages for any unauthorized changes",
    ],
)
def test_unauthorized_access_as_a_threat_is_no_rule_breach(sentence: str) -> None:
    assert tier(sentence) == "clean"


@pytest.mark.parametrize(
    "sentence",
    [
        "The on-call made an unauthorized change to the production firewall.",
        "The contractor made unauthorized changes to the firewall.",
        "The restart was an unauthorized change.",
    ],
)
def test_a_deed_framed_as_unauthorized_still_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"


# ------------------------------------------------ a product's state as the cause


@pytest.mark.parametrize(
    "sentence",
    [
        # moj-cloud-platform--2021-05-10-apply-pipeline-downtime.md
        "- Users couldn't create or change their namespace definitions or AWS resources, "
        "due to Concourse being down",
        # moj-cloud-platform--2023-09-18-lack-of-diskspace.md
        "Checked the CNI logs Understood that this might be because of IP Prefix starving and "
        "some are freed when draining old nodes.",
    ],
)
def test_a_capitalised_product_in_a_state_is_no_culprit(sentence: str) -> None:
    assert tier(sentence) == "clean"


def test_a_person_as_the_cause_still_blocks() -> None:
    assert tier("The outage was due to Jorge.") == "block"
    assert tier("This is the third outage traced back to Ivan's scripts.") == "block"


# ------------------------------------------------ talking about the label, owned hindsight


def test_calling_operator_error_a_symptom_is_no_finding() -> None:
    # rust-blog--cargo-postmortem.md
    sentence = (
        "Instead, any operator error is a symptom of a missing or broken mechanism, and the "
        "answers should focus on identifying those inadequate mechanisms."
    )
    assert tier(sentence) == "clean"
    assert tier("Root cause: operator error.") == "block"


def test_obvious_once_the_cause_was_known_is_no_hindsight_finding() -> None:
    # mybinder--2017-09-27-hub-403.md
    assert tier("Once it was clear what the issue was, the fix seemed obvious enough.") == "clean"
    assert tier("The fix was obvious, yet nobody applied it.") == "block"


# ------------------------------------------------ causes, media and elided subjects


def test_the_usual_suspects_ruled_out_as_causes_are_no_insinuation() -> None:
    # moj-cloud-platform--2020-02-18.md
    sentence = "- Disk space and other resources, the usual suspects, were ruled out as the cause."
    assert tier(sentence) == "clean"
    assert tier("Kevin is a repeat offender.") == "block"


def test_details_missed_in_the_scrollback_are_no_accusing_passive() -> None:
    # mybinder--2018-01-18-reddit-hug.md
    sentence = "Catching up some details on cluster size that got missed in the scrollback."
    assert tier(sentence) == "clean"
    assert tier("The alert was ignored.") == "block"


def test_a_clause_continuing_a_we_sentence_is_the_writers_own() -> None:
    # pypi-blog--2025-04-14-incident-report-organization-team-privileges.md
    sentence = (
        "We notified the impacted Organization, and then coordinated to open the PR publicly "
        "and approve/merge it hastily before completing a more in-depth audit."
    )
    assert tier(sentence) == "hint"
    assert tier("We notified the engineer, and then he merged it hastily.") == "block"
    assert tier("The engineer merged it hastily.") == "block"


# ------------------------------------------------ German: the consequence of an alternative


@pytest.mark.parametrize(
    "sentence",
    [
        # isotopp--2016-05-13-freitag-der-13-im-rechenzentrum.md
        "Dort hätte man 4-5 Meter Raumhöhe haben können, wäre unter Umständen auf der Alb "
        "oder im Schwarzwald und nicht im heißen Rheintal und hätte auch so viel Platz, daß "
        "man statt mit 21kW pro Rack mit 7kW pro Rack hätte planen können.",
        "In dem Fall hätte man dann einfach normale Klima von der Stange genommen und alles "
        "wäre langweilig gewesen.",
    ],
)
def test_the_consequence_of_a_described_alternative_is_no_reproach(sentence: str) -> None:
    assert tier(sentence, "de") == "clean"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dann hätte man die Migration vorher in Staging testen müssen.",
        "Man hätte die Migration vorher in Staging testen müssen.",
        "Da darf so etwas einfach nicht passieren.",
    ],
)
def test_a_duty_in_the_same_frame_still_blocks(sentence: str) -> None:
    assert tier(sentence, "de") == "block"
