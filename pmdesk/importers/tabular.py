"""Generic CSV/TSV with a column mapping (timestamp or date + time, text, author …)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO

from pmdesk.errors import UserFacingError

from ._io import InputSource, Member, check_text_head, encoding_label, sniff_legacy_encoding
from ._model import CsvMapping, ImportedEvent
from ._sink import Sink, normalise_level
from ._time import (
    PLAUSIBLE_YEARS,
    UTC,
    DayOrderVote,
    LocalClock,
    guessed_epoch_to_utc,
    offset_label,
    parse_iso,
)

__all__ = ["import_csv", "parse_cell_time"]

_TIME_NAMES = (
    "timestamp",
    "@timestamp",
    "datetime",
    "date_time",
    "date/time",
    "time",
    "created_at",
    "created",
    "occurred_at",
    "when",
    "start",
    "start_time",
    "date",
    "ts",
    "t",
    # German spreadsheets
    "zeitpunkt",
    "zeitstempel",
    "zeit",
    "wann",
    "datum",
)
# A date column next to a time-of-day column: the two halves of one time.
_DATE_TIME_PAIRS = (("date", "time"), ("datum", "uhrzeit"), ("datum", "zeit"))
_TEXT_NAMES = (
    "message",
    "msg",
    "text",
    "description",
    "summary",
    "event",
    "title",
    "details",
    "content",
    "note",
    "notes",
    "what",
    "was",
    "nachricht",
    "beschreibung",
    "ereignis",
    "notiz",
    "inhalt",
)
_AUTHOR_NAMES = (
    "author",
    "user",
    "who",
    "owner",
    "actor",
    "by",
    "name",
    "username",
    "wer",
    "autor",
    "benutzer",
    "person",
)
_LEVEL_NAMES = ("level", "severity", "priority")
_SOURCE_NAMES = ("source", "service", "system", "host", "tool", "quelle")
_ID_NAMES = ("id", "event_id", "uuid")
_DMY_RE = re.compile(
    r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,](\d{1,6}))?)?\s*([AaPp]\.?[Mm]\.?)?)?$"
)
_FIELD_LIMIT = 1024 * 1024
# Rows read ahead to guess the day order before importing.
_SAMPLE_ROWS = 200
_EXCEL_EPOCH = datetime(1899, 12, 30)  # noqa: DTZ001 - Excel day 0, a naive wall-clock date
# Spreadsheet and ticket-tool spellings with month names (Jira: "14/Jun/23 4:05 PM").
_NAMED_MONTH_FORMATS = (
    "%d/%b/%y %I:%M %p",
    "%d/%b/%Y %I:%M %p",
    "%d/%b/%Y %H:%M",
    "%d/%b/%Y:%H:%M:%S",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M:%S %p",
    "%b %d, %Y %H:%M:%S",
    "%B %d, %Y %I:%M %p",
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
    "%d %B %Y %H:%M",
    "%a %b %d %H:%M:%S %Y",
    "%a, %d %b %Y %H:%M:%S",
)


# "14. Juni 2023 16:05", "1. Jan. 2025, 00:25 Uhr" (German Excel and ticket tools).
_GERMAN_DATE_RE = re.compile(
    r"^(\d{1,2})\.\s*([^\W\d_]{3,9})\.?\s+(\d{4}),?\s+(\d{1,2}):(\d\d)(?::(\d\d))?(?:\s*Uhr)?$"
)
_GERMAN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jänner", "jan", "jän"),
            ("februar", "feb"),
            ("märz", "maerz", "mär", "mrz"),
            ("april", "apr"),
            ("mai",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("dezember", "dez"),
        ),
        start=1,
    )
    for name in names
}


def _german_named_month(text: str) -> tuple[datetime, tuple[str, ...]] | None:
    match = _GERMAN_DATE_RE.match(text)
    if match is None:
        return None
    month = _GERMAN_MONTHS.get(match.group(2).casefold())
    year = int(match.group(3))
    if month is None or year not in PLAUSIBLE_YEARS:
        return None
    day, hour, minute = int(match.group(1)), int(match.group(4)), int(match.group(5))
    try:
        return datetime(year, month, day, hour, minute, int(match.group(6) or 0)), ()  # noqa: DTZ001
    except ValueError:
        return None


def _open_text(member: Member, encoding: str) -> IO[str]:
    stream = member.open()
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")


def _head_text(head: bytes, encoding: str) -> str:
    return head.decode(encoding, errors="replace").lstrip("\ufeff")


def _find(header: list[str], wanted: str | None, candidates: tuple[str, ...]) -> int | None:
    lowered = [h.strip().casefold() for h in header]
    if wanted is not None:
        key = wanted.strip().casefold()
        if key in lowered:
            return lowered.index(key)
        if key.isascii() and key.isdigit() and 0 < int(key) <= len(header):
            return int(key) - 1
        raise UserFacingError(
            f'The CSV file has no column "{wanted}".',
            "Columns found: " + ", ".join(h.strip() for h in header[:40]) + ".",
        )
    for name in candidates:
        if name in lowered:
            return lowered.index(name)
    return None


def parse_cell_time(
    value: str, mapping: CsvMapping, day_first: bool
) -> tuple[datetime, tuple[str, ...]] | None:
    """Parse a CSV time cell; the result may be naive. None when unreadable."""
    text = value.strip().replace("\u202f", " ").replace("\u00a0", " ")
    if not text:
        return None
    if mapping.time_format:
        try:
            custom = datetime.strptime(text, mapping.time_format)  # noqa: DTZ007
        except ValueError:
            return None
        return (custom, ()) if custom.year in PLAUSIBLE_YEARS else None
    if text.replace(".", "", 1).isascii() and text.replace(".", "", 1).isdigit():
        unit = mapping.epoch_unit
        flags: tuple[str, ...] = ()
        whole = text.partition(".")[0]
        if unit in (None, "auto") and len(whole) == 5 and 20000 <= int(whole) < 80000:
            # Excel serial day numbers (1954..2119): naive local time, like Excel shows it.
            milliseconds = round(float(text) * 86_400_000)  # Excel keeps about 1 ms
            return _EXCEL_EPOCH + timedelta(milliseconds=milliseconds), ("excel_serial_date",)
        if unit is None or unit == "auto":
            unit = None
            flags = ("epoch_unit_guessed",)
        moment = guessed_epoch_to_utc(text, unit)
        return None if moment is None else (moment, flags)
    parsed = parse_iso(text)
    if parsed is None and "," in text:
        parsed = parse_iso(text.replace(",", ".", 1))
    if parsed is not None:
        return parsed, ()
    match = _DMY_RE.match(text)
    if match is None:
        for pattern in _NAMED_MONTH_FORMATS:
            try:
                named = datetime.strptime(text, pattern)  # noqa: DTZ007 - naive local
            except ValueError:
                continue
            return (named, ()) if named.year in PLAUSIBLE_YEARS else None
        return _german_named_month(text)
    first, separator, second, third = match.group(1), match.group(2), match.group(3), match.group(4)
    try:
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third)
        else:
            year = int(third)
            if len(third) == 2:
                year += 2000
            if separator == "." or day_first:
                day, month = int(first), int(second)
            else:
                month, day = int(first), int(second)
        hour = int(match.group(5) or 0)
        minute = int(match.group(6) or 0)
        second_value = int(match.group(7) or 0)
        micro = int((match.group(8) or "0").ljust(6, "0"))
        meridiem = (match.group(9) or "").replace(".", "").lower()
        if meridiem:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        if year not in PLAUSIBLE_YEARS:
            return None
        return datetime(year, month, day, hour, minute, second_value, micro), ()  # noqa: DTZ001
    except ValueError:
        return None


def _see_date(vote: DayOrderVote, sample: str) -> bool:
    """Feed a time cell to the vote; False when it is not an ambiguous numeric date."""
    match = _DMY_RE.match(sample.strip())
    if match is None or len(match.group(1)) == 4 or match.group(2) == ".":
        return False
    hour = int(match.group(5) or 0)
    meridiem = (match.group(9) or "").replace(".", "").lower()
    if meridiem:
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    year = int(match.group(4))
    vote.see(int(match.group(1)), int(match.group(3)), year, (hour, int(match.group(6) or 0)))
    return True


def _decide_day_first(samples: Iterable[str]) -> DayOrderVote | None:
    """The vote over the samples; None when none is a day/month-ambiguous date."""
    vote = DayOrderVote()
    seen = False
    for sample in samples:
        seen = _see_date(vote, sample) or seen
        if vote.decided is not None:
            break
    return vote if seen else None


def _settle_day_order(vote: DayOrderVote | None, name: str, samples: list[str], sink: Sink) -> bool:
    """The day order the vote settled (month first without ambiguous dates).

    Raises:
        UserFacingError: nothing in the file tells the order.
    """
    if vote is None:
        return False
    verdict = vote.verdict()
    if verdict is None:
        raise UserFacingError(
            f"The dates in {name} could be day/month or month/day "
            f"(for example {samples[0].strip()!r}).",
            "Say which order the file uses (day first or month first).",
        )
    if vote.by_order:
        order = "day first" if verdict else "month first"
        sink.warn(
            f"The dates in {name} could be day/month or month/day; pmdesk read them "
            f"{order}, the order that keeps the rows in time order."
        )
    return verdict


def _rows(text: IO[str], dialect: type[csv.Dialect] | str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(text, dialect)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield -start, [str(exc)]
            start = reader.line_num + 1
            continue
        yield start, row
        start = reader.line_num + 1


def import_csv(source: InputSource, sink: Sink) -> None:
    """Import a CSV/TSV file through a column mapping (guessed from the header if absent)."""
    previous_limit = csv.field_size_limit(_FIELD_LIMIT)  # long stack traces in cells
    try:
        _import_csv(source, sink)
    finally:
        csv.field_size_limit(previous_limit)


def _import_csv(source: InputSource, sink: Sink) -> None:
    member = source.single()
    head = check_text_head(member, any_encoding=True)
    legacy = sniff_legacy_encoding(head)
    if legacy is not None:
        sink.warn(
            f"{member.name} is not UTF-8 text; pmdesk read it as {encoding_label(legacy)}, "
            "the encoding its bytes point to. Check that names and accents look right."
        )
    encoding = legacy or "utf-8-sig"  # UTF-16 input arrives transcoded (see Member.open)
    mapping = sink.options.csv_mapping or CsvMapping()
    # csv.Sniffer's regexes are quadratic on long quote-heavy text: keep the sample short.
    sample = "\n".join(_head_text(head, encoding).splitlines()[:30])[:4096]
    if mapping.delimiter:
        delimiter = mapping.delimiter
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = "\t" if sample.count("\t") > sample.count(",") else ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    with _open_text(member, encoding) as text_stream:
        rows = _rows(text_stream, Dialect)
        first = next(rows, None)
        if first is None or first[0] < 0:
            raise UserFacingError(f"{member.name} has no rows.", "Choose a CSV file with data.")
        if mapping.has_header:
            header = first[1]
            pending: list[tuple[int, list[str]]] = []
        else:
            header = [str(i) for i in range(1, len(first[1]) + 1)]
            pending = [first]
        columns = _columns(header, mapping)
        time_column = columns.time if columns.time is not None else columns.date
        assert time_column is not None
        buffered = list(pending)
        while len(buffered) < _SAMPLE_ROWS:
            nxt = next(rows, None)
            if nxt is None:
                break
            buffered.append(nxt)
        day_first = mapping.day_first
        if day_first is None:
            samples = [r[time_column] for n, r in buffered if n > 0 and len(r) > time_column]
            vote = _decide_day_first(samples)
            if vote is not None and vote.decided is None and len(buffered) >= _SAMPLE_ROWS:
                # The first rows leave it open: the rest of the file may settle it.
                with _open_text(member, encoding) as again:
                    vote = _decide_day_first(
                        row[time_column]
                        for number, row in _rows(again, Dialect)
                        if number > 0 and len(row) > time_column
                    )
            day_first = _settle_day_order(vote, member.name, samples, sink)
        clock: LocalClock | None = None
        label = f"csv {member.name}"
        count = 0
        for number, row in _chain(buffered, rows):
            count += 1
            if count % 2048 == 0:
                sink.tick(_tell(text_stream))
            if number < 0:
                sink.skip(-number, f"unreadable row: {row[0]}")
                continue
            if not any(cell.strip() for cell in row):
                continue
            cell = _cell(row, columns.time)
            if columns.time is None:
                cell = f"{_cell(row, columns.date)} {_cell(row, columns.time_of_day)}".strip()
            parsed = parse_cell_time(cell, mapping, day_first)
            if parsed is None:
                sink.skip(number, f"unreadable time {cell[:40]!r}" if cell else "no time")
                continue
            naive_or_aware, flags = parsed
            if naive_or_aware.tzinfo is None:
                if clock is None:
                    if not sink.options.tz:
                        sink.skip(number, sink.zoneless(member.name))
                        continue
                    clock = sink.local_clock(member.name)
                moment, dst_flags = clock.to_utc(naive_or_aware)
                zone, assumed, flags = clock.label, True, (*flags, *dst_flags)
            else:
                moment = naive_or_aware.astimezone(UTC)
                zone, assumed = offset_label(naive_or_aware), False
            text = " — ".join(
                value for value in (_cell(row, c) for c in columns.text) if value.strip()
            ).strip()
            if not text:
                sink.skip(number, "empty text")
                continue
            author = _cell(row, columns.author).strip() or None
            source_cell = _cell(row, columns.source).strip()
            native = _cell(row, columns.native_id).strip()
            sink.add(
                ImportedEvent(
                    time_utc=moment,
                    original_time=cell,
                    source_zone=zone,
                    zone_assumed=assumed,
                    source=f"csv {source_cell}" if source_cell else label,
                    author=author,
                    text=text,
                    kind=mapping.kind,
                    native_id=f"csv:{native}" if native else None,
                    flags=flags,
                    level=normalise_level(_cell(row, columns.level)),
                )
            )


def _tell(text_stream: IO[str]) -> int:
    try:
        return int(text_stream.buffer.tell())  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return 0


def _chain(
    first: list[tuple[int, list[str]]], rest: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest


def _cell(row: list[str], column: int | None) -> str:
    if column is None or column >= len(row):
        return ""
    return row[column]


@dataclass
class _Columns:
    time: int | None
    date: int | None
    time_of_day: int | None
    text: list[int]
    author: int | None
    level: int | None
    source: int | None
    native_id: int | None


def _columns(header: list[str], mapping: CsvMapping) -> _Columns:
    date_column = _find(header, mapping.date, ()) if mapping.date else None
    time_of_day = _find(header, mapping.time_of_day, ()) if mapping.time_of_day else None
    time_column = None
    if mapping.time is None and date_column is None and time_of_day is None:
        lowered = [h.strip().casefold() for h in header]
        for date_name, time_name in _DATE_TIME_PAIRS:
            if date_name not in lowered or time_name not in lowered:
                continue
            full = [n for n in _TIME_NAMES if n in lowered and n not in (date_name, time_name)]
            if not full:
                date_column, time_of_day = lowered.index(date_name), lowered.index(time_name)
            break
    if mapping.time or date_column is None:
        time_column = _find(header, mapping.time, _TIME_NAMES)
    if time_column is None and date_column is None:
        raise UserFacingError(
            "pmdesk could not find the time column of the CSV file.",
            "Map the columns; columns found: " + ", ".join(h.strip() for h in header[:40]) + ".",
        )
    if mapping.text:
        text_columns = [_find(header, name, ()) for name in mapping.text]
    else:
        text_columns = [_find(header, None, _TEXT_NAMES)]
    found_text = [c for c in text_columns if c is not None]
    if not found_text:
        raise UserFacingError(
            "pmdesk could not find the text column of the CSV file.",
            "Map the columns; columns found: " + ", ".join(h.strip() for h in header[:40]) + ".",
        )
    return _Columns(
        time=time_column,
        date=date_column,
        time_of_day=time_of_day,
        text=found_text,
        author=_find(header, mapping.author, _AUTHOR_NAMES),
        level=_find(header, mapping.level, _LEVEL_NAMES),
        source=_find(header, mapping.source, _SOURCE_NAMES),
        native_id=_find(header, mapping.native_id, _ID_NAMES),
    )
