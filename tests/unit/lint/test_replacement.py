"""Exact replacements: applying one removes the finding it belongs to, and only where a
rewrite keeps the meaning (dropping a judging or minimising word, a label for a neutral
noun, an action framed as responsibility stated as the plain action, a who-question turned
into a question about the situation). Counterfactuals and named culprits get advice, never a
rewrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmdesk.errors import UserFacingError
from pmdesk.lint import LintContext, Section, apply_replacement, lint, load_rules


def _rules_with_replacements() -> list[tuple[str, str, str]]:
    rules = load_rules()
    cases = []
    for language in ("en", "de"):
        for rule in rules.pack(language).rules:
            if rule.replacement is not None or rule.rewrites:
                cases.extend((language, rule.id, example) for example in rule.examples_flag)
    return cases


def _fix(text: str, language: str, rule_id: str, section: Section = Section.PROSE) -> str:
    context = LintContext(section=section)
    (finding,) = [f for f in lint(text, lang=language, context=context) if f.rule_id == rule_id]
    assert finding.replacement is not None, (rule_id, text)
    fixed = apply_replacement(text, finding)
    assert rule_id not in {f.rule_id for f in lint(fixed, lang=language, context=context)}
    return fixed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obviously Carlos forgot the cache key.", "Carlos forgot the cache key."),
        (
            "Clearly the on-call engineer did not read the alert text.",
            "The on-call engineer did not read the alert text.",
        ),
        ("The engineer clearly did not read it.", "The engineer did not read it."),
        ("At 09:40, obviously, Dana missed the page.", "At 09:40, Dana missed the page."),
    ],
)
def test_dropping_a_judging_adverb(text: str, expected: str) -> None:
    assert _fix(text, "en", "hindsight.judging_adverb") == expected


@pytest.mark.parametrize(
    ("rule_id", "text", "expected"),
    [
        # Minimisers go; the step itself stays.
        (
            "minimizing.simply_failed",
            "Luca simply forgot to update the DNS record.",
            "Luca forgot to update the DNS record.",
        ),
        (
            "minimizing.simply_failed",
            "Aisha just missed the second page.",
            "Aisha missed the second page.",
        ),
        (
            "minimizing.just_had_to",
            "Hannah just had to flip the flag back off.",
            "Hannah had to flip the flag back off.",
        ),
        (
            "minimizing.just_had_to",
            "Tomás simply needed to restart the consumer.",
            "Tomás needed to restart the consumer.",
        ),
        # Attitude adverbs go; the action stays.
        (
            "negligence.adverb",
            "Sara blindly copied the command from an old wiki page.",
            "Sara copied the command from an old wiki page.",
        ),
        ("negligence.adverb", "Hugo deployed the build blindly.", "Hugo deployed the build."),
        ("negligence.adverb", "Tom carelessly deleted the bucket.", "Tom deleted the bucket."),
        (
            "negligence.adverb",
            "Recklessly, Ivo restarted the primary.",
            "Ivo restarted the primary.",
        ),
        # A judging label on a noun goes; "a"/"an" still fits what is left.
        ("character.label", "That was a silly mistake.", "That was a mistake."),
        ("character.label", "It was an avoidable error.", "It was an error."),
        ("character.label", "Those were schoolboy errors.", "Those were errors."),
        (
            "character.phrase",
            "That was a rookie mistake by the new on-call.",
            "That was a mistake by the new on-call.",
        ),
        ("character.phrase", "Mike did a cowboy deploy to prod.", "Mike did a deploy to prod."),
        # "Human error" is a label; "human action" keeps the fact without the verdict.
        ("human_error.label", "Root cause: human error.", "Root cause: human action."),
        (
            "human_error.label",
            "The data loss was due to operator error.",
            "The data loss was due to operator action.",
        ),
        (
            "human_error.label",
            "The rollout failed because of human errors.",
            "The rollout failed because of human actions.",
        ),
    ],
)
def test_english_rewrites(rule_id: str, text: str, expected: str) -> None:
    assert _fix(text, "en", rule_id) == expected


def test_a_minimiser_in_a_counterfactual_action_item_goes_too() -> None:
    # Action items skip the counterfactual rule, so the minimiser is the finding there.
    fixed = _fix(
        "Ben could have simply restarted the pod.",
        "en",
        "minimizing.simply_failed",
        Section.ACTION_ITEM,
    )
    assert fixed == "Ben could have restarted the pod."


@pytest.mark.parametrize(
    ("rule_id", "text", "expected"),
    [
        (
            "hindsight.urteilendes_adverb",
            "Jana hat offensichtlich die Warnung nicht gelesen.",
            "Jana hat die Warnung nicht gelesen.",
        ),
        (
            "minimizing.einfach_nur",
            "Sie musste doch bloß das Rollback-Skript starten.",
            "Sie musste das Rollback-Skript starten.",
        ),
        (
            "minimizing.einfach_nur",
            "Er hat einfach vergessen, den Cache zu leeren.",
            "Er hat vergessen, den Cache zu leeren.",
        ),
        (
            "human_error.etikett",
            "Ursache: menschliches Versagen.",
            "Ursache: menschliches Handeln.",
        ),
        (
            "negligence.ignoriert",
            "Sara hat den Befehl blind kopiert.",
            "Sara hat den Befehl kopiert.",
        ),
        (
            "negligence.ignoriert",
            "Julia hat den Alarm einfach stummgeschaltet.",
            "Julia hat den Alarm stummgeschaltet.",
        ),
        (
            "negligence.blind_passiv",
            "Der Befehl wurde blind aus dem alten Wiki kopiert.",
            "Der Befehl wurde aus dem alten Wiki kopiert.",
        ),
        (
            "character.etikett",
            "Das war ein typischer Anfängerfehler.",
            "Das war ein typischer Fehler.",
        ),
        (
            "character.etikett",
            "Der Cowboy-Deploy von Dennis hat alles lahmgelegt.",
            "Der Deploy von Dennis hat alles lahmgelegt.",
        ),
    ],
)
def test_german_rewrites(rule_id: str, text: str, expected: str) -> None:
    assert _fix(text, "de", rule_id) == expected


def _findings(text: str) -> set[tuple[str, str]]:
    return {(f.rule_id, text[f.start : f.end]) for f in lint(text, lang="de")}


@pytest.mark.parametrize(
    ("rule_id", "text", "expected"),
    [
        (
            "human_error.etikett",
            "Der Zug entgleiste wegen menschlichen Versagens.",
            "Der Zug entgleiste wegen menschlichen Handelns.",
        ),
        (
            "human_error.etikett",
            "Das lag an menschlichem Versagen.",
            "Das lag an menschlichem Handeln.",
        ),
        (
            "human_error.etikett",
            "Es war ein menschlicher Fehler.",
            "Es war ein menschlicher Eingriff.",
        ),
        (
            "human_error.etikett",
            "Wir vermuten einen menschlichen Fehler.",
            "Wir vermuten einen menschlichen Eingriff.",
        ),
        (
            "human_error.etikett",
            "Die Ursache war die Folge eines menschlichen Fehlers.",
            "Die Ursache war die Folge eines menschlichen Eingriffs.",
        ),
        (
            "human_error.etikett",
            "Der Ausfall wurde durch einen Bedienungsfehler verursacht.",
            "Der Ausfall wurde durch einen Bedienungsvorgang verursacht.",
        ),
        (
            "human_error.etikett",
            "Infolge eines Bedienfehlers fiel der Dienst aus.",
            "Infolge eines Bedienvorgangs fiel der Dienst aus.",
        ),
        (
            "hindsight.offensichtlich",
            "Das hätte vor dem Release auffallen müssen.",
            "Das ist vor dem Release nicht aufgefallen.",
        ),
        (
            "hindsight.offensichtlich",
            "Das hätte dem Team klar sein müssen.",
            "Das war dem Team nicht klar.",
        ),
        (
            "accusatory_question.wer",
            "Wer hat den Befehl eingegeben?",
            "Wie sah die Situation aus, als der Befehl eingegeben wurde?",
        ),
        (
            "accusatory_question.wer",
            "Wer hat denn die Änderung deployt?",
            "Wie sah die Situation aus, als die Änderung deployt wurde?",
        ),
        (
            "accusatory_question.wer",
            "Wer hat das Skript gestartet?",
            "Wie sah die Situation aus, als das Skript gestartet wurde?",
        ),
        (
            "accusatory_question.wer",
            "Wer hatte den Server neu gestartet?",
            "Wie sah die Situation aus, als der Server neu gestartet wurde?",
        ),
        (
            "accusatory_question.wer",
            "Jonas: wer hat das freigegeben?",
            "Jonas: Wie sah die Situation aus, als das freigegeben wurde?",
        ),
        (
            "person_failure.versehen",
            "Sie drückte versehentlich auf den Button »Allen antworten«.",
            "Sie drückte auf den Button »Allen antworten«.",
        ),
        # Where the clause has a shape the rewriter knows, the doer goes with the adverb.
        (
            "person_failure.versehen",
            "Ein Techniker hat irrtümlich den falschen Stecker gezogen.",
            "Der falsche Stecker wurde gezogen.",
        ),
        (
            "person_failure.versehen",
            "Offenbar hatte ein Baggerfahrer versehentlich ein wichtiges Glasfaserkabel in etwa "
            "zwei Metern Tiefe beschädigt.",
            "Offenbar war ein wichtiges Glasfaserkabel in etwa zwei Metern Tiefe beschädigt "
            "worden.",
        ),
        (
            "person_failure.fehlverb",
            "Der Admin hat aus Versehen das falsche Volume gelöscht.",
            "Das falsche Volume wurde gelöscht.",
        ),
    ],
)
def test_german_rewrites_of_common_patterns_add_no_finding(
    rule_id: str, text: str, expected: str
) -> None:
    before = _findings(text)
    fixed = _fix(text, "de", rule_id)
    assert fixed == expected
    # Only the rewritten finding goes; none is added (another may remain, as it was).
    assert _findings(fixed) <= {(rule, span) for rule, span in before if rule != rule_id}


@pytest.mark.parametrize(
    ("language", "rule_id", "text"),
    [
        # Dropping a fronted adverb would put the verb first: a question, not a statement.
        (
            "de",
            "hindsight.urteilendes_adverb",
            "Offensichtlich hat Jana die Warnung nicht gelesen.",
        ),
        # "Knowingly" and "deliberately" state intent; dropping them changes the facts.
        ("en", "negligence.adverb", "The engineer knowingly deployed a build with failing tests."),
        # "careless" alone may be the whole predicate ("Dana was careless with …").
        ("en", "character.label", "Dana was careless with the production credentials."),
        # "an embarrassing mistake" would become "an mistake".
        ("en", "character.label", "That was an embarrassing mistake."),
        ("en", "counterfactual.modal_perfect", "Dana should have restarted the consumers first."),
        ("en", "culprit.caused_by", "The outage was caused by Jorge's change to the rate limiter."),
        ("en", "human_error.label", "The data loss was the result of a fat-finger mistake."),
        ("de", "minimizing.einfach_nur", "Ein kurzer Blick ins Dashboard hätte gereicht."),
        # Plural (or unsure) forms would get the wrong ending or verb.
        ("de", "human_error.etikett", "Aufgrund menschlicher Fehler fiel das System aus."),
        ("de", "accusatory_question.wer", "Wer hat die Pods gelöscht?"),
        ("de", "accusatory_question.wer", "Wer hat den Kollegen informiert?"),
        # A judging participle would stay in the rewritten question.
        ("de", "accusatory_question.wer", "Wer hat das verbockt?"),
        # "doch" carries the reproach; it has no place in a statement of fact.
        ("de", "hindsight.offensichtlich", "Das hätte doch auffallen müssen."),
        ("de", "person_failure.versehen", "Versehentlich drückte sie auf den Button."),
    ],
)
def test_no_rewrite_where_none_is_safe(language: str, rule_id: str, text: str) -> None:
    found = [f for f in lint(text, lang=language) if f.rule_id == rule_id]
    assert found, (rule_id, text)
    assert all(f.replacement is None for f in found)


def test_every_replacement_removes_its_finding_from_the_rule_examples() -> None:
    cases = _rules_with_replacements()
    assert len({rule_id for _language, rule_id, _example in cases}) >= 10
    fixed_any = 0
    for language, rule_id, example in cases:
        findings = [f for f in lint(example, lang=language) if f.rule_id == rule_id]
        if not findings or findings[0].replacement is None:
            continue  # another rule reports this wording, or no rewrite covers it
        fixed = apply_replacement(example, findings[0])
        assert rule_id not in {f.rule_id for f in lint(fixed, lang=language)}, (rule_id, fixed)
        fixed_any += 1
    assert fixed_any >= 10


def test_advice_only_findings_offer_no_replacement() -> None:
    (culprit,) = lint("Pieter is responsible for the outage.", lang="en")
    assert culprit.replacement is None
    assert culprit.suggestion
    with pytest.raises(ValueError, match="offers no replacement"):
        apply_replacement("Pieter is responsible for the outage.", culprit)


def test_a_rewrite_naming_a_missing_group_is_a_user_facing_error(tmp_path: Path) -> None:
    folder = tmp_path / "lint"
    folder.mkdir()
    (folder / "acme.toml").write_text(
        '[[rules]]\nid = "x.y"\ncategory = "culprit"\ncues = ["muppet"]\n'
        "patterns = ['''\\bmuppet\\b''']\nmessage = \"m\"\nquestion = \"q\"\n"
        "rewrites = [{ pattern = '''muppet''', replacement = '''\\g<noun>''' }]\n",
        encoding="utf-8",
    )
    with pytest.raises(UserFacingError, match="does not have"):
        load_rules(tmp_path)


@pytest.mark.parametrize(
    ("text", "rule_id", "expected"),
    [
        (
            "Who typed that command?",
            "accusatory_question.who_did",
            "What did the situation look like when that command was typed?",
        ),
        (
            "Who entered this value in the form?",
            "accusatory_question.who_did",
            "What did the situation look like when this value in the form was entered?",
        ),
        (
            "A technician was responsible for unplugging the storage array.",
            "culprit.responsible_for_action",
            "A technician unplugged the storage array.",
        ),
        (
            "This ought to have been spotted before the release.",
            "hindsight.should_have_been_seen",
            "This was not spotted before the release.",
        ),
    ],
)
def test_rewrites_for_patterns_of_real_writing(text: str, rule_id: str, expected: str) -> None:
    assert _fix(text, "en", rule_id) == expected
