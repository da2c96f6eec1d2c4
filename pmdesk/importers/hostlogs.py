"""Host logs: systemd journal (``journalctl -o json``) and syslog (RFC 3164 and 5424)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import IO, Any

from ._io import (
    InputSource,
    JsonStreamError,
    Member,
    check_text_head,
    iter_json_records,
    iter_lines,
    line_encoding,
    loads_line,
)
from ._model import ImportedEvent
from ._sink import SYSLOG_SEVERITY, Sink
from ._time import UTC, LocalClock, epoch_to_utc, offset_label, parse_iso

__all__ = ["import_journald", "import_syslog"]

_ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_OCTAL_RE = re.compile(r"#(0[0-3][0-7])")


# --- journald ---------------------------------------------------------------


def _field_text(value: Any) -> str | None:
    """A journal field: a string, a byte array, null, or an array of either."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        if value and all(isinstance(b, int) and not isinstance(b, bool) for b in value):
            if not all(0 <= b < 256 for b in value):
                return None
            data = bytes(value)
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("latin-1")
        parts = [_field_text(item) for item in value]
        return "\n".join(p for p in parts if p) or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _journal_event(entry: Any, sink: Sink, member_name: str) -> ImportedEvent | str:
    if not isinstance(entry, dict):
        return "not a JSON object"
    raw_time = entry.get("_SOURCE_REALTIME_TIMESTAMP") or entry.get("__REALTIME_TIMESTAMP")
    if isinstance(raw_time, list):
        raw_time = raw_time[0] if raw_time else None
    if not isinstance(raw_time, str | int) or isinstance(raw_time, bool):
        return "no __REALTIME_TIMESTAMP"
    moment = epoch_to_utc(str(raw_time), "us")
    if moment is None:
        return f"unreadable timestamp {str(raw_time)[:30]!r}"
    message = _field_text(entry.get("MESSAGE"))
    if message is None:
        return "no MESSAGE (it may have been too large; export with --all)"
    host = _field_text(entry.get("_HOSTNAME")) or member_name
    ident = (
        _field_text(entry.get("SYSLOG_IDENTIFIER"))
        or _field_text(entry.get("_COMM"))
        or _field_text(entry.get("_SYSTEMD_UNIT"))
        or "journal"
    )
    level = None
    priority = _field_text(entry.get("PRIORITY"))
    if priority is not None and priority.isascii() and priority.isdigit() and int(priority) < 8:
        level = SYSLOG_SEVERITY[int(priority)]
    cursor = _field_text(entry.get("__CURSOR"))
    return ImportedEvent(
        time_utc=moment,
        original_time=str(raw_time),
        source_zone="UTC",
        zone_assumed=False,
        source=f"journald {host}",
        author=f"{ident}@{host}",
        text=_ANSI_RE.sub("", message).rstrip("\n"),
        kind="log",
        native_id=f"journald:{cursor}" if cursor else None,
        level=level,
    )


def import_journald(source: InputSource, sink: Sink) -> None:
    """Import ``journalctl -o json`` (also ``json-seq`` and ``json-pretty``) output."""
    member = source.single()
    head = check_text_head(member).lstrip(b"\xef\xbb\xbf")
    first_line = head.lstrip().split(b"\n", 1)[0].strip()
    with member.open() as stream:
        if first_line == b"{":
            _journal_pretty(stream, sink, member)
            return
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            line = raw.strip().lstrip(b"\x1e")
            if not line:
                continue
            try:
                entry = loads_line(line)
            except ValueError as exc:
                sink.skip(number, str(exc))
                continue
            event = _journal_event(entry, sink, member.name)
            if isinstance(event, str):
                sink.skip(number, event)
            else:
                sink.add(event)


def _journal_pretty(stream: IO[bytes], sink: Sink, member: Member) -> None:
    count = 0
    try:
        for _, entry in iter_json_records(stream, frozenset({()}), multiple_values=True):
            count += 1
            event = _journal_event(entry, sink, member.name)
            if isinstance(event, str):
                sink.skip(count, f"entry {count}: {event}")
            else:
                sink.add(event)
    except JsonStreamError as exc:
        sink.skip(count + 1, f"entry {count + 1}: {exc.reason}")


# --- syslog -----------------------------------------------------------------

_RE_5424 = re.compile(r"^(?:\ufeff)?<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) ?(.*)$", re.S)
_RE_3164 = re.compile(
    r"^(?:<(\d{1,3})>)?([A-Z][a-z]{2}) ([ \d]?\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,6})\d*)? "
    r"(\S+) ?(.*)$",
    re.S,
)
_RE_ISO = re.compile(
    r"^(?:<(\d{1,3})>)?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)) (\S+) ?(.*)$",
    re.S,
)
_TAG_RE = re.compile(r"^([^\s:\[]{1,64})(?:\[([^\]\s]{1,32})\])?: ?(.*)$", re.S)
_MONTHS = {
    name: index
    for index, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}


