"""Opening a pmdesk database: checks, migrations and automatic backups.

Opening is the one place that decides whether a database may be used. A database
written by a newer pmdesk is refused untouched; a corrupt file is never overwritten;
an older schema is backed up before it is migrated.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pmdesk.errors import UserFacingError

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "Database",
    "list_backups",
    "make_backup",
    "open_database",
    "restore_backup",
]

# Every migration revision this pmdesk knows, oldest first. Kept here so that the
# common case (schema already current) needs no Alembic import at start-up; a test
# checks that it matches the migration scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]
BACKUP_PREFIX = "pmdesk-"
BACKUP_SUFFIX = ".sqlite"


class Database:
    """An open pmdesk database.

    The SQLAlchemy engine is built on first use: the library window of an SQLite
    database lists post-mortems through `sqlite_file` alone, so the app starts
    without importing the ORM.
    """

    def __init__(
        self,
        url: str,
        backups_dir: Path | None,
        *,
        is_new: bool = False,
        engine: Engine | None = None,
    ) -> None:
        self.url = url
        self.backups_dir = backups_dir
        # True when this open created the schema in an empty database (first start).
        self.is_new = is_new
        if engine is not None:
            self.__dict__["engine"] = engine

    def __repr__(self) -> str:
        return f"Database(url={self.url!r}, backups_dir={self.backups_dir!r}, is_new={self.is_new})"

    @property
    def sqlite_file(self) -> Path | None:
        """The database file, for an SQLite database on disk."""
        return _sqlite_path(self.url)

    @property
    def has_engine(self) -> bool:
        return "engine" in self.__dict__

    @cached_property
    def engine(self) -> Engine:
        from pmdesk.store.engine import build_engine

        return build_engine(self.url)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from pmdesk.store.engine import make_session_factory

        return make_session_factory(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on error."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        if self.has_engine:
            self.engine.dispose()


def _sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL ("sqlite:///path"), without importing SQLAlchemy."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def _sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision, has any tables) read with the stdlib driver, read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables - {"sqlite_sequence"})
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        connection.close()


def open_database(
    url: str,
    *,
    backups_dir: Path | None = None,
    keep_backups: int = 7,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Database:
    """Open (and if needed create or migrate) the database at `url`.

    Raises:
        UserFacingError: the file is corrupt or unreadable, was written by a newer
            pmdesk, or the server cannot be reached.
    """
    sqlite_path = _sqlite_path(url)
    if sqlite_path is not None:
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        if sqlite_path.exists():
            _check_readable_sqlite(sqlite_path, backups_dir)
            try:
                revision, has_tables = _sqlite_revision(sqlite_path)
            except sqlite3.DatabaseError as exc:
                raise _corrupt(sqlite_path, backups_dir, str(exc)) from exc
            _refuse_foreign(revision, has_tables)
            backup_due = backups_dir is not None and _backup_is_due(backups_dir, now())
            if revision == HEAD_REVISION and not backup_due:
                # The common start: nothing to migrate or back up, no ORM needed yet.
                return Database(url, backups_dir)

    from sqlalchemy.exc import SQLAlchemyError

    from pmdesk.store.engine import build_engine

    engine = build_engine(url)
    try:
        revision, has_tables = _current_revision(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _unusable_database(url, sqlite_path, backups_dir, exc) from exc
    try:
        _refuse_foreign(revision, has_tables)
    except UserFacingError:
        engine.dispose()
        raise

    if sqlite_path is not None and backups_dir is not None and revision is not None:
        if _backup_is_due(backups_dir, now()):
            _check_integrity(sqlite_path, backups_dir)
            make_backup(sqlite_path, backups_dir, now=now)
            _prune_backups(backups_dir, keep_backups)
        elif revision != HEAD_REVISION:
            make_backup(sqlite_path, backups_dir, now=now, label="before-upgrade")

    if revision != HEAD_REVISION:
        try:
            _migrate(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _unusable_database(url, sqlite_path, backups_dir, exc) from exc
    return Database(url, backups_dir, is_new=revision is None, engine=engine)


def _refuse_foreign(revision: str | None, has_tables: bool) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise UserFacingError(
            f"This database was written by a newer version of pmdesk (schema {revision}); "
            "it has been left untouched.",
            "Update pmdesk to open it, or choose another database with --database.",
        )
    if revision is None and has_tables:
        raise UserFacingError(
            "This database does not belong to pmdesk; it has been left untouched.",
            "Choose another database file with --database.",
        )


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return (row[0] if row else None), True


def _migrate(engine: Engine) -> None:
    # Imported here: Alembic is only needed when the schema actually changes.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("Database schema is now at %s", HEAD_REVISION)


def _check_readable_sqlite(path: Path, backups_dir: Path | None) -> None:
    if not os.access(path, os.R_OK):
        raise UserFacingError(
            f"The database {path} cannot be read: pmdesk has no permission to open it.",
            "Check the file's permissions, or choose another database with --database.",
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise _corrupt(path, backups_dir, str(exc)) from exc
    if header and header != b"SQLite format 3\x00":
        raise _corrupt(path, backups_dir, "it is not an SQLite database")
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, backups_dir, str(exc)) from exc


def _check_integrity(path: Path, backups_dir: Path) -> None:
    """A full quick_check, done once a day before the backup so we never copy damage."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, backups_dir, str(exc)) from exc
    if not result or result[0] != "ok":
        raise _corrupt(path, backups_dir, str(result[0]) if result else "integrity check failed")


