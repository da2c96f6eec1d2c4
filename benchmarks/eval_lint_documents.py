"""The blame-language linter on whole published post-mortems, as ``pmdesk lint FILE`` runs it.

Reads ``tests/data/lint/real/documents/index.tsv`` (one row per post-mortem, kept verbatim
beside it), prepares each file as the CLI prepares Markdown (front matter, code blocks and
inline code blanked), lints it with the language detected per file and per paragraph and
prints, per language and overall:

- words, blocking findings (severity ``warning``) and quiet "consider" findings, and
  findings per 1,000 words;
- **blocking findings on whole published post-mortems: N, wanted X %**, from the hand labels
  in ``documents/labels.tsv`` (columns: file, rule, wanted ``yes``/``no``, sentence, span,
  why). A finding is matched to its label by file, rule and sentence; findings without a
  label are listed and left out of the share, so that a rule change that raises something
  new shows up instead of being counted silently.

Run with ``PYTHONPATH=. .venv/bin/python benchmarks/eval_lint_documents.py [-v] [FOLDER]``;
``-v`` lists every blocking finding with its label, ``--tsv`` prints unlabelled blocking
findings as label rows to fill in. FOLDER (default ``documents``) is another set laid out
the same way (``index.tsv``, ``labels.tsv``), such as ``documents2``; a bare name is taken
from ``tests/data/lint/real/``.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pmdesk.lint import Finding, LintContext, detect_language, lint
from pmdesk.lint._engine import _paragraphs, _sentences
from pmdesk.lint.cli import prepare_markdown

REAL = Path(__file__).resolve().parents[1] / "tests" / "data" / "lint" / "real"
DOCUMENTS = REAL / "documents"
BLOCKING = "warning"
LABEL_COLUMNS = ["file", "rule", "wanted", "sentence", "span", "why"]


@dataclass(frozen=True)
class Flagged:
    file: str
    lang: str
    rule: str
    severity: str
    sentence: str
    span: str


def _one_line(text: str) -> str:
    return " ".join(text.split())


def sentence_of(text: str, finding: Finding) -> str:
    """The sentence (as the linter splits it) that holds the finding's start."""
    for start, paragraph in _paragraphs(text):
        if start <= finding.start < start + len(paragraph):
            for begin, end in _sentences(paragraph):
                if start + begin <= finding.start < start + end:
                    return _one_line(paragraph[begin:end])
            return _one_line(paragraph)
    return _one_line(text[finding.start : finding.end])


def lint_documents(
    folder: Path = DOCUMENTS,
) -> tuple[dict[str, tuple[str, int]], list[Flagged]]:
    """Words and language per file, and every finding, linted as the CLI does.

    Documents whose source states no licence are named in the index but not kept in
    the repository: they are left out, and said to be.
    """
    with (folder / "index.tsv").open(encoding="utf-8", newline="") as handle:
        index = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    words: dict[str, tuple[str, int]] = {}
    flagged: list[Flagged] = []
    context = LintContext(hints=True, mixed_languages=True)
    absent = [row["file"] for row in index if not (folder / row["file"]).exists()]
    if absent:
        print(
            f"{len(absent)} of the {len(index)} documents in {folder.name}/index.tsv are not "
            "kept here (their sources state no licence); the figures below leave them out. "
            "Copy them from their sources into the folder to measure the whole set."
        )
    for row in index:
        if row["file"] in absent:
            continue
        text = prepare_markdown((folder / row["file"]).read_text(encoding="utf-8"))
        lang = detect_language(text)
        words[row["file"]] = (lang, len(text.split()))
        for finding in lint(text, lang=lang, context=context):
            flagged.append(
                Flagged(
                    row["file"],
                    lang,
                    finding.rule_id,
                    finding.severity,
                    sentence_of(text, finding),
                    _one_line(text[finding.start : finding.end]),
                )
            )
    return words, flagged


def read_labels(folder: Path = DOCUMENTS) -> dict[tuple[str, str, str], tuple[bool, str]]:
    path = folder / "labels.tsv"
    if not path.exists():
        return {}
    labels = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert next(reader) == LABEL_COLUMNS, path
        for file, rule, wanted, sentence, _span, why in reader:
            assert wanted in ("yes", "no"), (file, sentence)
            labels[(file, rule, _one_line(sentence))] = (wanted == "yes", why)
    return labels


def report(
    words: dict[str, tuple[str, int]],
    flagged: list[Flagged],
    verbose: bool,
    folder: Path = DOCUMENTS,
) -> None:
    labels = read_labels(folder)
    for lang in ("en", "de", None):
        files = {f for f, (lg, _) in words.items() if lang is None or lg == lang}
        if not files:
            continue
        total = sum(words[f][1] for f in files)
        mine = [f for f in flagged if f.file in files]
        blocking = [f for f in mine if f.severity == BLOCKING]
        hints = len(mine) - len(blocking)
        labelled = [labels[(f.file, f.rule, f.sentence)] for f in blocking if _key(f) in labels]
        wanted = sum(yes for yes, _ in labelled)
        share = f"{wanted / len(labelled):.0%}" if labelled else "n/a"
        name = lang or "all"
        print(
            f"{name}: {len(files)} documents, {total} words; blocking {len(blocking)} "
            f"({1000 * len(blocking) / total:.2f} per 1,000 words), consider {hints} "
            f"({1000 * hints / total:.2f} per 1,000 words)"
        )
        missing = len(blocking) - len(labelled)
        print(
            f"  blocking findings on whole published post-mortems: {len(blocking)}, "
            f"wanted {share} ({wanted} of {len(labelled)} labelled"
            f"{f', {missing} unlabelled' if missing else ''})"
        )
    rules = Counter(f.rule for f in flagged if f.severity == BLOCKING)
    print("  blocking by rule: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    for f in flagged:
        if f.severity != BLOCKING:
            continue
        label = labels.get(_key(f))
        if label is None:
            print(f"    UNLABELLED {f.file} [{f.rule}] {f.span!r}: {f.sentence}")
        elif verbose:
            mark = "wanted     " if label[0] else "false alarm"
            print(f"    {mark} {f.file} [{f.rule}] {f.span!r}: {f.sentence}  ({label[1]})")
    if verbose:
        for f in flagged:
            if f.severity != BLOCKING:
                print(f"    consider    {f.file} [{f.rule}] {f.span!r}: {f.sentence}")


def _key(f: Flagged) -> tuple[str, str, str]:
    return (f.file, f.rule, f.sentence)


def unlabelled_rows(flagged: list[Flagged], folder: Path = DOCUMENTS) -> None:
    labels = read_labels(folder)
    # Plain joins: the label file is read with QUOTE_NONE, so quotation marks stay as written.
    for f in flagged:
        if f.severity == BLOCKING and _key(f) not in labels:
            print("\t".join([f.file, f.rule, "?", f.sentence, f.span, ""]))


def folder_from(args: list[str]) -> Path:
    """The document set named on the command line: a path, or a folder name under real/."""
    names = [arg for arg in args if not arg.startswith("-")]
    if not names:
        return DOCUMENTS
    given = Path(names[0])
    return given if given.is_dir() else REAL / names[0]


def main() -> None:
    args = sys.argv[1:]
    folder = folder_from(args)
    words, flagged = lint_documents(folder)
    if "--tsv" in args:
        unlabelled_rows(flagged, folder)
        return
    report(words, flagged, "-v" in args, folder)


if __name__ == "__main__":
    main()
