"""Dates and times as people type and read them: ISO dates, display zones, moments.

Stored moments are aware UTC; a person reads and types them as wall-clock time of a
display zone ("UTC" for the incident's start and end, the chosen zone in the
timeline). Typed text is read strictly: a value either is exactly what was typed or
is refused with ValueError, never guessed into another date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

__all__ = [
    "PLAUSIBLE_YEARS",
    "format_day",
    "format_moment",
    "format_span",
    "format_time",
    "parse_day",
    "parse_display_time",
    "zone_named",
]

# Times outside these years are not incident times (and would overflow on conversion).
# A set: imports test every time they read, and a set answers several times faster
# than a range.
PLAUSIBLE_YEARS = frozenset(range(1900, 2201))

_DATE = r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
_TIME = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:[:.](?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?"
)
_ZONE = r"(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)"
# "2026-11-30 13:58", "2026-11-30T13:58:05Z", "13:58 +01:00", "9.13" ...
_MOMENT = re.compile(
    rf"(?:{_DATE}(?:\s*T\s*|\s+))?{_TIME}(?:\s*{_ZONE})?", re.IGNORECASE | re.ASCII
)
_DAY = re.compile(_DATE, re.ASCII)


@lru_cache(maxsize=64)
def zone_named(name: str) -> tzinfo:
    """The tzinfo for an IANA zone name ("UTC" is UTC itself)."""
    return UTC if name == "UTC" else ZoneInfo(name)


@lru_cache(maxsize=100_000)
def format_time(moment: datetime, zone_name: str) -> str:
    """`moment` as "2026-10-14 09:02:31" in the named zone (cached: scrolling is hot)."""
    return moment.astimezone(zone_named(zone_name)).strftime("%Y-%m-%d %H:%M:%S")


def format_moment(moment: datetime, zone_name: str) -> str:
    """`moment` as people type it in the named zone: "2026-11-30 13:58", with
    ":05" only when there are seconds."""
    local = moment.astimezone(zone_named(zone_name))
    return local.strftime("%Y-%m-%d %H:%M:%S" if local.second else "%Y-%m-%d %H:%M")


def format_span(start: datetime, end: datetime, zone_name: str) -> str:
    """`start` to `end` to the minute in the named zone, the date once if they share it:
    "2026-11-30 13:02–14:40 UTC" or "2026-11-30 23:50 – 2026-12-01 00:10 UTC"."""
    zone = zone_named(zone_name)
    first, last = start.astimezone(zone), end.astimezone(zone)
    if first.date() == last.date():
        return f"{first:%Y-%m-%d %H:%M}–{last:%H:%M} {zone_name}"
    return f"{first:%Y-%m-%d %H:%M} – {last:%Y-%m-%d %H:%M} {zone_name}"


def format_day(day: date) -> str:
    """`day` as "2026-12-18"."""
    return day.isoformat()


def parse_day(text: str) -> date:
    """Read a calendar day typed as year-month-day ("2026-12-18", "2026-1-5").

    Raises:
        ValueError: the text is not such a day, or not a plausible one.
    """
    match = _DAY.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"Invalid date: {text!r}")
    return _day(match, text)


def parse_display_time(text: str, zone_name: str, reference: datetime | None = None) -> datetime:
    """Read a moment as people type it, as wall-clock time of the display zone;
    returns aware UTC.

    Accepts "2026-10-14 09:13", "2026-10-14T09:13:05" (space or T between date and
    time, "." also separates the time's parts), an optional "Z", "UTC" or offset
    after it (then taken as written), and a time alone ("09:13", "9:13:05") on the
    day of `reference` in that zone. A date alone is refused: it says no time.

    Raises:
        ValueError: the text is not a moment pmdesk can read, or a time alone came
            without a reference.
    """
    match = _MOMENT.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"Invalid date and time: {text!r}")
    zone = _zone_of(match["zone"]) if match["zone"] else zone_named(zone_name)
    if match["year"] is None:
        if reference is None:
            raise ValueError(f"Invalid date and time, the date is missing: {text!r}")
        day = reference.astimezone(zone_named(zone_name)).date()
    else:
        day = _day(match, text)
    try:
        wall = datetime(  # noqa: DTZ001 - wall-clock time; the zone is attached below
            day.year,
            day.month,
            day.day,
            int(match["hour"]),
            int(match["minute"]),
            int(match["second"] or 0),
            int((match["fraction"] or "0").ljust(6, "0")),
        )
    except ValueError as exc:
        raise ValueError(f"Invalid time: {text!r} ({exc})") from None
    return wall.replace(tzinfo=zone).astimezone(UTC)


def _day(match: re.Match[str], text: str) -> date:
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError as exc:
        raise ValueError(f"Invalid date: {text!r} ({exc})") from None
    if day.year not in PLAUSIBLE_YEARS:
        raise ValueError(f"Invalid date, the year is implausible: {text!r}")
    return day


def _zone_of(written: str) -> tzinfo:
    # The zone typed after a time: Z, UTC or GMT, or an offset such as +02, -0530, +01:00.
    if written.upper() in {"Z", "UTC", "GMT"}:
        return UTC
    digits = written[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 18 or minutes > 59:
        raise ValueError(f"Invalid time zone offset: {written!r}")
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if written.startswith("-") else offset)
