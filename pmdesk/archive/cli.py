"""`pmdesk load` of many files and folders: a progress line on a terminal, a summary.

Exit status: 0 when every file was loaded or skipped, 1 when some were refused and the
others loaded or skipped, 2 when every file was refused or nothing was loaded because
one was (--all-or-nothing).
"""

from __future__ import annotations

import argparse
import json
import shutil
from typing import TextIO

from pmdesk.archive.batch import FileResult, LoadSummary, Outcome, load_many
from pmdesk.console import echo, for_terminal
from pmdesk.store.database import Database

__all__ = ["run_load_many"]

EXIT_OK = 0
EXIT_SOME_REFUSED = 1
EXIT_NOTHING_LOADED = 2


def run_load_many(args: argparse.Namespace, db: Database, out: TextIO, err: TextIO) -> int:
    progress = _TerminalProgress(err) if err.isatty() and not args.json else None
    try:
        summary = load_many(db, args.files, all_or_nothing=args.all_or_nothing, progress=progress)
    finally:
        if progress is not None:
            progress.clear()
    if args.json:
        json.dump(
            {
                "loaded": summary.loaded,
                "rolled_back": summary.rolled_back,
                "summary": summary.headline(),
                "files": [result.as_json() for result in summary.files],
            },
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
    else:
        _print_summary(summary, out)
    refused = summary.count(Outcome.REFUSED)
    if summary.rolled_back or (refused and refused == len(summary.files)):
        return EXIT_NOTHING_LOADED
    return EXIT_SOME_REFUSED if refused else EXIT_OK


def _print_summary(summary: LoadSummary, out: TextIO) -> None:
    for result in summary.files:
        _print_result(result, out)
    echo(out, summary.headline())


def _print_result(result: FileResult, out: TextIO) -> None:
    if result.outcome in (Outcome.CREATED, Outcome.UPDATED):
        echo(out, f"{result.path}: {result.sentence}")
    else:
        echo(out, f"{result.path}: {result.outcome.value.capitalize()}: {result.sentence}")
    for line in result.mapped:
        echo(out, f"    {line}")
    if result.notes:
        echo(out, "    Kept as facilitator notes: " + ", ".join(f"“{n}”" for n in result.notes))
    for warning in result.warnings:
        echo(out, f"    Check: {warning}")


class _TerminalProgress:
    """One line on stderr, rewritten in place: "[ 37/300] Reading PM-0042.md"."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.width = max(20, shutil.get_terminal_size().columns - 1)

    def __call__(self, done: int, total: int, message: str) -> None:
        files = total // 2
        number = min(done % files + 1 if files else 0, files) if done < total else files
        line = f"[{number:>{len(str(files))}}/{files}] {for_terminal(message)}"
        self.err.write("\r" + line[: self.width].ljust(self.width))
        self.err.flush()

    def clear(self) -> None:
        self.err.write("\r" + " " * self.width + "\r")
        self.err.flush()
