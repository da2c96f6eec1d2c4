"""Time helpers: every time becomes aware UTC, keeping its original zone label."""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pmdesk.domain.moments import PLAUSIBLE_YEARS
from pmdesk.errors import UserFacingError

__all__ = [
    "PLAUSIBLE_YEARS",
    "UTC",
    "DayOrderVote",
    "LocalClock",
    "epoch_to_utc",
    "offset_label",
    "parse_iso",
    "resolve_zone",
]

_OFFSET_RE = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$")
_SPACED_OFFSET_RE = re.compile(r"^(\d{4}-\d\d-\d\d[T ][\d:.,]+) ([+-]\d\d:?\d\d)$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_SCALE = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}
# Epochs outside 1970..2286 in the chosen unit are treated as malformed.
_MAX_SECONDS = 10_000_000_000


def resolve_zone(name: str) -> tuple[tzinfo, str]:
    """Turn a user-supplied zone name into a tzinfo and its display label.

    Accepts ``UTC``/``Z``, fixed offsets (``+02:00``, ``-0500``, ``UTC+1``) and IANA
    names (``Europe/Berlin``).

    Raises:
        UserFacingError: the name is not a known zone.
    """
    cleaned = name.strip()
    if cleaned.upper() in {"UTC", "Z", "GMT", "ETC/UTC"}:
        return UTC, "UTC"
    match = _OFFSET_RE.match(cleaned)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours <= 18 and minutes < 60:
            delta = timedelta(hours=hours, minutes=minutes)
            zone = timezone(-delta if sign == "-" else delta)
            return zone, f"{sign}{hours:02d}:{minutes:02d}"
    try:
        if "\x00" in cleaned or ".." in cleaned or cleaned.startswith("/"):
            raise ValueError(cleaned)
        return ZoneInfo(cleaned), cleaned
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UserFacingError(
            f'"{name}" is not a time zone pmdesk knows.',
            "Use an IANA name such as Europe/Berlin, or an offset such as +02:00.",
        ) from None


def offset_label(value: datetime) -> str:
    """Display label of an aware datetime's offset: ``UTC`` or ``+02:00``."""
    offset = value.utcoffset()
    if offset is None or offset == timedelta(0):
        return "UTC"
    total = int(offset.total_seconds())
    sign = "-" if total < 0 else "+"
    total = abs(total)
    return f"{sign}{total // 3600:02d}:{total % 3600 // 60:02d}"


def parse_iso(text: str) -> datetime | None:
    """Parse an ISO 8601 / RFC 3339 timestamp; None when it is not one."""
    if not text or len(text) > 64:
        return None
    value: datetime | None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = _parse_near_iso(text)
    return value if value is not None and value.year in PLAUSIBLE_YEARS else None


def _parse_near_iso(text: str) -> datetime | None:
    # Common near-ISO spellings: "… UTC", "… +02:00" with a space, lower-case "z".
    if text.endswith(("z", " UTC", " GMT", " Z")):
        text = text[:-1] if text.endswith("z") else text.rsplit(" ", 1)[0]
        text += "Z"
    else:
        match = _SPACED_OFFSET_RE.match(text)
        if match is None:
            return None
        text = match.group(1) + match.group(2)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def epoch_to_utc(value: float | int | str, unit: str) -> datetime | None:
    """Convert an epoch number in ``unit`` (s, ms, us, ns) to aware UTC; None if absurd."""
    scale = _EPOCH_SCALE.get(unit)
    if scale is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, str):
            whole, _, frac = value.strip().partition(".")
            digits = whole + frac
            if not (digits.isascii() and whole.isdigit()) or len(whole) > 24:
                return None
            if frac and not frac.isdigit():
                return None
            micro_units = int(whole) * 1_000_000 + (int((frac + "000000")[:6]) if frac else 0)
            micros = micro_units // scale
        elif isinstance(value, int):
            micros = value * 1_000_000 // scale
        else:
            if not math.isfinite(value):
                return None
            micros = round(value * 1_000_000 / scale)
    except (ValueError, OverflowError):
        return None
    if not 0 <= micros < _MAX_SECONDS * 1_000_000:
        return None
    return _EPOCH + timedelta(microseconds=micros)


# A guessed epoch before this is far more likely a counter or an id than a time.
EARLIEST_GUESSED_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)


