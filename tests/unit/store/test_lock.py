"""One pmdesk per database file: the app holds it, maintenance refuses meanwhile, and
a second start finds the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmdesk.settings import Paths
from pmdesk.store import make_backup, open_database
from pmdesk.store.lock import DatabaseInUseError, DatabaseLock
from pmdesk.store.queries import create_postmortem
from tests.unit.test_cli import pmdesk

HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from pmdesk.store.lock import DatabaseLock\n"
    "lock = DatabaseLock(Path(sys.argv[1]))\n"
    "lock.acquire()\n"
    "print('holding', flush=True)\n"
    "time.sleep(60)\n"
)


@pytest.fixture
def held_by_another_process(paths: Paths) -> Iterator[subprocess.Popen[str]]:
    db = open_database(paths.database_url, backups_dir=paths.backups_dir)
    with db.transaction() as session:
        create_postmortem(session, "Kept safe")
    db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(paths.database_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    yield holder
    holder.kill()
    holder.wait()


def test_restore_refuses_while_another_pmdesk_has_the_database_open(
    paths: Paths, held_by_another_process: subprocess.Popen[str]
) -> None:
    backup = make_backup(paths.database_file, paths.backups_dir)
    before = paths.database_file.read_bytes()
    status, _out, err = pmdesk(paths, "restore-backup", str(backup))
    assert status == 2
    assert err.count("\n") == 1
    assert f"process {held_by_another_process.pid}" in err
    assert "already has the database" in err
    assert paths.database_file.read_bytes() == before
    assert not list(paths.data_dir.glob("*.damaged-*"))


def test_restore_works_once_the_other_process_is_gone(
    paths: Paths, held_by_another_process: subprocess.Popen[str]
) -> None:
    backup = make_backup(paths.database_file, paths.backups_dir)
    held_by_another_process.kill()
    held_by_another_process.wait()
    # The operating system dropped the lock with the process: nothing is stale.
    status, out, err = pmdesk(paths, "restore-backup", str(backup))
    assert status == 0, err
    assert "Restored" in out


def test_the_lock_names_its_holder_and_is_released(tmp_path: Path) -> None:
    database = tmp_path / "pmdesk.sqlite"
    first = DatabaseLock(database)
    first.acquire()
    assert first.holder().pid == os.getpid()
    first.release()
    second = DatabaseLock(database)
    second.acquire()
    # Held, it keeps out any other holder, in this process too.
    with pytest.raises(DatabaseInUseError) as refused:
        DatabaseLock(database).acquire()
    assert refused.value.holder.pid == os.getpid()
    second.release()
    assert not second.is_held


def _start_app(paths: Paths) -> subprocess.Popen[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment["PMDESK_HOME"] = str(paths.data_dir.parent)
    return subprocess.Popen(
        [sys.executable, "-m", "pmdesk"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_start_brings_the_running_app_forward(paths: Paths) -> None:
    first = _start_app(paths)
    try:
        owner = paths.database_file.with_name("pmdesk.sqlite.lock.owner")
        deadline = time.monotonic() + 30
        while not owner.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert owner.exists(), "the first app never took the database"
        time.sleep(0.5)  # its local server starts right after the window shows
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        environment["PMDESK_HOME"] = str(paths.data_dir.parent)
        second = subprocess.run(
            [sys.executable, "-m", "pmdesk", "--exit-when-ready"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "already has the database" in second.stderr
        assert "brought forward" in second.stderr
        assert first.poll() is None
    finally:
        first.kill()
        first.wait()
