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
GROUPS = {
    "development": ("postmortems", "statements"),
    "held-out": ("heldout",),
    "held-out 2": ("heldout2",),
    "held-out 3": ("heldout3",),
    "held-out 4": ("heldout4",),
    "held-out 5": ("heldout5",),
    "held-out 6": ("heldout6",),
    "held-out 7": ("heldout7",),
    "held-out 8": ("heldout8",),
    "held-out 9": ("heldout9",),
    "held-out 10": ("heldout10",),
    "held-out 11": ("heldout11",),
    "held-out 12": ("heldout12",),
    "held-out 13": ("heldout13",),
    "held-out 14": ("heldout14",),
    "held-out 15": ("heldout15",),
    "held-out 16": ("heldout16",),
    "held-out 17": ("heldout17",),
    "held-out 18": ("heldout18",),
    "held-out 19": ("heldout19",),
    "held-out 20": ("heldout20",),
    "held-out 21": ("heldout21",),
    "held-out 22": ("heldout22",),
    "held-out 23": ("heldout23",),
    "held-out 24": ("heldout24",),
    "held-out 25": ("heldout25",),
    "held-out 26": ("heldout26",),
    "held-out 27": ("heldout27",),
    "held-out 28": ("heldout28",),
    "held-out 29": ("heldout29",),
    "held-out 30": ("heldout30",),
    "held-out 31": ("heldout31",),
    "held-out 32": ("heldout32",),
    "held-out 33": ("heldout33",),
    "held-out 34": ("heldout34",),
    "held-out 35": ("heldout35",),
    "held-out 36": ("heldout36",),
    "held-out 37": ("heldout37",),
    "held-out 38": ("heldout38",),
    "held-out 39": ("heldout39",),
    "held-out 40": ("heldout40",),
    "held-out 41": ("heldout41",),
    "held-out 42": ("heldout42",),
    "held-out 43": ("heldout43",),
    "held-out 44": ("heldout44",),
    "held-out 45": ("heldout45",),
    "held-out 46": ("heldout46",),
    "held-out 47": ("heldout47",),
    "held-out 48": ("heldout48",),
    "held-out 49": ("heldout49",),
    "held-out 50": ("heldout50",),
    "held-out 51": ("heldout51",),
    "held-out 52": ("heldout52",),
    "held-out 53": ("heldout53",),
    "held-out 54": ("heldout54",),
    "held-out 55": ("heldout55",),
    "held-out 56": ("heldout56",),
    "held-out 57": ("heldout57",),
    "held-out 58": ("heldout58",),
    "held-out 59": ("heldout59",),
    "held-out 60": ("heldout60",),
    "held-out 61": ("heldout61",),
    "held-out 62": ("heldout62",),
    "held-out 63": ("heldout63",),
    "held-out 64": ("heldout64",),
    "held-out 65": ("heldout65",),
    "held-out 66": ("heldout66",),
    "held-out 67": ("heldout67",),
    "held-out 68": ("heldout68",),
    "held-out 69": ("heldout69",),
    "held-out 70": ("heldout70",),
    "held-out 71": ("heldout71",),
    "held-out 72": ("heldout72",),
    "held-out 73": ("heldout73",),
    "held-out 74": ("heldout74",),
    "held-out 75": ("heldout75",),
    "held-out 76": ("heldout76",),
    "held-out 77": ("heldout77",),
    "held-out 78": ("heldout78",),
    "held-out 79": ("heldout79",),
    "held-out 80": ("heldout80",),
    "held-out 81": ("heldout81",),
    "held-out 82": ("heldout82",),
    "held-out 83": ("heldout83",),
    "held-out 84": ("heldout84",),
    "held-out 85": ("heldout85",),
    "held-out 86": ("heldout86",),
    "held-out 87": ("heldout87",),
    "held-out 88": ("heldout88",),
    "held-out 89": ("heldout89",),
    "held-out 90": ("heldout90",),
    "held-out 91": ("heldout91",),
    "held-out 92": ("heldout92",),
    "held-out 93": ("heldout93",),
    "held-out 94": ("heldout94",),
    "held-out 95": ("heldout95",),
    "held-out 96": ("heldout96",),
    "held-out 97": ("heldout97",),
    "held-out 98": ("heldout98",),
    "held-out 99": ("heldout99",),
    "held-out 100": ("heldout100",),
    "held-out 101": ("heldout101",),
    "held-out 102": ("heldout102",),
    "held-out 103": ("heldout103",),
    "held-out 104": ("heldout104",),
    "held-out 105": ("heldout105",),
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
