"""The library at scale: 100, 1,000 and 10,000 post-mortems.

Generates libraries of realistic post-mortems (the sample's size: 30 timeline events,
10 whys, 5 action items, 7 lessons, 3 contributing factors, 5 participants; varied
text) with bulk inserts, then prints per size:

- first window: `pmdesk --exit-when-ready` on the library, as a ratio to a bare
  PySide6 window measured in the same run (goal <= 2.0x at 10,000);
- full-text query time in the core: the best 50 matches with their snippets, for a
  rare identifier and for a common word (goal <= 100 ms at 10,000), on SQLite and,
  when its binaries are installed, on a PostgreSQL server started for the run;
- whole process `pmdesk list --search WORD` against the same on a library of one
  post-mortem (goal <= 1.3x).

Run: .venv/bin/python benchmarks/bench_library.py [--sizes 100 1000 10000] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from _installed import installed_env
from _timing import wall_time
from sqlalchemy import Connection

from pmdesk.store import open_database
from pmdesk.store.library import LibraryQuery, open_reader, search_hits
from pmdesk.store.search_index import refresh_search_index

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

SERVICES = [
    "checkout-api", "payments", "ledger-export", "search", "auth", "notifications",
    "postgres-main", "pgbouncer", "redis-cache", "kafka", "billing", "catalog",
    "image-resizer", "cdn", "dns", "mobile-gateway", "orders", "inventory",
    "recommendations", "email-relay", "vault", "ingress", "scheduler", "reporting",
]  # fmt: skip
SYMPTOMS = [
    "partially unavailable", "slow for EU customers", "returning 502s", "dropping messages",
    "double-charging a few orders", "serving stale prices", "timing out", "down",
    "leaking connections", "rejecting logins", "losing writes", "stuck in a crash loop",
]  # fmt: skip
TRIGGERS = [
    "a database failover", "a config push", "a certificate expiry", "a kernel upgrade",
    "a traffic spike", "a schema migration", "a DNS change", "a dependency release",
    "an expired credential", "a full disk", "a noisy neighbour", "a feature flag flip",
]  # fmt: skip
EVENTS = [
    "{host} alert fired: p99 latency above {n} ms for {service}",
    "{person} acknowledged the page and opened the {service} dashboard",
    "could not write to file \"pg_wal/xlogtemp.{n}\" on {host}: No space left on device",
    "rolled back the {service} deploy to build {n}",
    "error rate on {service} back under {n} per minute",
    "{person}: I think the pooler on {host} still points at the old primary",
    "restarted {n} pods of {service}; connections recovered",
    "customer support reports checkout errors from {n} merchants",
    "failover promoted {host} within {n} seconds",
    "kafka consumer lag on {service} reached {n} messages",
]  # fmt: skip
WHYS = [
    "Why did {service} fail for {n} minutes?",
    "The pooler on {host} kept its connections to the old primary.",
    "Nobody reloads the pooler when the primary changes.",
    "The failover runbook stops at promotion.",
    "The credential rotation for {service} had no list of its users.",
]  # fmt: skip
ACTIONS = [
    "Reload the pooler from an on_role_change callback on {host}",
    "Alert when WAL archiving fails for more than {n} minutes",
    "Add {service} to the credential rotation inventory",
    "Extend the failover runbook with client checks",
    "Load-test {service} at {n} requests per second",
]  # fmt: skip
LESSONS = [
    "The replica was promoted in {n} seconds with no lag.",
    "Support relayed merchant reports within minutes.",
    "We got lucky that {service} was quiet at the time.",
    "Nobody knew who owned {service}.",
    "Dashboards for {host} were missing the pooler's connections.",
]  # fmt: skip
PEOPLE = ["Priya Raman", "Mei Lin", "Jonas Becker", "Alex Morgan", "Sam Okafor", "Lena Vogt"]
RARE_WORD = "RB-0042"  # one runbook of 1,000: in about one post-mortem in a thousand
COMMON_WORD = "pooler"  # in nearly every post-mortem


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        host=f"db-{rng.randrange(1, 501):03d}",
        n=rng.randrange(2, 5000),
        service=rng.choice(SERVICES),
        person=rng.choice(PEOPLE).split()[0].lower(),
    )


# The columns each generated table fills, in the order of its row tuples.
TABLE_COLUMNS = {
    "postmortems": (
        "id, uuid, key, title, summary, customer_impact, severity, incident_start, "
        "incident_end, status, facilitator, language, tags, services, created_at, "
        "updated_at, version"
    ),
    "trigger_assessments": "id, postmortem_id, verdict, reasons, override_reason",
    "participants": "postmortem_id, name, role, team, handles, position",
    "timeline_events": (
        "postmortem_id, occurred_at, text, original_time, source_zone, source, author, "
        "kind, fingerprint, flags, is_internal_only"
    ),
    "why_nodes": "id, postmortem_id, parent_id, position, text, is_root_cause",
    "action_items": (
        "postmortem_id, title, description, type, owner, priority, due_on, status, "
        "tracker_url, position"
    ),
    "lessons": "postmortem_id, kind, text, position, is_internal_only",
    "contributing_factors": "postmortem_id, text, position, is_internal_only",
}


class _Rows:
    """Rows for each table, as tuples in `TABLE_COLUMNS` order."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLE_COLUMNS}


