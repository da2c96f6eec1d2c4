"""The learned reader measured on text its model was not trained on: leave one set out.

For each held-out sentence set (``tests/data/lint/real/heldoutN_{lang}.tsv``) the model is
trained on everything else (``tools/train_lint_model.py``, same configuration) and the set is
linted with the rules alone and with the rules and that model; for each set of whole
post-mortems (``documents*/``) the same, counting the blocking findings the model adds and
printing them with their labels where ``labels.tsv`` has one.

The rules were improved with these sets, so their own figures here are not blind (the blind
ones are in the corpus README); what this measures is what the learned reader adds on
sentences its model has not seen. Needs scikit-learn (the test extra). Run with
``PYTHONPATH=. .venv/bin/python benchmarks/eval_lint_learned.py [--threshold T] [en|de]``.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from pmdesk.lint import LintContext, _engine, lint
from pmdesk.lint import _learned as learned

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "lint" / "real"
RULES_ONLY = LintContext(learned=False)
# --threshold T tries another threshold than the shipped one.
THRESHOLD: float | None = None


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train", ROOT / "tools" / "train_lint_model.py")
    if spec is None or spec.loader is None:
        raise SystemExit("tools/train_lint_model.py is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _use_model_without(tool: ModuleType, lang: str, held: str) -> None:
    """Make the linter score ``lang`` with a model trained without the set ``held``."""
    intercept, threshold, columns, weights = learned.record_of(tool.train(lang, {held}))
    threshold = THRESHOLD or threshold
    learned._loaded[lang] = learned.LearnedModel(lang, intercept, threshold, columns, weights)
    # Each analyser keeps the model it read first: forget them, or every set after the first
    # would be linted with a model that saw it.
    _engine._analysers.clear()


def _blocks(sentence: str, lang: str, context: LintContext | None = None) -> bool:
    findings = lint(sentence, lang=lang, context=context)
    return any(f.severity == "warning" for f in findings)


def _line(name: str, counts: list[int]) -> str:
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:<20} P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}  (tp {tp}, fp {fp}, fn {fn})"


def sentence_sets(tool: ModuleType, lang: str) -> None:
    totals = {"rules": [0, 0, 0], "rules + learned": [0, 0, 0]}
    for path in sorted(REAL.glob(f"heldout*_{lang}.tsv")):
        held = path.stem.rsplit("_", 1)[0]
        _use_model_without(tool, lang, held)
        counts = {"rules": [0, 0, 0], "rules + learned": [0, 0, 0]}
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows:
            if row["label"] == "consider":
                continue
            blame = row["label"] == "blame"
            for name, context in (("rules", RULES_ONLY), ("rules + learned", None)):
                flagged = _blocks(row["sentence"], lang, context)
                index = 0 if flagged and blame else 1 if flagged else 2 if blame else -1
                if index >= 0:
                    counts[name][index] += 1
        print(f"{lang} {held}:")
        for name, values in counts.items():
            print("  " + _line(name, values))
            totals[name] = [a + b for a, b in zip(totals[name], values, strict=True)]
    print(f"{lang} all held-out sets, each with a model that did not see it:")
    for name, values in totals.items():
        print("  " + _line(name, values))


def document_sets(tool: ModuleType, lang: str) -> None:
    from pmdesk.lint import detect_language
    from pmdesk.lint.cli import prepare_markdown

    rule_id = learned.learned_rule(lang).id
    added = 0
    words = 0
    for folder in sorted(REAL.glob("documents*")):
        _use_model_without(tool, lang, folder.name)
        with (folder / "labels.tsv").open(encoding="utf-8", newline="") as handle:
            labels = {
                row["sentence"]: row["wanted"]
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row["rule"] == rule_id
            }
        with (folder / "index.tsv").open(encoding="utf-8", newline="") as handle:
            index = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for entry in index:
            path = folder / entry["file"]
            if not path.exists():
                continue
            text = prepare_markdown(path.read_text(encoding="utf-8"))
            if detect_language(text) != lang:
                continue
            words += len(text.split())
            for finding in lint(text, lang=lang):
                if finding.rule_id != rule_id or finding.severity != "warning":
                    continue
                added += 1
                sentence = " ".join(text[finding.start : finding.end].split())
                print(f"  {folder.name}/{entry['file']}: {labels.get(sentence, '?')}: {sentence}")
    rate = 1000 * added / words if words else 0.0
    print(
        f"{lang} whole post-mortems, each folder with a model that did not see it: "
        f"{added} blocking findings added in {words:,} words ({rate:.2f} per 1,000 words)"
    )


def main(argv: list[str]) -> None:
    global THRESHOLD
    if "--threshold" in argv:
        at = argv.index("--threshold")
        THRESHOLD = float(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    tool = _tool()
    for lang in argv or ["en", "de"]:
        sentence_sets(tool, lang)
        document_sets(tool, lang)


if __name__ == "__main__":
    main(sys.argv[1:])
