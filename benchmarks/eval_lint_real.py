"""Sentence-level evaluation of the blame-language linter on real, published text.

Reads the labelled excerpts in ``tests/data/lint/real/*.tsv`` (columns: label, kind, source,
sentence; labels ``blame`` / ``consider`` / ``clean``; kinds ``postmortem`` / ``statement`` /
``template``), lints every sentence on its own and prints, per language:

- **blocking**: sentences labelled ``blame`` against sentences with a blocking finding
  (severity ``warning``); ``consider`` sentences are left out (either answer is fine there);
- **any**: sentences labelled ``blame`` or ``consider`` against sentences with any finding;
- **post-mortems**: on the sentences from published post-mortems, how many blocking findings
  there are per 1,000 words and the share of them a facilitator would want (label ``blame``).

The development files (``postmortems_*``, ``statements_*``) were used to improve the linter;
the ``heldout_*`` files were labelled and run blind afterwards and are reported apart, as are
the ``heldout2_*`` to ``heldout13_*`` files (a second to thirteenth, larger
held-out set collected later the same way).

Run with ``.venv/bin/python benchmarks/eval_lint_real.py [-v]``; ``-v`` lists the misses and
false alarms.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pmdesk.lint import lint

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "lint" / "real"
BLOCKING = "warning"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, expected: bool, flagged: bool, sentence: str) -> None:
        if expected and flagged:
            self.tp += 1
        elif expected:
            self.fn += 1
            self.errors.append(f"missed:      {sentence}")
        elif flagged:
            self.fp += 1
            self.errors.append(f"false alarm: {sentence}")

    def line(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (
            f"  {name:<9} P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


# A file belongs to the group whose prefix, followed by "_", starts its name (so that
# "heldout_", "heldout2_" … "heldout8_" stay apart).
def _numbered_sets() -> list[int]:
    """The numbers of the held-out sets on disk (heldout2_en.tsv … ), in order."""
    names = (re.fullmatch(r"heldout(\d+)_[a-z]{2}\.tsv", path.name) for path in DATA.iterdir())
    return sorted({int(match[1]) for match in names if match is not None})


# Each numbered held-out set is a group of its own, named as in the README ("held-out 12").
GROUPS = {
    "development": ("postmortems", "statements"),
    "held-out": ("heldout",),
    **{f"held-out {n}": (f"heldout{n}",) for n in _numbered_sets()},
}


def rows(lang: str, prefixes: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    found = []
    for path in sorted(DATA.glob(f"*_{lang}.tsv")):
        if not path.name.startswith(tuple(f"{prefix}_" for prefix in prefixes)):
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            assert next(reader) == ["label", "kind", "source", "sentence"], path
            found.extend((row[0], row[1], row[2], row[3]) for row in reader)
    return found


def evaluate(lang: str, group: str, verbose: bool) -> None:
    blocking, anything = Score(), Score()
    pm_words = pm_blocking = pm_wanted = 0
    data = rows(lang, GROUPS[group])
    for label, kind, _source, sentence in data:
        findings = lint(sentence, lang=lang)
        blocks = any(f.severity == BLOCKING for f in findings)
        if label != "consider":
            blocking.add(label == "blame", blocks, sentence)
        anything.add(label != "clean", bool(findings), sentence)
        if kind == "postmortem":
            pm_words += len(sentence.split())
            if blocks:
                pm_blocking += 1
                pm_wanted += label == "blame"
    print(f"{lang} {group}: {len(data)} sentences")
    print(blocking.line("blocking"))
    print(anything.line("any"))
    share = f"{pm_wanted / pm_blocking:.0%}" if pm_blocking else "n/a"
    rate = 1000 * pm_blocking / pm_words if pm_words else 0.0
    print(
        f"  post-mortems: {pm_words} words, {pm_blocking} sentences with a blocking finding "
        f"({rate:.2f} per 1,000 words), {share} wanted"
    )
    if verbose:
        for line in sorted(set(blocking.errors) | set(anything.errors)):
            print("    " + line)


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    for group in GROUPS:
        for lang in ("en", "de"):
            evaluate(lang, group, verbose)


if __name__ == "__main__":
    main()
