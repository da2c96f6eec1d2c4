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

``--split N`` measures the other way, as the next blind sets will meet the reader: one model
trained without every held-out set numbered N or above (the newest), those sets linted at each
of a row of thresholds, and for each threshold the blocking findings the reader adds to the
whole post-mortems, each folder with a model that did not see it. This is how the shipped
thresholds are chosen (``tools/train_lint_model.py``).
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

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
    _use_record(lang, learned.record_of(tool.train(lang, {held})), THRESHOLD)


def _use_record(lang: str, record: tuple[Any, ...], threshold: float | None) -> None:
    """Make the linter score ``lang`` with these weights, at ``threshold`` if given."""
    learned._loaded[lang] = learned.LearnedModel.of_record(lang, record, threshold)
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


def _labels(folder: Path, rule_id: str) -> dict[str, str]:
    """Whether each labelled finding of ``rule_id`` in ``folder`` is wanted ("yes"/"no")."""
    with (folder / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        return {
            row["sentence"]: row["wanted"]
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if row["rule"] == rule_id
        }


def _added(text: str, lang: str, rule_id: str) -> list[str]:
    """The sentences of ``text`` the learned reader blocks."""
    return [
        " ".join(text[finding.start : finding.end].split())
        for finding in lint(text, lang=lang)
        if finding.rule_id == rule_id and finding.severity == "warning"
    ]


def document_sets(tool: ModuleType, lang: str) -> None:
    rule_id = learned.learned_rule(lang).id
    added = 0
    words = 0
    for folder in sorted(REAL.glob("documents*")):
        _use_model_without(tool, lang, folder.name)
        labels = _labels(folder, rule_id)
        for name, text in tool.document_texts(folder, lang):
            words += len(text.split())
            for sentence in _added(text, lang, rule_id):
                added += 1
                print(f"  {folder.name}/{name}: {labels.get(sentence, '?')}: {sentence}")
    rate = 1000 * added / words if words else 0.0
    print(
        f"{lang} whole post-mortems, each folder with a model that did not see it: "
        f"{added} blocking findings added in {words:,} words ({rate:.2f} per 1,000 words)"
    )


SPLIT_THRESHOLDS = (0.97, 0.95, 0.94, 0.93, 0.92, 0.9, 0.87, 0.85, 0.83, 0.82, 0.8, 0.78, 0.75, 0.7)


def time_split(tool: ModuleType, lang: str, first: int) -> None:
    """Sets numbered ``first`` or above linted with a model trained without them, and the
    whole post-mortems each with a model that did not see its folder, at each threshold."""
    numbered = (
        re.fullmatch(r"heldout(\d+)", p.stem.rsplit("_", 1)[0]) for p in REAL.glob(f"*_{lang}.tsv")
    )
    held = sorted(match[0] for match in numbered if match and int(match[1]) >= first)
    rows = []
    for name in held:
        with (REAL / f"{name}_{lang}.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["label"] != "consider":
                    rows.append((row["sentence"], row["label"] == "blame"))
    by_rules = [_blocks(sentence, lang, RULES_ONLY) for sentence, _ in rows]
    record = learned.record_of(tool.train(lang, set(held)))
    sets: dict[float, list[int]] = {}
    for threshold in SPLIT_THRESHOLDS:
        _use_record(lang, record, threshold)
        counts = [0, 0, 0]
        for (sentence, blame), ruled in zip(rows, by_rules, strict=True):
            flagged = ruled or _blocks(sentence, lang)
            index = 0 if flagged and blame else 1 if flagged else 2 if blame else -1
            if index >= 0:
                counts[index] += 1
        sets[threshold] = counts
    rule_id = learned.learned_rule(lang).id
    documents: dict[float, list[str]] = {threshold: [] for threshold in SPLIT_THRESHOLDS}
    for folder in sorted(REAL.glob("documents*")):
        texts = tool.document_texts(folder, lang)
        if not texts:
            continue
        labels = _labels(folder, rule_id)
        without = learned.record_of(tool.train(lang, {folder.name}))
        for threshold in SPLIT_THRESHOLDS:
            _use_record(lang, without, threshold)
            for _name, text in texts:
                documents[threshold] += [
                    labels.get(sentence, "?") for sentence in _added(text, lang, rule_id)
                ]
    print(f"{lang}: {len(held)} held-out sets from {first} on, {len(rows)} sentences")
    for threshold in SPLIT_THRESHOLDS:
        found = documents[threshold]
        print(
            "  "
            + _line(f"at {threshold:.2f}", sets[threshold])
            + f"; post-mortems: {len(found)} added ({found.count('yes')} wanted,"
            + f" {found.count('no')} not, {found.count('?')} unlabelled)"
        )


def main(argv: list[str]) -> None:
    global THRESHOLD
    if "--threshold" in argv:
        at = argv.index("--threshold")
        THRESHOLD = float(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    split = None
    if "--split" in argv:
        at = argv.index("--split")
        split = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    tool = _tool()
    for lang in argv or ["en", "de"]:
        if split is not None:
            time_split(tool, lang, split)
            continue
        sentence_sets(tool, lang)
        document_sets(tool, lang)


if __name__ == "__main__":
    main(sys.argv[1:])