def _split_structured_data(rest: str) -> tuple[str, str] | None:
    """Split RFC 5424 ``[SD][SD] MSG`` into (sd, msg); None when malformed."""
    if rest.startswith("-"):
        return "-", rest[2:] if rest.startswith("- ") else rest[1:]
    if not rest.startswith("["):
        return None
    position = 0
    length = len(rest)
    while position < length and rest[position] == "[":
        in_quotes = False
        position += 1
        while position < length:
            char = rest[position]
            if char == "\\" and in_quotes:
                position += 2
                continue
            if char == '"':
                in_quotes = not in_quotes
            elif char == "]" and not in_quotes:
                break
            position += 1
        if position >= length:
            return None
        position += 1
    message = rest[position:]
    return rest[:position], message[1:] if message.startswith(" ") else message


# A full date inside a message: PostgreSQL "2024-12-31 23:44:35.118 CET", Python logging
# "2024-12-31 23:44:35,118", ISO 8601, nginx "2024/12/31 23:44:35".
_EMBEDDED_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/])(\d\d)\2(\d\d)[ T]\d\d:\d\d(?::\d\d)?")
# Lines read ahead for such a date before falling back to the window or the file date.
_YEAR_SCAN_LINES = 5000


@dataclass(frozen=True)
class _YearEvidence:
    """The year of a file's first RFC 3164 line, read from a full date in a message."""

    first_year: int
    line: int
    excerpt: str


def _envelope_year(month: int, day: int, embedded: date) -> int | None:
    """The year that puts the line's ``month day`` within a day of the embedded date.

    The two may straddle midnight (or New Year) when the message's clock is UTC and
    the envelope's is local.
    """
    for year in (embedded.year, embedded.year - 1, embedded.year + 1):
        try:
            envelope = date(year, month, day)
        except ValueError:
            continue
        if abs((envelope - embedded).days) <= 1:
            return year
    return None


def _embedded_year(member: Member) -> _YearEvidence | None:
    """Find the first RFC 3164 line whose message holds a full date matching its own."""
    previous_month = 0
    rollovers = 0
    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: None):
            if number > _YEAR_SCAN_LINES:
                return None
            line = raw.decode("utf-8", errors="replace")
            match = _RE_3164.match(line)
            if match is None or match.group(2) not in _MONTHS:
                continue
            month = _MONTHS[match.group(2)]
            if previous_month - month >= 6:
                rollovers += 1
            previous_month = month
            for found in _EMBEDDED_DATE_RE.finditer(match.group(9)):
                try:
                    embedded = date(int(found.group(1)), int(found.group(3)), int(found.group(4)))
                except ValueError:
                    continue
                year = _envelope_year(month, int(match.group(3)), embedded)
                if year is not None:
                    excerpt = match.group(9)[found.start() : found.end()]
                    return _YearEvidence(year - rollovers, number, excerpt)
    return None


class _YearGuesser:
    """Supplies the missing year of RFC 3164 lines, rolling over at New Year.

    The year someone gave (the reference year) wins; else a full date that a message
    carries (databases and most applications write one); else the window's start;
    else the incident's year (the fallback year); else the file's modification date.
    What was inferred is said in a warning, and the first year used is reported as the
    sink's `assumed_year`, so that people can check it.
    """

    def __init__(self, sink: Sink, clock: LocalClock, member: Member, file_year: int) -> None:
        self.sink = sink
        self.year: int | None = None
        self.previous_month = 0
        self.anchor: datetime | None = None
        if sink.options.reference_year is not None:
            self.year = sink.options.reference_year
            return
        evidence = _embedded_year(member)
        if evidence is not None:
            self.year = evidence.first_year
            sink.warn(
                f"The syslog lines in {member.name} have no year; pmdesk took "
                f"{evidence.first_year} from the full date in line {evidence.line} "
                f"({evidence.excerpt}). Give a reference year if that is wrong."
            )
        elif sink.since is not None:
            self.anchor = sink.since.astimezone(clock.zone).replace(tzinfo=None)
        elif sink.options.fallback_year is not None:
            self.year = sink.options.fallback_year
            sink.warn(
                f"The syslog lines have no year; pmdesk used the incident's year, "
                f"{self.year}. Give a reference year if that is wrong."
            )
        else:
            self.year = file_year
            sink.warn(
                f"The syslog lines have no year; pmdesk used {file_year} from the file's "
                "modification date. Give the incident window or a reference year if that "
                "is wrong."
            )

    def year_for(self, month: int, day: int, line: int) -> int:
        if self.year is None:
            assert self.anchor is not None
            # The file holds the window, so its first line is before the window starts
            # (give or take the margin): take the latest such year.
            latest = self.anchor + timedelta(days=2)
            candidates = []
            for year in (latest.year - 1, latest.year):
                try:
                    candidates.append(datetime(year, month, day))  # noqa: DTZ001 - local
                except ValueError:
                    continue
            fitting = [c for c in candidates if c <= latest]
            self.year = max(fitting).year if fitting else latest.year
            self.sink.warn(
                f"The syslog lines have no year; pmdesk took {self.year} from the incident "
                "window. Give a reference year if that is wrong."
            )
        elif self.previous_month - month >= 6:
            self.year += 1  # December -> January at local midnight
            self.sink.warn(
                f"The syslog lines cross New Year at line {line}; from there on they are "
                f"placed in {self.year}."
            )
        self.previous_month = month
        if self.sink.assumed_year is None:
            self.sink.assumed_year = self.year
        return self.year


