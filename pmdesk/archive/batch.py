"""Loading many post-mortem files at once: interchange JSON, Markdown and HTML.

What someone bringing an archive of 300 files expects, and what this does:

- Every file is read first; then all of them are written in ONE transaction, each in a
  savepoint of its own. A file that is refused (broken JSON, a value the interchange
  check rejects) rolls back alone and is listed with one sentence; the others are
  committed together. If the database itself fails (disk full, locked), nothing is
  loaded. With `all_or_nothing`, one refused file leaves the library as it was.
- Loading is safe to repeat: a Markdown or HTML file loaded before is skipped (its
  UUID comes from its bytes), interchange JSON updates the post-mortem with its UUID.
  So after fixing the refused files, the admin loads the same folder again.
- Folders are searched recursively; files that are no post-mortem (images, a README,
  a blank template) are skipped with the reason.
"""

from __future__ import annotations

import enum
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmdesk.archive.written import (
    WRITTEN_FORMATS,
    BlankTemplateError,
    WrittenPostmortem,
    read_written,
)
from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem
from pmdesk.store.database import Database
from pmdesk.store.interchange import load_postmortem, publications_not_loaded
from pmdesk.store.interchange_check import read_document

__all__ = [
    "LOADABLE_SUFFIXES",
    "FileResult",
    "LoadCancelledError",
    "LoadSummary",
    "Outcome",
    "collect_files",
    "load_many",
]

LOADABLE_SUFFIXES = frozenset({".json", *WRITTEN_FORMATS})
# Files a folder of post-mortems often holds that are about the folder, not incidents.
_NOT_POSTMORTEMS = re.compile(
    r"^(readme|license|licence|changelog|contributing|index)([^a-z]|$)", re.IGNORECASE
)

Progress = Callable[[int, int, str], None]


class Outcome(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    SKIPPED = "skipped"
    REFUSED = "refused"


class LoadCancelledError(UserFacingError):
    def __init__(self) -> None:
        super().__init__("Loading was cancelled; nothing was loaded.")


@dataclass(frozen=True)
class FileResult:
    """What happened to one file, in one sentence, and for a written one what went where."""

    path: Path
    outcome: Outcome
    sentence: str
    key: str = ""
    uuid: str = ""
    title: str = ""
    mapped: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "outcome": self.outcome.value,
            "sentence": self.sentence,
            "key": self.key or None,
            "uuid": self.uuid or None,
            "title": self.title or None,
            "mapped": list(self.mapped),
            "kept_as_notes": list(self.notes),
            "warnings": list(self.warnings),
        }


@dataclass
class LoadSummary:
    files: list[FileResult] = field(default_factory=list)
    # Set when all_or_nothing rolled everything back.
    rolled_back: bool = False

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for result in self.files if result.outcome in outcomes)

    @property
    def loaded(self) -> int:
        return 0 if self.rolled_back else self.count(Outcome.CREATED, Outcome.UPDATED)

    def headline(self) -> str:
        """One sentence: "Loaded 297 of 300 files (290 new, 7 updated); 2 skipped; 1 refused."."""
        total = len(self.files)
        created, updated = self.count(Outcome.CREATED), self.count(Outcome.UPDATED)
        skipped, refused = self.count(Outcome.SKIPPED), self.count(Outcome.REFUSED)
        if self.rolled_back:
            return (
                f"Nothing was loaded: {refused} of {total} files were refused and every "
                "file had to load (--all-or-nothing)."
            )
        files = "file" if total == 1 else "files"
        text = f"Loaded {created + updated} of {total} {files}"
        if updated:
            text += f" ({created} new, {updated} updated)"
        return text + f"; {skipped} skipped; {refused} refused."


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """The files to load from files and folders (recursively, sorted), and the files
    skipped on the way with the reason."""
    chosen: list[Path] = []
    skipped: list[FileResult] = []
    seen: set[Path] = set()

    def add(path: Path, *, named: bool) -> None:
        resolved = path.resolve()
        if resolved in seen:
            return
        seen.add(resolved)
        reason = _not_loadable(path, named=named)
        if reason:
            skipped.append(FileResult(path, Outcome.SKIPPED, reason))
        else:
            chosen.append(path)

    for path in paths:
        if path.is_dir():
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        add(Path(folder) / name, named=False)
        else:
            # A file named on purpose is read even when its name says README.
            add(path, named=True)
    return chosen, skipped


