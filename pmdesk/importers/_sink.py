"""The collector every importer feeds: window, filters, dedup, skips, progress."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta
from operator import attrgetter

import msgspec

from pmdesk.domain.limits import TEXT_MAX_CHARS
from pmdesk.errors import UserFacingError

from ._io import decode_line
from ._model import (
    Identity,
    ImportedEvent,
    ImportedPerson,
    ImportOptions,
    ImportResult,
    SkippedLine,
    author_key,
    normalise_text,
)
from ._time import PLAUSIBLE_YEARS, UTC, LocalClock, resolve_zone

__all__ = [
    "CUT_MARK",
    "LEVEL_NAMES",
    "MAX_REPORTED_SKIPS",
    "ImportCancelledError",
    "Sink",
    "ZoneRequiredError",
    "cut_text",
    "level_rank",
    "normalise_level",
]

log = logging.getLogger(__name__)

MAX_REPORTED_SKIPS = 20
# Without a zone, this many records without one, outnumbering those with one, stop the
# import early to ask for a zone (rather than reading a huge file to its end).
_ZONELESS_EARLY = 50
_ZONELESS_REASON = "the time has no time zone; give the zone it was written in to import it"
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)
_ONE_SECOND = timedelta(seconds=1)
# Ends an event text that was cut at `TEXT_MAX_CHARS`.
CUT_MARK = " […]"

_LEVELS = {
    "trace": 0,
    "debug": 1,
    "info": 2,
    "notice": 3,
    "warning": 4,
    "error": 5,
    "critical": 6,
    "alert": 7,
    "emergency": 8,
}
# From least to most severe; the names timeline events store.
LEVEL_NAMES = tuple(_LEVELS)
_LEVEL_ALIASES = {
    "verbose": "trace",
    "dbg": "debug",
    "information": "info",
    "informational": "info",
    "inf": "info",
    "normal": "info",
    "warn": "warning",
    "wrn": "warning",
    "err": "error",
    "eror": "error",
    "severe": "error",
    "fatal": "critical",
    "crit": "critical",
    "emerg": "emergency",
    "panic": "emergency",
}
# syslog / journald PRIORITY numbers
SYSLOG_SEVERITY = (
    "emergency",
    "alert",
    "critical",
    "error",
    "warning",
    "notice",
    "info",
    "debug",
)


def normalise_level(value: object) -> str | None:
    """Map a level name or a Bunyan/pino number to pmdesk's level names."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return None
        number = int(value)
        if number >= 60:
            return "critical"
        if number >= 50:
            return "error"
        if number >= 40:
            return "warning"
        if number >= 30:
            return "info"
        if number >= 20:
            return "debug"
        return "trace" if number >= 10 else None
    if not isinstance(value, str):
        return None
    name = value.strip().lower()
    if name.isascii() and name.isdigit():
        return normalise_level(int(name))
    name = _LEVEL_ALIASES.get(name, name)
    return name if name in _LEVELS else None


def level_rank(level: str | None) -> int | None:
    """Severity rank of a normalised level (higher is worse)."""
    return None if level is None else _LEVELS.get(level)


def cut_text(text: str) -> str:
    """`text` cut to `TEXT_MAX_CHARS` characters, `CUT_MARK` included, if longer."""
    if len(text) <= TEXT_MAX_CHARS:
        return text
    return text[: TEXT_MAX_CHARS - len(CUT_MARK)] + CUT_MARK


