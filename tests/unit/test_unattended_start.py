"""`pmdesk --exit-when-ready` runs unattended (CI, benchmarks): it never waits on a dialog."""

from __future__ import annotations

import os
import subprocess
import sys

from pmdesk.settings import Paths

BROKEN_SAMPLE = """
import sys
import pmdesk.store.sample

def ensure_sample(session):
    raise RuntimeError("the sample post-mortem is damaged")

pmdesk.store.sample.ensure_sample = ensure_sample
from pmdesk.__main__ import main
sys.exit(main(["--exit-when-ready"]))
"""


def test_a_failing_first_start_reports_on_stderr_and_exits(paths: Paths) -> None:
    env = {**os.environ, "PMDESK_HOME": str(paths.data_dir.parent), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_SAMPLE],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,  # an error dialog would wait for ever
    )
    assert result.returncode != 0
    assert "RuntimeError: the sample post-mortem is damaged" in result.stderr
    assert result.stdout == ""
