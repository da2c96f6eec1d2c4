"""Wall-clock time of one child process, from start to exit."""

from __future__ import annotations

import subprocess
import threading
import time


def wall_time(
    argv: list[str], env: dict[str, str], *, check: bool = True, timeout: float = 300
) -> float:
    """Seconds from the start of ``argv`` to its exit; output goes to /dev/null.

    The wait blocks in waitpid. ``subprocess.run(timeout=…)`` waits by polling with sleeps
    that grow to 50 ms, which rounds every run up to the next poll (64, 114, 164 ms …) and
    hides differences of tens of milliseconds. A timer kills a process that hangs instead.
    """
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        returncode = process.wait()
    finally:
        watchdog.cancel()
    elapsed = time.perf_counter() - started
    if check and returncode != 0:
        raise subprocess.CalledProcessError(returncode, argv)
    return elapsed
