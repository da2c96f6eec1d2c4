"""The headless CLI: every command, its JSON, and its plain-sentence errors."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk.cli import run
from pmdesk.settings import Paths, Preferences, save_preferences
from pmdesk.store import open_database
from pmdesk.store.queries import find_postmortem
from pmdesk.store.sample import sample_file


def pmdesk(paths: Paths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_new_list_show(paths: Paths) -> None:
    status, out, _ = pmdesk(paths, "new", "--title", "Queue backlog", "--json")
    assert status == 0
    created = json.loads(out)
    assert created["key"] == "PM-0001"
    assert created["status"] == "draft"

    pmdesk(paths, "new", "--title", "Certificate expiry")
    status, out, _ = pmdesk(paths, "list", "--json")
    assert [item["title"] for item in json.loads(out)] == ["Certificate expiry", "Queue backlog"]

    status, out, _ = pmdesk(paths, "show", created["uuid"][:8])
    assert status == 0
    assert "Queue backlog" in out
    status, out, _ = pmdesk(paths, "list", "--search", "certif")
    assert "Certificate expiry" in out
    assert "Queue backlog" not in out


def test_new_never_reuses_the_key_of_a_deleted_post_mortem(paths: Paths) -> None:
    for title in ("Queue backlog", "Disk full", "DNS outage"):
        assert pmdesk(paths, "new", "--title", title)[0] == 0
    # Deleted in the library window (the CLI has no delete).
    db = open_database(paths.database_url)
    with db.transaction() as session:
        session.delete(find_postmortem(session, "PM-0003"))
    db.close()

    status, out, _ = pmdesk(paths, "new", "--title", "Certificate expiry")

    assert status == 0
    assert out.startswith("Created PM-0004 ")
    status, out, _ = pmdesk(paths, "list", "--json")
    assert {item["key"]: item["title"] for item in json.loads(out)} == {
        "PM-0001": "Queue backlog",
        "PM-0002": "Disk full",
        "PM-0004": "Certificate expiry",
    }
    status, out, err = pmdesk(paths, "show", "PM-0003")
    assert status != 0
    assert "Certificate expiry" not in out + err


def test_dump_and_load_move_a_post_mortem_between_databases(paths: Paths, tmp_path: Path) -> None:
    status, out, _ = pmdesk(paths, "load", str(sample_file()), "--json")
    assert status == 0
    assert json.loads(out)["created"] is True
    dumped = tmp_path / "out.json"
    assert pmdesk(paths, "dump", "PM-0001", "-o", str(dumped))[0] == 0
    assert json.loads(dumped.read_text()) == json.loads(sample_file().read_text())

    other = f"sqlite:///{tmp_path / 'team.sqlite'}"
    status, out, _ = pmdesk(paths, "--database", other, "load", str(dumped))
    assert status == 0
    assert out.startswith("Created PM-0001")
    status, out, _ = pmdesk(paths, "--database", other, "load", str(dumped))
    assert out.startswith("Updated PM-0001")
    status, out, _ = pmdesk(paths, "--database", other, "show", "pm-0001", "--json")
    shown = json.loads(out)
    assert shown["timeline_events"] == 30
    assert shown["action_items"] == 5
    assert shown["metrics"]["time_to_detect_s"] == 631


def test_dump_and_the_calendar_export_carry_the_review_meeting(
    paths: Paths, tmp_path: Path
) -> None:
    document = json.loads(sample_file().read_text())
    document["postmortem"]["review_meeting_at"] = "2026-10-16T13:30:00Z"
    with_meeting = tmp_path / "with-meeting.json"
    with_meeting.write_text(json.dumps(document))
    assert pmdesk(paths, "load", str(with_meeting))[0] == 0
    dumped = tmp_path / "out.json"
    assert pmdesk(paths, "dump", "PM-0001", "-o", str(dumped))[0] == 0
    assert json.loads(dumped.read_text())["postmortem"]["review_meeting_at"] == (
        "2026-10-16T13:30:00Z"
    )
    # Booked for as long as the meeting's agenda in the preferences: 70 minutes.
    save_preferences(paths.preferences_file, Preferences(agenda_minutes=(5, 30, 20, 10, 5)))
    ics = tmp_path / "actions.ics"
    assert pmdesk(paths, "export", "PM-0001", "-f", "ics", "-o", str(ics))[0] == 0
    assert "SUMMARY:Post-mortem review: PM-0001 " in ics.read_text()
    assert "DTSTART:20261016T133000Z" in ics.read_text()
    assert "DTEND:20261016T144000Z" in ics.read_text()


def test_trigger_check_evaluates_stored_answers_with_the_policy_file(paths: Paths) -> None:
    pmdesk(paths, "load", str(sample_file()))
    status, out, _ = pmdesk(paths, "trigger-check", "PM-0001", "--json")
    assert status == 0
    result = json.loads(out)
    assert result["verdict"] == "mandatory"
    assert "The outage lasted 65 minutes, longer than the 60-minute threshold." in result["reasons"]

    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("outage_threshold_minutes = 90\n", encoding="utf-8")
    status, out, _ = pmdesk(paths, "trigger-check", "PM-0001")
    assert "RECOMMENDED" in out
    assert "Customers were affected." in out


def test_environment_variable_selects_the_database(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PMDESK_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite'}")
    pmdesk(paths, "new", "--title", "From the environment")
    assert (tmp_path / "env.sqlite").exists()
    assert not paths.database_file.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("show", "PM-9999"), "No post-mortem has the key or UUID 'PM-9999'."),
        (("new", "--title", "  "), "A post-mortem needs a title."),
        (("load", "/nonexistent/file.json"), "There is no file /nonexistent/file.json."),
        (("restore-backup", "/nonexistent.sqlite"), "There is no backup file"),
    ],
)
def test_errors_are_one_plain_sentence_with_a_non_zero_exit(
    paths: Paths, argv: tuple[str, ...], message: str
) -> None:
    status, out, err = pmdesk(paths, *argv)
    assert status == 2
    assert out == ""
    assert err.startswith("pmdesk: ")
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_loading_a_broken_file_is_explained(paths: Paths, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[" * 100_000, encoding="utf-8")
    status, _, err = pmdesk(paths, "load", str(broken))
    assert status == 2
    assert "could not be read as JSON" in err


HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile_interchange"
# The field each hostile file gets wrong, as the refusal names it.
HOSTILE_FIELDS = {
    "acknowledgements_duplicate_fingerprints.json": "acknowledgements[1].fingerprint",
    "action_item_null.json": "action_items[0]",
    "due_on_not_a_date.json": "action_items[0].due_on",
    "evidence_repeated.json": "why_chains[0].evidence",
    "evidence_unknown_event.json": "why_chains[0].evidence[0]",
    "facilitator_longer_than_the_column.json": "facilitator",
    "format_version_string.json": "format_version",
    "key_missing.json": "key",
    "key_not_pm_shaped.json": "key",
    "key_null.json": "key",
    "key_path_traversal.json": "key",
    "key_trailing_newline.json": "key",
    "language_null.json": "language",
    "nul_in_participant_name.json": "participants[0].name",
    "nul_in_timeline_text.json": "timeline[0].text",
    "outage_minutes_boolean.json": "trigger_assessment.outage_minutes",
    "participants_object.json": "participants",
    "postmortem_null.json": "postmortem",
    "publication_forged_hash.json": "publications[0].content_hash",
    "publication_unknown_format.json": "publications[0].formats[0]",
    "publication_version_zero.json": "publications[0].version",
    "publications_duplicate_versions.json": "publications[1].version",
    "published_without_publication_record.json": "status",
    "root_cause_unknown_why.json": "action_items[0].root_causes[0]",
    "severity_fraction.json": "severity",
    "severity_huge.json": "severity",
    "severity_nan.json": "severity",
    "severity_negative.json": "severity",
    "severity_string.json": "severity",
    "slo_budget_infinity.json": "trigger_assessment.slo_budget_burned_pct",
    "slo_budget_overflowing_number.json": "trigger_assessment.slo_budget_burned_pct",
    "status_unknown.json": "status",
    "tags_nested_list.json": "tags[0]",
    "tags_string.json": "tags",
    "time_impossible_date.json": "timeline[0].occurred_at",
    "time_without_zone.json": "created_at",
    "timeline_duplicate_fingerprints.json": "timeline[1].fingerprint",
    "timeline_duplicate_refs.json": "timeline[1].ref",
    "timeline_import_unknown.json": "timeline[0].import",
    "timeline_text_object.json": "timeline[1].text",
    "title_object.json": "title",
    "title_too_long.json": "title",
    "trigger_assessment_list.json": "trigger_assessment",
    "unknown_field.json": "is_admin",
    "unknown_field_with_a_line_break_in_its_name.json": '["is\\nadmin"]',
    "uuid_not_a_uuid.json": "uuid",
    "uuid_number.json": "uuid",
    "uuid_upper_case.json": "uuid",
    "version_beyond_integer_columns.json": "version",
    "why_chain_too_deep.json": "why_chains[0]" + ".children[0]" * 50,
}


# Files refused while parsing, before any field is looked at: what the refusal says.
HOSTILE_JSON = {"title_given_twice.json": 'the name "title" appears twice in one object'}


def test_every_hostile_file_is_named_in_the_test() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.json")) == sorted(
        [*HOSTILE_FIELDS, *HOSTILE_JSON]
    )


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Paths, str]:
    """A database holding the sample, published: what every hostile file is loaded into."""
    root = tmp_path_factory.mktemp("library")
    paths = Paths(root / "data", root / "config", root / "logs")
    url = f"sqlite:///{root / 'library.sqlite'}"
    assert pmdesk(paths, "--database", url, "load", str(sample_file()))[0] == 0
    published = pmdesk(
        paths,
        *("--database", url, "export", "PM-0001", "--format", "md"),
        *("-o", str(root / "PM-0001.md"), "--override-gates", "Shared for review"),
    )
    assert published[0] == 0, published
    return paths, url


def _contents(url: str) -> list[str]:
    connection = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize("name", sorted([*HOSTILE_FIELDS, *HOSTILE_JSON]))
def test_a_hostile_file_is_refused_in_one_sentence_and_changes_nothing(
    library: tuple[Paths, str], name: str
) -> None:
    paths, url = library
    before = _contents(url)
    status, out, err = pmdesk(paths, "--database", url, "load", str(HOSTILE / name))
    assert status == 2
    assert out == ""
    assert err.startswith("pmdesk: ")
    assert err.endswith("\n")
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    if name in HOSTILE_JSON:
        assert HOSTILE_JSON[name] in err
    else:
        assert err.startswith(f"pmdesk: {HOSTILE_FIELDS[name]}: ")
    assert _contents(url) == before


def test_a_published_post_mortem_loads_back_from_its_own_dump(paths: Paths, tmp_path: Path) -> None:
    pmdesk(paths, "load", str(sample_file()))
    status, _, err = pmdesk(
        paths,
        *("export", "PM-0001", "--format", "md", "-o", str(tmp_path / "PM-0001.md")),
        *("--override-gates", "Shared for review"),
    )
    assert status == 0, err
    dumped = tmp_path / "published.json"
    pmdesk(paths, "dump", "PM-0001", "-o", str(dumped))
    document = json.loads(dumped.read_text(encoding="utf-8"))
    assert document["postmortem"]["status"] == "published"

    status, out, err = pmdesk(paths, "load", str(dumped))
    assert (status, err) == (0, "")
    assert out.startswith("Updated PM-0001")
    assert len(out.splitlines()) == 1

    team = f"sqlite:///{tmp_path / 'team.sqlite'}"
    status, out, _ = pmdesk(paths, "--database", team, "load", str(dumped))
    assert out.startswith("Created PM-0001")
    again = tmp_path / "again.json"
    pmdesk(paths, "--database", team, "dump", "PM-0001", "-o", str(again))
    assert json.loads(again.read_text(encoding="utf-8")) == document


def test_loading_says_which_publication_records_it_left_out(paths: Paths, tmp_path: Path) -> None:
    pmdesk(paths, "load", str(sample_file()))
    claims_published = json.loads(sample_file().read_text(encoding="utf-8"))
    claims_published["postmortem"]["status"] = "published"
    claims_published["postmortem"]["publications"] = [
        {
            "version": 1,
            "postmortem_version": 1,
            "formats": ["pdf"],
            "profile": "public",
            "content_hash": "0" * 64,
            "published_at": "2026-10-17T09:00:00Z",
            "gate_overrides": [],
        }
    ]
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(claims_published), encoding="utf-8")
    status, out, _ = pmdesk(paths, "load", str(forged))
    assert status == 0
    assert out.splitlines()[1] == (
        "Its publication history was kept as stored here; the file's publication version 1 "
        "was not loaded (a publication is recorded where it is made)."
    )
    status, out, _ = pmdesk(paths, "load", str(forged), "--json")
    assert json.loads(out)["publications_not_loaded"] == [1]
    status, out, _ = pmdesk(paths, "show", "PM-0001", "--json")
    assert json.loads(out)["status"] == "in_review"


def test_backups_lists_the_daily_copy(paths: Paths) -> None:
    pmdesk(paths, "new", "--title", "One")
    pmdesk(paths, "list")  # a second open makes the first daily backup
    status, out, _ = pmdesk(paths, "backups", "--json")
    assert status == 0
    assert len(json.loads(out)) == 1


def test_python_dash_m_and_the_console_script_both_work(paths: Paths) -> None:
    env = {**os.environ, "PMDESK_HOME": str(paths.data_dir.parent)}
    module = subprocess.run(
        [sys.executable, "-m", "pmdesk", "new", "--title", "Via -m"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert module.returncode == 0, module.stderr
    script = shutil.which("pmdesk", path=str(Path(sys.executable).parent))
    assert script is not None
    listed = subprocess.run(
        [script, "list"], capture_output=True, text=True, env=env, check=False, timeout=60
    )
    assert "Via -m" in listed.stdout


@pytest.mark.parametrize(
    ("argv", "answer"),
    [
        (["--version"], "pmdesk 0.1.0"),
        (["--help"], "usage: pmdesk"),
        (["export", "--help"], "usage: pmdesk export"),
    ],
)
def test_version_and_help_answer_without_importing_the_orm(
    paths: Paths, argv: list[str], answer: str
) -> None:
    env = {**os.environ, "PMDESK_HOME": str(paths.data_dir.parent)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pmdesk", *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(answer)
    # -X importtime lists every module imported, one a line: "… | cumulative |   name".
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()}
    assert "pmdesk.cli" in imported
    assert {"sqlalchemy", "pmdesk.models"} & imported == set()


def test_exit_when_ready_prints_the_startup_milliseconds(paths: Paths) -> None:
    env = {
        **os.environ,
        "PMDESK_HOME": str(paths.data_dir.parent),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "pmdesk", "--exit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert 0 < int(result.stdout.strip()) < 60_000


DATA = Path(__file__).resolve().parents[1] / "data"


def test_lint_a_stored_post_mortem_reports_every_field(paths: Paths) -> None:
    pmdesk(paths, "new", "--title", "Backup restore failed")
    status, out, _ = pmdesk(paths, "lint", "PM-0001", "--format", "json")
    assert status == 0
    assert json.loads(out) == {"findings": []}
    with_blame = json.loads(sample_file().read_text(encoding="utf-8"))
    with_blame["postmortem"]["key"] = "PM-0002"
    with_blame["postmortem"]["summary"] = "This was a human error by the on-call engineer."
    blamed = paths.data_dir.parent / "blamed.json"
    blamed.write_text(json.dumps(with_blame), encoding="utf-8")
    pmdesk(paths, "load", str(blamed))
    status, out, _ = pmdesk(paths, "lint", "PM-0002", "--format", "json")
    assert status == 1
    files = {finding["file"] for finding in json.loads(out)["findings"]}
    assert "PM-0002:field:summary" in files


def test_import_timeline_into_a_post_mortem_is_idempotent(paths: Paths) -> None:
    pmdesk(paths, "new", "--title", "Checkout errors")
    source = DATA / "imports" / "pagerduty_log_entries.json"
    status, out, err = pmdesk(paths, "import-timeline", str(source), "--into", "PM-0001")
    assert status == 0, err
    assert out.startswith("Added ")
    status, out, _ = pmdesk(paths, "show", "PM-0001", "--json")
    count = json.loads(out)["timeline_events"]
    assert count > 0
    pmdesk(paths, "import-timeline", str(source), "--into", "PM-0001")
    status, out, _ = pmdesk(paths, "show", "PM-0001", "--json")
    assert json.loads(out)["timeline_events"] == count


def test_check_and_export_are_gated(paths: Paths, tmp_path: Path) -> None:
    pmdesk(paths, "new", "--title", "Empty draft")
    status, out, _ = pmdesk(paths, "check", "PM-0001", "--json")
    assert status == 1
    assert any(not gate["passed"] for gate in json.loads(out)["gates"])
    target = tmp_path / "report.md"
    status, _, err = pmdesk(paths, "export", "PM-0001", "--format", "md", "-o", str(target))
    assert status == 1
    assert "Required parts" in err or "required" in err.lower()
    assert not target.exists()
    status, _, err = pmdesk(
        paths,
        "export",
        "PM-0001",
        "--format",
        "md",
        "-o",
        str(target),
        "--override-gates",
        "Draft shared for early review",
    )
    assert status == 0, err
    assert target.read_text(encoding="utf-8").startswith("---\n")


def test_a_damaged_page_is_reported_with_the_backup_to_restore(paths: Paths) -> None:
    assert pmdesk(paths, "load", str(sample_file()))[0] == 0
    assert pmdesk(paths, "list")[0] == 0  # the day's backup is made on this open
    data = bytearray(paths.database_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    where = data.find(b"archive_command failed")
    assert where > 0
    start = where - where % page_size
    data[start : start + 8] = b"\xff" * 8  # the page header of the timeline's page
    paths.database_file.write_bytes(bytes(data))
    status, out, err = pmdesk(paths, "dump", "PM-0001")
    assert status == 2
    assert out == ""
    assert "is damaged" in err
    assert "pmdesk restore-backup" in err
    assert "Traceback" not in err


def test_relative_database_paths_keep_working(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for title in ("First", "Second", "Third"):
        status, _out, err = pmdesk(
            paths, "--database", "sqlite:///rel.sqlite", "new", "--title", title
        )
        assert status == 0, err
    status, out, _err = pmdesk(paths, "--database", "sqlite:///rel.sqlite", "list")
    assert status == 0
    assert all(title in out for title in ("First", "Second", "Third"))
    environment = {**os.environ, "PMDESK_HOME": "home"}
    environment.pop("PMDESK_DATABASE_URL", None)
    for title in ("One", "Two"):
        result = subprocess.run(
            [sys.executable, "-m", "pmdesk", "new", "--title", title],
            env=environment,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "home" / "data" / "pmdesk.sqlite").is_file()


def test_an_export_whose_publication_cannot_be_recorded_leaves_no_file(
    paths: Paths, tmp_path: Path
) -> None:
    import sqlite3

    assert pmdesk(paths, "load", str(sample_file()))[0] == 0
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_publication BEFORE INSERT ON publications"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    target = tmp_path / "report.md"
    status, _out, err = pmdesk(
        paths, "export", "PM-0001", "--format", "md", "-o", str(target), "--override-gates", "x"
    )
    assert status == 2
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == [paths.data_dir.parent]  # no report, no leftovers
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("DROP TRIGGER refuse_publication")
    status, _out, err = pmdesk(
        paths, "export", "PM-0001", "--format", "md", "-o", str(target), "--override-gates", "x"
    )
    assert status == 0, err
    assert target.is_file()
