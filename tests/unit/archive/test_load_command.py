"""`pmdesk load` of many files and folders: one transaction, progress, a summary."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from pmdesk.archive.batch import LoadCancelledError, Outcome, load_many
from pmdesk.cli import run
from pmdesk.settings import Paths
from pmdesk.store.database import Database
from pmdesk.store.sample import sample_file

DATA = Path(__file__).resolve().parents[2] / "data"
ARCHIVE = DATA / "archive"
HOSTILE = DATA / "hostile_interchange"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def pmdesk(paths: Paths, *argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err or io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def keys_and_titles(paths: Paths) -> list[tuple[str, str]]:
    status, out, _ = pmdesk(paths, "list", "--json")
    assert status == 0
    return sorted((item["key"], item["title"]) for item in json.loads(out))


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The real post-mortems of tests/data/archive in a folder, as an admin finds them:
    with a README, the template, and a screenshot."""
    folder = tmp_path / "postmortems"
    shutil.copytree(ARCHIVE, folder)
    (folder / "2019").mkdir()
    shutil.move(folder / "dfds-pm2019-009-ip-starvation.md", folder / "2019")
    (folder / "2019" / "status-page.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_a_folder_loads_in_one_go_and_each_file_is_accounted_for(
    paths: Paths, archive: Path
) -> None:
    status, out, err = pmdesk(paths, "load", str(archive))
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[-1] == "Loaded 6 of 9 files; 3 skipped; 0 refused."
    assert f"{archive}/2019/status-page.png: Skipped: Not a post-mortem file (.png)." in lines
    assert f"{archive}/README.md: Skipped: A file about the folder, not a post-mortem." in lines
    assert (
        f"{archive}/pagerduty-postmortem-template.md: Skipped: Its name says it is a "
        "template, not a post-mortem (name it to load it)."
    ) in lines
    # Per written file: where its parts came from and what was kept as notes.
    google = lines.index(
        f"{archive}/google-sre-example-postmortem.md: Created PM-0003: "
        "Shakespeare Sonnet++ Postmortem (incident #465)"
    )
    assert "    Timeline: 34 events (from “Timeline”)" in lines[google:]
    assert (
        "    Kept as facilitator notes: “Status”, “Resolution”, “Detection”, "
        "“Supporting information”"
    ) in lines[google:]
    assert len(keys_and_titles(paths)) == 6
    status, out, _ = pmdesk(paths, "show", "PM-0003", "--json")
    assert json.loads(out)["timeline_events"] == 34
    assert json.loads(out)["action_items"] == 9


def test_loading_the_same_folder_again_changes_nothing(paths: Paths, archive: Path) -> None:
    pmdesk(paths, "load", str(archive))
    before = keys_and_titles(paths)
    status, out, _ = pmdesk(paths, "load", str(archive))
    assert status == 0
    assert out.splitlines()[-1] == "Loaded 0 of 9 files; 9 skipped; 0 refused."
    assert (
        f"{archive}/dfds-pm2021-004-adfs-outage.md: Skipped: Already in the library as "
        "PM-0002, loaded from this file before."
    ) in out.splitlines()
    assert keys_and_titles(paths) == before


def refused_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(sample_file(), folder / "a-sample.json")
    shutil.copy(ARCHIVE / "google-sre-example-postmortem.md", folder / "b-google.md")
    shutil.copy(HOSTILE / "due_on_not_a_date.json", folder / "c-due.json")
    (folder / "d-broken.json").write_text("{", encoding="utf-8")
    (folder / "e-binary.md").write_bytes(b"\x00\x01")
    return folder


def test_refused_files_are_listed_and_the_others_are_loaded(paths: Paths, tmp_path: Path) -> None:
    folder = refused_folder(tmp_path)
    status, out, _ = pmdesk(paths, "load", str(folder))
    assert status == 1
    lines = out.splitlines()
    assert lines[-1] == "Loaded 2 of 5 files; 0 skipped; 3 refused."
    refused = [line for line in lines if ": Refused: " in line]
    assert refused[0].startswith(f"{folder}/c-due.json: Refused: action_items[0].due_on: ")
    assert refused[1].startswith(f"{folder}/d-broken.json: Refused: ")
    assert "could not be read as JSON" in refused[1]
    assert refused[2] == (
        f"{folder}/e-binary.md: Refused: e-binary.md is not a text file. Choose Markdown or HTML."
    )
    assert [title for _key, title in keys_and_titles(paths)] == [
        "Checkout partially unavailable after a database failover",
        "Shakespeare Sonnet++ Postmortem (incident #465)",
    ]


def test_all_or_nothing_loads_nothing_when_a_file_is_refused(paths: Paths, tmp_path: Path) -> None:
    folder = refused_folder(tmp_path)
    status, out, _ = pmdesk(paths, "load", "--all-or-nothing", str(folder))
    assert status == 2
    assert out.splitlines()[-1] == (
        "Nothing was loaded: 3 of 5 files were refused and every file had to load "
        "(--all-or-nothing)."
    )
    assert keys_and_titles(paths) == []


