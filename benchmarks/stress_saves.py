"""Typed text under a second writer: how many edits are lost (the figure must be 0).

Types N words into an open post-mortem window, one save each, while another
process keeps committing to the same SQLite file and a second window in the same
app saves too; then counts the words that did not reach the database.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/stress_saves.py [WORDS]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.ui.app import create_application
from pmdesk.ui.postmortem_window import PostmortemWindow

WRITER = """
import sys, time
from pmdesk.store import open_database
from pmdesk.store.queries import create_postmortem
db = open_database(sys.argv[1])
deadline = time.monotonic() + float(sys.argv[2])
n = 0
while time.monotonic() < deadline:
    with db.transaction() as session:
        create_postmortem(session, f"written by another process {n}")
    n += 1
print(n)
"""


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 320
    root = Path(tempfile.mkdtemp())
    paths = Paths(root / "data", root / "config", root / "logs")
    url = f"sqlite:///{root / 'stress.sqlite'}"
    app = create_application()
    db = open_database(url)
    with db.transaction() as session:
        first = create_postmortem(session, "Typed in the meeting").id
        second = create_postmortem(session, "Second window").id
    windows = [PostmortemWindow(db, pm_id, paths) for pm_id in (first, second)]
    for window in windows:
        window.show()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, url, str(words * 0.05 + 5)],
        stdout=subprocess.PIPE,
        text=True,
    )
    failed = 0
    for number in range(words):
        for window in windows:
            editor = window.page_for[Step.INCIDENT].summary_edit  # type: ignore[attr-defined]
            editor.setFocus()
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            QTest.keyClicks(editor, f"w{number} ")
            failed += not window.document.save()
        app.processEvents()
    commits, _ = writer.communicate()
    for window in windows:
        while not window.document.save():
            QTest.qWait(200)
    with db.reading() as session:
        stored = find_postmortem(session, "PM-0001").summary.split()
        stored_second = find_postmortem(session, "PM-0002").summary.split()
    typed = [f"w{n}" for n in range(words)]
    lost = len(set(typed) - set(stored)) + len(set(typed) - set(stored_second))
    print(f"edits typed:            {2 * words} (two windows)")
    print(f"commits by the other process meanwhile: {commits.strip()}")
    print(f"saves that had to wait and retry:       {failed}")
    print(f"edits lost:             {lost}")


if __name__ == "__main__":
    main()
