"""One test (or a few) per format, on sample files written to the real layouts."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pmdesk.errors import UserFacingError
from pmdesk.importers import FORMATS, CsvMapping, ImportResult, detect_format

from .conftest import DATA

Run = Callable[..., ImportResult]


def _texts(result: ImportResult) -> list[str]:
    return [e.text for e in result.events]


def test_formats_list_is_complete() -> None:
    expected = (
        "slack teams mattermost discord notes irc whatsapp journald syslog jsonl logfmt access-log "
        "k8s-events pagerduty opsgenie github csv"
    )
    assert list(FORMATS) == expected.split()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("slack_export", "slack"),
        ("teams_chat.json", "teams"),
        ("mattermost_export.jsonl", "mattermost"),
        ("discord_export.json", "discord"),
        ("notes.txt", "notes"),
        ("journal.json", "journald"),
        ("syslog.log", "syslog"),
        ("ecs.jsonl", "jsonl"),
        ("app.logfmt", "logfmt"),
        ("access.log", "access-log"),
        ("nginx_error.log", "access-log"),
        ("k8s_events.json", "k8s-events"),
        ("k8s_events_v1.json", "k8s-events"),
        ("pagerduty_log_entries.json", "pagerduty"),
        ("opsgenie_alert_logs.json", "opsgenie"),
        ("github_deployments.json", "github"),
        ("github_statuses.json", "github"),
        ("github_runs.json", "github"),
        ("changelog_de.csv", "csv"),
        ("excel_unicode.txt", "csv"),
    ],
)
def test_detect_format(name: str, expected: str) -> None:
    found, confidence = detect_format(DATA / name)
    assert found == expected
    assert 0.5 <= confidence <= 1.0


def test_every_time_is_aware_utc(run_import: Run) -> None:
    for name in ("ecs.jsonl", "journal.json", "pagerduty_log_entries.json", "slack_export"):
        for event in run_import(name).events:
            assert event.time_utc.utcoffset() is not None
            assert event.time_utc.tzinfo is UTC


# --- Slack ----------------------------------------------------------------------


def test_slack_folder(run_import: Run) -> None:
    result = run_import("slack_export")
    assert result.format == "slack"
    by_ts = {e.original_time: e for e in result.events}
    root = by_ts["1686751502.118204"]
    assert root.time_utc == datetime(2023, 6, 14, 14, 5, 2, 118204, tzinfo=UTC)
    assert root.author == "ana"
    assert root.source == "slack #inc-db-failover"
    assert root.native_id == "slack:C05R1INC01:1686751502.118204"
    assert root.text == (
        "Primary #inc-db-failover is down, see the dashboard "
        "(https://grafana.example.com/d/db?from=1&to=2) & logs. @here"
    )
    reply = by_ts["1686751620.000200"]
    assert reply.author == "Ben Okafor"  # users.json real_name (display_name is empty)
    assert "@ana please watch" in reply.text
    assert set(reply.flags) >= {"thread_reply", "edited"}
    bot = by_ts["1686751650.000300"]
    assert bot.author == "PagerDuty"
    assert bot.text == "Triggered #1234: Primary database unreachable"
    assert "bot" in bot.flags
    assert by_ts["1686751700.000400"].text == "Here is the error [file: pg_error.png]"
    assert by_ts["1686751800.000500"].author == "vera"  # Slack Connect: user_profile only
    join = by_ts["1686751260.000100"]
    assert join.kind == "note"
    assert join.text == "@ana has joined the channel"
    assert "1686751850.000600" not in by_ts  # tombstone
    assert all(e.zone_assumed is False and e.source_zone == "UTC" for e in result.events)


def test_slack_zip_and_channel_selection(run_import: Run, tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in (DATA / "slack_export").rglob("*.json"):
            zf.write(file, file.relative_to(DATA / "slack_export").as_posix())
    assert detect_format(archive) == ("slack", 0.98)
    everything = run_import(archive)
    assert len(everything.events) == 8
    only = run_import(archive, channels=frozenset({"#inc-db-failover"}))
    assert {e.source for e in only.events} == {"slack #inc-db-failover"}
    assert len(only.events) == 7
    with pytest.raises(UserFacingError, match="general, inc-db-failover"):
        run_import(archive, channels=frozenset({"nope"}))


def test_slack_single_day_file(run_import: Run, tmp_path: Path) -> None:
    folder = tmp_path / "inc-db-failover"
    folder.mkdir()
    shutil.copy(DATA / "slack_export/inc-db-failover/2023-06-14.json", folder / "2023-06-14.json")
    result = run_import(folder / "2023-06-14.json", format="slack")
    assert {e.source for e in result.events} == {"slack #inc-db-failover"}
    assert len(result.events) == 6


def test_slack_mrkdwn_decoding() -> None:
    from pmdesk.importers.slack import decode_mrkdwn

    users = {"U1": "ana"}
    channels = {"C1": "ops"}
    assert decode_mrkdwn("<@U1> <@U2|bob> <@U3>", users, channels) == "@ana @bob @U3"
    assert decode_mrkdwn("<#C1> <#C9|war-room>", users, channels) == "#ops #war-room"
    assert decode_mrkdwn("<!here> <!channel> <!subteam^S1|@dba>", users, channels) == (
        "@here @channel @dba"
    )
    assert decode_mrkdwn("<https://x.io/a?b=1&amp;c=2>", users, channels) == (
        "https://x.io/a?b=1&c=2"
    )
    assert decode_mrkdwn("<mailto:a@b.c|a@b.c>", users, channels) == "a@b.c"
    assert decode_mrkdwn("1 &lt; 2 &amp;&amp; 3 &gt; 2", users, channels) == "1 < 2 && 3 > 2"


# --- Teams / Mattermost / Discord / notes -------------------------------------


def test_teams(run_import: Run) -> None:
    result = run_import("teams_chat.json")
    texts = _texts(result)
    assert texts == [
        "Alert fired: DB CPU > 95%",
        "System: members added: Robin Kline",
        "Ana I'm on it <db-02>\nstep 2 🔥",
    ]
    assert [e.author for e in result.events] == ["Azure Monitor", "Ana Silva", "Robin Kline"]
    assert result.events[2].native_id == "teams:1686751620000"
    assert "edited" in result.events[2].flags
    assert any("nextLink" in w for w in result.warnings)
    assert any("deleted" in w for w in result.warnings)


def test_teams_bare_array(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "msgs.json"
    path.write_text(
        '[{"id": "1", "messageType": "message", "createdDateTime": "2023-06-14T14:05:00Z",'
        ' "from": {"user": {"displayName": "Ana"}},'
        ' "body": {"contentType": "html", "content": "<p>a&nbsp;b</p><p>c</p>"}}]'
    )
    result = run_import(path, format="teams")
    assert _texts(result) == ["a b\n\nc"]


def test_mattermost(run_import: Run) -> None:
    result = run_import("mattermost_export.jsonl")
    by_text = {e.text: e for e in result.events}
    assert by_text["DB primary down, starting failover"].author == "Ana Silva"
    assert by_text["DB primary down, starting failover"].time_utc == datetime(
        2023, 6, 14, 14, 5, 2, 118000, tzinfo=UTC
    )
    reply = by_text["replica promoted"]
    assert reply.author == "Benny"
    assert set(reply.flags) == {"thread_reply", "edited"}
    assert by_text["[FIRING:1] PostgresDown"].author == "alertbot"
    assert by_text["call me"].source == "mattermost dm ana, ben"
    assert [s.line for s in result.skipped] == [11, 12]
    selected = _texts(run_import("mattermost_export.jsonl", channels=frozenset({"incident-42"})))
    assert "lunch?" not in selected
    assert "call me" not in selected


def test_mattermost_zip(run_import: Run, tmp_path: Path) -> None:
    archive = tmp_path / "mm_export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(DATA / "mattermost_export.jsonl", "import.jsonl")
        zf.writestr("data/attachments/a.png", b"\x89PNG")
    assert detect_format(archive)[0] == "mattermost"
    assert len(run_import(archive).events) == 5


def test_discord(run_import: Run) -> None:
    result = run_import("discord_export.json")
    first, second, third = result.events
    assert first.author == "Cus Tomer"
    assert first.original_time == "2023-06-14T16:05:02.118+02:00"
    assert first.source_zone == "+02:00"
    assert first.time_utc == datetime(2023, 6, 14, 14, 5, 2, 118000, tzinfo=UTC)
    assert first.source == "discord Shop Community #status"
    assert second.text == "Incident: Checkout errors\nWe are investigating. [file: graph.png]"
    assert set(second.flags) == {"edited", "bot"}
    assert third.kind == "note"
    assert result.skipped_count == 1


def test_notes_need_zone_and_date(run_import: Run) -> None:
    with pytest.raises(UserFacingError, match="time zone"):
        run_import("notes.txt", format="notes", date=date(2023, 6, 14))
    with pytest.raises(UserFacingError, match="no date"):
        run_import("notes.txt", format="notes", tz="Europe/Berlin")
    result = run_import("notes.txt", format="notes", tz="Europe/Berlin", date=date(2023, 6, 14))
    assert [(e.original_time, e.author) for e in result.events] == [
        ("09:58", "Ana"),
        ("10:02", "Ben"),
        ("10:05", "Ana"),
        ("10:07", "Ben"),
    ]
    assert result.events[0].time_utc == datetime(2023, 6, 14, 7, 58, tzinfo=UTC)
    assert result.events[1].text == "failover started\n  continuing: replication lag was 30s"
    assert all(e.zone_assumed and e.source_zone == "Europe/Berlin" for e in result.events)


def test_notes_date_from_window_and_midnight(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("23:50 Ana: late\n00:10 Ben: after midnight\n")
    since = datetime(2023, 6, 14, 20, 0, tzinfo=UTC)
    result = run_import(path, format="notes", tz="UTC", since=since)
    assert [e.time_utc for e in result.events] == [
        datetime(2023, 6, 14, 23, 50, tzinfo=UTC),
        datetime(2023, 6, 15, 0, 10, tzinfo=UTC),
    ]
    assert "date_inferred" in result.events[1].flags


# --- host and application logs -------------------------------------------------


def test_journald(run_import: Run) -> None:
    result = run_import("journal.json")
    texts = _texts(result)
    assert texts == ["FATAL:  the database system is shutting down", "OOM kill", "Café"]
    first = result.events[0]
    assert first.original_time == "1686751502118204"
    assert first.time_utc == datetime(2023, 6, 14, 14, 5, 2, 118204, tzinfo=UTC)
    assert first.level == "error"
    assert first.source == "journald db-01"
    assert first.author == "postgres@db-01"
    # _SOURCE_REALTIME_TIMESTAMP wins over the receive time
    assert result.events[1].original_time == "1686751502999000"
    assert result.duplicates_dropped == 1  # same __CURSOR twice
    assert [s.line for s in result.skipped] == [4, 6]


def test_journald_pretty_and_seq(run_import: Run, tmp_path: Path) -> None:
    pretty = tmp_path / "pretty.json"
    pretty.write_text(
        '{\n\t"__REALTIME_TIMESTAMP" : "1686751502000000",\n\t"MESSAGE" : "one"\n}\n'
        '{\n\t"__REALTIME_TIMESTAMP" : "1686751503000000",\n\t"MESSAGE" : "two"\n}\n'
    )
    assert _texts(run_import(pretty, format="journald")) == ["one", "two"]
    seq = tmp_path / "seq.json"
    seq.write_bytes(b'\x1e{"__REALTIME_TIMESTAMP":"1686751502000000","MESSAGE":"s"}\n')
    assert _texts(run_import(seq, format="journald")) == ["s"]


def test_syslog(run_import: Run) -> None:
    result = run_import("syslog.log", tz="Europe/Berlin", reference_year=2023)
    by_author = {e.author: e for e in result.events}
    pg = by_author["postgres@db-01"]
    assert pg.original_time == "Jun 14 16:05:02"
    assert pg.time_utc == datetime(2023, 6, 14, 14, 5, 2, tzinfo=UTC)
    assert pg.zone_assumed
    assert pg.source_zone == "Europe/Berlin"
    assert "year_inferred" in pg.flags
    assert by_author["su@db-01"].text == "pam_unix(su:session): session opened\nsecond line"
    patroni = by_author["patroni@db-02"]
    assert patroni.text == "promoted to leader"
    assert patroni.level == "notice"
    assert not patroni.zone_assumed
    iso = by_author["systemd@db-02"]
    assert iso.source_zone == "+02:00"
    assert iso.time_utc == datetime(2023, 6, 14, 14, 5, 7, 118204, tzinfo=UTC)
    assert [(s.line, s.reason) for s in result.skipped] == [
        (4, "not a syslog line"),
        (7, "the line has no timestamp (-)"),
    ]


def test_syslog_5424_only_needs_no_zone(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "s.log"
    path.write_text(
        "\ufeff<14>1 2023-06-14T14:05:05Z web-1 nginx - - - \ufeffstarted\n"
        '<14>1 2023-06-14T14:05:06Z web-1 nginx - - [a b="c\\]"][d] msg two\n'
    )
    result = run_import(path)
    assert _texts(result) == ["started", "msg two"]


def test_jsonl_presets(run_import: Run) -> None:
    result = run_import("ecs.jsonl")
    by_author = {e.author: e for e in result.events}
    ecs = result.events[0]
    assert ecs.level == "error"
    assert ecs.source == "log app-01"
    assert "OperationalError: timeout" in ecs.text
    bunyan = by_author["checkout@app-02"]
    assert bunyan.level == "error"
    assert "Error: boom" in bunyan.text
    pino = next(e for e in result.events if e.text == "slow query")
    assert pino.time_utc == datetime(2023, 6, 14, 14, 5, 5, tzinfo=UTC)
    assert pino.level == "warning"
    structlog = by_author["cache"]
    assert structlog.text == "cache miss storm"
    docker = next(e for e in result.events if e.text == "wrapped")
    assert docker.original_time == "2023-06-14T14:05:07.123456789Z"
    assert docker.level == "error"
    assert [s.line for s in result.skipped] == [3, 8, 9]


def test_jsonl_mapping_and_naive_times(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text('{"when": "2023-06-14 16:05:04,902", "what": "custom", "sev": "WARN"}\n')
    mapping = {"time": "when", "message": "what", "level": "sev"}
    with pytest.raises(UserFacingError, match="time zone"):
        run_import(path, format="jsonl", jsonl_mapping=mapping)
    result = run_import(path, format="jsonl", jsonl_mapping=mapping, tz="Europe/Berlin")
    event = result.events[0]
    assert event.time_utc == datetime(2023, 6, 14, 14, 5, 4, 902000, tzinfo=UTC)
    assert event.zone_assumed
    assert event.level == "warning"


def test_jsonl_cri_lines(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "pod.log"
    path.write_text(
        "2023-06-14T14:05:02.118204123Z stdout P part one \n"
        "2023-06-14T14:05:02.118204999Z stdout F and two\n"
        '2023-06-14T14:05:03Z stderr F {"level":"error","msg":"json inside"}\n'
    )
    result = run_import(path, format="jsonl")
    assert _texts(result) == ["part one and two", "json inside"]


def test_logfmt(run_import: Run) -> None:
    result = run_import("app.logfmt")
    first, second, third = result.events
    assert first.author == "alertmanager"
    assert first.level == "error"
    assert second.source_zone == "+02:00"
    assert second.level == "info"
    assert third.text == 'escaped "quote" and \\ slash'
    assert [s.line for s in result.skipped] == [3, 4]


def test_logfmt_tokenizer() -> None:
    from pmdesk.importers.applogs import tokenize_logfmt

    assert tokenize_logfmt('a=1 b="x y" c= d e="q\\"q"') == {
        "a": "1",
        "b": "x y",
        "c": "",
        "d": True,
        "e": 'q"q',
    }
    with pytest.raises(ValueError, match="unterminated"):
        tokenize_logfmt('a="open')


def test_access_log_aggregates(run_import: Run) -> None:
    result = run_import("access.log")
    texts = _texts(result)
    assert texts[0].startswith("2 of 3 requests failed with 5xx (66.7%) in the minute from 14:05")
    assert "POST /api/orders (2)" in texts[0]
    # alice is signed in and her POST changes something: it is an event of its own.
    assert texts[1] == "POST /api/orders → 502"
    assert texts[2] == "First server error: 502 POST /api/orders?id=1 HTTP/2.0"
    assert result.events[2].author == "alice"
    assert result.events[2].original_time == "14/Jun/2023:16:05:02 +0200"
    assert result.events[2].source_zone == "+02:00"
    assert "Last server error: 500 GET /health HTTP/1.1" in texts
    assert [s.line for s in result.skipped] == [6]


def test_access_line_escapes() -> None:
    from pmdesk.importers.accesslog import parse_access_line

    line = parse_access_line(
        '::1 - - [14/Jun/2023:16:06:10 -0500] "GET /a\\"b HTTP/1.1" 404 - "-" "UA \\"x\\""'
    )
    assert line is not None
    assert line.request == 'GET /a"b HTTP/1.1'
    assert line.moment == datetime(2023, 6, 14, 21, 6, 10, tzinfo=UTC)


def test_error_logs_need_zone(run_import: Run) -> None:
    with pytest.raises(UserFacingError, match="time zone"):
        run_import("nginx_error.log")
    result = run_import("nginx_error.log", tz="Europe/Berlin")
    assert [e.level for e in result.events] == ["error", "warning"]
    assert result.events[0].time_utc == datetime(2023, 6, 14, 14, 5, 2, tzinfo=UTC)


# --- ops -------------------------------------------------------------------------


def test_k8s_core_v1(run_import: Run) -> None:
    result = run_import("k8s_events.json")
    scheduled, backoff = result.events
    assert scheduled.time_utc == datetime(2023, 6, 14, 14, 4, 59, 123456, tzinfo=UTC)
    assert scheduled.author == "default-scheduler"
    assert backoff.text.startswith("BackOff Pod/orders-7d9f8b-xk2lp: Back-off restarting")
    assert "seen 5 times, last at 2023-06-14T14:09:10Z" in backoff.text
    assert backoff.level == "warning"
    assert backoff.source == "k8s shop"
    assert result.skipped_count == 1


def test_k8s_events_v1(run_import: Run) -> None:
    unhealthy, scaled = run_import("k8s_events_v1.json").events
    assert unhealthy.text.startswith("Unhealthy Pod/db-0: Readiness probe failed")
    assert "seen 3 times" in unhealthy.text
    assert unhealthy.author == "kubelet"
    assert scaled.author == "deployment-controller"
    assert "seen 2 times" in scaled.text


def test_pagerduty(run_import: Run) -> None:
    result = run_import("pagerduty_log_entries.json")
    assert [e.text for e in result.events] == [
        "Triggered through the API.: Primary database unreachable",
        "Notified Ben Okafor by SMS.",
        "Acknowledged by Ben Okafor",
        "Note: Failover to db-02 completed, watching replication",
        "Resolved by Ana Silva",
    ]
    trigger = result.events[0]
    assert trigger.original_time == "2023-06-14T10:05:02-04:00"
    assert trigger.source_zone == "-04:00"
    assert trigger.time_utc == datetime(2023, 6, 14, 14, 5, 2, tzinfo=UTC)
    assert result.events[3].author == "Ben Okafor"
    assert result.events[3].kind == "note"
    assert result.events[4].native_id == "pagerduty:R2XGXEI3W0FHMRWJDWIPFGV5QR"


def test_opsgenie_offset_is_not_a_zone(run_import: Run) -> None:
    result = run_import("opsgenie_alert_logs.json")
    assert [e.text for e in result.events] == [
        "Alert created via Prometheus",
        "Alert acknowledged via web",
        "Alert closed by API",
    ]
    assert all(e.source_zone == "UTC" for e in result.events)
    assert result.events[1].author == "ben@example.com"


def test_github(run_import: Run) -> None:
    (deployment,) = run_import("github_deployments.json").events
    assert deployment.kind == "deploy"
    assert deployment.text.startswith("Deployment of v2.31.0 (a84d88e) to production created")
    statuses = run_import("github_statuses.json").events
    assert [e.text for e in statuses] == [
        "Deployment to production: in_progress",
        "Deployment to production: success (Deployment finished successfully.)",
    ]
    started, finished = run_import("github_runs.json").events
    assert started.author == "ben-okafor"
    assert started.time_utc == datetime(2023, 6, 14, 13, 57, 41, tzinfo=UTC)
    assert finished.text == "Workflow run Deploy #312 finished: success"


# --- CSV -------------------------------------------------------------------------


def test_csv_german_excel(run_import: Run) -> None:
    result = run_import(
        "changelog_de.csv",
        tz="Europe/Berlin",
        csv_mapping=CsvMapping(time="When", text=("What",), author="Who", level="Severity"),
    )
    first, second = result.events
    assert first.text == 'DB down; failover "now"\nsecond line'
    assert first.time_utc == datetime(2023, 6, 14, 14, 5, tzinfo=UTC)
    assert first.original_time == "14.06.2023 16:05"
    assert second.level == "info"
    # quoted newline: the third record starts on physical line 5
    assert [s.line for s in result.skipped] == [5, 6]


def test_csv_auto_columns_epoch_and_iso(run_import: Run) -> None:
    result = run_import("events.csv")
    assert [e.author for e in result.events] == ["ana", "ben"]
    assert "epoch_unit_guessed" in result.events[0].flags


def test_csv_date_and_time_columns_us(run_import: Run) -> None:
    result = run_import("us_dates.csv", tz="America/New_York")
    (event,) = result.events
    assert event.time_utc == datetime(2023, 6, 14, 20, 5, tzinfo=UTC)


def test_csv_utf16_tab(run_import: Run) -> None:
    result = run_import("excel_unicode.txt", format="csv", tz="UTC")
    assert _texts(result) == ["Unicode export row"]


def test_csv_ambiguous_day_order_needs_a_choice(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("time,text\n01/02/2024 10:00,x\n03/04/2024 11:00,y\n")
    with pytest.raises(UserFacingError, match="day/month or month/day"):
        run_import(path, tz="UTC")
    result = run_import(path, tz="UTC", csv_mapping=CsvMapping(day_first=True))
    assert result.events[0].time_utc == datetime(2024, 2, 1, 10, 0, tzinfo=UTC)
    result = run_import(path, tz="UTC", csv_mapping=CsvMapping(day_first=False))
    assert result.events[0].time_utc == datetime(2024, 1, 2, 10, 0, tzinfo=UTC)


def test_csv_time_format_and_epoch_unit(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("t|msg\n1686751502118|ms row\n")
    result = run_import(path, csv_mapping=CsvMapping(epoch_unit="ms", delimiter="|"))
    assert result.events[0].time_utc == datetime(2023, 6, 14, 14, 5, 2, 118000, tzinfo=UTC)
    assert result.events[0].flags == ()
    path.write_text("t,msg\n14-06-2023 16h05,custom\n")
    result = run_import(
        path,
        tz="UTC",
        csv_mapping=CsvMapping(time="t", text=("msg",), time_format="%d-%m-%Y %Hh%M"),
    )
    assert result.events[0].time_utc == datetime(2023, 6, 14, 16, 5, tzinfo=UTC)


def test_csv_missing_column_is_explained(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("foo,bar\n1,2\n")
    with pytest.raises(UserFacingError, match="time column"):
        run_import(path, format="csv")


def test_slack_blocks_only_message(run_import: Run, tmp_path: Path) -> None:
    folder = tmp_path / "alerts"
    folder.mkdir()
    (folder / "2023-06-14.json").write_text(
        """[{"type": "message", "subtype": "bot_message", "ts": "1686751502.000100",
        "bot_id": "B1", "bot_profile": {"name": "Grafana"}, "text": "",
        "blocks": [
          {"type": "header", "text": {"type": "plain_text", "text": "DB down"}},
          {"type": "section", "text": {"type": "mrkdwn", "text": "see &lt;runbook&gt;"}},
          {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": [
            {"type": "text", "text": "ping "}, {"type": "user", "user_id": "U9"},
            {"type": "emoji", "name": "fire"}]}]}
        ]}]"""
    )
    (event,) = run_import(folder / "2023-06-14.json", format="slack").events
    assert event.author == "Grafana"
    assert event.text == "DB down\nsee <runbook>\nping @U9:fire:"


def test_syslog_high_precision_traditional(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "hp.log"
    path.write_text("Jun 14 16:05:02.118204 db-01 postgres[1]: x\n")
    (event,) = run_import(path, tz="UTC", reference_year=2023).events
    assert event.time_utc == datetime(2023, 6, 14, 16, 5, 2, 118204, tzinfo=UTC)


def test_github_cli_run_list(run_import: Run) -> None:
    assert detect_format(DATA / "gh_run_list.json")[0] == "github"
    started, finished = run_import("gh_run_list.json").events
    assert started.text == (
        "Workflow run Deploy #313 started (on workflow_dispatch, branch main): Roll back pool size"
    )
    assert finished.text == "Workflow run Deploy #313 finished: failure"
    assert finished.level == "error"


def test_github_paginated_arrays(run_import: Run, tmp_path: Path) -> None:
    page = (DATA / "github_statuses.json").read_text()
    path = tmp_path / "paginated.json"
    later = page.replace("900", "800").replace("T14:01", "T15:01").replace("T13:58", "T14:58")
    path.write_text(page + later)
    result = run_import(path, format="github")
    assert len(result.events) == 4
    assert result.warnings == []


def test_pagerduty_incidents(run_import: Run) -> None:
    assert detect_format(DATA / "pagerduty_incidents.json")[0] == "pagerduty"
    created, resolved = run_import("pagerduty_incidents.json").events
    assert created.text == "Incident #1234 created: Primary database unreachable"
    assert resolved.time_utc == datetime(2023, 6, 14, 15, 2, tzinfo=UTC)


def test_pagerduty_webhook_v3(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "webhook.json"
    path.write_text(
        '{"event": {"id": "01DEN", "event_type": "incident.acknowledged", '
        '"resource_type": "incident", "occurred_at": "2023-06-14T14:06:00.000Z", '
        '"agent": {"summary": "Ben Okafor", "type": "user_reference"}, '
        '"data": {"id": "PT4KHLK", "type": "incident", "title": "Primary database unreachable"}}}'
    )
    (event,) = run_import(path).events
    assert event.text == "incident.acknowledged: Primary database unreachable"
    assert event.author == "Ben Okafor"


def test_discord_csv_through_generic_csv(run_import: Run) -> None:
    result = run_import("discord_export.csv", tz="Europe/Berlin")
    assert result.format == "csv"
    first, second = result.events
    assert first.author == "customer42"
    assert first.time_utc == datetime(2023, 6, 14, 14, 5, tzinfo=UTC)
    assert second.text == "Fixed, thanks for the patience\nsecond line"


def test_utf16_powershell_json_and_bom_jsonl(run_import: Run, tmp_path: Path) -> None:
    teams = tmp_path / "teams_ps.json"
    teams.write_bytes(
        "\ufeff".encode("utf-16-le")
        + (DATA / "teams_chat.json").read_text(encoding="utf-8").encode("utf-16-le")
    )
    assert detect_format(teams)[0] == "teams"
    assert len(run_import(teams).events) == 3
    lines = tmp_path / "bom.jsonl"
    lines.write_bytes(b"\xef\xbb\xbf" + (DATA / "ecs.jsonl").read_bytes())
    assert len(run_import(lines).events) == 6
    utf16_lines = tmp_path / "utf16.jsonl"
    utf16_lines.write_text((DATA / "ecs.jsonl").read_text(), encoding="utf-16")
    assert len(run_import(utf16_lines, format="jsonl").events) == 6


def test_slack_direct_messages_are_named_after_members(run_import: Run, tmp_path: Path) -> None:
    root = tmp_path / "export"
    shutil.copytree(DATA / "slack_export", root)
    (root / "dms.json").write_text(
        '[{"id": "D0123", "created": 1686751000, "members": ["U024BE7LH", "U05KQ8M2P"]}]'
    )
    (root / "D0123").mkdir()
    (root / "D0123" / "2023-06-14.json").write_text(
        '[{"type": "message", "user": "U024BE7LH", "text": "psst", "ts": "1686751900.000100"}]'
    )
    result = run_import(root)
    (dm,) = [e for e in result.events if e.text == "psst"]
    assert dm.source == "slack dm ana, Ben Okafor"
    assert dm.native_id == "slack:D0123:1686751900.000100"


def test_access_log_custom_nginx_format(run_import: Run, tmp_path: Path) -> None:
    log_format = (
        '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
        '"$http_referer" "$http_user_agent" $request_length $request_time '
        "[$proxy_upstream_name] [$proxy_alternative_upstream_name] $upstream_addr "
        "$upstream_response_length $upstream_response_time $upstream_status $req_id"
    )
    path = tmp_path / "ingress.log"
    path.write_text(
        '10.0.0.1 - - [14/Jun/2023:14:05:02 +0000] "GET /api/orders HTTP/1.1" 503 190 "-" '
        '"curl/8" 85 0.001 [shop-orders-80] [] 10.1.0.5:8080 190 0.001 503 abc123\n'
    )
    result = run_import(path, format="access-log", access_log_format=log_format)
    assert "First server error: 503 GET /api/orders HTTP/1.1" in [e.text for e in result.events]


def test_access_log_custom_iso_and_apache(run_import: Run, tmp_path: Path) -> None:
    from pmdesk.importers.accesslog import compile_access_format

    path = tmp_path / "iso.log"
    path.write_text("2023-06-14T16:05:02+02:00 POST /pay 500\n")
    result = run_import(
        path, format="access-log", access_log_format="$time_iso8601 $request_method $uri $status"
    )
    assert result.events[0].time_utc == datetime(2023, 6, 14, 14, 5, tzinfo=UTC)
    apache = compile_access_format('%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\"')
    match = apache.match('1.2.3.4 - bob [14/Jun/2023:16:05:02 +0200] "GET / HTTP/1.1" 502 - "-"')
    assert match is not None
    assert match.group("user") == "bob"
    assert match.group("status") == "502"
    with pytest.raises(UserFacingError, match="no time or no status"):
        compile_access_format("$remote_addr $request")


@pytest.mark.parametrize(
    "name",
    [
        "teams_chat.json",
        "discord_export.json",
        "k8s_events.json",
        "k8s_events_v1.json",
        "pagerduty_log_entries.json",
        "pagerduty_incidents.json",
        "opsgenie_alert_logs.json",
        "github_runs.json",
        "github_deployments.json",
        "gh_run_list.json",
        "slack_export",
    ],
)
def test_streamed_and_loaded_documents_agree(
    run_import: Run, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small documents are parsed at once, big ones streamed: same events either way."""
    from pmdesk.importers import _common

    loaded = run_import(name)
    monkeypatch.setattr(_common, "SMALL_DOCUMENT", 0)
    streamed = run_import(name)
    assert streamed.events == loaded.events
    assert streamed.skipped == loaded.skipped


