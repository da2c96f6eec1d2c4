"""The linter's language knowledge sits in two places: the words in the packs' lexicon,
how clauses are built in one grammar per language; the rule flags are named filters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pmdesk.lint import LintContext, RuleSet, lint, load_rules
from pmdesk.lint._filters import filters_of
from pmdesk.lint._rules import LanguagePack, Lexicon, _reassemble
from pmdesk.lint.grammar import grammar_for, other_language

RULESET = load_rules()


def _with_lexicon(lang: str, **words: frozenset[str]) -> LintContext:
    """The bundled rules, with some word lists of ``lang``'s lexicon replaced."""
    pack: LanguagePack = RULESET.packs[lang]
    lexicon: Lexicon = replace(pack.lexicon, **words)
    changed = _reassemble(pack, pack.rules, lexicon, "test")
    return LintContext(rules=RuleSet(packs={**RULESET.packs, lang: changed}))


def found(text: str, lang: str = "en", context: LintContext | None = None) -> list[str]:
    return [f.rule_id for f in lint(text, lang=lang, context=context)]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_pack_language_has_a_grammar_and_a_language_to_switch_to(lang: str) -> None:
    assert lang in RULESET.packs
    assert grammar_for(lang).lang == lang
    other = other_language(lang)
    assert other is not None
    assert other_language(other) == lang


@pytest.mark.parametrize(
    ("lang", "key", "word"),
    [
        ("en", "concurrent", "while"),
        ("de", "concurrent", "während"),
        ("en", "weak_rescue", "after"),
        ("de", "weak_rescue", "nachdem"),
        ("en", "connectives", "however"),
        ("de", "connectives", "jedoch"),
        ("en", "free_relatives", "whoever"),
        ("de", "free_relatives", "wer"),
        ("en", "irregular_verbs", "ran"),
        ("de", "irregular_verbs", "ging"),
        ("en", "irregular_pasts", "forgot"),
        ("en", "not_pasts", "hundred"),
        ("de", "not_pasts", "gute"),
        ("en", "auxiliaries", "could"),
        ("en", "object_starts", "straight"),
        ("de", "relative_pronouns", "welcher"),
        ("en", "others_possessives", "his"),
        ("de", "others_possessives", "seine"),
    ],
)
def test_the_clause_words_are_each_languages_own(lang: str, key: str, word: str) -> None:
    assert word in getattr(RULESET.packs[lang].lexicon, key)
    other = other_language(lang)
    assert other is not None
    assert word not in getattr(RULESET.packs[other].lexicon, key)


def test_a_competing_activity_rescues_through_the_packs_word_for_it() -> None:
    sentence = "Dana skipped the canary while she was answering the pager."
    assert found(sentence) == []
    # Without "while" among the pack's concurrent words, "she" is a person doing the
    # explaining clause, which explains nothing.
    assert found(sentence, context=_with_lexicon("en", concurrent=frozenset())) == [
        "rule_violation.breach_verb"
    ]


def test_whoever_makes_the_subject_a_person_through_the_packs_free_relatives() -> None:
    sentence = "Whoever approved this PR clearly didn't look at it."
    assert found(sentence) != []
    assert found(sentence, context=_with_lexicon("en", free_relatives=frozenset())) == []


def test_a_rules_flags_turn_on_its_filters_in_order() -> None:
    rule = next(r for r in RULESET.packs["en"].rules if r.id == "rule_violation.breach_verb")
    plain = replace(
        rule, passive=False, agent="any", negatable=False, rescue=False, skip_sections=frozenset()
    )
    assert [f.name for f in filters_of(plain).match] == []
    assert [f.name for f in filters_of(plain).sentence] == ["template"]
    every = replace(plain, passive=True, agent="person", negatable=True, rescue=True)
    assert [f.name for f in filters_of(every).match] == [
        "passive",
        "agent",
        "reader_condition",
        "negatable",
        "rescue",
    ]
    question = replace(plain, question_only=True, skip_sections=frozenset(rule.skip_sections))
    names = [f.name for f in filters_of(question).sentence]
    assert names[-1] == "question_only"
    assert "template" not in names


def test_a_rule_without_the_negatable_flag_flags_a_negated_sentence() -> None:
    pack = RULESET.packs["en"]
    rules = tuple(
        replace(r, negatable=False) if r.id == "rule_violation.breach_verb" else r
        for r in pack.rules
    )
    context = LintContext(
        rules=RuleSet(packs={**RULESET.packs, "en": _reassemble(pack, rules, pack.lexicon, "t")})
    )
    sentence = "Dana never skipped the canary."
    assert found(sentence) == []
    assert found(sentence, context=context) == ["rule_violation.breach_verb"]


def test_a_sentence_opening_with_a_past_verb_leaves_out_the_writer() -> None:
    # Chat and review threads: "Forgot …" means "I forgot" or "you forgot".
    sentence = "Forgot to renew the certificate again."
    assert found(sentence) == ["person_failure.failure_verb"]
    # Without "forgot" among the pack's irregular pasts the verb reads as an imperative.
    assert found(sentence, context=_with_lexicon("en", irregular_pasts=frozenset())) == []
    assert found("Deleted the wrong table, sorry.") == ["person_failure.wrong_object"]
    assert found("Scheduled jobs deleted the wrong table.") == []


def test_german_verb_first_clauses_share_the_subject_of_the_clause_they_continue() -> None:
    sentence = (
        "So verrutschte P. in der Zeile des Kreuzungsplans, ignorierte die Warnungen des "
        "Systems, drückte schließlich unter Druck die falsche Notruftaste."
    )
    assert found(sentence, "de") == ["negligence.ignoriert", "person_failure.fehlverb"]
    assert found("Der Dienst startete neu, ignorierte die Warnungen.", "de") == []