def _unusable_database(
    url: str, sqlite_path: Path | None, backups_dir: Path | None, exc: SQLAlchemyError
) -> UserFacingError:
    if sqlite_path is not None:
        return _corrupt(sqlite_path, backups_dir, str(getattr(exc, "orig", exc)))
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError):
        return UserFacingError(
            f"The database server at {make_url(url).render_as_string(hide_password=True)} "
            "could not be reached.",
            "Check that it is running and that the URL is right.",
        )
    return UserFacingError(f"The database could not be opened: {getattr(exc, 'orig', exc)}.")


def _corrupt(path: Path, backups_dir: Path | None, detail: str) -> UserFacingError:
    backups = list_backups(backups_dir) if backups_dir else []
    if backups:
        hint = (
            f"The newest backup is {backups[0]}. To restore it, run: "
            f'pmdesk restore-backup "{backups[0]}" — the damaged file is kept beside it.'
        )
    else:
        hint = "No backup was found. Move the file aside to start a new, empty database."
    return UserFacingError(
        f"The database {path} is damaged and cannot be opened ({detail}). It has not been changed.",
        hint,
    )


def list_backups(backups_dir: Path | None) -> list[Path]:
    """Backups in `backups_dir`, newest first."""
    if backups_dir is None or not backups_dir.is_dir():
        return []
    found = [
        p
        for p in backups_dir.iterdir()
        if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _backup_is_due(backups_dir: Path, moment: datetime) -> bool:
    today = moment.astimezone(UTC).strftime("%Y%m%d")
    return not any(p.name.startswith(f"{BACKUP_PREFIX}{today}") for p in list_backups(backups_dir))


def make_backup(
    source: Path,
    backups_dir: Path,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    label: str = "daily",
) -> Path:
    """Copy `source` consistently with SQLite's online backup API."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = now().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{BACKUP_PREFIX}{stamp}-{label}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    source_connection = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        target_connection = sqlite3.connect(partial)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    finally:
        source_connection.close()
    os.replace(partial, target)
    log.info("Backed up the database to %s", target)
    return target


def _prune_backups(backups_dir: Path, keep: int) -> None:
    daily = [p for p in list_backups(backups_dir) if p.name.endswith(f"-daily{BACKUP_SUFFIX}")]
    for old in daily[max(keep, 1) :]:
        old.unlink(missing_ok=True)


def restore_backup(
    backup: Path, database: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> Path | None:
    """Put `backup` in place of `database`, keeping the old file beside it.

    Returns:
        Where the replaced database file was moved, if there was one.
    """
    try:
        connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise UserFacingError(f"The backup {backup} cannot be read ({exc}).") from exc
    if not ok or ok[0] != "ok":
        raise UserFacingError(f"The backup {backup} is damaged too; choose an older one.")
    kept: Path | None = None
    if database.exists():
        stamp = now().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        kept = database.with_name(f"{database.name}.damaged-{stamp}")
        os.replace(database, kept)
        for side in ("-wal", "-shm"):
            side_file = database.with_name(database.name + side)
            if side_file.exists():
                os.replace(side_file, kept.with_name(kept.name + side))
    database.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(database)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return kept
