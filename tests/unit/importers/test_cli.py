"""The import-timeline command: dry-run JSON shape, storing, exit codes."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from pmdesk.importers import ImportResult
from pmdesk.importers.cli import configure_parser, run

from .conftest import DATA


def _run(
    argv: list[str], store: list[tuple[str, ImportResult, str]] | None = None
) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="pmdesk import-timeline")
    configure_parser(parser)
    args = parser.parse_args(argv)
    stdout, stderr = io.StringIO(), io.StringIO()

    def store_into(target: str, result: ImportResult, label: str) -> str:
        assert store is not None
        store.append((target, result, label))
        return f"Added {len(result.events)} events to {target}."

    code = run(
        args, stdout=stdout, stderr=stderr, store_into=store_into if store is not None else None
    )
    return code, stdout.getvalue(), stderr.getvalue()


def test_dry_run_json_shape() -> None:
    code, out, err = _run([str(DATA / "pagerduty_log_entries.json"), "--dry-run", "--json"])
    assert code == 0
    payload = json.loads(out)
    assert set(payload) == {"format", "events", "skipped"}
    assert payload["format"] == "pagerduty"
    first = payload["events"][0]
    assert first == {
        "time_utc": "2023-06-14T14:05:02Z",
        "original_time": "2023-06-14T10:05:02-04:00",
        "source": "pagerduty",
        "author": "Orders DB",
        "text": "Triggered through the API.: Primary database unreachable",
    }
    assert payload["events"][1]["author"] is None
    assert payload["skipped"] == [{"line": 6, "reason": "entry 6: no readable created_at"}]
    assert err == ""


def test_dry_run_json_fractional_seconds_keep_z() -> None:
    code, out, _ = _run([str(DATA / "journal.json"), "--dry-run", "--json"])
    assert code == 0
    assert json.loads(out)["events"][0]["time_utc"] == "2023-06-14T14:05:02.118204Z"


def test_window_channel_and_tz_options() -> None:
    code, out, _ = _run(
        [
            str(DATA / "slack_export"),
            "--dry-run",
            "--json",
            "--channel",
            "inc-db-failover",
            "--since",
            "2023-06-14T16:05:00+02:00",
            "--until",
            "2023-06-14T14:08:00Z",
        ]
    )
    assert code == 0
    texts = [e["text"] for e in json.loads(out)["events"]]
    assert len(texts) == 3
    code, out, _ = _run(
        [
            str(DATA / "syslog.log"),
            "--dry-run",
            "--json",
            "--tz",
            "Europe/Berlin",
            "--reference-year",
            "2023",
        ]
    )
    assert code == 0
    assert json.loads(out)["events"][0]["original_time"] == "Jun 14 16:05:02"
    code, out, _ = _run(
        [str(DATA / "notes.txt"), "--dry-run", "--json", "--tz", "UTC", "--date", "2023-06-14"]
    )
    assert json.loads(out)["events"][0]["time_utc"] == "2023-06-14T09:58:00Z"


def test_human_dry_run() -> None:
    code, out, _ = _run([str(DATA / "opsgenie_alert_logs.json"), "--dry-run"])
    assert code == 0
    assert out.splitlines()[0].startswith("3 events from opsgenie")


def test_missing_zone_is_one_sentence_exit_2() -> None:
    code, out, err = _run([str(DATA / "syslog.log"), "--dry-run", "--json"])
    assert code == 2
    assert out == ""
    assert "time zone" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "extra",
    [
        ["--since", "yesterday"],
        ["--since", "2023-06-14T10:00:00"],
        ["--tz", "Nowhere/City"],
        ["--level", "loud"],
        ["--date", "14.06.2023"],
    ],
)
def test_bad_options_exit_2(extra: list[str]) -> None:
    code, _, err = _run([str(DATA / "ecs.jsonl"), "--dry-run", *extra])
    assert code == 2
    assert err.strip()
    assert "Traceback" not in err


def test_hostile_file_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b"\x00\x01" * 100)
    code, _, err = _run([str(path), "--dry-run", "--json"])
    assert code == 2
    assert "binary" in err


def test_store_into_is_called_without_dry_run() -> None:
    stored: list[tuple[str, ImportResult, str]] = []
    code, out, _ = _run([str(DATA / "github_runs.json"), "--into", "PM-7"], stored)
    assert code == 0
    assert out.strip() == "Added 2 events to PM-7."
    ((target, result, label),) = stored
    assert target == "PM-7"
    assert label == "github github_runs.json"
    assert len(result.events) == 2


def test_dry_run_writes_nothing() -> None:
    stored: list[tuple[str, ImportResult, str]] = []
    code, _, _ = _run([str(DATA / "github_runs.json"), "--into", "PM-7", "--dry-run"], stored)
    assert code == 0
    assert stored == []


def test_without_into_or_dry_run_exit_2() -> None:
    code, _, err = _run([str(DATA / "github_runs.json")], [])
    assert code == 2
    assert "--into" in err


def test_csv_and_json_fields_from_the_command_line(tmp_path: Path) -> None:
    table = tmp_path / "changes.csv"
    table.write_text("Wann,Wer,Was\n01/02/2024 10:00,Ana,Config pushed\n")
    code, out, err = _run(
        [
            str(table),
            "--dry-run",
            "--json",
            "--tz",
            "UTC",
            "--field",
            "time=Wann",
            "--field",
            "author=Wer",
            "--field",
            "text=Was",
            "--day-first",
        ]
    )
    assert code == 0, err
    (event,) = json.loads(out)["events"]
    assert event["time_utc"] == "2024-02-01T10:00:00Z"
    assert event["author"] == "Ana"
    lines = tmp_path / "app.jsonl"
    lines.write_text('{"when": 1686751502, "what": "custom keys"}\n')
    code, out, _ = _run(
        [
            str(lines),
            "--dry-run",
            "--json",
            "--field",
            "time=when",
            "--field",
            "text=what",
            "--epoch-unit",
            "s",
        ]
    )
    assert code == 0
    assert json.loads(out)["events"][0]["text"] == "custom keys"
    code, _, err = _run([str(lines), "--dry-run", "--field", "colour=blue"])
    assert code == 2
    assert "ROLE=NAME" in err