def _generate(count: int, seed: int, moment: Callable[[datetime], Any]) -> _Rows:
    rng = random.Random(seed)
    rows = _Rows()
    start = datetime(2020, 1, 1, tzinfo=UTC)
    why_id = 0
    for ident in range(1, count + 1):
        began = start + timedelta(minutes=rng.randrange(0, 6 * 365 * 24 * 60))
        service = rng.choice(SERVICES)
        services = sorted({service, *rng.sample(SERVICES, 2)})
        title = f"{service} {rng.choice(SYMPTOMS)} after {rng.choice(TRIGGERS)}"
        summary = " ".join(_fill(rng.choice(EVENTS), rng) + "." for _ in range(4))
        summary += f" Runbook RB-{rng.randrange(1000):04d} was followed."
        status = rng.choice(["draft", "in_review", "published"])
        rows.tables["postmortems"].append(
            (
                ident, str(uuid.UUID(int=rng.getrandbits(128))), f"PM-{ident:04d}",
                title[0].upper() + title[1:], summary,
                f"For {rng.randrange(5, 300)} minutes about {rng.randrange(1, 90)} % of "
                f"{service} requests failed.",
                rng.randrange(1, 5), moment(began), moment(began + timedelta(hours=2)),
                status, rng.choice(PEOPLE), "de" if ident % 10 == 0 else "en",
                json.dumps(rng.sample(["database", "network", "deploy", "capacity",
                                       "security", "config", "third-party"], 2)),
                json.dumps(services), moment(began + timedelta(days=1)),
                moment(began + timedelta(days=3)), 1,
            )
        )  # fmt: skip
        rows.tables["trigger_assessments"].append(
            (ident, ident, rng.choice(["mandatory", "recommended", None]), "[]", "")
        )
        for position, person in enumerate(rng.sample(PEOPLE, 5)):
            rows.tables["participants"].append(
                (ident, person, "On-call engineer", "SRE team", "[]", position)
            )
        for number in range(30):
            at = began + timedelta(minutes=2 * number)
            rows.tables["timeline_events"].append(
                (
                    ident, moment(at), _fill(rng.choice(EVENTS), rng), at.strftime("%H:%M:%S"),
                    "UTC", "slack #incident", rng.choice(PEOPLE).split()[0].lower(), "note",
                    f"{ident}-{number}", "[]", False,
                )
            )  # fmt: skip
        parent = None
        for position in range(10):
            why_id += 1
            text = _fill(WHYS[position % len(WHYS)], rng)
            is_root = position in (4, 9)
            rows.tables["why_nodes"].append((why_id, ident, parent, 0, text, is_root))
            parent = None if is_root else why_id
        for position in range(5):
            rows.tables["action_items"].append(
                (
                    ident, _fill(ACTIONS[position], rng), "", "code_change",
                    "Database platform team", rng.choice(["P0", "P1", "P2", "P3"]),
                    (began + timedelta(days=30)).date(),
                    rng.choice(["open", "in_progress", "done", "wont_do"]), "", position,
                )
            )  # fmt: skip
        for position in range(7):
            rows.tables["lessons"].append(
                (
                    ident, rng.choice(["went_well", "went_wrong", "lucky"]),
                    _fill(rng.choice(LESSONS), rng), position, False,
                )
            )  # fmt: skip
        for position in range(3):
            rows.tables["contributing_factors"].append(
                (ident, _fill(rng.choice(WHYS[1:]), rng), position, False)
            )
    return rows


