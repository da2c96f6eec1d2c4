"""Start-up time of pmdesk against a bare PySide6 window, measured in the same run; and
`pmdesk lint` on a one-line file against proselint on the same file.

All are whole processes, so interpreter start and imports count on both sides: the app
until the first window is shown and the event loop has gone idle, the linters until they
have printed their findings. Targets: pmdesk ≤ 2.0× the bare window, `pmdesk lint` ≤ 1.0×
proselint (the pre-commit hook's cold start).

Run: .venv/bin/python benchmarks/bench_startup.py [--runs N] [--lint-only]
proselint comes with the bench extra: pip install -e ".[app,bench]". --lint-only compares
the linters alone, e.g. in the pre-commit hook's environment (pmdesk and proselint, no Qt).
Run it on a quiet machine, or with more runs: a busy one spreads both sides' times.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
from pathlib import Path

from _installed import installed_env
from _timing import wall_time

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


ONE_LINE = "The engineer forgot to restart the service after the change.\n"


def timed(argv: list[str], env: dict[str, str], *, check: bool = True) -> float:
    return wall_time(argv, env, check=check, timeout=120)


def compare_linters(runs: int, env: dict[str, str], folder: Path) -> None:
    """`pmdesk lint` and proselint, each a fresh process on the same one-line file."""
    if importlib.util.find_spec("proselint") is None:
        print("proselint is not installed: pip install -e '.[app,bench]' to compare")
        return
    text = folder / "one-line.md"
    text.write_text(ONE_LINE, encoding="utf-8")
    # Both exit 1 when they find something: that is their answer, not a failure.
    pmdesk = [sys.executable, "-m", "pmdesk", "lint", str(text)]
    proselint = [sys.executable, "-m", "proselint", "check", str(text)]
    timed(pmdesk, env, check=False)
    timed(proselint, env, check=False)
    pmdesk_times, proselint_times = [], []
    for _ in range(runs):
        proselint_times.append(timed(proselint, env, check=False))
        pmdesk_times.append(timed(pmdesk, env, check=False))
    proselint_ms = statistics.median(proselint_times) * 1000
    pmdesk_ms = statistics.median(pmdesk_times) * 1000
    proselint_spread, pmdesk_spread = _spread(proselint_times), _spread(pmdesk_times)
    print(f"proselint, one line: {proselint_ms:7.0f} ms (median of {runs}{proselint_spread})")
    print(f"pmdesk lint, one line: {pmdesk_ms:5.0f} ms (median of {runs}{pmdesk_spread})")
    print(f"ratio pmdesk/proselint: {pmdesk_ms / proselint_ms:4.2f}x  (target <= 1.00x)")


def _spread(times: list[float]) -> str:
    """The middle half of the runs, which a busy machine widens."""
    if len(times) < 4:
        return ""
    low, _, high = statistics.quantiles(times, n=4)
    return f"; middle half {low * 1000:.0f}-{high * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lint-only", action="store_true", help="compare the linters only")
    options = parser.parse_args()
    runs = options.runs
    if options.lint_only:
        with tempfile.TemporaryDirectory() as folder:
            compare_linters(runs, installed_env(Path(folder)), Path(folder))
        return
    with tempfile.TemporaryDirectory() as home:
        env = installed_env(Path(home), PMDESK_HOME=home, QT_QPA_PLATFORM="offscreen")
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
    with tempfile.TemporaryDirectory() as folder:
        compare_linters(runs, installed_env(Path(folder)), Path(folder))


if __name__ == "__main__":
    main()
