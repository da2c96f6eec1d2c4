"""Time zones, DST, missing years, windows, filters, dedup and skipped lines."""

from __future__ import annotations

import gc
import gzip
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.errors import UserFacingError
from pmdesk.importers import (
    ImportCancelledError,
    ImportedEvent,
    ImportOptions,
    ImportResult,
    ZoneRequiredError,
    import_path,
)
from pmdesk.importers._io import MAX_LINE_BYTES, iter_lines
from pmdesk.importers._model import Identity
from pmdesk.importers._sink import Sink

from .conftest import DATA

Run = Callable[..., ImportResult]


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- zones -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("syslog.log", "syslog"), ("notes.txt", "notes"), ("changelog_de.csv", "csv")],
)
def test_naive_sources_require_a_zone(run_import: Run, name: str, fmt: str) -> None:
    with pytest.raises(ZoneRequiredError, match="without a time zone") as caught:
        run_import(name, format=fmt, reference_year=2023)
    assert isinstance(caught.value, UserFacingError)
    assert caught.value.source_name == name
    assert "--tz" in (caught.value.hint or "")


def test_unknown_zone_is_a_clear_error(run_import: Run) -> None:
    with pytest.raises(UserFacingError, match="not a time zone"):
        run_import("syslog.log", tz="Mars/Olympus", reference_year=2023)


def test_fixed_offset_zone(run_import: Run) -> None:
    result = run_import("syslog.log", tz="+02:00", reference_year=2023)
    first = result.events[0]
    assert first.source_zone == "+02:00"
    assert first.time_utc == datetime(2023, 6, 14, 14, 5, 2, tzinfo=UTC)


# --- DST ---------------------------------------------------------------------------


def test_ambiguous_fall_back_hour_is_flagged_and_kept_monotonic(
    run_import: Run, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "dst.log",
        [
            "Oct 29 01:59:59 h app: a",
            "Oct 29 02:30:00 h app: b",
            "Oct 29 02:10:00 h app: c",
            "Oct 29 03:00:00 h app: d",
        ],
    )
    result = run_import(path, tz="Europe/Berlin", reference_year=2023)
    times = {e.text: e for e in result.events}
    assert times["a"].time_utc == datetime(2023, 10, 28, 23, 59, 59, tzinfo=UTC)
    assert times["b"].time_utc == datetime(2023, 10, 29, 0, 30, tzinfo=UTC)  # first 02:30 (CEST)
    assert times["c"].time_utc == datetime(2023, 10, 29, 1, 10, tzinfo=UTC)  # second pass (CET)
    assert times["d"].time_utc == datetime(2023, 10, 29, 2, 0, tzinfo=UTC)
    assert "ambiguous_dst" in times["b"].flags
    assert "ambiguous_dst" in times["c"].flags
    assert "ambiguous_dst" not in times["a"].flags
    assert any("repeated hour" in w for w in result.warnings)


def test_nonexistent_spring_forward_time_is_flagged(run_import: Run, tmp_path: Path) -> None:
    path = _write(tmp_path, "n.csv", ["time,text", "2023-03-26 02:30,in the gap"])
    result = run_import(path, tz="Europe/Berlin")
    (event,) = result.events
    assert "nonexistent_dst" in event.flags
    assert event.time_utc == datetime(2023, 3, 26, 1, 30, tzinfo=UTC)
    assert any("do not exist" in w for w in result.warnings)


# --- syslog year -----------------------------------------------------------------


def test_syslog_new_year_rollover(run_import: Run, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "ny.log",
        ["Dec 31 23:59:59 h app: old year", "Jan  1 00:00:01 h app: new year"],
    )
    result = run_import(path, tz="UTC", reference_year=2023)
    assert [e.time_utc.year for e in result.events] == [2023, 2024]
    assert all("year_inferred" in e.flags for e in result.events)


def test_syslog_year_from_window_and_local_midnight(run_import: Run, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "ny.log",
        ["Dec 31 23:50:00 h app: before", "Jan  1 00:30:00 h app: after local midnight"],
    )
    since = datetime(2023, 12, 31, 22, 0, tzinfo=UTC)  # 23:00 on New Year's Eve in Berlin
    result = run_import(path, tz="Europe/Berlin", since=since)
    assert [e.time_utc for e in result.events] == [
        datetime(2023, 12, 31, 22, 50, tzinfo=UTC),
        datetime(2023, 12, 31, 23, 30, tzinfo=UTC),  # 2024-01-01 00:30 in Berlin
    ]
    # A window starting just after New Year still places December lines in the old year.
    since = datetime(2024, 1, 1, 0, 10, tzinfo=UTC)
    result = run_import(path, tz="UTC", since=since - timedelta(hours=1))
    assert [e.time_utc.year for e in result.events] == [2023, 2024]