def _write(connection: Connection, rows: _Rows) -> None:
    placeholder = "?" if connection.dialect.name == "sqlite" else "%s"
    for table, columns in TABLE_COLUMNS.items():
        marks = ", ".join(placeholder for _ in columns.split(","))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
        batch = rows.tables[table]
        for start in range(0, len(batch), 5000):
            connection.exec_driver_sql(sql, batch[start : start + 5000])
    count = len(rows.tables["postmortems"])
    connection.exec_driver_sql(
        f"UPDATE key_counters SET last_value = {count} WHERE name = 'postmortem'"
    )
    if connection.dialect.name == "postgresql":
        for table in ("postmortems", "trigger_assessments", "why_nodes"):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
    refresh_search_index(connection)


def generate_library(url: str, count: int) -> float:
    """Fill the new database at `url` with `count` post-mortems; seconds taken."""
    started = time.perf_counter()
    db = open_database(url)
    sqlite = url.startswith("sqlite")

    def moment(value: datetime) -> Any:
        naive = value.astimezone(UTC).replace(tzinfo=None)
        return naive.isoformat(sep=" ") + ".000000" if sqlite else naive

    try:
        rows = _generate(count, seed=count, moment=moment)
        with db.engine.begin() as connection:
            _write(connection, rows)
        if sqlite:
            with db.engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
    finally:
        db.close()
    return time.perf_counter() - started


def _timed(argv: list[str], env: dict[str, str]) -> float:
    return wall_time(argv, env, timeout=300)


def _ratio(times: list[float], reference: list[float]) -> str:
    median = statistics.median(times) / statistics.median(reference)
    best = min(times) / min(reference)
    return f"{median:5.2f}x ({best:4.2f}x)"


def _median_ms(measure: Callable[[], float], runs: int) -> float:
    return statistics.median(measure() for _ in range(runs)) * 1000


