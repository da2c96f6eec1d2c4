"""The realistic multi-source incident set: how many key moments reach the timeline.

``tests/data/imports/incident_set`` holds one incident (New Year's Eve, Europe/Berlin)
as the tools write it; ``key_moments.json`` lists the moments a facilitator needs.
Each file is imported as the import dialog does it: format detected, the incident
window with its margin, and a zone only when pmdesk asks for one.

Run as a script to print the fraction (``python tests/unit/importers/test_incident_set.py``).
"""

from __future__ import annotations

import argparse
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pmdesk.errors import UserFacingError
from pmdesk.importers import ImportOptions, ImportResult, ZoneRequiredError, import_path
from pmdesk.importers.cli import configure_parser, run

SET = Path(__file__).resolve().parents[2] / "data" / "imports" / "incident_set"
SINCE = datetime(2024, 12, 31, 21, 30, tzinfo=UTC)
UNTIL = datetime(2025, 1, 1, 0, 30, tzinfo=UTC)
ZONE = "Europe/Berlin"


def _import(path: Path) -> ImportResult | None:
    options = {"since": SINCE, "until": UNTIL}
    try:
        try:
            return import_path(path, ImportOptions(**options))  # type: ignore[arg-type]
        except ZoneRequiredError:
            return import_path(path, ImportOptions(tz=ZONE, **options))  # type: ignore[arg-type]
    except UserFacingError:
        return None


def _key_moments() -> list[dict[str, str]]:
    moments: list[dict[str, str]] = json.loads(
        (SET / "key_moments.json").read_text(encoding="utf-8")
    )
    return moments


def measure() -> tuple[int, int, list[str]]:
    """(key moments found, key moments listed, descriptions of the missing ones)."""
    moments = _key_moments()
    results: dict[str, ImportResult | None] = {}
    missing: list[str] = []
    for moment in moments:
        name = moment["file"]
        if name not in results:
            results[name] = _import(SET / name)
        result = results[name]
        when = datetime.fromisoformat(moment["utc"]).replace(tzinfo=UTC)
        found = result is not None and any(
            event.time_utc.replace(microsecond=0) == when
            and moment["text"] in event.text
            and moment.get("author", event.author) == event.author
            for event in result.events
        )
        if not found:
            missing.append(f"{name} {moment['utc']} {moment['text']!r}")
    return len(moments) - len(missing), len(moments), missing


def test_every_key_moment_of_the_incident_set_reaches_the_timeline() -> None:
    found, total, missing = measure()
    assert missing == []
    assert found == total == 20


def _cli_dry_run(path: Path) -> dict[str, Any]:
    """``pmdesk import-timeline PATH --dry-run --json`` with the window; the zone if asked."""
    window = ["--since", SINCE.isoformat(), "--until", UNTIL.isoformat()]
    for extra in ([], ["--tz", ZONE]):
        parser = argparse.ArgumentParser(prog="pmdesk import-timeline")
        configure_parser(parser)
        args = parser.parse_args([str(path), "--dry-run", "--json", *window, *extra])
        stdout, stderr = io.StringIO(), io.StringIO()
        if run(args, stdout=stdout, stderr=stderr) == 0:
            payload: dict[str, Any] = json.loads(stdout.getvalue())
            return payload
        assert "without a time zone" in stderr.getvalue(), stderr.getvalue()
    raise AssertionError(f"{path.name} was not imported even with a zone")


def test_the_cli_dry_run_shows_every_key_moment_at_its_utc_second() -> None:
    payloads: dict[str, dict[str, Any]] = {}
    for moment in _key_moments():
        name = moment["file"]
        if name not in payloads:
            payloads[name] = _cli_dry_run(SET / name)
        shown = [
            event
            for event in payloads[name]["events"]
            if event["time_utc"].startswith(moment["utc"]) and moment["text"] in event["text"]
        ]
        assert shown, f"{name}: {moment['utc']} {moment['text']!r} is not in the dry run"
        assert all(event["time_utc"].endswith("Z") for event in shown)


if __name__ == "__main__":
    found_count, total_count, missed = measure()
    print(f"{found_count}/{total_count} key moments ({found_count / total_count:.0%})")
    for line in missed:
        print("  missing:", line)


def test_a_folder_of_several_kinds_of_export_names_the_files_it_left_alone() -> None:
    # The folder is read as its WhatsApp chat; the logs and chats of other tools beside it
    # are not silently dropped from the report.
    result = import_path(SET, ImportOptions(tz=ZONE))
    assert result.format == "whatsapp"
    warning = next(w for w in result.warnings if "exports of another kind" in w)
    assert warning.startswith("7 files in incident_set are exports of another kind")
    assert "access.log" in warning
    assert "discord_support.csv" in warning
    assert "README.md" not in warning
    assert "key_moments.json" not in warning


def test_a_single_export_folder_warns_of_nothing_left_alone() -> None:
    slack = SET.parent / "slack_export"
    result = import_path(slack, ImportOptions())
    assert not any("exports of another kind" in w for w in result.warnings)
