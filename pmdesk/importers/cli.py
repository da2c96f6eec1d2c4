"""Command-line front end of the importers: ``pmdesk import-timeline PATH …``.

The lead's CLI registers the sub-command with :func:`configure_parser` and calls
:func:`run`; storing goes through the ``store_into`` callback it supplies.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from pmdesk.console import echo
from pmdesk.errors import UserFacingError

from ._model import CsvMapping, ImportedEvent, ImportOptions, ImportResult
from ._time import resolve_zone
from .api import FORMATS, import_path

__all__ = ["configure_parser", "event_json", "run"]

log = logging.getLogger(__name__)

StoreInto = Callable[[str, ImportResult, str], str]


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add the import-timeline arguments to ``parser``."""
    parser.add_argument("path", metavar="PATH", type=Path, help="file, folder or zip to import")
    parser.add_argument(
        "--format",
        default="auto",
        choices=("auto", *FORMATS),
        help="the export's format (default: detect it)",
    )
    parser.add_argument(
        "--tz", help="zone of times without one, e.g. Europe/Berlin or +02:00 (no guessing)"
    )
    parser.add_argument("--since", help="start of the window, ISO 8601 with offset")
    parser.add_argument("--until", help="end of the window, ISO 8601 with offset")
    parser.add_argument("--into", metavar="ID", help="post-mortem to add the events to")
    parser.add_argument("--dry-run", action="store_true", help="show what would be imported")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--channel", action="append", default=[], help="chat channel to import (repeatable)"
    )
    parser.add_argument("--keyword", help="keep only events containing this text")
    parser.add_argument("--level", help="keep log events at this level or worse, e.g. warning")
    parser.add_argument("--date", help="day of HH:MM notes (YYYY-MM-DD)")
    parser.add_argument("--reference-year", type=int, help="year of syslog lines that have none")
    parser.add_argument(
        "--access-log-format", help="the server's log_format / LogFormat for custom access logs"
    )
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="ROLE=NAME",
        help="CSV column or JSON key for a role: time, date, time_of_day, text (repeatable), "
        "author, source, level, id",
    )
    parser.add_argument(
        "--time-format", help="strptime pattern of CSV times, e.g. %%d.%%m.%%Y %%H:%%M"
    )
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", help="CSV dates are day/month/year")
    order.add_argument("--month-first", action="store_true", help="CSV dates are month/day/year")
    parser.add_argument(
        "--epoch-unit", choices=("s", "ms", "us", "ns"), help="unit of numeric times"
    )


