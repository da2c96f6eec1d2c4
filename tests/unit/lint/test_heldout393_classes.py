"""Classes behind misses and false alarms of the held-out sets from English 393 and German 391
on, fixed after their blind runs. The sets are tests/data/lint/real/heldout393_en.tsv,
heldout391_de.tsv and later."""

from __future__ import annotations

import pytest

from pmdesk.lint import lint
from pmdesk.lint._rules import _bundled_pack

from .eager_reader import use_eager_reader
from .tiers import blocks, check_class, check_false_alarm


@pytest.mark.parametrize(
    ("lang", "thanks", "cause"),
    [
        ("en", "Thanks for reporting this, the renewal never went through.", "thanks to a typo"),
        ("en", "We are deeply grateful to the volunteers who stayed up all night.", "thankless"),
        ("de", "Martin - bei dir kann man sich eigentlich nur bedanken.", "dank eines Tippfehlers"),
        ("de", "So oder so: Danke.", "Danke für nichts, ihr Helden."),
    ],
)
def test_thanks_are_a_courtesy_and_thanks_to_a_cause_are_not(
    lang: str, thanks: str, cause: str
) -> None:
    pattern = _bundled_pack(lang).courtesies
    assert pattern is not None
    text = thanks.lower() if lang == "en" else thanks  # the English pack reads lowercase
    assert pattern.search(text)
    assert not pattern.search(cause.lower() if lang == "en" else cause)


def test_the_learned_reader_leaves_thanks_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The German post-mortem of documents2 (the rescue of troet.cafe) thanks its admins: "Martin
    # - bei dir kann man sich eigentlich nur bedanken"; models that had not seen it read that as
    # blame. A model that reads every sentence as blame stands in, so the test does not hang on
    # where the next retraining puts the score.
    eager = use_eager_reader(monkeypatch, "de")
    thanks = "Beim Kollegen kann man sich eigentlich nur bedanken."
    assert eager.reads_as_blame(thanks)
    assert [f.rule_id for f in lint(thanks, lang="de")] == []
    shift = "Der Kollege war an dem Abend allein im Dienst."
    assert [f.rule_id for f in lint(shift, lang="de")] == ["learned.reads_as_blame"]


def test_to_look_like_something_is_no_omission_but_to_look_into_it_is() -> None:
    # From held-out 393: "… the quality was really disappointing and didn't look professional."
    check_false_alarm(
        "They sent me drafts, but the quality was disappointing and didn't look professional.",
        "They sent me drafts, but the developer didn't look at the brief.",
    )
    assert blocks("The developer didn't look into the error.")
    assert not blocks("The new site didn't look good on phones.")


def test_complaints_about_and_protection_against_dubious_firms_in_general_judge_no_one() -> None:
    # From held-out 392 and 394 (German): a topic of complaints and a measure against a kind of
    # firm, not a verdict on one.
    check_false_alarm(
        "Bei der Polizei gehen regelmäßig Beschwerden über unseriöse Handwerksbetriebe ein.",
        "Der unseriöse Handwerksbetrieb hat die Anzahlung behalten.",
        "de",
    )
    check_false_alarm(
        "Gegen unseriöse Sicherheitsdienste soll ein bundesweites Register schützen.",
        "Der Sicherheitsdienst ist unseriös.",
        "de",
    )


def test_designers_decorators_videographers_and_freelancers_are_people() -> None:
    # From held-out 393, 394 and 397: "Now, the web designer has refused to turn over the
    # passwords …"; a designed thing is not a designer.
    check_class(
        "The web designer forgot to renew the domain.",
        "The web design forgot nothing: the domain renews itself.",
    )
    assert blocks("The decorator never came back to finish the hall.")
    assert blocks("Our videographer failed to show up.")


def test_a_refusal_to_act_is_blame_whatever_the_act_but_a_refusal_to_comment_is_not() -> None:
    # From held-out 393: "they are refusing to continue working on the app"; news reports
    # ("refused to comment") and courts ("refused to grant an injunction") decide nothing
    # about the incident.
    check_class(
        "Now, the web designer has refused to turn over the passwords to our server.",
        "The spokesperson refused to comment on the passwords to our server.",
    )
    assert not blocks("The court refused to grant an injunction.")
    assert not blocks("The engine refused to start.")


def test_money_owed_and_not_paid_is_blame() -> None:
    # From held-out 393: "They have not paid me for an invoice which is over 3 months overdue".
    check_class(
        "They have not paid me for an invoice which is over 3 months overdue now.",
        "The system has not paid the invoices since the migration.",
    )
    assert blocks("The landlord still hasn't paid us.")


def test_a_refusal_with_the_verb_last_is_blame_too() -> None:
    # From held-out 392 (German): "…, weil er sich weigerte, etwas an der Kellertür zu prüfen."
    check_class(
        "Es gab Streit, weil der Hausmeister sich weigerte, die Kellertür zu prüfen.",
        "Es gab Streit, weil der Server sich weigerte, die Verbindung aufzubauen.",
        "de",
    )


def test_proving_who_was_at_fault_is_an_open_question() -> None:
    # From held-out 402: "… one of the main issues with deducting from damage deposits is
    # proving who was at fault."
    check_false_alarm(
        "The main issue with deducting from deposits is proving who was at fault.",
        "The main issue with the deposit is that the cleaner was at fault.",
    )


def test_a_rule_for_whoever_breaks_rules_is_no_violation() -> None:
    # From held-out 399 (German): "Wer Regeln missachtet oder Hinweise übersieht, zahlt teils
    # horrende Gebühren."
    check_false_alarm(
        "Wer Regeln missachtet oder Hinweise übersieht, zahlt teils horrende Gebühren.",
        "Der Fahrer missachtet die Regeln und zahlt deshalb horrende Gebühren.",
        "de",
    )


def test_a_state_of_damage_without_a_doer_names_no_one() -> None:
    # From held-out 400 (German): "Mal fehlt ein Gegenstand, mal ist plötzlich ein Gerät defekt,
    # mal sind Möbel zerstört." A doer after "von" or "durch" still counts.
    check_false_alarm(
        "Mal fehlt ein Gegenstand, mal sind Möbel zerstört.",
        "Mal fehlt ein Gegenstand, mal hat der Gast Möbel zerstört.",
        "de",
    )
    assert blocks("Die Möbel sind vom Monteur zerstört.", "de")


def test_not_doing_ones_job_is_blame_in_the_present_too() -> None:
    # From held-out 396: "The security guards don't really do their job."
    check_class(
        "The security guards don't really do their job.",
        "The spam filter doesn't really do its job.",
    )
