"""Dates and moments as people type them: exactly what was typed, or refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pmdesk.domain.moments import (
    format_day,
    format_moment,
    format_span,
    parse_day,
    parse_display_time,
)

REFERENCE = datetime(2026, 10, 14, 22, 30, tzinfo=UTC)  # 00:30 the next day in Berlin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-30 13:58", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30T13:58", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("  2026-11-30   13:58  ", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30t13:58:05", datetime(2026, 11, 30, 13, 58, 5, tzinfo=UTC)),
        ("2026-11-30 13:58:05.25", datetime(2026, 11, 30, 13, 58, 5, 250000, tzinfo=UTC)),
        ("2026-1-5 9:05", datetime(2026, 1, 5, 9, 5, tzinfo=UTC)),
        ("2026-11-30 13:58 UTC", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30T13:58Z", datetime(2026, 11, 30, 13, 58, tzinfo=UTC)),
        ("2026-11-30 13:58 +01:00", datetime(2026, 11, 30, 12, 58, tzinfo=UTC)),
        ("2026-11-30T13:58-0530", datetime(2026, 11, 30, 19, 28, tzinfo=UTC)),
        ("13:58", datetime(2026, 10, 14, 13, 58, tzinfo=UTC)),
        ("9.13.05", datetime(2026, 10, 14, 9, 13, 5, tzinfo=UTC)),
    ],
)
def test_moments_are_read_exactly_as_typed(text: str, expected: datetime) -> None:
    assert parse_display_time(text, "UTC", REFERENCE) == expected


def test_moments_are_wall_clock_time_of_the_display_zone() -> None:
    assert parse_display_time("2026-11-30 13:58", "Europe/Berlin") == datetime(
        2026, 11, 30, 12, 58, tzinfo=UTC
    )
    # Summer time: two hours ahead.
    assert parse_display_time("2026-07-01 13:58", "Europe/Berlin") == datetime(
        2026, 7, 1, 11, 58, tzinfo=UTC
    )
    # A time alone falls on the reference's day in that zone.
    assert parse_display_time("9.13.05", "Europe/Berlin", REFERENCE) == datetime(
        2026, 10, 15, 7, 13, 5, tzinfo=UTC
    )
    # A zone written after the time wins over the display zone.
    assert parse_display_time("2026-10-14T09:13:00Z", "Europe/Berlin") == datetime(
        2026, 10, 14, 9, 13, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soon",
        "2026-11-30",  # no time: midnight would be a guess
        "2026-11-30 13",
        "2026-11-30 13:5",  # half-typed
        "2026-11-30 13:58:0",
        "2026-11-31 10:00",  # November has 30 days
        "2026-13-01 10:00",
        "2026-11-30 24:00",
        "2026-11-30 13:60",
        "0001-01-01 00:00",  # would overflow in a zone west of UTC
        "30.11.2026 13:58",
        "11/30/2026 13:58",
        "2026-11-30 13:58 +25:00",
        "2026-11-30 13:58 Mars",
        "２０２６-11-30 13:58",  # full-width digits
    ],
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="Invalid"):
        parse_display_time(text, "America/New_York", REFERENCE)


def test_a_time_alone_needs_a_reference() -> None:
    with pytest.raises(ValueError, match="date is missing"):
        parse_display_time("13:58", "UTC")


def test_days() -> None:
    assert parse_day("2026-12-18") == date(2026, 12, 18)
    assert parse_day(" 2026-1-5 ") == date(2026, 1, 5)
    for text in ("", "2026-12", "2026-12-18 10:00", "18.12.2026", "2026-02-30", "0999-01-01"):
        with pytest.raises(ValueError, match="Invalid"):
            parse_day(text)


def test_shown_text_reads_back_as_the_same_value() -> None:
    for moment in (
        datetime(2026, 11, 30, 13, 58, tzinfo=UTC),
        datetime(2026, 11, 30, 13, 58, 5, tzinfo=UTC),
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 01:30 in Berlin, before the switch
    ):
        for zone in ("UTC", "Europe/Berlin", "Asia/Kolkata"):
            assert parse_display_time(format_moment(moment, zone), zone) == moment
    assert format_moment(datetime(2026, 11, 30, 13, 58, tzinfo=UTC), "UTC") == "2026-11-30 13:58"
    assert format_day(date(2026, 1, 5)) == "2026-01-05"
    assert parse_day(format_day(date(2026, 1, 5))) == date(2026, 1, 5)


def test_a_span_names_its_date_once_when_both_ends_share_it() -> None:
    start = datetime(2026, 11, 30, 13, 2, 59, tzinfo=UTC)
    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # 00:30 the next day in Berlin
    assert format_span(start, late, "UTC") == "2026-11-30 13:02–23:30 UTC"
    assert format_span(start, late, "Europe/Berlin") == (
        "2026-11-30 14:02 – 2026-12-01 00:30 Europe/Berlin"
    )
