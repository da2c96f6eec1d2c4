"""Classes the English held-out 94 (education and exam IT failures: online state tests, the 2020
grading algorithms, exam boards and universities) showed, looked at after its blind run: each
real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout94_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_a_party_that_did_something_incorrectly() -> None:
    check_class(
        "It followed after the 2016-17 school year, when Questar incorrectly graded a small "
        "number of paper tests.",
        "It followed after the 2016-17 school year, when Questar graded a small number of "
        "paper tests.",
    )
    assert blocks("The engineer incorrectly configured the firewall.")
    assert hints_only("We incorrectly deployed the old build.")
    # What software does wrong, and a participle used as an adjective, blame no one.
    assert not blocks("The parser incorrectly handled the header.")
    assert not blocks("Alembic incorrectly assumed these were orphaned tables.")
    assert not blocks(
        "Some tests were submitted early due to an incorrectly configured security setting."
    )
    assert not blocks("10:55 - Final batch of incorrectly versioned plugins is published.")


def test_the_speaker_told_in_an_aside_or_after_with() -> None:
    # Reported, the audit's finding is a quiet hint; in the writer's own voice it blocks.
    assert hints_only(
        "Staffers in the Department of Administrative Services, the audit reads, also "
        "improperly approved more than 30 change orders."
    )
    assert blocks(
        "Staffers in the Department of Administrative Services also improperly approved more "
        "than 30 change orders."
    )
    assert hints_only(
        "The failures did not end there, with Ms Brady noting further delays because a staff "
        "member mistakenly typed in an email address."
    )
    assert blocks("With the team arguing about the rollback, Dana forgot to renew the certificate.")


def test_a_party_going_ahead_despite_a_warning() -> None:
    check_class(
        "Despite this, Ofqual ploughed ahead with its algorithm, which led to around 40 per "
        "cent of results being downgraded.",
        "After this, Ofqual reviewed its algorithm, which led to around 40 per cent of "
        "results being regraded.",
    )
    assert blocks("The team went ahead with the migration despite the warnings.")
    assert hints_only("We pressed ahead with the rollout despite the alert.")
    assert not blocks("Despite this, traffic carried on as normal.")
    assert not blocks("The migration went ahead as planned.")


def test_nobody_bothering_to_respond() -> None:
    check_class(
        "My biggest problem with all the UI bugs I reported is that nobody from Telegram "
        "bothers to respond to it.",
        "My biggest problem with all the UI bugs I reported is that somebody from Telegram "
        "needs to triage it.",
    )
    assert not blocks("Nobody bothers with the legacy flag any more.")