def test_csv_named_months_and_excel_serials(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "jira.csv"
    path.write_text(
        "Created,Summary\n14/Jun/23 4:05 PM,Jira style\n"
        '"Jun 14, 2023 4:06 PM",US long\n45091.6736111111,Excel serial\n'
    )
    result = run_import(path, tz="UTC")
    assert [(e.time_utc, e.text) for e in result.events] == [
        (datetime(2023, 6, 14, 16, 5, tzinfo=UTC), "Jira style"),
        (datetime(2023, 6, 14, 16, 6, tzinfo=UTC), "US long"),
        (datetime(2023, 6, 14, 16, 10, tzinfo=UTC), "Excel serial"),
    ]
    assert "excel_serial_date" in result.events[2].flags


def test_teams_from_powershell_convertto_json(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "messages.json"
    path.write_text(
        """[
  {
    "Attachments": [],
    "Body": {"Content": "<p>Failover done</p>", "ContentType": "html"},
    "CreatedDateTime": "2023-06-14T14:10:00Z",
    "DeletedDateTime": null,
    "From": {"Application": null, "User": {"DisplayName": "Ben Okafor", "Id": "2"}},
    "Id": "1686751800000",
    "MessageType": "message"
  },
  {
    "Body": "Microsoft.Graph.PowerShell.Models.MicrosoftGraphItemBody",
    "CreatedDateTime": "2023-06-14T14:11:00Z",
    "MessageType": "message"
  }
]"""
    )
    assert detect_format(path)[0] == "teams"
    result = run_import(path)
    (event,) = result.events
    assert (event.author, event.text) == ("Ben Okafor", "Failover done")
    assert "ConvertTo-Json -Depth" in result.skipped[0].reason


def test_jsonl_more_presets(run_import: Run, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"@t":"2023-06-14T14:05:02.1180000Z","@mt":"Payment {Id} failed","@l":"Error",'
        '"Id":7,"SourceContext":"Shop.Payments"}\n'
        '{"insertId":"x1","textPayload":"OOMKilled","severity":"ERROR",'
        '"timestamp":"2023-06-14T14:05:03.5Z","receiveTimestamp":"2023-06-14T14:05:04Z"}\n'
        '{"level":"info","ts":1686751505.25,"logger":"api","caller":"main.go:12","msg":"zap"}\n'
    )
    result = run_import(path)
    assert [(e.text, e.level, e.author) for e in result.events] == [
        ("Payment {Id} failed", "error", "Shop.Payments"),
        ("OOMKilled", "error", None),
        ("zap", "info", "api"),
    ]
    assert result.events[2].time_utc == datetime(2023, 6, 14, 14, 5, 5, 250000, tzinfo=UTC)


def test_saved_log_documents(run_import: Run, tmp_path: Path) -> None:
    gcloud = tmp_path / "gcloud.json"
    gcloud.write_text(
        '[\n  {\n    "insertId": "abc",\n    "logName": "projects/p/logs/stdout",\n'
        '    "receiveTimestamp": "2023-06-14T14:05:03.1Z",\n    "severity": "ERROR",\n'
        '    "textPayload": "connection reset",\n'
        '    "timestamp": "2023-06-14T14:05:02.9Z"\n  }\n]\n'
    )
    assert detect_format(gcloud) == ("jsonl", 0.85)
    (event,) = run_import(gcloud).events
    assert event.text == "connection reset"
    assert event.time_utc == datetime(2023, 6, 14, 14, 5, 2, 900000, tzinfo=UTC)
    cloudwatch = tmp_path / "cw.json"
    cloudwatch.write_text(
        '{"events": [{"logStreamName": "web/1", "timestamp": 1686751502118,'
        ' "message": "GET / 502", "ingestionTime": 1686751503000, "eventId": "3745"}],'
        ' "searchedLogStreams": []}'
    )
    assert detect_format(cloudwatch)[0] == "jsonl"
    assert [e.text for e in run_import(cloudwatch).events] == ["GET / 502"]
    kibana = tmp_path / "kibana.json"
    kibana.write_text(
        '{"took": 3, "hits": {"total": {"value": 1}, "hits": [{"_index": "logs", "_id": "q1",'
        ' "_source": {"@timestamp": "2023-06-14T14:05:02.118Z", "message": "from es",'
        ' "log.level": "warn"}}]}}'
    )
    (hit,) = run_import(kibana).events
    assert (hit.text, hit.level, hit.native_id) == ("from es", "warning", "q1")
