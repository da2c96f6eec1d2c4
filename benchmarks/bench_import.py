"""Benchmark the JSON-lines importer against a bare json.loads loop.

Generates N ECS JSON-lines log lines (default 1,000,000) spread over 24 hours in a
temporary file, then imports them twice: with a one-hour window, and without one
(every line in range, every line an event). Prints each import's speed as a ratio to
a loop that only parses every line with the standard library's ``json.loads`` in the
same run (targets: >= 0.60 with the window, >= 1.0 without), and the windowed
import's peak memory measured in a fresh subprocess with ``resource.getrusage``
(target < 300 MB).

Run: ``.venv/bin/python benchmarks/bench_import.py [--lines N] [--rounds R]``
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pmdesk.importers import ImportOptions, import_path

START = datetime(2023, 6, 14, 0, 0, tzinfo=UTC)
SPAN = timedelta(hours=24)
WINDOW_SINCE = datetime(2023, 6, 14, 14, 0, tzinfo=UTC)
WINDOW_UNTIL = datetime(2023, 6, 14, 15, 0, tzinfo=UTC)
MESSAGES = (
    "GET /api/orders/{n} 200 {ms}ms",
    "POST /api/checkout 201 {ms}ms",
    "connection pool exhausted, waiting {ms}ms",
    "payment provider timeout after {ms}ms",
    "cache miss for key order:{n}",
)
LEVELS = ("info", "info", "info", "warn", "error")


def generate(path: Path, lines: int) -> tuple[int, int, int]:
    """Write ``lines`` ECS lines in time order.

    Returns how many fall in the window, how many distinct events that makes, and
    how many distinct events the whole file makes: identical text from the same
    service and host within one second is one event for the importer (its
    fingerprint), so those are counted once.
    """
    rng = random.Random(42)
    step = SPAN / lines
    in_window = 0
    distinct = distinct_all = 0
    # Lines are in time order: only lines of the same second can be one event, so the
    # benchmark (and the child it forks, which starts at its size) stays small.
    second_seen: set[tuple[str, str]] = set()
    second = ""
    with path.open("w", encoding="utf-8") as handle:
        for index in range(lines):
            moment = START + step * index
            kind = rng.randrange(len(MESSAGES))
            message = MESSAGES[kind].format(n=rng.randrange(10**6), ms=rng.randrange(2000))
            host = f"app-{index % 4:02d}"
            record = {
                "@timestamp": moment.strftime("%Y-%m-%dT%H:%M:%S.")
                + f"{moment.microsecond // 1000:03d}Z",
                "log.level": LEVELS[kind],
                "message": message,
                "ecs.version": "1.6.0",
                "service": {"name": "orders-api", "version": "2.31.0"},
                "host": {"hostname": host},
                "event": {"dataset": "orders.log"},
                "trace.id": f"{rng.getrandbits(64):016x}",
            }
            handle.write(json.dumps(record, separators=(",", ":")) + "\n")
            if moment.strftime("%H:%M:%S") != second:
                second, second_seen = moment.strftime("%H:%M:%S"), set()
            new = (host, message) not in second_seen
            second_seen.add((host, message))
            distinct_all += new
            if WINDOW_SINCE <= moment <= WINDOW_UNTIL:
                in_window += 1
                distinct += new
    return in_window, distinct, distinct_all


def bare_loop(path: Path) -> float:
    started = time.perf_counter()
    loads = json.loads
    with path.open("rb") as handle:
        for line in handle:
            loads(line)
    return time.perf_counter() - started


def import_once(path: Path, *, windowed: bool = True) -> tuple[float, int]:
    started = time.perf_counter()
    if windowed:
        options = ImportOptions(format="jsonl", since=WINDOW_SINCE, until=WINDOW_UNTIL)
    else:
        options = ImportOptions(format="jsonl")  # every line in range: all become events
    result = import_path(path, options)
    return time.perf_counter() - started, len(result.events)


def child_peak(path: Path) -> None:
    """Subprocess entry: import once, print events and peak RSS in MB."""
    _, events = import_once(path)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"events": events, "peak_mb": peak_kb / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_peak(args.child)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ecs.jsonl"
        in_window, expected, expected_all = generate(path, args.lines)
        size_mb = path.stat().st_size / 1024**2
        print(
            f"{args.lines:,} lines, {size_mb:.0f} MB, {in_window:,} in the one-hour window, "
            f"{expected:,} distinct events there and {expected_all:,} in the whole file "
            "(identical same-second lines collapse)"
        )
        # First, while this process is small: a forked child's peak size starts at
        # its parent's.
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ},
        )
        measured = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"peak memory of an import in a fresh process: {measured['peak_mb']:.0f} MB "
            "(target < 300 MB)"
        )
        bare_times, import_times, full_times = [], [], []
        events = events_all = 0
        for _ in range(args.rounds):
            bare_times.append(bare_loop(path))
            elapsed, events = import_once(path)
            import_times.append(elapsed)
            elapsed, events_all = import_once(path, windowed=False)
            full_times.append(elapsed)
        bare, imported, full = min(bare_times), min(import_times), min(full_times)
        for what, seconds in (
            ("bare json.loads loop:        ", bare),
            ("import_path, one-hour window:", imported),
            ("import_path, no window:      ", full),
        ):
            print(f"{what} {seconds:.2f} s ({args.lines / seconds:,.0f} lines/s)")
        ratio, ratio_all = bare / imported, bare / full
        print(f"speed ratio import/bare with the window: {ratio:.2f} (target >= 0.60)")
        print(f"speed ratio import/bare without a window: {ratio_all:.2f} (target >= 1.0)")
        ok = events == expected == measured["events"] and events_all == expected_all
        print(
            f"events imported: {events:,} with the window (expected {expected:,}), "
            f"{events_all:,} without (expected {expected_all:,}) {'ok' if ok else 'MISMATCH'}"
        )
        fast = ratio >= 0.6 and ratio_all >= 1.0
        return 0 if ok and fast and measured["peak_mb"] < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
