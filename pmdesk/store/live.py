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

Presence (who else has the post-mortem open) on PostgreSQL: the listening connection
is named "pmdesk <id> <who>" (its application_name, which every database user may see
in pg_stat_activity); so a window that crashes or loses its network is gone from the
list as soon as the server drops its connection. Opening and closing also send a
notification, so the others look again at once. On SQLite, one pmdesk app holds the
database at a time; its windows know each other without the database.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from typing import TypeAlias

    import psycopg
    from sqlalchemy import Connection

    from pmdesk.store.database import Database

if TYPE_CHECKING:
    _Listener: TypeAlias = psycopg.Connection[tuple[object, ...]]

log = logging.getLogger(__name__)

__all__ = ["CHANNEL", "POLL_INTERVAL_MS", "PRESENCE_INTERVAL_MS", "ChangeWatcher", "announce"]

CHANNEL = "pmdesk_changes"
# How often a window on an SQLite database asks whether someone else committed.
POLL_INTERVAL_MS = 150
# How often a window looks again who else has the post-mortem open (for those whose
# app ended without saying goodbye; opening and closing are heard at once).
PRESENCE_INTERVAL_MS = 15_000
_PRESENCE = "presence"


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
        self._listener: _Listener | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._data_version: int | None = None
        self.presence_changed = False
        # A listener the server dropped can be replaced by a new watcher (PostgreSQL).
        self.can_watch_again = False
        self._heard: list[str] = []
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

            url = make_url(db.url)
            # As keywords, not as a URL: libpq's URL parser refuses a password with a
            # space in it, which SQLAlchemy's URLs leave unencoded.
            options = {
                "connect_timeout": "10",  # a server that is gone fails soon
                **url.translate_connect_args(username="user", database="dbname"),
                **{name: str(value) for name, value in url.query.items()},
            }
            self.can_watch_again = True
            try:
                self._listener = psycopg.connect(autocommit=True, **options)
                self._listener.execute(f"LISTEN {CHANNEL}")
                # What arrives while this connection runs a query of its own (presence)
                # reaches only handlers, not `notifies`: keep it for the next poll.
                self._listener.add_notify_handler(lambda heard: self._heard.append(heard.payload))
            except psycopg.Error as exc:
                self._give_up(exc)

    @property
    def socket(self) -> int | None:
        return self._listener.fileno() if self._listener is not None else None

    @property
    def has_unheard(self) -> bool:
        """Notifications came in while this connection ran a query: `poll` now."""
        return bool(self._heard)

    @property
    def is_watching(self) -> bool:
        return self._listener is not None or self._sqlite is not None

    def poll(self) -> int | None:
        """The post-mortem's stored version if someone committed a change to it since
        the last call (this process's own commits included), else None. Sets
        `presence_changed` when someone opened or closed it meanwhile."""
        if self._listener is not None:
            import psycopg

            try:
                # Read what the socket holds, without waiting (libpq's own calls: the
                # handler below gets what arrives during this connection's queries).
                connection = self._listener.pgconn
                connection.consume_input()
                while (notification := connection.notifies()) is not None:
                    self._heard.append(notification.extra.decode())
            except psycopg.Error as exc:
                self._give_up(exc)
            newest: int | None = None
            for payload in set(self._heard):
                postmortem_id, _, what = payload.partition(" ")
                if postmortem_id != str(self.postmortem_id):
                    continue
                if what.isdigit():
                    newest = max(newest or 0, int(what))
                elif what == _PRESENCE:
                    self.presence_changed = True
            self._heard.clear()
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

    def be_present(self, who: str | None) -> None:
        """Show others that `who` has the post-mortem open (None: no longer)."""
        if self._listener is None:
            return
        import psycopg

        try:
            self._say_present(self._listener, who)
        except psycopg.Error as exc:
            self._give_up(exc)

    def _say_present(
        self, listener: psycopg.Connection[tuple[object, ...]], who: str | None
    ) -> None:
        name = f"pmdesk {self.postmortem_id} {' '.join(who.split())}" if who else ""
        # application_name holds at most 63 bytes; a longer name is cut there.
        listener.execute(
            "SELECT set_config('application_name', %s, false)",
            (name.encode()[:63].decode(errors="ignore"),),
        )
        listener.execute("SELECT pg_notify(%s, %s)", (CHANNEL, f"{self.postmortem_id} {_PRESENCE}"))

    def others_present(self) -> list[str]:
        """Who else has the post-mortem open now, each once, by name."""
        self.presence_changed = False
        if self._listener is None:
            return []
        import psycopg

        prefix = f"pmdesk {self.postmortem_id} "
        try:
            rows = self._listener.execute(
                "SELECT application_name FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND starts_with(application_name, %s)",
                (prefix,),
            ).fetchall()
        except psycopg.Error as exc:
            self._give_up(exc)
            return []
        return sorted({str(row[0])[len(prefix) :] for row in rows})

    def _give_up(self, exc: Exception) -> None:
        # The server closed the connection: others' changes now show at the next save.
        log.warning("Stopped hearing of others' changes (%s)", type(exc).__name__)
        self.close()

    def _read_data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            import psycopg

            if not listener.closed:
                # Gone from the others' list at once, not when the server notices.
                with contextlib.suppress(psycopg.Error):
                    self._say_present(listener, None)
            listener.close()
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