def test_json_says_per_file_what_happened(paths: Paths, tmp_path: Path) -> None:
    folder = refused_folder(tmp_path)
    status, out, _ = pmdesk(paths, "load", "--json", str(folder / "b-google.md"), str(folder))
    assert status == 1
    report = json.loads(out)
    assert report["loaded"] == 2
    assert report["summary"] == "Loaded 2 of 5 files; 0 skipped; 3 refused."
    google = next(f for f in report["files"] if f["file"].endswith("b-google.md"))
    assert google["outcome"] == "created"
    assert google["key"] == "PM-0001"  # named first, so loaded first; listed once
    assert "Action items: 9 action items (from “Action Items”)" in google["mapped"]
    assert google["kept_as_notes"] == [
        "Status",
        "Resolution",
        "Detection",
        "Supporting information",
    ]
    assert [f["outcome"] for f in report["files"]].count("refused") == 3


def test_interchange_json_among_many_updates_the_post_mortem_with_its_uuid(
    paths: Paths, tmp_path: Path
) -> None:
    pmdesk(paths, "load", str(sample_file()))
    status, out, _ = pmdesk(
        paths, "load", str(sample_file()), str(ARCHIVE / "dfds-pm2021-004-adfs-outage.md")
    )
    assert status == 0
    assert f"{sample_file()}: Updated PM-0001: " in out
    assert out.splitlines()[-1] == "Loaded 2 of 2 files (1 new, 1 updated); 0 skipped; 0 refused."


def test_a_terminal_sees_progress_and_a_pipe_does_not(paths: Paths, archive: Path) -> None:
    terminal = Terminal()
    status, _, err = pmdesk(paths, "load", str(archive), err=terminal)
    assert status == 0
    assert "\r[1/6] Reading dfds-pm2021-004-adfs-outage.confluence.html" in err
    assert "\r[6/6] Loading pagerduty" not in err  # skipped files are not loaded
    assert "Loading google-sre-example-postmortem.md" in err
    # The progress line is cleared before the summary.
    assert err.endswith("\r")
    _, _, piped = pmdesk(paths, "load", str(archive))
    assert piped == ""


def test_progress_counts_up_to_the_end(db: Database, archive: Path) -> None:
    seen: list[tuple[int, int]] = []
    summary = load_many(db, [archive], progress=lambda done, total, _m: seen.append((done, total)))
    assert summary.loaded == 6
    assert seen[0] == (0, 12)
    assert seen[-1] == (12, 12)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancelling_loads_nothing(db: Database, archive: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 8  # half-way through writing

    with pytest.raises(LoadCancelledError, match="nothing was loaded"):
        load_many(db, [archive], cancelled=cancelled)
    again = load_many(db, [archive])
    assert again.count(Outcome.CREATED) == 6


def test_one_interchange_file_keeps_its_plain_answer(paths: Paths) -> None:
    status, out, _ = pmdesk(paths, "load", str(sample_file()))
    assert status == 0
    assert out == "Created PM-0001: Checkout partially unavailable after a database failover\n"


def test_an_empty_folder_is_one_sentence(paths: Paths, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    status, out, err = pmdesk(paths, "load", str(tmp_path / "empty"))
    assert (status, out) == (2, "")
    assert err == (
        f"pmdesk: There is nothing to load in {tmp_path / 'empty'}. Choose interchange JSON, "
        "Markdown or HTML files, or folders holding them.\n"
    )


def test_one_refused_written_file_fails_like_one_refused_json_file(
    paths: Paths, tmp_path: Path
) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Groceries\n\n- milk\n", encoding="utf-8")
    status, out, _ = pmdesk(paths, "load", str(path))
    assert status == 2
    assert out.splitlines() == [
        f"{path}: Refused: notes.md has nothing pmdesk recognises as a post-mortem (no "
        "summary, timeline, root causes, action items or lessons). Check that it is a "
        "post-mortem with headings such as Summary or Timeline.",
        "Loaded 0 of 1 file; 0 skipped; 1 refused.",
    ]


def test_only_files_about_the_folder_are_passed_over_by_name(tmp_path: Path) -> None:
    from pmdesk.archive.batch import collect_files

    for name in ("README.md", "index.md", "LICENSE.md", "indexer-outage.md", "readme-bot.md"):
        (tmp_path / name).write_text("## Summary\n\nx\n", encoding="utf-8")
    chosen, skipped = collect_files([tmp_path])
    assert [p.name for p in chosen] == ["indexer-outage.md"]
    assert sorted(r.path.name for r in skipped) == [
        "LICENSE.md",
        "README.md",
        "index.md",
        "readme-bot.md",
    ]