def test_syslog_year_falls_back_to_file_date_with_warning(run_import: Run) -> None:
    result = run_import("syslog.log", tz="UTC")
    assert any("modification date" in w for w in result.warnings)


def test_the_assumed_year_is_reported_and_a_given_year_beats_the_window(
    run_import: Run, tmp_path: Path
) -> None:
    path = _write(
        tmp_path, "y.log", ["Nov 30 13:02:00 h app: first", "Nov 30 14:40:00 h app: last"]
    )
    window = {
        "since": datetime(2026, 10, 14, 8, tzinfo=UTC),
        "until": datetime(2026, 10, 14, 12, tzinfo=UTC),
    }
    guessed = run_import(path, tz="UTC", **window)
    assert guessed.assumed_year == 2025  # the latest Nov 30 before the window
    assert guessed.events == []
    assert guessed.span == (
        datetime(2025, 11, 30, 13, 2, tzinfo=UTC),
        datetime(2025, 11, 30, 14, 40, tzinfo=UTC),
    )
    given = run_import(path, tz="UTC", reference_year=2026, **window)
    assert given.assumed_year == 2026
    assert given.span is not None
    assert given.span[0] == datetime(2026, 11, 30, 13, 2, tzinfo=UTC)
    with_years = run_import("pagerduty_log_entries.json")
    assert with_years.assumed_year is None
    assert with_years.span == (with_years.events[0].time_utc, with_years.events[-1].time_utc)


# --- window and filters ----------------------------------------------------------


