"""The importer entry points: detect a file's format and import it."""

from __future__ import annotations

import gc
import logging
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pmdesk.errors import UserFacingError

from . import accesslog, applogs, chat, hostlogs, irc, ops, slack, tabular, whatsapp
from ._detect import detect_input, detect_member
from ._io import InputSource
from ._model import ImportOptions, ImportResult
from ._sink import Sink

__all__ = ["FORMATS", "detect_format", "import_path"]

log = logging.getLogger(__name__)

Importer = Callable[[InputSource, Sink], None]

_IMPORTERS: dict[str, Importer] = {
    "slack": slack.import_slack,
    "teams": chat.import_teams,
    "mattermost": chat.import_mattermost,
    "discord": chat.import_discord,
    "notes": chat.import_notes,
    "irc": irc.import_irc,
    "whatsapp": whatsapp.import_whatsapp,
    "journald": hostlogs.import_journald,
    "syslog": hostlogs.import_syslog,
    "jsonl": applogs.import_jsonl,
    "logfmt": applogs.import_logfmt,
    "access-log": accesslog.import_access_log,
    "k8s-events": ops.import_k8s_events,
    "pagerduty": ops.import_pagerduty,
    "opsgenie": ops.import_opsgenie,
    "github": ops.import_github,
    "csv": tabular.import_csv,
}

FORMATS: tuple[str, ...] = tuple(_IMPORTERS)


def detect_format(path: Path) -> tuple[str, float]:
    """Guess the format of a file, folder or zip archive.

    Returns:
        (format id, confidence 0..1); ("unknown", 0.0) when nothing fits.

    Raises:
        UserFacingError: the input cannot be read at all (missing, empty, hostile).
    """
    path = Path(path)
    with _readable(path), InputSource(path) as source:
        return detect_input(source)


def import_path(
    path: Path,
    options: ImportOptions,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import the events of one file, folder or zip archive.

    Args:
        path: what to import.
        options: format (or "auto"), zone for naive times, window and filters.
        progress: called now and then with (bytes done, bytes total).
        cancelled: polled now and then; returning True stops the import.

    Raises:
        UserFacingError: the input is unusable (unknown format, missing zone,
            hostile or empty data) or the import was cancelled.
    """
    path = Path(path)
    with _readable(path), InputSource(path) as source:
        if options.format == "auto":
            format_id, confidence = detect_input(source)
            if format_id == "unknown":
                raise UserFacingError(
                    f"pmdesk could not tell which kind of export {path.name} is.",
                    "Choose the format explicitly (--format or the format list).",
                )
        elif options.format in _IMPORTERS:
            format_id, confidence = options.format, 1.0
        else:
            raise UserFacingError(
                f'"{options.format}" is not an import format pmdesk knows.',
                "Use one of: " + ", ".join(FORMATS) + ".",
            )
        sink = Sink(options, progress=progress, cancelled=cancelled, total=source.total_size)
        log.info("Importing %s as %s", path.name, format_id)
        with _collector_paused():
            _IMPORTERS[format_id](source, sink)
            result = sink.result(format_id, confidence)
        if source.kind in ("folder", "zip"):
            _warn_of_other_exports(source, format_id, path.name, result)
    if not result.events and result.skipped_count and not sink.filtered_out:
        first = result.skipped[0]
        raise UserFacingError(
            f"No events could be read from {path.name} as {format_id}: "
            f"line {first.line}: {first.reason}.",
            "Check the format choice, or that the file is a complete export.",
        )
    return result


def _warn_of_other_exports(
    source: InputSource, format_id: str, name: str, result: ImportResult
) -> None:
    """Say which files of a folder or zip the import left alone though they are exports
    of their own (a folder of one incident's logs and chats is read as one format)."""
    others = []
    for member in source.members():
        if not member.opened:
            found, confidence = detect_member(member)
            if found not in ("unknown", format_id) and confidence >= 0.5:
                others.append(member.name)
    if others:
        shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        result.warnings.append(
            f"{len(others)} files in {name} are exports of another kind and were not "
            f"imported with this {format_id} import: {shown}. Import each of them on its own."
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import runs.

    An import keeps every event it reads, and each collection pass walks all of them
    again: a quarter of a large import's time. Reference counting still frees what
    the import drops. Afterwards what the import made goes straight to the oldest
    generation (freezing, then unfreezing, moves every tracked object there without
    a pass), so the young generations' collections do not walk the events either;
    the next full collection still sees them.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()


@contextmanager
def _readable(path: Path) -> Iterator[None]:
    """Turn low-level read failures of damaged input into one clear error."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise UserFacingError(
            f"{path.name} is damaged or incomplete (a compressed part cannot be read).",
            "Download or export it again.",
        ) from None
    except RecursionError:
        raise UserFacingError(
            f"{path.name} is nested too deeply to be read.",
            "Check that it is a genuine export.",
        ) from None
    except OSError as exc:
        raise UserFacingError(
            f"{path.name} could not be read ({exc.strerror or 'the data is damaged'}).",
            "Check that the file is still there, readable and complete.",
        ) from None
