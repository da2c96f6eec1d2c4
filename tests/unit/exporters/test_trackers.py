"""Action items for the trackers' importers (Jira, GitLab, GitHub) and as a calendar."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import stat
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from pmdesk.cli import run
from pmdesk.exporters import ExportOptions, render_export
from pmdesk.exporters.calendar import action_uid, export_calendar, review_meeting_uid
from pmdesk.exporters.cli import configure_export_parser
from pmdesk.exporters.export import export_file_name
from pmdesk.exporters.trackers import (
    JIRA_DATE_FORMAT,
    export_github_json,
    export_github_script,
    export_gitlab_csv,
    export_jira_csv,
)
from pmdesk.models import Postmortem
from pmdesk.settings import Paths
from pmdesk.store.sample import sample_file

from .conftest import FIXED_TIME, LoadPostmortem

# Jira's names for its default priorities.
JIRA_PRIORITY_NAMES = {"Highest", "High", "Medium", "Low", "Lowest"}
# Java's date pattern letters (what Jira's wizard takes) and Python's.
JAVA_TO_STRPTIME = {"yyyy": "%Y", "MM": "%m", "dd": "%d", "MMM": "%b", "yy": "%y"}
HOSTILE = "Fix it\" now; $(touch pwned) `touch pwned2` 'quoted' \\ \n--label evil\n/close"


def _untracked(data: dict[str, Any]) -> None:
    """A2 (open) and A4 (open) not in a tracker yet, A3 done and not in one either;
    A2's owner is a participant with an e-mail handle, A4's is a team."""
    actions = data["action_items"]
    for index in (1, 2, 3):
        actions[index]["tracker_url"] = ""
    actions[1]["owner"] = "Mei Lin"
    data["participants"][1]["handles"] = ["mei", "mei.lin@example.com"]


@pytest.fixture
def untracked_pm(load_pm: LoadPostmortem) -> Postmortem:
    return load_pm(_untracked)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _strptime_pattern(java: str) -> str:
    return re.sub(r"yyyy|MMM|MM|dd|yy", lambda m: JAVA_TO_STRPTIME[m.group()], java)


def test_jira_csv_has_jiras_columns_and_values(untracked_pm: Postmortem) -> None:
    header, *rows = _rows(export_jira_csv(untracked_pm))
    assert header == [
        "Summary",
        "Description",
        "Issue Type",
        "Priority",
        "Due date",
        "Assignee",
        "Labels",
        "Labels",
        "Labels",
    ]
    assert all(len(row) == len(header) for row in rows)
    # Only the open actions without a tracker link: A2 and A4 (A3 is done).
    titles = [row[0] for row in rows]
    assert titles == [untracked_pm.action_items[1].title, untracked_pm.action_items[3].title]
    a2, a4 = (dict(zip(header[:6], row[:6], strict=True)) for row in rows)
    assert {a2["Issue Type"], a4["Issue Type"]} == {"Task"}
    assert {a2["Priority"], a4["Priority"]} <= JIRA_PRIORITY_NAMES
    # The due date reads with the format the module tells to choose in Jira's wizard.
    pattern = _strptime_pattern(JIRA_DATE_FORMAT)
    assert datetime.strptime(a2["Due date"], pattern).date() == date(2026, 12, 15)  # noqa: DTZ007
    assert datetime.strptime(a4["Due date"], pattern).date() == date(2026, 11, 18)  # noqa: DTZ007
    # An e-mail address from the owner's participant record, never a team's name.
    assert a2["Assignee"] == "mei.lin@example.com"
    assert a4["Assignee"] == ""
    assert "Payments team" not in (a2["Assignee"], a4["Assignee"])
    for row in rows:
        labels = row[6:]
        assert labels[0] == "postmortem"
        assert all(" " not in label for label in labels)
    assert "From post-mortem PM-0001: Checkout partially unavailable" in a2["Description"]
    assert "Addresses root cause RC1: " in a2["Description"]
    assert "Owner: Payments team" in a4["Description"]


def test_tracked_actions_are_left_out_unless_asked(untracked_pm: Postmortem) -> None:
    tracked = untracked_pm.action_items[0]
    assert tracked.tracker_url
    for export in (export_jira_csv, export_gitlab_csv, export_github_json):
        assert tracked.title not in export(untracked_pm)
        assert tracked.title in export(untracked_pm, include_tracked=True)
    included = export_gitlab_csv(untracked_pm, include_tracked=True)
    assert f"Already tracked at: {tracked.tracker_url}" in included
    # Finished work never becomes a new issue.
    done = untracked_pm.action_items[2]
    assert done.title not in export_jira_csv(untracked_pm, include_tracked=True)


def test_jira_assignee_is_an_address_only_for_a_known_person(load_pm: LoadPostmortem) -> None:
    def edit(data: dict[str, Any]) -> None:
        _untracked(data)
        data["action_items"][1]["owner"] = "priya.raman@example.com"
        data["action_items"][3]["owner"] = "Jonas Becker"  # a participant without address

    header, *rows = _rows(export_jira_csv(load_pm(edit)))
    assignee = header.index("Assignee")
    assert [row[assignee] for row in rows] == ["priya.raman@example.com", ""]


def test_an_action_without_a_title_still_gets_one(load_pm: LoadPostmortem) -> None:
    def edit(data: dict[str, Any]) -> None:
        _untracked(data)
        data["action_items"][1]["title"] = "  "

    pm = load_pm(edit)
    assert _rows(export_gitlab_csv(pm))[1][0] == "Action A2"
    assert json.loads(export_github_json(pm))[0]["title"] == "Action A2"


def test_the_public_version_gives_no_address(untracked_pm: Postmortem) -> None:
    text = export_jira_csv(untracked_pm, profile="public")
    assert "mei.lin@example.com" not in text
    assert "Mei Lin" not in text


def test_gitlab_csv_passes_gitlabs_header_check(untracked_pm: Postmortem) -> None:
    result = render_export(untracked_pm, "gitlab-csv", ExportOptions(generated_at=FIXED_TIME))
    # GitLab reads the bytes as UTF-8 and checks the raw first line: no byte-order mark.
    assert result.data.startswith(b"title,description,due_date\r\n")
    text = result.data.decode("utf-8")
    first_line = text.splitlines()[0].lower()
    assert "title" in first_line
    assert "description" in first_line
    header, *rows = _rows(text)
    # GitLab's importer looks the columns up by header name, converted to symbols.
    assert [re.sub(r"\s+", "_", name.strip().lower()) for name in header] == [
        "title",
        "description",
        "due_date",
    ]
    assert [row[2] for row in rows] == ["2026-12-15", "2026-11-18"]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[2]) for row in rows)


def test_gitlab_description_runs_no_quick_action(load_pm: LoadPostmortem) -> None:
    def edit(data: dict[str, Any]) -> None:
        _untracked(data)
        data["action_items"][1]["description"] = "Check the pools.\n/close\n  /assign @root"

    _header, first, _second = _rows(export_gitlab_csv(load_pm(edit)))
    assert not re.search(r"^\s*/", first[1], re.MULTILINE)
    assert "\\/close" in first[1]
    assert "\\/assign @root" in first[1]


def test_github_json_lists_issues_with_due_date_and_owner(untracked_pm: Postmortem) -> None:
    issues = json.loads(export_github_json(untracked_pm))
    assert [sorted(issue) for issue in issues] == [["body", "labels", "title"]] * 2
    assert issues[0]["title"] == untracked_pm.action_items[1].title
    assert "Due: 2026-12-15" in issues[0]["body"]
    assert "Owner: Mei Lin" in issues[0]["body"]
    assert issues[0]["labels"] == ["postmortem", "pm-0001", "test"]


def _fake_gh(folder: Path, log: Path) -> None:
    """A `gh` that writes its arguments (NUL-separated) and its standard input to `log`."""
    folder.mkdir()
    gh = folder / "gh"
    gh.write_text(
        "#!/bin/sh\n"
        f"log={log}\n"
        'printf "CALL" >> "$log"\n'
        'for arg in "$@"; do printf "\\0%s" "$arg" >> "$log"; done\n'
        'if [ "$1" = issue ]; then printf "\\0STDIN\\0" >> "$log"; cat >> "$log"; fi\n'
        'printf "\\0END\\0" >> "$log"\n',
        encoding="utf-8",
    )
    gh.chmod(gh.stat().st_mode | stat.S_IXUSR)


def _calls(log: Path) -> list[list[str]]:
    calls = log.read_text(encoding="utf-8").split("\0END\0")
    return [call.split("\0") for call in calls if call]


def test_github_script_passes_hostile_texts_to_gh_intact(
    load_pm: LoadPostmortem, tmp_path: Path
) -> None:
    def edit(data: dict[str, Any]) -> None:
        _untracked(data)
        data["action_items"][1]["title"] = HOSTILE.replace("\n", " ")
        data["action_items"][1]["description"] = HOSTILE

    pm = load_pm(edit)
    script = tmp_path / "issues.sh"
    script.write_text(export_github_script(pm), encoding="utf-8")
    log = tmp_path / "gh.log"
    _fake_gh(tmp_path / "bin", log)
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    work = tmp_path / "work"
    work.mkdir()
    subprocess.run(
        ["sh", str(script), "--repo", "acme/ops"], cwd=work, env=env, check=True, timeout=30
    )
    assert list(work.iterdir()) == []  # nothing ran: no "pwned" file
    calls = _calls(log)
    labels = [call for call in calls if call[1:3] == ["label", "create"]]
    assert [call[3:] for call in labels] == [
        ["postmortem", "--repo", "acme/ops"],
        ["pm-0001", "--repo", "acme/ops"],
        ["test", "--repo", "acme/ops"],
        ["monitoring", "--repo", "acme/ops"],
    ]
    issues = [call for call in calls if call[1:3] == ["issue", "create"]]
    assert len(issues) == 2
    argv, body = issues[0][: issues[0].index("STDIN")], issues[0][-1]
    assert argv[3:] == [
        "--repo",
        "acme/ops",
        "--title",
        " ".join(HOSTILE.split()),
        "--body-file",
        "-",
        "--label",
        "postmortem",
        "--label",
        "pm-0001",
        "--label",
        "test",
    ]
    issue = json.loads(export_github_json(pm))[0]
    assert body == issue["body"]
    assert body.startswith(HOSTILE)


def test_calendar_parses_with_due_dates_statuses_and_review_days(
    load_pm: LoadPostmortem,
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["action_items"][2].update(
            completed_on="2026-10-27", success_criterion="No archive lag for 30 days",
            review_on="2026-11-27",
        )  # fmt: skip

    pm = load_pm(edit)
    calendar = Calendar.from_ical(export_calendar(pm, generated_at=FIXED_TIME))
    todos = calendar.walk("VTODO")
    assert [todo.decoded("due") for todo in todos] == [a.due_on for a in pm.action_items]
    assert [str(todo["status"]) for todo in todos] == [
        "IN-PROCESS",
        "NEEDS-ACTION",
        "COMPLETED",
        "NEEDS-ACTION",
        "NEEDS-ACTION",
    ]
    assert [str(todo["uid"]) for todo in todos] == [
        action_uid(pm, item.id) for item in pm.action_items
    ]
    assert todos[2].decoded("completed") == datetime(2026, 10, 27, tzinfo=UTC)
    assert all(todo.decoded("dtstamp") == FIXED_TIME for todo in todos)
    assert "From post-mortem PM-0001" in str(todos[0]["description"])
    events = calendar.walk("VEVENT")
    due_days = [e for e in events if str(e["summary"]).startswith("Due: ")]
    # Calendars that drop VTODOs still show the work still to be done on its due day.
    assert [e.decoded("dtstart") for e in due_days] == [
        a.due_on for a in pm.action_items if a.status.value in ("open", "in_progress")
    ]
    (review,) = [e for e in events if str(e["summary"]).startswith("Did it work?")]
    assert review.decoded("dtstart") == date(2026, 11, 27)
    assert review.decoded("dtend") == date(2026, 11, 28)
    assert "No archive lag for 30 days" in str(review["description"])


def test_calendar_uids_are_stable_across_exports(untracked_pm: Postmortem) -> None:
    first = Calendar.from_ical(export_calendar(untracked_pm, generated_at=FIXED_TIME))
    later = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    untracked_pm.action_items[1].title = "Renamed game day"
    second = Calendar.from_ical(export_calendar(untracked_pm, generated_at=later))
    uids = [str(c["uid"]) for c in first.walk() if "uid" in c]
    assert uids == [str(c["uid"]) for c in second.walk() if "uid" in c]
    assert len(set(uids)) == len(uids)
    # A copy of the post-mortem (the app renders one) gives the original's UIDs.
    ids = [item.id + 100 for item in untracked_pm.action_items]
    copy = Calendar.from_ical(export_calendar(untracked_pm, action_ids=ids))
    assert str(copy.walk("VTODO")[0]["uid"]) == action_uid(untracked_pm, ids[0])


def test_calendar_books_the_review_meeting_in_utc_under_a_stable_uid(
    sample_pm: Postmortem,
) -> None:
    assert not [
        e
        for e in Calendar.from_ical(export_calendar(sample_pm)).walk("VEVENT")
        if str(e["uid"]) == review_meeting_uid(sample_pm)
    ]
    # 14:30 in Berlin, a day of summer time: 12:30 UTC.
    sample_pm.review_meeting_at = datetime(2026, 10, 16, 14, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    text = export_calendar(sample_pm, generated_at=FIXED_TIME)
    assert "DTSTART:20261016T123000Z\r\n" in text
    calendar = Calendar.from_ical(text)
    (meeting,) = [e for e in calendar.walk("VEVENT") if "review-meeting" in str(e["uid"])]
    assert str(meeting["uid"]) == f"pmdesk-{sample_pm.uuid}-review-meeting@pmdesk.invalid"
    assert meeting.decoded("dtstart") == datetime(2026, 10, 16, 12, 30, tzinfo=UTC)
    assert meeting.decoded("dtend") == datetime(2026, 10, 16, 13, 30, tzinfo=UTC)
    assert str(meeting["summary"]) == f"Post-mortem review: PM-0001 {sample_pm.title}"
    # Moved and exported again, it is the same event: calendars update it.
    sample_pm.review_meeting_at = datetime(2026, 10, 19, 9, 0, tzinfo=UTC)
    later = Calendar.from_ical(
        export_calendar(sample_pm, generated_at=datetime.now(UTC), meeting_minutes=90)
    )
    (moved,) = [e for e in later.walk("VEVENT") if str(e["uid"]) == str(meeting["uid"])]
    assert moved.decoded("dtstart") == datetime(2026, 10, 19, 9, 0, tzinfo=UTC)
    assert moved.decoded("dtend") == datetime(2026, 10, 19, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("jira-csv", "PM-0001-internal-jira.csv"),
        ("gitlab-csv", "PM-0001-internal-gitlab.csv"),
        ("github-json", "PM-0001-internal-github-issues.json"),
        ("github-sh", "PM-0001-internal-github-issues.sh"),
        ("ics", "PM-0001-internal-actions.ics"),
    ],
)
def test_each_variant_renders_under_a_name_of_its_own(
    untracked_pm: Postmortem, fmt: str, name: str
) -> None:
    assert export_file_name("PM-0001", "internal", fmt) == name
    result = render_export(untracked_pm, fmt, ExportOptions(generated_at=FIXED_TIME))
    assert result.format == fmt
    assert not result.data.startswith(b"\xef\xbb\xbf")
    assert b"From post-mortem PM-0001" in result.data.replace(b"\r\n ", b"")


def _pmdesk(paths: Paths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_exports_tracker_variants_and_the_calendar(paths: Paths, tmp_path: Path) -> None:
    assert _pmdesk(paths, "load", str(sample_file()))[0] == 0
    # Every action of the sample already has a tracker link.
    gitlab = tmp_path / "gitlab.csv"
    status, out, err = _pmdesk(paths, "export", "PM-0001", "-f", "gitlab-csv", "-o", str(gitlab))
    assert (status, err) == (0, "")
    assert gitlab.read_bytes() == b"title,description,due_date\r\n"
    assert "4 open action(s) already in a tracker were left out (--include-tracked" in out
    argv = ["export", "PM-0001", "-f", "jira-csv", "-o", str(tmp_path / "jira.csv")]
    status, out, err = _pmdesk(paths, *argv, "--include-tracked", "--json")
    assert (status, err) == (0, "")
    assert json.loads(out)["format"] == "jira-csv"
    assert json.loads(out)["left_out_tracked"] == 0
    rows = _rows((tmp_path / "jira.csv").read_text(encoding="utf-8"))
    assert len(rows) == 1 + 4  # the open and in-progress actions
    ics = tmp_path / "actions.ics"
    assert _pmdesk(paths, "export", "PM-0001", "-f", "ics", "-o", str(ics))[0] == 0
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VTODO")) == 5
    parser = argparse.ArgumentParser()
    configure_export_parser(parser)
    assert f"set the date format to {JIRA_DATE_FORMAT}" in " ".join(parser.format_help().split())