def _ecs_lines(first_key: bool) -> list[str]:
    lines = []
    base = datetime(2023, 6, 14, 13, 0, tzinfo=UTC)
    for minute in range(0, 180, 10):
        stamp = (base + timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        fields = {"message": f"m{minute}", "log.level": "info" if minute % 20 else "error"}
        record = {"@timestamp": stamp, **fields} if first_key else {**fields, "@timestamp": stamp}
        lines.append(json.dumps(record, separators=(",", ":")))
    return lines


@pytest.mark.parametrize("first_key", [True, False])
def test_window_is_inclusive_and_prefilter_agrees(
    run_import: Run, tmp_path: Path, first_key: bool
) -> None:
    path = _write(tmp_path, "w.jsonl", _ecs_lines(first_key))
    since = datetime(2023, 6, 14, 14, 0, tzinfo=UTC)
    until = datetime(2023, 6, 14, 15, 0, tzinfo=UTC)
    result = run_import(path, since=since, until=until)
    assert [e.text for e in result.events] == ["m60", "m70", "m80", "m90", "m100", "m110", "m120"]
    assert result.skipped_count == 0


def test_window_with_offset_bounds(run_import: Run, tmp_path: Path) -> None:
    path = _write(tmp_path, "w.jsonl", _ecs_lines(True))
    since = datetime.fromisoformat("2023-06-14T16:00:00+02:00")
    until = datetime.fromisoformat("2023-06-14T16:20:00+02:00")
    assert [e.text for e in run_import(path, since=since, until=until).events] == [
        "m60",
        "m70",
        "m80",
    ]


def test_naive_window_is_refused(run_import: Run) -> None:
    with pytest.raises(UserFacingError, match="no time zone"):
        run_import("ecs.jsonl", since=datetime(2023, 6, 14))  # noqa: DTZ001


def test_level_keyword_and_source_filters(run_import: Run, tmp_path: Path) -> None:
    path = _write(tmp_path, "f.jsonl", _ecs_lines(True))
    errors = run_import(path, level="warning")
    assert {e.level for e in errors.events} == {"error"}
    assert [e.text for e in run_import(path, keyword="M17").events] == ["m170"]
    only_app_02 = run_import("ecs.jsonl", sources=frozenset({"app-02"}))
    assert [e.author for e in only_app_02.events] == ["checkout@app-02"]
    with pytest.raises(UserFacingError, match="log level"):
        run_import(path, level="loud")


# --- dedup -------------------------------------------------------------------------


def test_duplicates_within_an_import_are_dropped(run_import: Run, tmp_path: Path) -> None:
    line = '{"@timestamp":"2023-06-14T14:05:02Z","message":"same"}'
    path = _write(tmp_path, "d.jsonl", [line, line, line.replace("same", "other")])
    result = run_import(path)
    assert [e.text for e in result.events] == ["same", "other"]
    assert result.duplicates_dropped == 1


def test_reimport_yields_the_same_fingerprints(run_import: Run) -> None:
    for name in ("slack_export", "journal.json", "pagerduty_log_entries.json", "access.log"):
        first = [e.fingerprint for e in run_import(name).events]
        second = [e.fingerprint for e in run_import(name).events]
        assert first == second
        assert len(set(first)) == len(first)


def test_same_event_from_syslog_and_journald_shares_a_fingerprint(
    run_import: Run, tmp_path: Path
) -> None:
    journal = _write(
        tmp_path,
        "j.json",
        [
            '{"__REALTIME_TIMESTAMP":"1686751502118204","_HOSTNAME":"db-01",'
            '"SYSLOG_IDENTIFIER":"postgres","PRIORITY":"3","MESSAGE":"FATAL:  shutting down"}'
        ],
    )
    syslog = _write(
        tmp_path, "s.log", ["Jun 14 16:05:02 db-01 postgres[2291]: FATAL: shutting down"]
    )
    from_journal = run_import(journal).events[0]
    from_syslog = run_import(syslog, tz="Europe/Berlin", reference_year=2023).events[0]
    assert from_journal.source != from_syslog.source
    assert from_journal.fingerprint == from_syslog.fingerprint


# --- skipped lines ------------------------------------------------------------------


def test_first_twenty_skipped_lines_are_reported_with_numbers(
    run_import: Run, tmp_path: Path
) -> None:
    lines = []
    for index in range(30):
        lines.append("{broken")
        lines.append(f'{{"@timestamp":"2023-06-14T14:{index:02d}:00Z","message":"ok {index}"}}')
    path = _write(tmp_path, "s.jsonl", lines)
    result = run_import(path)
    assert len(result.events) == 30
    assert result.skipped_count == 30
    assert [s.line for s in result.skipped] == list(range(1, 40, 2))
    assert all("not valid JSON" in s.reason for s in result.skipped)
    assert any("30 lines or records were skipped" in w for w in result.warnings)


def test_overlong_line_is_skipped_without_reading_it_whole(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"@timestamp":"2023-06-14T14:05:00Z","message":"before"}\n')
        handle.write(b'{"message":"' + b"x" * (5 * 1024 * 1024) + b'"}\n')
        handle.write(b'{"@timestamp":"2023-06-14T14:06:00Z","message":"after"}\n')
    result = run_import(path)
    assert [e.text for e in result.events] == ["before", "after"]
    assert [(s.line, s.reason) for s in result.skipped] == [(2, "line too long")]


def test_a_latin_line_is_read_in_the_detected_encoding(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "latin.log"
    path.write_bytes(b"Jun 14 16:05:02 h app: caf\xe9 ok\nJun 14 16:05:03 h app: fine\n")
    result = run_import(path, tz="UTC", reference_year=2023)
    assert result.events[0].text == "café ok"
    assert any("as Windows-1252 (Western European)" in w for w in result.warnings)
    assert not any("not valid UTF-8" in w for w in result.warnings)


def test_invalid_utf8_line_after_a_utf8_head_is_replaced_and_counted(
    run_import: Run, tmp_path: Path
) -> None:
    # The encoding is sniffed from the head; a stray bad line further down is replaced.
    path = tmp_path / "mostly_utf8.log"
    fine = "".join(f"Jun 14 16:{m:02d}:00 h app: grüße {m}\n" for m in range(60)).encode()
    path.write_bytes(fine * 60 + b"Jun 14 17:05:02 h app: caf\xe9 ok\n")
    result = run_import(path, tz="UTC", reference_year=2023)
    assert result.events[-1].text == "caf\ufffd ok"
    assert any("1 lines held bytes that are not valid UTF-8" in w for w in result.warnings)


def test_gzip_rotated_syslog(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "syslog.2.gz"
    path.write_bytes(gzip.compress((DATA / "syslog.log").read_bytes()))
    result = run_import(path, format="syslog", tz="UTC", reference_year=2023)
    assert len(result.events) == 6


# --- progress and cancel ------------------------------------------------------------


def test_progress_and_cancel(tmp_path: Path) -> None:
    lines = [
        f'{{"@timestamp":"2023-06-14T14:05:{i % 60:02d}.{i:06d}Z","message":"n{i}"}}'
        for i in range(5000)
    ]
    path = _write(tmp_path, "p.jsonl", lines)
    seen: list[tuple[int, int]] = []
    result = import_path(path, ImportOptions(), progress=lambda d, t: seen.append((d, t)))
    assert len(result.events) == 5000
    assert seen[-1][0] == seen[-1][1] > 0
    with pytest.raises(ImportCancelledError):
        import_path(path, ImportOptions(), cancelled=lambda: True)


def test_progress_for_line_formats(tmp_path: Path) -> None:
    lines = [f"Jun 14 16:{i // 60 % 60:02d}:{i % 60:02d} h app: line {i}" for i in range(10000)]
    path = _write(tmp_path, "big.log", lines)
    seen: list[tuple[int, int]] = []
    import_path(
        path,
        ImportOptions(tz="UTC", reference_year=2023),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert len(seen) >= 3
    assert 0 < seen[0][0] < seen[-1][0] == seen[-1][1]


def test_window_that_ends_before_it_starts(run_import: Run) -> None:
    with pytest.raises(UserFacingError, match="ends before it starts"):
        run_import(
            "ecs.jsonl",
            since=datetime(2023, 6, 15, tzinfo=UTC),
            until=datetime(2023, 6, 14, tzinfo=UTC),
        )


def test_syslog_year_from_window_when_the_file_starts_months_earlier(
    run_import: Run, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "long.log",
        ["Jan  5 10:00:00 h app: early in the year", "Dec 31 22:30:00 h app: the incident"],
    )
    since = datetime(2023, 12, 31, 22, 0, tzinfo=UTC)
    result = run_import(path, tz="UTC", since=since)
    assert [e.time_utc for e in result.events] == [datetime(2023, 12, 31, 22, 30, tzinfo=UTC)]


# --- throughput ---------------------------------------------------------------------


@contextmanager
def automatic_collection() -> Iterator[None]:
    """Automatic garbage collection on, as on the command line. (After a Qt test, the
    UI thread's collector has switched it off for good: pmdesk.ui.garbage.)"""
    automatic = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not automatic:
            gc.disable()


def test_the_garbage_collector_rests_while_an_import_reads(tmp_path: Path) -> None:
    # Each collection pass would walk every event read so far again.
    path = tmp_path / "app.jsonl"
    line = '{{"@timestamp":"2023-06-14T14:{:02d}:00Z","level":"info","message":"m{}"}}\n'
    path.write_text("".join(line.format(n % 60, n) for n in range(5000)))
    seen: list[bool] = []
    with automatic_collection():
        result = import_path(
            path,
            ImportOptions(format="jsonl"),
            progress=lambda _d, _t: seen.append(gc.isenabled()),
        )
        assert gc.isenabled()
    assert len(result.events) == 5000
    assert seen
    assert not any(seen)


def test_an_import_leaves_its_events_to_the_full_collections_only(tmp_path: Path) -> None:
    # The young generations' passes would walk every event again after the import.
    path = tmp_path / "app.jsonl"
    line = '{{"@timestamp":"2023-06-14T14:{:02d}:00Z","level":"info","message":"m{}"}}\n'
    path.write_text("".join(line.format(n % 60, n) for n in range(5000)))
    with automatic_collection():
        result = import_path(path, ImportOptions(format="jsonl"))
        young = {id(item) for item in gc.get_objects(0) + gc.get_objects(1)}
        assert not any(id(event) in young for event in result.events)
        assert gc.get_freeze_count() == 0  # nothing left frozen: full collections see them
        assert gc.isenabled()


def test_json_lines_orjson_refuses_are_still_read(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(
        '{"time":"2023-06-14T14:00:00Z","msg":"ratio NaN","ratio":NaN}\n'
        '{"time":"2023-06-14T14:00:01Z","msg":"big","id":123456789012345678901234567890}\n'
        '{"time":"2023-06-14T14:00:02Z","msg":"not json"\n'
    )
    result = run_import(path, format="jsonl")
    assert [e.text for e in result.events] == ["ratio NaN", "big"]
    assert result.skipped[0].reason.startswith("not valid JSON (")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (("00.100", "Ana", "DB  down"), ("00.900", "ana", "db down"), True),
        (("00.900", "Ana", "DB down"), ("01.000", "Ana", "DB down"), False),
        (("00", None, "DB down"), ("00", "", "DB down"), True),
        (("00", "Ana", "DB down"), ("00", "Ana", "DB up"), False),
    ],
)
def test_identity_agrees_with_the_stored_fingerprint(
    first: tuple[str, str | None, str], second: tuple[str, str | None, str], same: bool
) -> None:
    def event(second: str, author: str | None, text: str) -> ImportedEvent:
        moment = f"2023-06-14T14:00:{second}Z"
        return ImportedEvent(
            time_utc=datetime.fromisoformat(moment),
            original_time=moment,
            source_zone="UTC",
            zone_assumed=False,
            source="log",
            author=author,
            text=text,
            kind="log",
            native_id=None,
        )

    a, b = event(*first), event(*second)
    assert (a.identity == b.identity) is same
    assert (a.fingerprint == b.fingerprint) is same


def test_json_lines_fields_fall_back_where_the_usual_key_gives_nothing(
    run_import: Run, tmp_path: Path
) -> None:
    # Each shape reads its usual first keys at once; these lines leave that nothing
    # to read (null, "", a plain value where an object was expected, a deeper path,
    # one top-level key only), and each field still comes from its next candidate.
    at = "2023-06-14T14:05:00Z"
    records: list[dict[str, object]] = [
        {"@timestamp": at, "msg": "host as text", "host": "web-1"},
        {"@timestamp": at, "message": None, "msg": "message null"},
        {"@timestamp": at, "message": "", "msg": "message empty"},
        {"@timestamp": at, "message": "service empty", "service": {"name": ""}, "name": "svc"},
        {"@timestamp": at, "jsonPayload": {"message": "only the time on top"}},
        {"@timestamp": at, "message": "pod", "kubernetes": {"pod": {"name": "pod-1"}}},
        {"@timestamp": at, "message": "id", "event": {"id": 7}, "host": {"name": "h2"}},
        {},
        {"@timestamp": None, "time": at, "message": "time from the next key"},
    ]
    path = _write(tmp_path, "fields.jsonl", [json.dumps(record) for record in records])
    result = run_import(path, format="jsonl")
    assert [(e.text, e.source, e.author, e.native_id) for e in result.events] == [
        ("host as text", "log web-1", "web-1", None),
        ("message null", "log fields.jsonl", None, None),
        ("message empty", "log fields.jsonl", None, None),
        ("service empty", "log fields.jsonl", "svc", None),
        ("only the time on top", "log fields.jsonl", None, None),
        ("pod", "log fields.jsonl", "pod-1", None),
        ("id", "log h2", "h2", "7"),
        ("time from the next key", "log fields.jsonl", None, None),
    ]
    assert [(s.line, s.reason) for s in result.skipped] == [(8, "no timestamp field")]


def test_lines_are_numbered_and_capped_across_the_blocks_read(tmp_path: Path) -> None:
    # Lines are read in blocks: lines that span blocks, one at the cap and one past
    # it are numbered, kept and skipped as when each line was read on its own.
    lines = [b"a\n", b"b" * MAX_LINE_BYTES + b"\n", b"c" * (MAX_LINE_BYTES + 1) + b"\n", b"d"]
    overlong: list[int] = []
    read = list(iter_lines(io.BufferedReader(io.BytesIO(b"".join(lines))), overlong.append))
    assert read == [(1, lines[0]), (2, lines[1]), (4, lines[3])]
    assert overlong == [3]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),  # second
            st.integers(0, 999_999),  # microsecond
            st.sampled_from([None, "", "Ana", "ana", " Ana"]),
            st.sampled_from(["DB down", "db  down", "DB down ", "DB up", "Ärger", "A\u0308rger"]),
        ),
        max_size=40,
    ),
    st.booleans(),
    st.one_of(st.none(), st.sets(st.integers(0, 40))),
)
def test_an_import_keeps_the_first_of_each_identity_in_order_or_not(
    raw: list[tuple[int, int, str | None, str]], in_order: bool, ticks: set[int] | None
) -> None:
    # Read in time order (as logs mostly are), only the latest second's events are
    # compared; out of order, every kept one. Either way: the first of each identity.
    if in_order:
        raw = sorted(raw, key=lambda item: (item[0], item[1]))
    events = [
        ImportedEvent(
            datetime(2023, 6, 14, 14, 0, second, micro, tzinfo=UTC),
            "t",
            "UTC",
            False,
            "log",
            author,
            text,
            "log",
            None,
        )
        for second, micro, author, text in raw
    ]
    sink = Sink(ImportOptions(format="jsonl"))
    # Handed to `add` one by one, or to the collector of large imports, whose events
    # are added at each block read (a tick) and when the sink is asked.
    add = sink.add if ticks is None else sink.collector()
    for number, event in enumerate(events):
        add(event)
        if ticks is not None and number in ticks:
            sink.tick(0)
    sink.tick(0)
    seen: set[Identity] = set()
    expected = [e for e in events if not (e.identity in seen or seen.add(e.identity))]
    assert sink.events == expected
    assert sink.duplicates == len(events) - len(expected)
