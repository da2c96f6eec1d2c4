"""One pmdesk per database file.

The app holds an operating-system lock on `<database>.lock` while it has an SQLite
file open; the OS drops it when the process ends, crash included, so a lock is
never stale. Maintenance that replaces the file (restoring a backup) refuses while
another process holds it, and a second start of the app learns who has the file.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from pmdesk.errors import UserFacingError

__all__ = ["DatabaseInUseError", "DatabaseLock", "Holder"]


@dataclass(frozen=True)
class Holder:
    """Who has the database open."""

    pid: int | None
    host: str

    def describe(self) -> str:
        process = f"process {self.pid}" if self.pid else "another process"
        here = self.host == socket.gethostname()
        return process if here else f"{process} on {self.host or 'another computer'}"


class DatabaseInUseError(UserFacingError):
    """Another pmdesk has the database open."""

    def __init__(self, database: Path, holder: Holder, hint: str) -> None:
        super().__init__(
            f"pmdesk ({holder.describe()}) already has the database {database} open.", hint
        )
        self.holder = holder


class DatabaseLock:
    """The lock that says "this pmdesk has `database` open"."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self._owner_file = database.with_name(database.name + ".lock.owner")
        self._lock = FileLock(self.path, timeout=0)

    @property
    def is_held(self) -> bool:
        """True while this process holds the lock."""
        return self._lock.is_locked

    def acquire(self, hint: str = "Close it there first.") -> None:
        """Take the lock, or raise DatabaseInUseError naming its holder."""
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseInUseError(self.database, self.holder(), hint) from None
        try:
            self._owner_file.write_text(
                json.dumps({"pid": os.getpid(), "host": socket.gethostname()}), encoding="utf-8"
            )
        except OSError:
            pass  # only the message about who holds it gets vaguer

    def release(self) -> None:
        if self._lock.is_locked:
            self._owner_file.unlink(missing_ok=True)
            self._lock.release()

    def holder(self) -> Holder:
        try:
            owner = json.loads(self._owner_file.read_text(encoding="utf-8"))
            return Holder(int(owner["pid"]), str(owner["host"]))
        except (OSError, ValueError, KeyError, TypeError):
            return Holder(None, "")
