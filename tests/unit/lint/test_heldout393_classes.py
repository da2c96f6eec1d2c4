"""Classes behind misses and false alarms of the held-out sets from English 393 and German 391
on, fixed after their blind runs. The sets are tests/data/lint/real/heldout393_en.tsv,
heldout391_de.tsv and later."""

from __future__ import annotations

import pytest

from pmdesk.lint import _engine, lint
from pmdesk.lint import _learned as learned
from pmdesk.lint._learned import LearnedModel, learned_model
from pmdesk.lint._rules import _bundled_pack

from .tiers import blocks, check_false_alarm


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
    model = learned_model("de")
    assert model is not None
    eager = LearnedModel("de", model.intercept, 0.0, model.columns, model.weights)
    monkeypatch.setitem(learned._loaded, "de", eager)
    monkeypatch.setattr(_engine, "_analysers", {})
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
