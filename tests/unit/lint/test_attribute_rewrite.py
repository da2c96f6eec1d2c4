"""Rewrites beyond failure verbs: a judging word before its noun is left out, and a
person's "should have done X" becomes what happened to X.

Real sentences from tests/data/lint/real/ where the file is named, each shape with a
neighbour that must get no rewrite: a wrong rewrite puts a wrong fact into the report."""

from __future__ import annotations

import pytest

from pmdesk.lint import LintContext, apply_replacement, lint

RULES_ONLY = LintContext(learned=False)


def _rewritten(sentence: str, category: str, lang: str = "en") -> list[str]:
    return [
        apply_replacement(sentence, finding)
        for finding in lint(sentence, lang=lang, context=RULES_ONLY)
        if finding.rule_id.startswith(category + ".") and finding.replaces is not None
    ]


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout3_en.tsv (a cable-cut forum post)
        (
            "A fiber got cut by a clumsy contractor with a backhoe early Thursday in Parsons.",
            "A fiber got cut by a contractor with a backhoe early Thursday in Parsons.",
        ),
        # heldout11_en.tsv, shortened; the article follows the noun it now stands before.
        (
            "It was introduced into unstable in a careless upload just before the freeze.",
            "It was introduced into unstable in an upload just before the freeze.",
        ),
        # heldout4_en.tsv (The Register on Telecity), at the start of the sentence
        (
            "A hamfisted worker at colo provider Telecity shut down several ISPs.",
            "A worker at colo provider Telecity shut down several ISPs.",
        ),
        # heldout21_en.tsv, shortened; an intensifier goes with the word it strengthens.
        (
            "For a hosting company that was a pretty shoddy response.",
            "For a hosting company that was a response.",
        ),
    ],
)
def test_a_judging_attribute_is_left_out_of_its_noun_phrase(sentence: str, rewritten: str) -> None:
    assert _rewritten(sentence, "character") == [rewritten]


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout18_de.tsv (a report on a cut line)
        (
            "Ein unvorsichtiger Baggerführer hat einen Großteil der Gundelfinger vom "
            "Telefonnetz abgeschnitten.",
            "Ein Baggerführer hat einen Großteil der Gundelfinger vom Telefonnetz abgeschnitten.",
        ),
        # heldout3_de.tsv, shortened
        (
            "Das Kabel war durch eine unbedachte Grabung des Baggerführers durchtrennt worden.",
            "Das Kabel war durch eine Grabung des Baggerführers durchtrennt worden.",
        ),
    ],
)
def test_a_german_judging_attribute_is_left_out(sentence: str, rewritten: str) -> None:
    assert _rewritten(sentence, "character", "de") == [rewritten]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # A predicate, not an attribute.
        ("en", "You were negligent, but it wasn’t malicious."),
        # Without the word it still blames Alice: the finding on "Alice's mistake" remains.
        ("en", "The outage was caused by Alice's careless mistake."),
        # Without the word it says "human error", a blaming label of its own (held-out 180).
        ("en", "Twitter has confirmed it was nothing more than a simple human cock-up error."),
        # One of a list: "an overtired, technician" would not read.
        ("en", "An overtired, under-trained technician left a bare live wire dangling."),
        # "in Weise" says nothing; a degree of fault in law is what a court found.
        ("de", "Sie verfuhren aber in höchst fahrlässiger Weise."),
        ("de", "In diesem Fall wurde grob fahrlässiges Handeln bejaht."),  # heldout16_de.tsv
        # heldout13_de.tsv, shortened: "ein vermeintlich Lotse" would not read.
        ("de", "Die Schuld trägt weder ein vermeintlich unfähiger Lotse noch die Piloten."),
    ],
)
def test_no_attribute_rewrite_where_it_would_not_read(lang: str, sentence: str) -> None:
    assert _rewritten(sentence, "character", lang) == []


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        ("Dana should have noticed the alert.", "The alert was not noticed."),
        (
            "The developer shouldn't have merged the pull request without a review.",
            "The pull request was merged without a review.",
        ),
        ("He should have rolled back the database.", "The database was not rolled back."),
        (
            "Someone should have updated the runbook after the last outage.",
            "The runbook was not updated after the last outage.",
        ),
    ],
)
def test_a_persons_should_have_becomes_what_happened(sentence: str, rewritten: str) -> None:
    assert _rewritten(sentence, "counterfactual") == [rewritten]


@pytest.mark.parametrize(
    "sentence",
    [
        # It was restarted, only not first: "was not restarted first" would be a wrong fact.
        "The operator could have restarted the service sooner.",
        # heldout18_en.tsv, shortened: "clear was not made" would not read.
        "The captain should have made clear to the first officer what his duties were.",
        # "was not escalated" is itself an accusing passive.
        "The on-call engineer should have escalated the incident.",
    ],
)
def test_no_counterfactual_rewrite_where_it_would_be_wrong(sentence: str) -> None:
    assert _rewritten(sentence, "counterfactual") == []


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout25_en (an NTSB probable cause): the label before the colon stays.
        (
            "Probable cause: The pilot’s failure to replace the left fuel cap following the "
            "preflight inspection, which resulted in fuel exhaustion.",
            "Probable cause: The left fuel cap was not replaced following the preflight "
            "inspection, which resulted in fuel exhaustion.",
        ),
        # heldout23_en, abridged: at the start of the sentence.
        (
            "The pilot's failure to maintain directional control during the aborted landing, "
            "which resulted in a runway excursion.",
            "Directional control was not maintained during the aborted landing, which resulted "
            "in a runway excursion.",
        ),
    ],
)
def test_a_persons_failure_named_as_the_cause_becomes_what_was_not_done(
    sentence: str, rewritten: str
) -> None:
    assert _rewritten(sentence, "culprit") == [rewritten]


@pytest.mark.parametrize(
    "sentence",
    [
        # The subject of a verb: "… was not responded to led to disaster" would not read
        # (heldout16_en, abridged).
        "But the failure of the crew to respond appropriately to that engine failure led to "
        "disaster.",
        "The captain’s failure to adequately brief the approach caused the accident.",
    ],
)
def test_no_failure_to_rewrite_where_the_phrase_is_a_subject(sentence: str) -> None:
    assert _rewritten(sentence, "culprit") == []


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # heldout17_de: "die einzelnen" makes the object plural.
        (
            "Wenigstens stichprobenartig hätte der Auftragnehmer die einzelnen Stromkreise der "
            "beiden Etagen überprüfen müssen.",
            "Wenigstens stichprobenartig wurden die einzelnen Stromkreise der beiden Etagen "
            "nicht überprüft.",
        ),
        (
            "Der Entwickler hätte das Zertifikat erneuern sollen.",
            "Das Zertifikat wurde nicht erneuert.",
        ),
        # "nicht … dürfen" says it was done; a separable verb.
        ("Der Installateur hätte das Gerät nicht abklemmen dürfen.", "Das Gerät wurde abgeklemmt."),
    ],
)
def test_a_german_should_have_becomes_what_happened(sentence: str, rewritten: str) -> None:
    assert _rewritten(sentence, "counterfactual", "de") == [rewritten]