def _parse_moment(value: str | None, name: str, tz: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UserFacingError(
            f'--{name} "{value}" is not an ISO 8601 time.',
            "Write it like 2023-06-14T16:00:00+02:00 or 2023-06-14T14:00:00Z.",
        ) from None
    if moment.tzinfo is None:
        if tz is None:
            raise UserFacingError(
                f"--{name} has no time zone.",
                "Add an offset (2023-06-14T16:00:00+02:00) or give --tz.",
            )
        moment = moment.replace(tzinfo=resolve_zone(tz)[0])
    return moment


def _options(args: argparse.Namespace) -> ImportOptions:
    notes_date: date | None = None
    if args.date:
        try:
            notes_date = date.fromisoformat(args.date)
        except ValueError:
            raise UserFacingError(
                f'--date "{args.date}" is not a date.', "Write it like 2023-06-14."
            ) from None
    fields = _fields(args.field)
    return ImportOptions(
        csv_mapping=_csv_mapping(args, fields),
        jsonl_mapping=_jsonl_mapping(args, fields),
        format=args.format,
        tz=args.tz,
        since=_parse_moment(args.since, "since", args.tz),
        until=_parse_moment(args.until, "until", args.tz),
        keyword=args.keyword,
        level=args.level,
        channels=frozenset(args.channel) if args.channel else None,
        reference_year=args.reference_year,
        date=notes_date,
        access_log_format=args.access_log_format,
    )


_ROLES = ("time", "date", "time_of_day", "text", "author", "source", "level", "id")


def _fields(pairs: list[str]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for pair in pairs:
        role, separator, name = pair.partition("=")
        role = role.strip().lower()
        if not separator or role not in _ROLES or not name.strip():
            raise UserFacingError(
                f'--field "{pair}" is not ROLE=NAME.',
                "Roles: " + ", ".join(_ROLES) + "; for example --field time=When.",
            )
        fields.setdefault(role, []).append(name.strip())
    return fields


def _csv_mapping(args: argparse.Namespace, fields: dict[str, list[str]]) -> CsvMapping | None:
    if not (fields or args.time_format or args.day_first or args.month_first or args.epoch_unit):
        return None

    def one(role: str) -> str | None:
        return fields[role][-1] if role in fields else None

    return CsvMapping(
        time=one("time"),
        date=one("date"),
        time_of_day=one("time_of_day"),
        text=tuple(fields.get("text", ())),
        author=one("author"),
        source=one("source"),
        level=one("level"),
        native_id=one("id"),
        time_format=args.time_format,
        day_first=True if args.day_first else False if args.month_first else None,
        epoch_unit=args.epoch_unit,
    )


def _jsonl_mapping(args: argparse.Namespace, fields: dict[str, list[str]]) -> dict[str, str] | None:
    mapping = {
        ("message" if role == "text" else role): names[-1]
        for role, names in fields.items()
        if role in ("time", "text", "author", "source", "level", "id")
    }
    if args.epoch_unit:
        mapping["time_unit"] = args.epoch_unit
    return mapping or None


def _utc_text(event: ImportedEvent) -> str:
    return event.time_utc.isoformat().replace("+00:00", "Z")


def event_json(event: ImportedEvent) -> dict[str, Any]:
    """The JSON shape of one event in ``--dry-run --json`` output."""
    return {
        "time_utc": _utc_text(event),
        "original_time": event.original_time,
        "source": event.source,
        "author": event.author,
        "text": event.text,
    }


def _print_human(result: ImportResult, stdout: TextIO) -> None:
    echo(
        stdout,
        f"{len(result.events)} events from {result.format} "
        f"({result.skipped_count} lines skipped, {result.duplicates_dropped} duplicates dropped)",
    )
    for event in result.events:
        author = f" {event.author}:" if event.author else ""
        first_line = event.text.splitlines()[0] if event.text else ""
        echo(stdout, f"{_utc_text(event)}  [{event.source}]{author} {first_line}")
    for skipped in result.skipped:
        echo(stdout, f"skipped line {skipped.line}: {skipped.reason}")


def run(
    args: argparse.Namespace,
    *,
    stdout: TextIO,
    stderr: TextIO,
    store_into: StoreInto | None = None,
) -> int:
    """Run an import from parsed arguments; returns the exit status (0 ok, 2 error)."""
    try:
        if not args.dry_run and not args.into:
            raise UserFacingError(
                "Say which post-mortem gets the events.",
                "Give --into ID, or --dry-run to only look.",
            )
        options = _options(args)
        result = import_path(args.path, options)
        for warning in result.warnings:
            echo(stderr, f"warning: {warning}")
        if args.dry_run:
            if args.json:
                payload = {
                    "format": result.format,
                    "events": [event_json(e) for e in result.events],
                    "skipped": [{"line": s.line, "reason": s.reason} for s in result.skipped],
                }
                print(json.dumps(payload, ensure_ascii=False, indent=2), file=stdout)
            else:
                _print_human(result, stdout)
            return 0
        if store_into is None:
            raise UserFacingError("Storing imported events is not available in this build.")
        label = f"{result.format} {Path(args.path).name}"
        summary = store_into(args.into, result, label)
        if args.json:
            print(json.dumps({"format": result.format, "summary": summary}), file=stdout)
        else:
            echo(stdout, summary)
        return 0
    except UserFacingError as exc:
        log.info("Import failed: %s", exc.message)
        echo(stderr, str(exc))
        return 2
