"""Fuzz every importer: only UserFacingError may escape; otherwise a result with skips."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.errors import UserFacingError
from pmdesk.importers import FORMATS, ImportOptions, ImportResult, _common, import_path

OPTIONS = ImportOptions(tz="Europe/Berlin", date=date(2023, 6, 14), reference_year=2023)
WINDOWED = ImportOptions(
    tz="UTC",
    since=datetime(2023, 6, 14, 0, 0, tzinfo=UTC),
    until=datetime(2023, 6, 15, 0, 0, tzinfo=UTC),
    date=date(2023, 6, 14),
)
FUZZ = settings(
    max_examples=int(os.environ.get("PMDESK_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Field names the importers look at, so random documents reach deep into their code.
KEYS = [
    "ts",
    "type",
    "subtype",
    "user",
    "text",
    "user_profile",
    "bot_profile",
    "attachments",
    "files",
    "thread_ts",
    "edited",
    "id",
    "messageType",
    "createdDateTime",
    "lastEditedDateTime",
    "deletedDateTime",
    "from",
    "body",
    "content",
    "contentType",
    "eventDetail",
    "replies",
    "post",
    "direct_post",
    "create_at",
    "message",
    "channel",
    "channel_members",
    "props",
    "edit_at",
    "version",
    "timestamp",
    "timestampEdited",
    "author",
    "name",
    "nickname",
    "embeds",
    "guild",
    "messages",
    "__REALTIME_TIMESTAMP",
    "_SOURCE_REALTIME_TIMESTAMP",
    "MESSAGE",
    "PRIORITY",
    "_HOSTNAME",
    "SYSLOG_IDENTIFIER",
    "__CURSOR",
    "@timestamp",
    "log.level",
    "msg",
    "level",
    "time",
    "event",
    "log",
    "stream",
    "firstTimestamp",
    "lastTimestamp",
    "eventTime",
    "involvedObject",
    "regarding",
    "reason",
    "count",
    "note",
    "series",
    "metadata",
    "creationTimestamp",
    "items",
    "log_entries",
    "created_at",
    "summary",
    "agent",
    "data",
    "createdAt",
    "owner",
    "offset",
    "workflow_runs",
    "run_number",
    "status",
    "conclusion",
    "updated_at",
    "run_started_at",
    "actor",
    "sha",
    "environment",
    "state",
    "deployment_url",
    "creator",
    "value",
    "@odata.nextLink",
]

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),  # NaN and Infinity too: Python's json reads and writes them
    st.text(max_size=30),
    st.sampled_from(
        [
            "2023-06-14T14:05:02Z",
            "2023-06-14T16:05:02+02:00",
            "2023-06-14 16:05:02",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-01:00",
            "2023-03-26T02:30:00",
            "1686751502.118204",
            "1686751502118204",
            "1686751502118",
            "Warning",
            "trigger_log_entry",
            "annotate_log_entry",
            "systemEventMessage",
            "html",
            "<p>x&nbsp;<at>y</at></p>",
            "<@U1|a> <#C1> <https://x|y>",
            "completed",
            "",
        ]
    ),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children, max_size=6
        ),
    ),
    max_leaves=25,
)
LIST_KEYS = ("value", "messages", "items", "log_entries", "data", "workflow_runs", "notes")


def _run(fmt: str, name: str, payload: bytes, options: ImportOptions = OPTIONS) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(payload)
        try:
            result = import_path(path, ImportOptions(**{**options.__dict__, "format": fmt}))
        except UserFacingError as exc:
            message = str(exc)
        else:
            _check(result)
            return
    assert message.strip()


def _check(result: ImportResult) -> None:
    assert result.skipped_count >= len(result.skipped)
    assert len(result.skipped) <= 20
    for event in result.events:
        assert event.time_utc.tzinfo is UTC
        assert isinstance(event.text, str)
        assert len(event.fingerprint) == 64


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
@FUZZ
@given(payload=st.binary(max_size=600))
def test_random_bytes(fmt: str, payload: bytes) -> None:
    _run(fmt, "input.json", payload)


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
@FUZZ
@given(
    lines=st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=80), max_size=12),
    prefix=st.sampled_from(
        [
            "",
            "Jun 14 16:05:02 h app: ",
            "Feb 30 25:61:61 h app: ",
            "<13>1 ",
            "<999>1 2023-06-14T14:05:02Z h a - - ",
            "ts=",
            "10:05 a: ",
            "10:05:99 a: ",
            "2023-02-30 10:05 a: ",
            "1.2.3.4 - - [",
            "1.2.3.4 - - [31/Feb/2023:25:00:00 +9999] ",
            "2023/02/30 10:00:00 [error] 1#1: ",
            "[Wed Feb 30 10:00:00 2023] [error] ",
            "--- Day changed Wed Jan 01 2025\n23:47 <@",
            "--- Log opened Fri Feb 30 25:00:00 2025\n99:99  * ",
            "2024-12-31 23:50:02\t@",
            "2024-02-30 23:50:02Z\t-->\t",
            "[31.12.24, 23:52:10] ",
            "\u200e[13/13/24, 9:99:10\u202fPM] ",
            "12/31/24, 11:55\u202fPM - ",
        ]
    ),
)
def test_random_text_lines(fmt: str, lines: list[str], prefix: str) -> None:
    _run(fmt, "input.log", "\n".join(prefix + line for line in lines).encode())


@pytest.mark.parametrize("fmt", ["auto", *FORMATS])
@FUZZ
@given(
    records=st.lists(JSON_VALUES, max_size=6),
    wrapper=st.sampled_from(("lines", "array", *LIST_KEYS)),
    windowed=st.booleans(),
    streamed=st.booleans(),
)
def test_random_json_structures(
    fmt: str, records: list[Any], wrapper: str, windowed: bool, streamed: bool
) -> None:
    if wrapper == "lines":
        payload = "\n".join(json.dumps(r) for r in records)
    elif wrapper == "array":
        payload = json.dumps(records)
    else:
        payload = json.dumps({wrapper: records, "guild": {"name": "g"}, "channel": {"name": "c"}})
    previous = _common.SMALL_DOCUMENT
    _common.SMALL_DOCUMENT = 0 if streamed else previous  # exercise the ijson path too
    try:
        _run(fmt, "input.json", payload.encode(), WINDOWED if windowed else OPTIONS)
    finally:
        _common.SMALL_DOCUMENT = previous


@FUZZ
@given(
    days=st.lists(JSON_VALUES, max_size=4),
    users=JSON_VALUES,
)
def test_random_slack_zip(days: list[Any], users: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("users.json", json.dumps(users))
            archive.writestr("channels.json", json.dumps(users))
            for index, day in enumerate(days):
                archive.writestr(f"general/2023-06-{index + 10}.json", json.dumps(day))
        try:
            result = import_path(path, ImportOptions())
        except UserFacingError:
            return
        _check(result)


@FUZZ
@given(
    stamps=st.lists(
        st.tuples(
            st.datetimes(
                min_value=datetime(2023, 6, 14, 10, 0),  # noqa: DTZ001
                max_value=datetime(2023, 6, 14, 18, 0),  # noqa: DTZ001
            ),
            st.sampled_from(["Z", "+02:00", "-05:30", "+00:00"]),
            st.sampled_from(["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"]),
        ),
        min_size=1,
        max_size=30,
    ),
    since_minutes=st.integers(min_value=0, max_value=480),
    length_minutes=st.integers(min_value=0, max_value=240),
)
def test_raw_line_prefilter_matches_full_parsing(
    stamps: list[tuple[datetime, str, str]], since_minutes: int, length_minutes: int
) -> None:
    """The cheap window test on the raw line keeps exactly what full parsing keeps."""
    since = datetime(2023, 6, 14, 8, 0, tzinfo=UTC) + timedelta(minutes=since_minutes)
    until = since + timedelta(minutes=length_minutes)
    first, last = [], []
    for index, (moment, offset, pattern) in enumerate(stamps):
        stamp = moment.strftime(pattern) + offset
        first.append(json.dumps({"@timestamp": stamp, "message": f"m{index}"}))
        last.append(json.dumps({"message": f"m{index}", "@timestamp": stamp}))
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for name, lines in (("first.jsonl", first), ("last.jsonl", last)):
            path = Path(folder) / name
            path.write_text("\n".join(lines) + "\n")
            try:
                result = import_path(path, ImportOptions(since=since, until=until))
            except UserFacingError:
                results.append(None)  # nothing in the window and nothing skipped
                continue
            results.append(sorted(e.text for e in result.events))
    assert results[0] == results[1]


@FUZZ
@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from(
                ["$time_local", "$status", "$request", "$remote_addr", "%t", "%>s", '"', "[", "]"]
            ),
            st.text(max_size=6),
        ),
        max_size=10,
    ),
    line=st.text(max_size=120),
)
def test_access_log_formats_compile_or_explain(pieces: list[str], line: str) -> None:
    from pmdesk.importers.accesslog import _parse_custom, compile_access_format

    try:
        pattern = compile_access_format(" ".join(pieces))
    except UserFacingError:
        return
    _parse_custom(line, pattern)


@FUZZ
@given(
    markup=st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<",
                    ">",
                    "<!",
                    "<![",
                    "[",
                    "]]>",
                    "<!--",
                    "-->",
                    "&",
                    "&#",
                    ";",
                    "<p>",
                    "</",
                    '<emoji alt="x">',
                    "<at>",
                    "</at>",
                    "<script>",
                    '"',
                    "<br/>",
                    "&nbsp;",
                ]
            ),
            st.text(max_size=5),
        ),
        max_size=20,
    ).map("".join)
)
def test_html_to_text_never_fails(markup: str) -> None:
    from pmdesk.importers._html import html_to_text

    assert isinstance(html_to_text(markup), str)


def _small_slack_zip() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("users.json", b'[{"id": "U1", "name": "a"}]')
        archive.writestr(
            "general/2023-06-14.json",
            b'[{"type": "message", "ts": "1686751502.000100", "text": "hi", "user": "U1"}]',
        )
    return buffer.getvalue()


SMALL_ZIP = _small_slack_zip()


@FUZZ
@given(
    mutations=st.lists(
        st.tuples(st.integers(0, len(SMALL_ZIP) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.integers(0, len(SMALL_ZIP))),
)
def test_damaged_zip_archives(mutations: list[tuple[int, int]], cut: int | None) -> None:
    data = bytearray(SMALL_ZIP)
    for position, value in mutations:
        data[position] = value
    _run("auto", "export.zip", bytes(data[:cut] if cut is not None else data))
