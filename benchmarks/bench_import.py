"""Benchmark the JSON-lines importer against a bare json.loads loop.

Generates N ECS JSON-lines log lines (default 1,000,000) spread over 24 hours in a
temporary file, then imports them with a one-hour window. Prints the import speed
as a ratio to a loop that only JSON-parses every line with the same library
(``json``) in the same run (target >= 0.60), and the import's peak memory measured
in a fresh subprocess with ``resource.getrusage`` (target < 300 MB).

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


def generate(path: Path, lines: int) -> tuple[int, int]:
    """Write ``lines`` ECS lines in time order.

    Returns how many fall in the window, and how many distinct events that makes:
    identical text from the same service and host within one second is one event
    for the importer (its fingerprint), so those are counted once.
    """
    rng = random.Random(42)
    step = SPAN / lines
    in_window = 0
    distinct: set[tuple[str, str, str]] = set()
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
            if WINDOW_SINCE <= moment <= WINDOW_UNTIL:
                in_window += 1
                distinct.add((moment.strftime("%H:%M:%S"), host, message))
    return in_window, len(distinct)


def bare_loop(path: Path) -> float:
    started = time.perf_counter()
    loads = json.loads
    with path.open("rb") as handle:
        for line in handle:
            loads(line)
    return time.perf_counter() - started


def import_once(path: Path, *, windowed: bool = True) -> tuple[float, int]:
    started = time.perf_counter()
    options = ImportOptions(format="jsonl", since=WINDOW_SINCE, until=WINDOW_UNTIL)
    if not windowed:
        # Worst case for reference: every line parsed, filtered after parsing.
        options = ImportOptions(format="jsonl", keyword="no line contains this")
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
    parser.add_argument(
        "--full-parse", action="store_true", help="also time an import that parses every line"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_peak(args.child)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ecs.jsonl"
        in_window, expected = generate(path, args.lines)
        size_mb = path.stat().st_size / 1024**2
        print(
            f"{args.lines:,} lines, {size_mb:.0f} MB, {in_window:,} in the one-hour window, "
            f"{expected:,} distinct events (identical same-second lines collapse)"
        )
        bare_times, import_times = [], []
        events = 0
        for _ in range(args.rounds):
            bare_times.append(bare_loop(path))
            elapsed, events = import_once(path)
            import_times.append(elapsed)
        bare, imported = min(bare_times), min(import_times)
        print(f"bare json.loads loop: {bare:.2f} s ({args.lines / bare:,.0f} lines/s)")
        print(f"import_path (jsonl):  {imported:.2f} s ({args.lines / imported:,.0f} lines/s)")
        ratio = bare / imported
        print(f"speed ratio import/bare: {ratio:.2f} (target >= 0.60)")
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
        if args.full_parse:
            full, _ = import_once(path, windowed=False)
            print(
                f"for reference, parsing every line (no window): {full:.2f} s, "
                f"ratio {bare / full:.2f}"
            )
        ok = events == expected == measured["events"]
        print(f"events imported: {events:,} (expected {expected:,}) {'ok' if ok else 'MISMATCH'}")
        return 0 if ok and ratio >= 0.6 and measured["peak_mb"] < 300 else 1


if __name__ == "__main__":
    sys.exit(main())
