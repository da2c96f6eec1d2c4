"""Value types shared by every importer: events, options, results."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

import msgspec

__all__ = [
    "CsvMapping",
    "Identity",
    "ImportOptions",
    "ImportResult",
    "ImportedEvent",
    "ImportedPerson",
    "SkippedLine",
    "normalise_text",
]


def normalise_text(text: str | None) -> str:
    """Normalise text for matching: NFC, any whitespace run to one space, casefolded."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    elif text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # Printable ASCII has no whitespace but the space: nothing to collapse (most
        # texts, and an import normalises every one of them).
        return text.casefold()
    # str.split() also splits on no-break and narrow no-break spaces.
    return " ".join(text.split()).casefold()


# See `ImportedEvent.identity`.
Identity = tuple[int, int, int, int, str, str]
# The authors of one import are few: each is normalised once.
author_key = lru_cache(maxsize=4096)(normalise_text)


# A C struct, not a dataclass: an import makes millions, and building one took a
# dataclass's `__init__` most of what reading its JSON line takes. Immutable
# (`msgspec.structs.replace` makes a changed copy), equal and hashed by value; left
# out of the cyclic garbage collector, as it holds only strings, times and tuples.
class ImportedEvent(msgspec.Struct, frozen=True, gc=False):
    """One timeline event read from a file.

    ``time_utc`` is aware and in UTC; ``original_time`` is the raw timestamp text as
    found, ``source_zone`` the zone or offset it was read in.
    """

    time_utc: datetime
    original_time: str
    source_zone: str
    zone_assumed: bool
    source: str
    author: str | None
    text: str
    kind: str
    native_id: str | None
    flags: tuple[str, ...] = ()
    level: str | None = None

    @property
    def identity(self) -> Identity:
        """What makes two events one: (second, author, text), normalised.

        The same as `fingerprint` (equal for the same events: its second is the UTC
        wall-clock second too, as day number, hour, minute, second), but several
        times cheaper, to compare the events of one import.
        """
        moment = self.time_utc
        return (
            moment.toordinal(),
            moment.hour,
            moment.minute,
            moment.second,
            author_key(self.author),
            normalise_text(self.text),
        )

    @property
    def second_key(self) -> tuple[str, str]:
        """`identity` without the second: what makes two events of one second one."""
        return author_key(self.author), normalise_text(self.text)

    @property
    def fingerprint(self) -> str:
        """Stable dedupe key over (time to the second, author, text), as stored.

        Times are truncated to whole seconds, the coarsest precision common to the
        supported sources, so a journald entry (µs) and its syslog twin (s) match.
        """
        moment = self.time_utc.replace(microsecond=0, tzinfo=None).isoformat()
        payload = "\x1f".join((moment, normalise_text(self.author), normalise_text(self.text)))
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ImportedPerson:
    """Someone an export names, as its user list knows them: the real name, and the
    handles their messages and mentions show ("Ana Silva", ("ana",))."""

    name: str
    handles: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkippedLine:
    """A line (or record) that could not be imported, with the reason."""

    line: int
    reason: str


@dataclass
class ImportResult:
    """What an import produced: events sorted by time, and what was left out.

    ``span`` is the first and last time (UTC) of every event read, before the window
    and filters, so that an import left empty by its window can say what the file
    covers. ``assumed_year`` is the year given to lines that carry none (RFC 3164
    syslog), None when every time had its own.
    """

    format: str
    confidence: float
    events: list[ImportedEvent]
    skipped: list[SkippedLine]
    skipped_count: int
    warnings: list[str]
    duplicates_dropped: int
    span: tuple[datetime, datetime] | None = None
    assumed_year: int | None = None
    # The people who wrote or were mentioned, where the export has a user list.
    people: list[ImportedPerson] = field(default_factory=list)


@dataclass(frozen=True)
class CsvMapping:
    """How the columns of a CSV file map onto an event.

    Columns are named by their header text (or by 1-based position as a string when
    the file has no header row). ``time`` holds a full timestamp; alternatively
    ``date`` plus ``time_of_day``. ``time_format`` is a ``strptime`` pattern; without
    it ISO 8601, epoch numbers and common day/month layouts are recognised, with
    ``day_first`` deciding ``01/02/2024`` (None: inferred from the data, and an
    error when every date is ambiguous).
    """

    time: str | None = None
    date: str | None = None
    time_of_day: str | None = None
    text: tuple[str, ...] = ()
    author: str | None = None
    source: str | None = None
    level: str | None = None
    native_id: str | None = None
    kind: str = "note"
    time_format: str | None = None
    day_first: bool | None = None
    epoch_unit: str | None = None
    delimiter: str | None = None
    has_header: bool = True


@dataclass(frozen=True)
class ImportOptions:
    """What to import and how to read times.

    ``tz`` names the zone of naive times (IANA name, ``UTC`` or ``+02:00``); it is
    required for sources without zone information. ``since``/``until`` bound the
    window (aware datetimes; inclusive). ``date`` gives the day for notes-style
    ``HH:MM`` lines (else the day of ``since`` is used). ``access_log_format`` is the
    server's nginx ``log_format`` or Apache ``LogFormat`` string for access logs that
    are not in the combined/common layout. ``jsonl_mapping`` names the JSON-lines keys
    when the presets do not fit: ``time``, ``message``, ``level``, ``author``,
    ``source`` (host), ``id`` (dotted paths such as ``log.level`` work) and
    ``time_unit`` (``s``, ``ms``, ``us``, ``ns`` for epoch numbers). ``channels``
    selects Slack/Mattermost/Discord channels by name; ``sources`` keeps events whose
    source label contains one of the given texts; ``level`` is the least severe log
    level kept; ``keyword`` must occur in the text or author.
    """

    format: str = "auto"
    tz: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    sources: frozenset[str] | None = None
    level: str | None = None
    keyword: str | None = None
    channels: frozenset[str] | None = None
    reference_year: int | None = None
    fallback_year: int | None = None
    csv_mapping: CsvMapping | None = None
    jsonl_mapping: dict[str, str] | None = field(default=None, hash=False)
    date: date | None = None
    access_log_format: str | None = None
