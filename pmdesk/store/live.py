"""Hearing that others committed a change to a post-mortem that is open here.

Several windows (in one app, in several apps, on several laptops) can show the same
post-mortem. Each learns within a fraction of a second that someone else saved it:

* PostgreSQL: every commit that changes a post-mortem sends `NOTIFY` on CHANNEL with
  "<id> <version>" (`announce`, called by store.engine before the commit, so the
  notification goes out with the commit and never without it). A window LISTENs on a
  connection of its own, which is readable when a notification arrives.
* SQLite: `PRAGMA data_version` changes when another connection committed; asking it
  takes no lock and reads no page, so a window asks a few times a second and reads
  the post-mortem's version only when it moved.

What changed, and by whom, is then read from the revisions (store.revisions); this
module only tells that, and to which version.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection

    from pmdesk.store.database import Database

log = logging.getLogger(__name__)

__all__ = ["CHANNEL", "POLL_INTERVAL_MS", "ChangeWatcher", "announce"]

CHANNEL = "pmdesk_changes"
# How often a window on an SQLite database asks whether someone else committed.
POLL_INTERVAL_MS = 150


def announce(connection: Connection, versions: Mapping[int, int]) -> None:
    """Tell the windows listening that these post-mortems now have these versions.

    On PostgreSQL the notification is part of the transaction: sent when it commits,
    dropped when it rolls back. Other databases are watched by polling.
    """
    if connection.dialect.name != "postgresql":
        return
    for postmortem_id, version in versions.items():
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": f"{postmortem_id} {version}"},
        )


class ChangeWatcher:
    """Watches one post-mortem for commits, on a connection of its own.

    `socket` is the file descriptor to wait on (PostgreSQL), or None: then call `poll`
    every POLL_INTERVAL_MS. `poll` never blocks.
    """

    def __init__(self, db: Database, postmortem_id: int) -> None:
        self.postmortem_id = postmortem_id
        self._listener: psycopg.Connection[tuple[object, ...]] | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._data_version: int | None = None
        path = db.sqlite_file
        if path is not None:
            from pmdesk.store.database import read_only_uri

            try:
                self._sqlite = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
                self._data_version = self._read_data_version()
            except sqlite3.Error as exc:
                log.warning("Cannot watch for others' changes (%s)", type(exc).__name__)
                self.close()
        elif make_url(db.url).get_backend_name() == "postgresql":
            import psycopg

            url = make_url(db.url).set(drivername="postgresql")
            try:
                self._listener = psycopg.connect(
                    url.render_as_string(hide_password=False), autocommit=True
                )
                self._listener.execute(f"LISTEN {CHANNEL}")
            except psycopg.Error as exc:
                self._give_up(exc)

    @property
    def socket(self) -> int | None:
        return self._listener.fileno() if self._listener is not None else None

    @property
    def is_watching(self) -> bool:
        return self._listener is not None or self._sqlite is not None

    def poll(self) -> int | None:
        """The post-mortem's stored version if someone committed a change to it since
        the last call (this process's own commits included), else None."""
        if self._listener is not None:
            import psycopg

            newest: int | None = None
            try:
                for notification in self._listener.notifies(timeout=0):
                    postmortem_id, _, version = notification.payload.partition(" ")
                    if postmortem_id == str(self.postmortem_id) and version.isdigit():
                        newest = max(newest or 0, int(version))
            except psycopg.Error as exc:
                self._give_up(exc)
            return newest
        if self._sqlite is None:
            return None
        try:
            data_version = self._read_data_version()
            if data_version == self._data_version:
                return None
            self._data_version = data_version
            row = self._sqlite.execute(
                "SELECT version FROM postmortems WHERE id = ?", (self.postmortem_id,)
            ).fetchone()
        except sqlite3.Error as exc:
            # Busy or gone for a moment: asked again at the next poll.
            log.info("Watching for others' changes: %s", type(exc).__name__)
            return None
        return int(row[0]) if row is not None else None

    def _give_up(self, exc: Exception) -> None:
        # The server closed the connection: others' changes now show at the next save.
        log.warning("Stopped hearing of others' changes (%s)", type(exc).__name__)
        self.close()

    def _read_data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
