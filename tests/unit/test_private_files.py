"""pmdesk's own files are the user's alone; exports follow the user's umask.

The database holds private facilitator notes, and backups and logs hold what it holds:
with the usual umask 022 they must still be 0600 in 0700 folders.
"""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pmdesk.cli import run
from pmdesk.logs import configure_logging
from pmdesk.settings import Paths, Preferences, save_preferences
from pmdesk.store import list_backups

SetUmask = Callable[[int], None]


@pytest.fixture
def umask() -> Iterator[SetUmask]:
    """Set the process umask for the test; the old one comes back afterwards."""

    def set_umask(mask: int) -> None:
        os.umask(mask)

    original = os.umask(0o022)
    try:
        yield set_umask
    finally:
        os.umask(original)


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """configure_logging adds handlers to the root logger: take them away again."""
    before = list(logging.getLogger().handlers)
    try:
        yield
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def pmdesk(paths: Paths, *argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    assert status == 0, err.getvalue()
    return out.getvalue()


def test_database_its_journal_and_backups_are_private(paths: Paths, umask: SetUmask) -> None:
    # A data folder left readable by an older version is closed as well.
    paths.data_dir.mkdir(parents=True, mode=0o755)
    pmdesk(paths, "new", "--title", "Secret notes inside")
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.database_file) == 0o600
    pmdesk(paths, "list")  # the second open makes the first daily backup
    (backup,) = list_backups(paths.backups_dir)
    assert mode(paths.backups_dir) == 0o700
    assert mode(backup) == 0o600


def test_the_write_ahead_log_is_as_private_as_the_database(paths: Paths, umask: SetUmask) -> None:
    from pmdesk.store.location import open_app_database
    from pmdesk.store.queries import create_postmortem

    db = open_app_database(None, paths)
    try:
        with db.transaction() as session:
            create_postmortem(session, "Written through the WAL")
        for side in ("-wal", "-shm"):
            journal = paths.database_file.with_name(paths.database_file.name + side)
            assert mode(journal) == 0o600, side
    finally:
        db.close()


def test_a_database_file_of_the_users_choosing_is_created_private(
    paths: Paths, tmp_path: Path, umask: SetUmask
) -> None:
    team = tmp_path / "team" / "team.sqlite"
    pmdesk(paths, "--database", f"sqlite:///{team}", "new", "--title", "Team review")
    assert mode(team) == 0o600
    pmdesk(paths, "--database", f"sqlite:///{team}", "list")
    backups = team.parent / "team-backups"
    assert mode(backups) == 0o700
    assert [mode(p) for p in backups.iterdir()] == [0o600]


def test_a_restored_database_keeps_the_mode_of_the_file_it_replaces(
    paths: Paths, umask: SetUmask
) -> None:
    pmdesk(paths, "new", "--title", "Before the accident")
    pmdesk(paths, "list")
    (backup,) = list_backups(paths.backups_dir)
    pmdesk(paths, "restore-backup", str(backup))
    assert mode(paths.database_file) == 0o600


def test_logs_and_preferences_are_private(
    paths: Paths, umask: SetUmask, root_handlers: None
) -> None:
    log_file = configure_logging(paths.log_dir)
    assert log_file is not None
    logging.getLogger("pmdesk.test").warning("a line")
    assert mode(paths.log_dir) == 0o700
    assert mode(log_file) == 0o600
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(log_file)
    )
    handler.roll_over()
    logging.getLogger("pmdesk.test").warning("a line in the new file")
    assert mode(log_file) == 0o600
    assert mode(log_file.with_name("pmdesk.log.1")) == 0o600

    save_preferences(paths.preferences_file, Preferences(organisation_name="ACME"))
    assert mode(paths.config_dir) == 0o700
    assert mode(paths.preferences_file) == 0o600


def test_the_log_rolls_over_past_two_megabytes_keeping_three_old_files(
    paths: Paths, root_handlers: None
) -> None:
    log_file = configure_logging(paths.log_dir)
    assert log_file is not None
    logger = logging.getLogger("pmdesk.test")
    line = "x" * 10_000
    for number in range(1000):  # about 10 MB: four roll-overs and more
        logger.warning("%d %s", number, line)
    logger.warning("the last line")
    assert log_file.stat().st_size <= 2_000_000 + 20_000
    assert "the last line" in log_file.read_text(encoding="utf-8")
    kept = sorted(path.name for path in paths.log_dir.iterdir())
    assert kept == ["pmdesk.log", "pmdesk.log.1", "pmdesk.log.2", "pmdesk.log.3"]
    # Oldest to newest, the files hold one unbroken run of the records, ending now.
    numbers = [
        int(line.split()[4])  # after the date, time, level and name
        for name in ("pmdesk.log.3", "pmdesk.log.2", "pmdesk.log.1", "pmdesk.log")
        for line in log_file.with_name(name).read_text(encoding="utf-8").splitlines()
        if "the last line" not in line
    ]
    assert numbers == list(range(numbers[0], 1000))


@pytest.mark.parametrize(
    ("mask", "expected"),
    [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)],
    ids=["umask-077", "umask-022", "umask-002"],
)
def test_exports_follow_the_users_umask(
    paths: Paths, tmp_path: Path, umask: SetUmask, mask: int, expected: int
) -> None:
    pmdesk(paths, "new", "--title", "Shared or not")
    umask(mask)
    report = tmp_path / "report.md"
    pmdesk(paths, "export", "PM-0001", "-f", "md", "-o", str(report), "--override-gates", "Test")
    assert mode(report) == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []
