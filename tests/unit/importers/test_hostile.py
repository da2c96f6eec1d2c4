"""Hostile input gives one clear UserFacingError: never a crash, hang or memory blow-up."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pmdesk.errors import UserFacingError
from pmdesk.importers import FORMATS, ImportResult, detect_format

from .conftest import DATA

Run = Callable[..., ImportResult]
JSON_DOCUMENT_FORMATS = ("teams", "discord", "k8s-events", "pagerduty", "opsgenie", "github")


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
def test_empty_file(run_import: Run, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    with pytest.raises(UserFacingError, match="empty"):
        run_import(path, format=fmt, tz="UTC")


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
def test_whitespace_only_file(run_import: Run, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "blank.log"
    path.write_bytes(b"\n\n   \r\n")
    with pytest.raises(UserFacingError):
        run_import(path, format=fmt, tz="UTC")


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
def test_binary_data_named_json(run_import: Run, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(UserFacingError, match="binary"):
        run_import(path, format=fmt, tz="UTC")


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
def test_invalid_utf8_everywhere(run_import: Run, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b"\xff\xfe\xfa\xc3\x28\xa0\xa1" * 2000)
    with pytest.raises(UserFacingError):
        run_import(path, format=fmt, tz="UTC")


@pytest.mark.parametrize(
    "fmt", ["auto", *JSON_DOCUMENT_FORMATS, "jsonl", "journald", "mattermost", "slack"]
)
@pytest.mark.parametrize("opener", ["[", '{"value": ', '{"items": [', '{"messages": ['])
def test_json_nested_10000_deep(run_import: Run, tmp_path: Path, fmt: str, opener: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(opener + "[" * 10_000 + "]" * 10_000 + ("]" if "[" in opener[1:] else "") + "}")
    with pytest.raises(UserFacingError):
        run_import(path, format=fmt, tz="UTC")


def test_json_nested_deep_single_line_is_skipped(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(
        '{"@timestamp":"2023-06-14T14:05:00Z","message":"ok"}\n'
        + '{"a":'
        + "[" * 10_000
        + "]" * 10_000
        + "}\n"
    )
    result = run_import(path)
    assert [e.text for e in result.events] == ["ok"]
    assert result.skipped[0].reason == "JSON nested too deeply"


def test_truncated_json_document_keeps_earlier_records(run_import: Run, tmp_path: Path) -> None:
    text = (DATA / "pagerduty_log_entries.json").read_text()
    path = tmp_path / "cut.json"
    path.write_text(text[: text.index('"RTRIGGER')])
    result = run_import(path, format="pagerduty")
    assert len(result.events) == 4
    assert any("ends early" in w for w in result.warnings)


def test_structurally_wrong_json_is_explained(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "wrong.json"
    path.write_text('{"log_entries": 5}')
    with pytest.raises(UserFacingError, match="holds no PagerDuty"):
        run_import(path, format="pagerduty")


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def test_zip_bomb_is_refused_before_reading(run_import: Run, tmp_path: Path) -> None:
    bomb = _zip(
        tmp_path / "bomb.zip",
        {"users.json": b"[]", "general/2023-06-14.json": b"[" + b" " * (64 * 1024 * 1024) + b"]"},
    )
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(UserFacingError, match="decompression bomb"):
        run_import(bomb)
    with pytest.raises(UserFacingError, match="decompression bomb"):
        detect_format(bomb)


@pytest.mark.parametrize(
    "name", ["../evil/2023-06-14.json", "/etc/2023-06-14.json", "a/../../b.json", "C:\\x.json"]
)
def test_zip_slip_names_are_refused(run_import: Run, tmp_path: Path, name: str) -> None:
    archive = _zip(tmp_path / "slip.zip", {"users.json": b"[]", name: b"[]"})
    with pytest.raises(UserFacingError, match="unsafe path"):
        run_import(archive)


def test_truncated_zip(run_import: Run, tmp_path: Path) -> None:
    good = _zip(tmp_path / "good.zip", {"general/2023-06-14.json": b"[]" * 1000})
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:-30])
    with pytest.raises(UserFacingError, match="not a complete zip"):
        run_import(cut)


def test_nested_archives_are_not_opened(run_import: Run, tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("general/2023-06-14.json", b"[]")
    outer = _zip(tmp_path / "outer.zip", {"inner.zip": inner.getvalue()})
    with pytest.raises(UserFacingError):
        run_import(outer)


def test_missing_path(run_import: Run, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="does not exist"):
        run_import(tmp_path / "nope.json")


def test_unknown_format_name(run_import: Run) -> None:
    with pytest.raises(UserFacingError, match="not an import format"):
        run_import("ecs.jsonl", format="fax")


def test_urls_in_files_are_never_fetched(run_import: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    result = run_import("slack_export")
    assert any("https://grafana.example.com" in e.text for e in result.events)


def test_zip_member_that_lies_about_its_size(run_import: Run, tmp_path: Path) -> None:
    real = b'[{"type": "message", "ts": "1686751502.000100", "text": "x"}]' + b" " * 200_000
    good = _zip(tmp_path / "good.zip", {"users.json": b"[]", "general/2023-06-14.json": real})
    data = bytearray(good.read_bytes())
    size = len(real).to_bytes(4, "little")
    # Patch the uncompressed size in the local header and the central directory.
    for index in [i for i in range(len(data) - 4) if data[i : i + 4] == size]:
        data[index : index + 4] = (100).to_bytes(4, "little")
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(data))
    with pytest.raises(UserFacingError):
        run_import(liar)


def test_file_named_gz_that_is_not_gzip(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "syslog.1.gz"
    path.write_text("Jun 14 16:05:02 h app: plain text\n")
    with pytest.raises(UserFacingError, match="could not be read"):
        run_import(path, format="syslog", tz="UTC", reference_year=2023)


def test_truncated_gzip(run_import: Run, tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "syslog.2.gz"
    path.write_bytes(gzip.compress(b"Jun 14 16:05:02 h app: x\n" * 5000)[:-200])
    with pytest.raises(UserFacingError, match="damaged or incomplete"):
        run_import(path, format="syslog", tz="UTC", reference_year=2023)


@pytest.mark.parametrize("fmt", ["access-log", "logfmt", "csv", "syslog", "notes", "auto"])
def test_pathological_long_lines_finish_quickly(run_import: Run, tmp_path: Path, fmt: str) -> None:
    """Quote and backslash runs that make naive regexes backtrack stay linear."""
    import time

    path = tmp_path / "evil.log"
    path.write_bytes(
        b'1.2.3.4 - - [14/Jun/2023:16:05:02 +0200] "' + b"\\" * 3_000_000 + b"x\n"
        b"ts=1 " + b'a="\\' * 200_000 + b"\n" + b'"' * 60_000 + b"\n"
    )
    started = time.perf_counter()
    try:
        run_import(path, format=fmt, tz="UTC", reference_year=2023, date=None)
    except UserFacingError:
        pass
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("name", "fmt", "content"),
    [
        ("a.jsonl", "jsonl", '{"@timestamp": "0001-01-01T00:00:00+01:00", "message": "x"}\n'),
        ("b.jsonl", "jsonl", '{"time": "9999-12-31T23:59:59-01:00", "msg": "x"}\n'),
        ("c.log", "syslog", "0001-01-01T00:00:00+05:00 h app: x\n"),
        ("d.log", "access-log", '1 - - [01/Jan/0001:00:00:00 +0100] "GET /" 500 1\n'),
        ("e.csv", "csv", "time,text\n0001-01-01T00:30:00+01:00,x\n01.01.0001 00:10,y\n"),
        ("f.json", "teams", '[{"createdDateTime": "0001-01-01T00:00:00+14:00", "body": {}}]'),
    ],
)
def test_times_at_the_edge_of_the_calendar(
    run_import: Run, tmp_path: Path, name: str, fmt: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(UserFacingError):
        run_import(path, format=fmt, tz="Pacific/Kiritimati", reference_year=2023)


def test_implausible_window_and_years(run_import: Run) -> None:
    from datetime import UTC, datetime

    with pytest.raises(UserFacingError, match="not plausible"):
        run_import("ecs.jsonl", since=datetime(1, 1, 1, tzinfo=UTC))
    with pytest.raises(UserFacingError, match="not plausible"):
        run_import("syslog.log", tz="UTC", reference_year=9999)


def test_non_finite_numbers(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "nan.jsonl"
    path.write_text(
        '{"time": 1686751502000, "level": NaN, "msg": "nan level"}\n'
        '{"time": Infinity, "msg": "infinite time"}\n'
        '{"time": 1686751503000, "level": -Infinity, "msg": "ok"}\n'
    )
    result = run_import(path)
    assert [e.text for e in result.events] == ["nan level", "ok"]
    assert [e.level for e in result.events] == [None, None]
    assert result.skipped[0].line == 2


def test_unicode_digits_are_not_numbers(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "digits.jsonl"
    path.write_text(
        '{"time": "\u00b2\u00b2\u00b2\u00b2\u00b2", "msg": "superscripts"}\n'
        '{"time": "2023-06-14T14:05:02Z", "level": "\u00b3", "msg": "ok"}\n'
    )
    result = run_import(path)
    assert [e.text for e in result.events] == ["ok"]
    csv_path = tmp_path / "digits.csv"
    csv_path.write_text("time,text\n\u00b2\u00b2\u00b2\u00b2\u00b2,x\n2023-06-14T14:05:02Z,y\n")
    assert [e.text for e in run_import(csv_path).events] == ["y"]
    journal = tmp_path / "j.json"
    journal.write_text(
        '{"__REALTIME_TIMESTAMP": "1686751502000000", "PRIORITY": "\u00b9", "MESSAGE": "m"}\n'
    )
    assert run_import(journal).events[0].level is None


def test_html_parser_give_up_is_handled() -> None:
    from pmdesk.importers._html import html_to_text

    assert html_to_text("<p>a</p><![foo[ b &amp; c") == "a <![foo[ b & c"


def test_deep_json_inside_a_slack_zip(run_import: Run, tmp_path: Path) -> None:
    deep = b"[" * 10_000 + b"]" * 10_000
    good = b'[{"type": "message", "ts": "1686751502.000100", "text": "fine", "user": "U1"}]'
    archive = _zip(
        tmp_path / "deep.zip",
        {"users.json": deep, "a/2023-06-14.json": deep, "b/2023-06-14.json": good},
    )
    result = run_import(archive)
    assert [e.text for e in result.events] == ["fine"]
    assert result.skipped_count == 1
    assert any("users.json" in w for w in result.warnings)
