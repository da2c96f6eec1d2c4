"""The learned second reader (``learned.reads_as_blame``): where it speaks, where it keeps
quiet, and that the weights shipped in ``resources/lint/`` are the ones the committed data
trains."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pmdesk.lint import LintContext, Section, lint
from pmdesk.lint._learned import LearnedModel, learned_model, model_path, record_of
from pmdesk.lint.cli import configure_parser, run

from .eager_reader import use_eager_reader

REPOSITORY = Path(__file__).resolve().parents[3]
LEARNED = "learned.reads_as_blame"


def _tool() -> ModuleType:
    path = REPOSITORY / "tools" / "train_lint_model.py"
    spec = importlib.util.spec_from_file_location("train_lint_model", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_lint_model"] = module
    spec.loader.exec_module(module)
    return module


def _learned(text: str, lang: str = "en", **context: bool) -> list[str]:
    return [
        f.severity
        for f in lint(text, lang=lang, context=LintContext(**context))
        if f.rule_id == LEARNED
    ]


# A real sentence no rule reads as blame (held-out 42), well above the learned threshold (held-out
# 54's "He outranked me, so he pulled out the second drive." stood here until retraining on
# documents35 put it just under).
LEARNED_ONLY = "I had a coworker who deleted his hard drive, when he left the company."


# Real sentences no rule blocks (held-out 16), and a neighbour without a person.
@pytest.mark.parametrize(
    ("real", "neighbour"),
    [
        (
            "Yes, the repository was accidentally deleted, and I shall not point fingers at the "
            "person responsible but he knows who he is!",
            "Yes, the repository was accidentally deleted, and the sync job restored it within "
            "the hour.",
        ),
        (
            # held-out 3, scored 0.99 (held-out 52's "Apparently, you have to pay for domains."
            # stood here until retraining on held-out 322 put it under 0.95, and held-out 43's
            # "You got merge conflicts because you didn't force it." before it)
            "The contractor just shrugged his shoulders and acted like he did not know what he "
            "had done.",
            "The contractor just shrugged his shoulders and said the part was on back order.",
        ),
    ],
)
def test_blame_in_words_no_rule_lists_blocks_and_a_neighbour_without_it_does_not(
    real: str, neighbour: str
) -> None:
    assert lint(real, context=LintContext(learned=False)) == []
    assert _learned(real) == ["warning"]
    assert _learned(neighbour) == []


def test_a_sentence_without_anyone_in_it_is_not_flagged_however_it_scores() -> None:
    # A real sentence (held-out 44) that the model scores above its threshold, naming nobody.
    faceless = "It's not a conspiracy....it's a case of human error."
    model = learned_model("en")
    assert model is not None
    assert model.reads_as_blame(faceless)
    assert lint(faceless) == []


def test_the_finding_covers_the_sentence_and_says_it_is_learned() -> None:
    text = f"The checkout failed for an hour. {LEARNED_ONLY}"
    (finding,) = [f for f in lint(text) if f.rule_id == LEARNED]
    assert text[finding.start : finding.end] == LEARNED_ONLY
    assert finding.category == "learned"
    assert "learned" in finding.message
    assert finding.suggestion
    assert finding.question


@pytest.mark.parametrize("section", [Section.TIMELINE, Section.ACTION_ITEM, Section.TITLE])
def test_timeline_lines_action_items_and_titles_are_not_read(section: Section) -> None:
    assert _learned(LEARNED_ONLY) == ["warning"]
    findings = lint(LEARNED_ONLY, context=LintContext(section=section))
    assert [f for f in findings if f.rule_id == LEARNED] == []


def test_the_writers_own_act_is_a_quiet_hint_and_someone_elses_is_not() -> None:
    # A real admission (held-out 11) with "really sorry about that, my fault" added, which
    # lifts it over the threshold ("really sorry about that" alone did until retraining on
    # held-out 313; "sorry about that" until held-out 102).
    own = (
        "I pushed my work to master by mistake but Github did not reject my push, "
        "really sorry about that, my fault."
    )
    model = learned_model("en")
    assert model is not None
    assert model.reads_as_blame(own)
    assert _learned(own) == ["info"]
    assert _learned(own, hints=False) == []
    # The writer reporting someone else's act (after held-out 42's coworker): "I think he …".
    assert _learned("I think he deleted his hard drive when he left the company.") == ["warning"]


def test_quoted_words_are_not_read_and_the_reader_can_be_turned_off() -> None:
    assert _learned(LEARNED_ONLY, learned=False) == []
    assert _learned(f'The foreman wrote: "{LEARNED_ONLY}"') == []


def test_the_cli_can_lint_with_rules_only(tmp_path: Path) -> None:
    import argparse
    import io

    path = tmp_path / "pm.md"
    path.write_text(LEARNED_ONLY + "\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    configure_parser(parser)
    for options, status in (([], 1), (["--no-learned"], 0)):
        out = io.StringIO()
        args = parser.parse_args([str(path), *options])
        assert run(args, stdout=out, stderr=io.StringIO()) == status
        assert ("learned" in out.getvalue()) == (status == 1)


def test_scoring_in_plain_python_matches_scikit_learn() -> None:
    tool = _tool()
    vectorizer, regression, rows = tool.fit("de")
    trained = tool.train("de")
    model = LearnedModel.of_record("de", record_of(trained))
    assert model.chars is not None  # German reads character n-grams too
    sentences = [text for text, _ in rows[:400]] + [
        "das das das Kabel Kabel",
        "",
        "x y",
        "Ab ab ab, ein Monteur des Monteurs Montage!",
    ]
    expected = regression.predict_proba(vectorizer.transform(sentences))[:, 1]
    for sentence, probability in zip(sentences, expected, strict=True):
        assert math.isclose(model.probability(sentence), probability, abs_tol=1e-4), sentence
    # A second reading takes each word's character n-grams from what the first looked up.
    for sentence, probability in zip(sentences, expected, strict=True):
        assert math.isclose(model.probability(sentence), probability, abs_tol=1e-4), sentence


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_shipped_weights_are_those_the_committed_data_trains(lang: str) -> None:
    shipped = json.loads(model_path(lang).read_text(encoding="utf-8"))
    trained = _tool().train(lang)
    assert shipped["trained_on"] == trained["trained_on"]
    assert math.isclose(shipped["intercept"], trained["intercept"], abs_tol=1e-3)
    for block in ("terms", "char_terms"):  # words, and in German character n-grams
        assert shipped.get(block, {}).keys() == trained.get(block, {}).keys()
        differences = [
            abs(shipped[block][term][1] - trained[block][term][1])
            for term in trained.get(block, ())
        ]
        assert max(differences, default=0.0) < 1e-3
    assert ("char_terms" in trained) == (lang == "de")


def test_a_sentence_that_clears_someone_is_not_flagged_however_it_scores() -> None:
    # documents4 (Chia's CATbleed FAQ) answers "Did I do something wrong?" with "No, you guys
    # didn't do anything wrong."; the model retrained on held-out 79 scores that just under its
    # threshold, so a near neighbour it still scores as blame stands in.
    cleared = "No, you guys didn't break anything."
    model = learned_model("en")
    assert model is not None
    assert model.reads_as_blame(cleared)
    assert _learned(cleared) == []


def test_a_short_line_that_introduces_a_list_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # documents20 (Vuetify's state of the union) opens its list of maintainers with "Here's who
    # they are:"; models retrained on held-out 106 scored it as blame (the "who" of
    # who-questions), later ones just under the threshold. The filter is tested on its own: a
    # model that reads every sentence as blame must still leave the introduction alone.
    eager = use_eager_reader(monkeypatch, "en")
    introduction = "Here's who they are:"
    assert eager.reads_as_blame(introduction)
    assert _learned(introduction) == []
    assert _learned("Here's who they are.") != []


def test_a_converted_model_replaces_the_conversions_of_earlier_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each update converts the model once into the cache folder; the conversions of earlier
    versions (a megabyte each) are removed then, the other language's is left alone."""
    from pmdesk.lint import _learned

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "pmdesk"
    folder.mkdir()
    unnamed = folder / "learned-0123456789abcdef01234567-3.11.marshal"  # before names
    older = folder / "learned_en-0123456789abcdef01234567-3.11.marshal"
    german = folder / "learned_de-0123456789abcdef01234567-3.11.marshal"
    for stale in (unnamed, older, german):
        stale.write_bytes(b"stale")
    monkeypatch.setattr(_learned, "_loaded", {})
    model = learned_model("en")
    assert model is not None
    assert not unnamed.exists()
    assert not older.exists()
    assert german.exists()
    (converted,) = folder.glob("learned_en-*.marshal")
    assert converted.stat().st_size > 100_000