def guessed_epoch_to_utc(value: float | int | str, unit: str | None) -> datetime | None:
    """Epoch in ``unit``, or in a unit guessed from its digits (then 2001 or later only)."""
    if unit:
        return epoch_to_utc(value, unit)
    whole = value.partition(".")[0] if isinstance(value, str) else str(int(abs(value)))
    moment = epoch_to_utc(value, guess_epoch_unit(len(whole)))
    return moment if moment is not None and moment >= EARLIEST_GUESSED_EPOCH else None


def guess_epoch_unit(digits: int) -> str:
    """Guess an epoch unit from the number of integer digits (dates 2001..2286)."""
    if digits <= 11:
        return "s"
    if digits <= 14:
        return "ms"
    if digits <= 17:
        return "us"
    return "ns"


class LocalClock:
    """Converts naive local times of one zone to UTC, flagging DST trouble.

    With ordered input (the usual case for logs), an ambiguous wall time in the
    repeated hour gets the fold that keeps the sequence monotonic.
    """

    def __init__(self, zone: tzinfo, label: str) -> None:
        self.zone = zone
        self.label = label
        self.ambiguous = 0
        self.nonexistent = 0
        self._last: datetime | None = None
        self._is_fixed = not isinstance(zone, ZoneInfo)

    def to_utc(self, naive: datetime) -> tuple[datetime, tuple[str, ...]]:
        """Return (aware UTC time, flags) for a naive wall-clock time."""
        if self._is_fixed:
            return naive.replace(tzinfo=self.zone).astimezone(UTC), ()
        first = naive.replace(tzinfo=self.zone, fold=0)
        second = naive.replace(tzinfo=self.zone, fold=1)
        flags: tuple[str, ...] = ()
        if first.utcoffset() == second.utcoffset():
            result = first.astimezone(UTC)
        else:
            early = first.astimezone(UTC)
            back = early.astimezone(self.zone).replace(tzinfo=None)
            if back != naive:
                # Spring-forward gap: the wall time never existed. Keep the
                # pre-transition offset (fold=0) and say so; do not shift silently.
                self.nonexistent += 1
                flags = ("nonexistent_dst",)
                result = early
            else:
                self.ambiguous += 1
                flags = ("ambiguous_dst",)
                late = second.astimezone(UTC)
                result = early
                if self._last is not None and early < self._last <= late:
                    result = late
        self._last = result
        return result, flags

    def warnings(self, what: str) -> list[str]:
        """Warnings summarising DST trouble seen so far."""
        found = []
        if self.ambiguous:
            found.append(
                f"{self.ambiguous} {what} fell in the repeated hour when clocks went back "
                f"in {self.label}; they are flagged ambiguous_dst, check their order."
            )
        if self.nonexistent:
            found.append(
                f"{self.nonexistent} {what} fell in the skipped hour when clocks went "
                f"forward in {self.label}; such times do not exist and are flagged "
                "nonexistent_dst."
            )
        return found


class DayOrderVote:
    """Settles whether numeric dates such as ``01/02/2024`` put the day or the month first.

    Fed every date of a file (``see``), it decides as soon as one part is above 12;
    otherwise the order of the rows decides: exports list their messages in time
    order, so the reading that runs backwards less often is the right one.
    """

    def __init__(self) -> None:
        self.decided: bool | None = None
        self.by_order = False
        self._last: dict[bool, tuple[int, ...]] = {}
        self._backwards = {True: 0, False: 0}

    def see(self, first: int, second: int, year: int, clock: tuple[int, ...] = ()) -> None:
        """One date as written: its first and second number, the year, the time of day."""
        if self.decided is not None:
            return
        if first > 12 >= second:
            self.decided = True
            return
        if second > 12 >= first:
            self.decided = False
            return
        for day_first in (True, False):
            key = (year, second, first, *clock) if day_first else (year, first, second, *clock)
            last = self._last.get(day_first)
            if last is not None and key < last:
                self._backwards[day_first] += 1
            self._last[day_first] = key

    def verdict(self) -> bool | None:
        """True for day first, False for month first, None when nothing tells."""
        if self.decided is not None:
            return self.decided
        if self._backwards[True] == self._backwards[False]:
            return None
        self.by_order = True
        return self._backwards[True] < self._backwards[False]
