"""A crash loses nothing older than a second: the real app, typing, killed with SIGKILL.

Runs the app in a child process that types into the summary while it prints what it
has typed; the test kills it at a random moment and checks what is stored. Five runs
by default; PMDESK_KILL_RUNS=50 (or more) for the long mode.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.queries import create_postmortem, find_postmortem

RUNS = int(os.environ.get("PMDESK_KILL_RUNS", "5"))
ALPHABET = "the quick brown fox jumps over the lazy dog "

TYPIST = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.ui.app import create_application
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.domain.flow import Step

app = create_application()
db = open_database(sys.argv[1])
window = PostmortemWindow(db, 1, Paths(*(Path(p) for p in sys.argv[2:5])))
window.show()
editor = window.page_for[Step.INCIDENT].summary_edit
editor.setFocus()
alphabet = sys.argv[5]
typed = 0

def type_one():
    global typed
    QTest.keyClicks(editor, alphabet[typed % len(alphabet)])
    typed += 1
    print(f"{time.monotonic():.4f} {typed}", flush=True)

timer = QTimer()
timer.timeout.connect(type_one)
timer.start(15)
app.exec()
"""


def typed_text(count: int) -> str:
    return "".join(ALPHABET[n % len(ALPHABET)] for n in range(count))


@pytest.mark.parametrize("run", range(RUNS))
def test_a_kill_while_typing_loses_nothing_older_than_a_second(
    run: int, paths: Paths, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'crash.sqlite'}"
    db = open_database(url)
    with db.transaction() as session:
        create_postmortem(session, "Typed until the crash")
    db.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            TYPIST,
            url,
            str(paths.data_dir),
            str(paths.config_dir),
            str(paths.log_dir),
            ALPHABET,
        ],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    progress: list[tuple[float, int]] = []
    kill_after = random.Random(run).uniform(1.5, 3.5)
    started: float | None = None
    for line in child.stdout:
        moment, count = line.split()
        progress.append((float(moment), int(count)))
        started = started or time.monotonic()
        if time.monotonic() - started >= kill_after:
            break
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert progress, child.stderr.read() if child.stderr else "the typist never typed"

    db = open_database(url)
    with db.reading() as session:
        stored = find_postmortem(session, "PM-0001").summary
    db.close()
    typed_long_ago = max(
        (count for moment, count in progress if moment <= killed_at - 1.0), default=0
    )
    everything = typed_text(progress[-1][1])
    assert everything.startswith(stored)  # nothing wrong was stored
    assert len(stored) >= typed_long_ago, (len(stored), typed_long_ago)
    checker = sqlite3.connect(tmp_path / "crash.sqlite")
    assert checker.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    checker.close()
