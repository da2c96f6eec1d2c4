"""One pmdesk per database file.

The app holds an operating-system lock on `<database>.lock` while it has an SQLite
file open; the OS drops it when the process ends, crash included, so a lock is
never stale. Maintenance that replaces the file (restoring a backup) refuses while
another process holds it, and a second start of the app learns who has the file.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from pmdesk.errors import UserFacingError

__all__ = ["DatabaseInUseError", "DatabaseLock", "Holder"]


def _host_name() -> str:
    """This computer's name, as socket.gethostname gives it."""
    if hasattr(os, "uname"):  # the same name, without loading socket before the window
        return os.uname().nodename
    import socket

    return socket.gethostname()


@dataclass(frozen=True)
class Holder:
    """Who has the database open."""

    pid: int | None
    host: str

    def describe(self) -> str:
        process = f"process {self.pid}" if self.pid else "another process"
        here = self.host == _host_name()
        return process if here else f"{process} on {self.host or 'another computer'}"


class DatabaseInUseError(UserFacingError):
    """Another pmdesk has the database open."""

    def __init__(self, database: Path, holder: Holder, hint: str) -> None:
        super().__init__(
            f"pmdesk ({holder.describe()}) already has the database {database} open.", hint
        )
        self.holder = holder


def _try_lock(descriptor: int) -> bool:
    """Take the operating system's lock on an open file at once, or say it is taken.

    The OS itself (not the filelock package: importing it took a tenth of the app's
    start-up) so that the lock goes with the process, crash included.
    """
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_UN)


class DatabaseLock:
    """The lock that says "this pmdesk has `database` open"."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self._owner_file = database.with_name(database.name + ".lock.owner")
        # The lock file's descriptor while the lock is held.
        self._descriptor: int | None = None

    @property
    def is_held(self) -> bool:
        """True while this process holds the lock."""
        return self._descriptor is not None

    def acquire(self, hint: str = "Close it there first.") -> None:
        """Take the lock, or raise DatabaseInUseError naming its holder."""
        if self._descriptor is not None:
            return
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise DatabaseInUseError(self.database, self.holder(), hint)
        self._descriptor = descriptor
        try:
            self._owner_file.write_text(
                json.dumps({"pid": os.getpid(), "host": _host_name()}), encoding="utf-8"
            )
        except OSError:
            pass  # only the message about who holds it gets vaguer

    def release(self) -> None:
        if self._descriptor is not None:
            self._owner_file.unlink(missing_ok=True)
            _unlock(self._descriptor)
            os.close(self._descriptor)
            self._descriptor = None

    def holder(self) -> Holder:
        try:
            owner = json.loads(self._owner_file.read_text(encoding="utf-8"))
            return Holder(int(owner["pid"]), str(owner["host"]))
        except (OSError, ValueError, KeyError, TypeError):
            return Holder(None, "")
