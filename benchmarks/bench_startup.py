"""Start-up time of pmdesk against a bare PySide6 window, measured in the same run.

Both are whole processes, from launch until the first window is shown and the event
loop has gone idle, so interpreter start and imports count on both sides.
Target: pmdesk ≤ 2.0× the bare window.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(980, 620)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "PMDESK_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        pmdesk = [sys.executable, "-m", "pmdesk", "--exit-when-ready"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        # First start creates the database and the sample; warm the file cache too.
        timed(pmdesk, env)
        timed(bare, env)
        pmdesk_times, bare_times = [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            bare_times.append(timed(bare, env))
            pmdesk_times.append(timed(pmdesk, env))
    bare_ms = statistics.median(bare_times) * 1000
    pmdesk_ms = statistics.median(pmdesk_times) * 1000
    print(f"bare PySide6 window: {bare_ms:7.0f} ms (median of {runs})")
    print(f"pmdesk main window:  {pmdesk_ms:7.0f} ms (median of {runs})")
    print(f"ratio pmdesk/bare:   {pmdesk_ms / bare_ms:7.2f}x  (target <= 2.00x)")


if __name__ == "__main__":
    main()
