"""A real PostgreSQL server for the tests, started in a temporary folder.

The server binaries come from the system's PostgreSQL package (installed by
scripts/install-system-deps.sh). As root, the server runs as the `postgres` user,
because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _binary(name: str) -> str:
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    found = str(candidates[0]) if candidates else shutil.which(name)
    if not found:
        pytest.fail(
            f"PostgreSQL's {name} is not installed; run scripts/install-system-deps.sh "
            "(or 'make test', which does)."
        )
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_postgres(*, password: str | None = None, tls: Path | None = None) -> Iterator[str]:
    """A fresh, empty PostgreSQL server on a loopback port, stopped on exit; its URL.
    (Also used by benchmarks/bench_live.py.)

    Args:
        password: the superuser's password, which the server then asks for (SCRAM);
            without it, it trusts every local connection.
        tls: a folder with server.crt and server.key: the server offers TLS with them.
    """
    root = Path(tempfile.mkdtemp(prefix="pmdesk-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    auth = ["--auth=trust"]
    if password is not None:
        password_file = root / "password"
        password_file.write_text(password)
        if as_user:
            shutil.chown(password_file, "postgres")
        auth = ["--auth=scram-sha-256", f"--pwfile={password_file}"]
    subprocess.run(
        [*as_user, _binary("initdb"), "-D", str(data), "-U", "pmdesk", *auth, "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    if tls is not None:
        for name in ("server.crt", "server.key"):
            shutil.copy(tls / name, data / name)
            if as_user:
                shutil.chown(data / name, "postgres")
        (data / "server.key").chmod(0o600)
        options += " -c ssl=on"
    subprocess.run(
        [
            *as_user,
            _binary("pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(root / "server.log"),
            "-o",
            options,
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    try:
        yield f"postgresql+psycopg://pmdesk@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, _binary("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL server on a loopback port."""
    with running_postgres() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the server for one test."""
    import psycopg

    name = f"pmdesk_test_{os.getpid()}_{next(_counter)}"
    admin = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_counter = iter(range(1_000_000))