def query_ms(url: str, word: str, runs: int) -> tuple[float, int]:
    """Median milliseconds for the best 50 matches of `word` with snippets, and how
    many post-mortems match."""
    db = open_database(url)
    try:
        query = LibraryQuery(word)
        with open_reader(db) as reader:
            found = len(reader.ids(query))

        def once() -> float:
            started = time.perf_counter()
            with open_reader(db) as reader:
                search_hits(reader.execute, reader.dialect, query, 50)
            return time.perf_counter() - started

        once()
        return _median_ms(once, runs), found
    finally:
        db.close()


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """A throw-away PostgreSQL server's URL, or None when it is not installed."""
    binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    if not binaries:
        yield None
        return
    root = Path(tempfile.mkdtemp(prefix="pmdesk-bench-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data, ctl = root / "data", str(binaries[0] / "pg_ctl")
    subprocess.run(
        [*as_user, str(binaries[0] / "initdb"), "-D", str(data), "-U", "pmdesk", "-E", "UTF8",
         "--auth=trust"], check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [*as_user, ctl, "-D", str(data), "-l", str(root / "log"), "-w", "start", "-o",
         f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    try:
        yield f"postgresql+psycopg://pmdesk@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, ctl, "-D", str(data), "-m", "immediate", "stop"], check=False)
        shutil.rmtree(root, ignore_errors=True)


def _new_postgres_database(server: str, name: str) -> str:
    import psycopg

    admin = server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.rsplit("/", 1)[0] + f"/{name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-postgres", action="store_true")
    options = parser.parse_args()
    runs = options.runs
    folder = Path(tempfile.mkdtemp(prefix="pmdesk-bench-library-"))
    env = installed_env(folder, QT_QPA_PLATFORM="offscreen", PMDESK_HOME=str(folder / "home"))
    env.pop("PMDESK_DATABASE_URL", None)
    python = sys.executable

    def library(count: int) -> str:
        url = f"sqlite:///{folder / f'library-{count}.sqlite'}"
        seconds = generate_library(url, count)
        print(f"generated {count:>6} post-mortems in {seconds:6.1f} s")
        return url

    try:
        one = library(1)
        urls = {count: library(count) for count in options.sizes}
        bare = [python, "-c", BARE_WINDOW]

        def app(url: str) -> list[str]:
            return [python, "-m", "pmdesk", "--database", url, "--exit-when-ready"]

        def listing(url: str) -> list[str]:
            return [python, "-m", "pmdesk", "--database", url, "list", "--search", RARE_WORD]

        # Warm the file cache and the byte-code; the day's first start makes a backup.
        for argv in (bare, listing(one), *(app(url) for url in (one, *urls.values()))):
            _timed(argv, env)
        with postgres_server() as server:
            postgres = {}
            if server is not None and not options.no_postgres:
                for count in options.sizes:
                    url = _new_postgres_database(server, f"bench_{count}")
                    seconds = generate_library(url, count)
                    print(f"generated {count:>6} post-mortems on PostgreSQL in {seconds:6.1f} s")
                    postgres[count] = url
            print()
            # Ratios as median (best of the runs): on a busy machine the best runs show
            # the program's own cost, the medians what a user may meet.
            print(
                f"{'size':>6}  {'window/bare':>14}  {'sqlite rare':>12}  {'sqlite common':>14}  "
                f"{'pg rare':>8}  {'pg common':>10}  {'list --search vs 1':>18}"
            )
            for count, url in urls.items():
                window, bare_times, listed, listed_one = [], [], [], []
                for _ in range(runs):  # interleaved: all see the same machine load
                    bare_times.append(_timed(bare, env))
                    window.append(_timed(app(url), env))
                    listed.append(_timed(listing(url), env))
                    listed_one.append(_timed(listing(one), env))
                rare_ms, rare_found = query_ms(url, RARE_WORD, runs)
                common_ms, common_found = query_ms(url, COMMON_WORD, runs)
                pg = "       —  " + "         —"
                if count in postgres:
                    pg_rare, _ = query_ms(postgres[count], RARE_WORD, runs)
                    pg_common, _ = query_ms(postgres[count], COMMON_WORD, runs)
                    pg = f"{pg_rare:6.1f}ms  {pg_common:8.1f}ms"
                print(
                    f"{count:>6}  {_ratio(window, bare_times)}  {rare_ms:10.1f}ms  "
                    f"{common_ms:12.1f}ms  {pg}  {_ratio(listed, listed_one)}"
                )
                print(
                    f"        (medians: window {statistics.median(window) * 1000:.0f} ms, bare "
                    f"{statistics.median(bare_times) * 1000:.0f} ms; list --search "
                    f"{statistics.median(listed) * 1000:.0f} ms vs "
                    f"{statistics.median(listed_one) * 1000:.0f} ms; {RARE_WORD!r} in "
                    f"{rare_found}, {COMMON_WORD!r} in {common_found} post-mortems)"
                )
            print("\ngoals at 10,000: window <= 2.0x bare, query <= 100 ms, list --search <= 1.3x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