def _syslog_text(message: str) -> str:
    if "#0" in message:
        message = _OCTAL_RE.sub(lambda m: chr(int(m.group(1), 8)), message)
    return _ANSI_RE.sub("", message.lstrip("\ufeff")).rstrip("\r\n")


def import_syslog(source: InputSource, sink: Sink) -> None:
    """Import syslog files: RFC 3164 (naive, no year), RFC 5424 and ISO-stamped lines."""
    member = source.single()
    legacy = line_encoding(member, sink.warn)
    clock: LocalClock | None = None
    years: _YearGuesser | None = None
    try:
        file_year = datetime.fromtimestamp(source.path.stat().st_mtime, UTC).year
    except OSError:
        file_year = datetime.now(UTC).year
    with member.open() as stream:
        for number, raw in iter_lines(stream, lambda n: sink.skip(n, "line too long"), sink.tick):
            text = sink.line_text(raw, legacy)
            line = text.rstrip("\r\n")
            if not line.strip():
                continue
            match = _RE_5424.match(line)
            if match:
                _emit_5424(match, number, sink, member.name)
                continue
            match = _RE_ISO.match(line)
            if match:
                parsed = parse_iso(match.group(2))
                if parsed is None or parsed.tzinfo is None:
                    sink.skip(number, "unreadable timestamp")
                    continue
                _emit(
                    sink,
                    parsed.astimezone(UTC),
                    match.group(2),
                    offset_label(parsed),
                    False,
                    (),
                    match.group(3),
                    match.group(4),
                    match.group(1),
                )
                continue
            match = _RE_3164.match(line)
            if match is None or match.group(2) not in _MONTHS:
                sink.skip(number, "not a syslog line")
                continue
            if clock is None:
                if not sink.options.tz:
                    # A stray line from an old device in a collector's file.
                    sink.skip(number, sink.zoneless(member.name))
                    continue
                clock = sink.local_clock(member.name)
                years = _YearGuesser(sink, clock, member, file_year)
            assert years is not None
            month = _MONTHS[match.group(2)]
            day = int(match.group(3))
            year = years.year_for(month, day, number)
            try:
                naive = datetime(  # noqa: DTZ001 - local wall time, made aware below
                    year,
                    month,
                    day,
                    int(match.group(4)),
                    int(match.group(5)),
                    int(match.group(6)),
                    int((match.group(7) or "0").ljust(6, "0")),
                )
            except ValueError:
                sink.skip(number, f"the date does not exist in {year}")
                continue
            moment, flags = clock.to_utc(naive)
            original = line[: match.start(8) - 1]
            if original.startswith("<"):
                original = original[original.index(">") + 1 :]
            _emit(
                sink,
                moment,
                original,
                clock.label,
                True,
                (*flags, "year_inferred"),
                match.group(8),
                match.group(9),
                match.group(1),
            )


def _emit_5424(match: re.Match[str], number: int, sink: Sink, member_name: str) -> None:
    stamp = match.group(2)
    if stamp == "-":
        sink.skip(number, "the line has no timestamp (-)")
        return
    parsed = parse_iso(stamp)
    if parsed is None or parsed.tzinfo is None:
        sink.skip(number, f"unreadable timestamp {stamp[:40]!r}")
        return
    split = _split_structured_data(match.group(7))
    if split is None:
        sink.skip(number, "malformed structured data")
        return
    host = match.group(3) if match.group(3) != "-" else member_name
    app = match.group(4) if match.group(4) != "-" else "syslog"
    message_id = match.group(6)
    text = _syslog_text(split[1])
    if not text and message_id != "-":
        text = message_id
    if not text:
        sink.skip(number, "empty message")
        return
    pri = int(match.group(1))
    sink.add(
        ImportedEvent(
            time_utc=parsed.astimezone(UTC),
            original_time=stamp,
            source_zone=offset_label(parsed),
            zone_assumed=False,
            source=f"syslog {host}",
            author=f"{app}@{host}",
            text=text,
            kind="log",
            native_id=None,
            level=SYSLOG_SEVERITY[pri % 8] if pri < 192 else None,
        )
    )


def _emit(
    sink: Sink,
    moment: datetime,
    original: str,
    zone: str,
    assumed: bool,
    flags: tuple[str, ...],
    host: str,
    rest: str,
    pri: str | None,
) -> None:
    tag = _TAG_RE.match(rest)
    if tag:
        ident, message = tag.group(1), tag.group(3)
    else:
        ident, message = "syslog", rest
    level = None
    if pri is not None and int(pri) < 192:
        level = SYSLOG_SEVERITY[int(pri) % 8]
    sink.add(
        ImportedEvent(
            time_utc=moment,
            original_time=original,
            source_zone=zone,
            zone_assumed=assumed,
            source=f"syslog {host}",
            author=f"{ident}@{host}",
            text=_syslog_text(message),
            kind="log",
            native_id=None,
            flags=flags,
            level=level,
        )
    )