def _not_loadable(path: Path, *, named: bool) -> str:
    if named:
        return ""
    if path.suffix.lower() not in LOADABLE_SUFFIXES:
        return f"Not a post-mortem file ({path.suffix or 'no extension'})."
    stem = path.stem.casefold()
    if _NOT_POSTMORTEMS.match(stem):
        return "A file about the folder, not a post-mortem."
    if "template" in stem or "vorlage" in stem:
        return "Its name says it is a template, not a post-mortem (name it to load it)."
    return ""


def load_many(
    db: Database,
    paths: Sequence[Path],
    *,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LoadSummary:
    """Load post-mortem files and folders into `db` (see the module's docstring).

    Raises:
        LoadCancelledError: `cancelled` said so before the commit; nothing was loaded.
        UserFacingError: the database could not be written; nothing was loaded.
    """
    files, skipped = collect_files(paths)
    if not files and not skipped:
        named = ", ".join(str(path) for path in paths)
        raise UserFacingError(
            f"There is nothing to load in {named}.",
            "Choose interchange JSON, Markdown or HTML files, or folders holding them.",
        )
    summary = LoadSummary(files=list(skipped))
    total = len(files)
    report = progress or (lambda _done, _total, _message: None)
    read: list[tuple[Path, Any, WrittenPostmortem | None]] = []
    for number, path in enumerate(files):
        _stop_if(cancelled)
        report(number, total * 2, f"Reading {path.name}")
        try:
            if path.suffix.lower() == ".json" or path.suffix.lower() not in WRITTEN_FORMATS:
                read.append((path, read_document(path), None))
            else:
                document = read_written(path)
                read.append((path, document.document, document))
        except UserFacingError as exc:
            summary.files.append(_refused_or_skipped(path, exc))
    try:
        with db.transaction() as session:
            for number, (path, document, written) in enumerate(read):
                _stop_if(cancelled)
                report(total + number, total * 2, f"Loading {path.name}")
                summary.files.append(_load_one(session, path, document, written))
            _stop_if(cancelled)
            if all_or_nothing and summary.count(Outcome.REFUSED):
                raise _RollBack
    except _RollBack:
        summary.rolled_back = True
    report(total * 2, total * 2, "Done")
    summary.files.sort(key=lambda result: str(result.path))
    return summary


def _load_one(
    session: Session, path: Path, document: Any, written: WrittenPostmortem | None
) -> FileResult:
    if written is not None:
        # A written file loaded before is not loaded over what was done with it since.
        existing = session.scalar(
            select(Postmortem).where(Postmortem.uuid == document["postmortem"]["uuid"])
        )
        if existing is not None:
            return FileResult(
                path,
                Outcome.SKIPPED,
                f"Already in the library as {existing.key}, loaded from this file before.",
                key=existing.key,
                uuid=existing.uuid,
                title=existing.title,
            )
    try:
        # A savepoint: a refused file takes back only what it wrote.
        with session.begin_nested():
            pm, created = load_postmortem(session, document)
    except UserFacingError as exc:
        return FileResult(path, Outcome.REFUSED, str(exc))
    return FileResult(
        path,
        Outcome.CREATED if created else Outcome.UPDATED,
        f"{'Created' if created else 'Updated'} {pm.key}: {pm.title}",
        key=pm.key,
        uuid=pm.uuid,
        title=pm.title,
        mapped=written.mapped if written else (),
        notes=written.notes if written else (),
        warnings=written.warnings if written else _history_kept(pm, document),
    )


class _RollBack(Exception):
    """Leaves the transaction without writing anything."""


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise LoadCancelledError


def _refused_or_skipped(path: Path, exc: UserFacingError) -> FileResult:
    outcome = Outcome.SKIPPED if isinstance(exc, BlankTemplateError) else Outcome.REFUSED
    return FileResult(path, outcome, str(exc))


def _history_kept(pm: Postmortem, document: Any) -> tuple[str, ...]:
    left_out = publications_not_loaded(pm, document)
    if not left_out:
        return ()
    versions = ", ".join(str(version) for version in left_out)
    return (
        f"Its publication history was kept as stored here; the file's publication "
        f"version{'s' if len(left_out) > 1 else ''} {versions} "
        f"{'were' if len(left_out) > 1 else 'was'} not loaded.",
    )