class ImportCancelledError(UserFacingError):
    """The user cancelled the import."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


class ZoneRequiredError(UserFacingError):
    """The source has naive times and no zone was given: ask the user for one.

    Attributes:
        source_name: the file (or member) whose times need a zone.
    """

    def __init__(self, source_name: str) -> None:
        super().__init__(
            f"{source_name} has times without a time zone, so pmdesk cannot place them "
            "on the timeline by itself.",
            "Name the zone the times were written in (for example Europe/Berlin or "
            "+02:00) with --tz or in the import dialog.",
        )
        self.source_name = source_name


class Sink:
    """Collects events for one import, applying the window and filters as they stream.

    Importers call :meth:`add` for each event, :meth:`skip` for each unusable
    record and :meth:`tick` now and then (progress and cancellation).
    """

    def __init__(
        self,
        options: ImportOptions,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        total: int = 0,
    ) -> None:
        self.options = options
        self.since = _aware(options.since, "since")
        self.until = _aware(options.until, "until")
        for name, year in (
            ("reference year", options.reference_year),
            ("fallback year", options.fallback_year),
            ("date", options.date.year if options.date else None),
        ):
            if year is not None and year not in PLAUSIBLE_YEARS:
                raise UserFacingError(f"The {name} {year} is not plausible.", "Check it.")
        # Whether there is a window at all: without one, no time needs the test.
        self.windowed = self.since is not None or self.until is not None
        if self.since is not None and self.until is not None and self.since > self.until:
            raise UserFacingError(
                "The window ends before it starts.",
                "Check the since and until times.",
            )
        self.events: list[ImportedEvent] = []
        self.people: list[ImportedPerson] = []
        self.skipped: list[SkippedLine] = []
        self.skipped_count = 0
        self.warnings: list[str] = []
        self.duplicates = 0
        self.filtered_out = 0
        self.replaced_lines = 0
        self.shortened = 0
        # The first and last time of every event read (see `ImportResult.span`).
        self._earliest = _LATEST
        self._latest = _EARLIEST
        self.assumed_year: int | None = None
        self.seen = 0  # events read, before window, filters and dedup
        self.zoneless_count = 0
        self._zoneless_source = ""
        self._ids: set[str] = set()
        # Whether the events came in time order (logs mostly do): then the result
        # needs no sort, and only the kept events of the latest second can be repeated:
        # the dedup holds their (author, text) keys, a handful, instead of an identity
        # for every event of the file (a set of millions, as slow to fill as reading
        # the lines, its table far larger than the processor's caches).
        self._in_order = True
        self._second_start = _LATEST
        self._second_end = _LATEST
        self._second_keys: set[tuple[str, str]] = set()
        # Every kept event's identity, from the first event read out of order on.
        self._identities: set[Identity] | None = None
        # Events taken by `collector`, not added yet (see `_settle`).
        self._pending: list[ImportedEvent] = []
        self._progress = progress
        self._cancelled = cancelled
        self._total = total
        self._done_before = 0
        self._sources = (
            frozenset(s.casefold() for s in options.sources) if options.sources else None
        )
        self._min_level = None
        if options.level:
            normalised = normalise_level(options.level)
            if normalised is None:
                raise UserFacingError(
                    f'"{options.level}" is not a log level pmdesk knows.',
                    "Use one of: debug, info, notice, warning, error, critical.",
                )
            self._min_level = level_rank(normalised)
        self._keyword = options.keyword.casefold() if options.keyword else None
        self._filtering = bool(self._sources or self._min_level is not None or self._keyword)
        self._clocks: list[tuple[str, LocalClock]] = []
        if options.tz:
            resolve_zone(options.tz)  # a misspelt zone is reported even when unused

    # --- time --------------------------------------------------------------
    def local_clock(self, what: str) -> LocalClock:
        """The clock for naive times, from the user's ``tz``.

        Raises:
            UserFacingError: no zone was given (the file does not say which zone).
        """
        if not self.options.tz:
            raise ZoneRequiredError(what)
        zone, label = resolve_zone(self.options.tz)
        clock = LocalClock(zone, label)
        self._clocks.append((what, clock))
        return clock

    def zoneless(self, what: str) -> str:
        """Count a record whose time has no zone while none was given; the skip reason.

        A few such records among many with their own offset (a classic syslog line
        in a collector's RFC 5424 file) are skipped rather than sinking the file; a
        source that is mostly without zones needs one (see :meth:`result`).

        Raises:
            ZoneRequiredError: such records already outnumber the others by far.
        """
        self._settle()
        self.zoneless_count += 1
        self._zoneless_source = self._zoneless_source or what
        if self.zoneless_count >= _ZONELESS_EARLY and self.zoneless_count > self.seen:
            raise ZoneRequiredError(what)
        return _ZONELESS_REASON

    def in_window(self, moment: datetime) -> bool:
        """Whether an aware time lies inside the window."""
        if self.since is not None and moment < self.since:
            return False
        return self.until is None or moment <= self.until

    # --- collection ----------------------------------------------------------
    def add(self, event: ImportedEvent) -> bool:
        """Keep an event if it passes window and filters and is not a duplicate.

        A text longer than `TEXT_MAX_CHARS` is cut there first, so that the stored
        text, its fingerprint and a later import of the same file agree.
        """
        if self._pending:
            self._settle()
        if len(event.text) > TEXT_MAX_CHARS:
            event = msgspec.structs.replace(event, text=cut_text(event.text))
            self.shortened += 1
        self.seen += 1
        moment = event.time_utc
        if moment >= self._latest:
            self._latest = moment
        else:
            # Read out of order, so perhaps kept out of order: sorted at the end.
            self._in_order = False
            if self._identities is None:
                self._identities = {kept.identity for kept in self.events}
        if moment < self._earliest:
            self._earliest = moment
        if (self.windowed and not self.in_window(moment)) or (
            self._filtering and not self._passes_filters(event)
        ):
            self.filtered_out += 1
            return False
        if event.native_id is not None:
            if event.native_id in self._ids:
                self.duplicates += 1
                return False
            self._ids.add(event.native_id)
        # Each set grows by one unless the event repeats one kept: one hash, not a
        # test and then an add.
        if self._identities is None:
            if not self._second_start <= moment < self._second_end:
                self._second_start = moment - timedelta(microseconds=moment.microsecond)
                self._second_end = self._second_start + _ONE_SECOND
                self._second_keys = set()
            keys = self._second_keys
            known = len(keys)
            keys.add(event.second_key)
            repeated = len(keys) == known
        else:
            identities = self._identities
            known = len(identities)
            identities.add(event.identity)
            repeated = len(identities) == known
        if repeated:
            self.duplicates += 1
            return False
        self.events.append(event)
        return True

    def collector(self) -> Callable[[ImportedEvent], object]:
        """What an importer of millions of events hands each event to: `add`, or
        where no window or filter applies, a list the events wait in until the next
        block of the file is read (`tick`) or anything asks for the sink's state.

        Adding a block's events in one loop (`_settle`) spares each event a call and
        the sink's attribute look-ups: about a tenth of a JSON line's whole import.
        """
        if self.windowed or self._filtering:
            return self.add
        return self._pending.append

    def _settle(self) -> None:
        """Add the events waiting in the collector's list, as `add` would one by one.

        The loop is `add` for its common case, an event of the latest second or
        later while events come in time order (see the per-second keys there); any
        other event goes to `add` itself.
        """
        if not self._pending:
            return
        pending = self._pending.copy()
        self._pending.clear()
        start, end, keys = self._second_start, self._second_end, self._second_keys
        latest, earliest, kept = self._latest, self._earliest, self.events.append
        seen = duplicates = 0
        for event in pending:
            moment = event.time_utc
            if (
                latest <= moment
                and self._identities is None
                and event.native_id is None
                and len(event.text) <= TEXT_MAX_CHARS
            ):
                latest = moment
                if moment < earliest:
                    earliest = moment
                seen += 1
                if not start <= moment < end:
                    start = moment - timedelta(microseconds=moment.microsecond)
                    end = start + _ONE_SECOND
                    keys = set()
                known = len(keys)
                # `event.second_key`, without the property's call.
                keys.add((author_key(event.author), normalise_text(event.text)))
                if len(keys) == known:
                    duplicates += 1
                else:
                    kept(event)
                continue
            self._second_start, self._second_end, self._second_keys = start, end, keys
            self._latest, self._earliest = latest, earliest
            self.add(event)
            start, end, keys = self._second_start, self._second_end, self._second_keys
            latest, earliest = self._latest, self._earliest
        self._second_start, self._second_end, self._second_keys = start, end, keys
        self._latest, self._earliest = latest, earliest
        self.seen += seen
        self.duplicates += duplicates

    def _passes_filters(self, event: ImportedEvent) -> bool:
        if self._sources is not None:
            source = event.source.casefold()
            if not any(wanted == source or wanted in source for wanted in self._sources):
                return False
        if self._min_level is not None and event.level is not None:
            rank = level_rank(event.level)
            if rank is not None and rank < self._min_level:
                return False
        if self._keyword is not None:
            haystack = f"{event.text}\n{event.author or ''}".casefold()
            if self._keyword not in haystack:
                return False
        return True

    def skip(self, line: int, reason: str) -> None:
        """Record an unusable line or record (1-based number)."""
        self.skipped_count += 1
        if len(self.skipped) < MAX_REPORTED_SKIPS:
            self.skipped.append(SkippedLine(line, reason))

    def warn(self, message: str) -> None:
        """Add a warning shown with the result (once per distinct text)."""
        if message not in self.warnings:
            self.warnings.append(message)

    def replaced(self) -> None:
        """Count a line whose invalid bytes were replaced."""
        self.replaced_lines += 1

    def line_text(self, raw: bytes, legacy: str | None) -> str:
        """One line's text: UTF-8, else read in the file's `legacy` encoding (see
        `line_encoding`); without one, bad bytes are replaced and counted."""
        text, clean = decode_line(raw, legacy)
        if not clean and legacy is None:
            self.replaced()
        return text

    # --- progress ------------------------------------------------------------
    def tick(self, position: int) -> None:
        """Report progress (bytes of the current file) and honour cancellation."""
        self._settle()
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelledError
        if self._progress is not None:
            done = self._done_before + position
            self._progress(min(done, self._total), self._total)

    def next_file(self, size: int) -> None:
        """Move the progress base past a finished file."""
        self._done_before += size

    def result(self, format_id: str, confidence: float) -> ImportResult:
        """Sorted events and the report.

        Raises:
            ZoneRequiredError: as many records had no zone as had one.
        """
        self._settle()
        if self.zoneless_count:
            if self.zoneless_count >= self.seen:
                raise ZoneRequiredError(self._zoneless_source)
            self.warn(
                f"{self.zoneless_count} lines or records of {self._zoneless_source} have "
                "times without a time zone and were skipped; give the zone they were "
                "written in to import them too."
            )
        for what, clock in self._clocks:
            for warning in clock.warnings(f"times in {what}"):
                self.warn(warning)
        if self.replaced_lines:
            self.warn(
                f"{self.replaced_lines} lines held bytes that are not valid UTF-8; "
                "they were imported with replacement characters (�)."
            )
        if self.filtered_out:
            self.warn(
                f"{self.filtered_out} events outside the time window or the filters were left out."
            )
        if self.duplicates:
            self.warn(f"{self.duplicates} duplicate events were dropped.")
        if self.shortened:
            self.warn(
                f"{self.shortened:,} event texts were longer than {TEXT_MAX_CHARS:,} "
                f"characters; they were cut there and end in “{CUT_MARK.strip()}”."
            )
        if self.skipped_count > len(self.skipped):
            self.warn(
                f"{self.skipped_count} lines or records were skipped; the first "
                f"{len(self.skipped)} are listed."
            )
        if not self._in_order:
            self.events.sort(key=attrgetter("time_utc"))
        if self._progress is not None:
            self._progress(self._total, self._total)
        return ImportResult(
            format=format_id,
            confidence=confidence,
            events=self.events,
            skipped=self.skipped,
            skipped_count=self.skipped_count,
            warnings=self.warnings,
            duplicates_dropped=self.duplicates,
            span=(self._earliest, self._latest) if self.seen else None,
            assumed_year=self.assumed_year,
            people=self.people,
        )


def _aware(value: datetime | None, name: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise UserFacingError(
            f"The window's {name} time has no time zone.",
            "Give it with an offset, for example 2024-03-01T10:00:00Z.",
        )
    if value.year not in PLAUSIBLE_YEARS:
        raise UserFacingError(f"The window's {name} time ({value.year}) is not plausible.")
    return value.astimezone(UTC)
