"""The headless CLI: every command, its JSON, and its plain-sentence errors."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk.cli import run
from pmdesk.settings import Paths
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
