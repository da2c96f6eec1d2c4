"""Opening a pmdesk database: checks, migrations and automatic backups.

Opening is the one place that decides whether a database may be used. A database
written by a newer pmdesk is refused untouched; a corrupt file is never overwritten;
an older schema is backed up before it is migrated.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from pmdesk.errors import UserFacingError
from pmdesk.settings import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE

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
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
BACKUP_PREFIX = "pmdesk-"
_MIGRATING = threading.Lock()
_IN_MEMORY_URLS = frozenset({"sqlite://", "sqlite:///:memory:"})
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
        read_only: str | None = None,
    ) -> None:
        self.url = url
        self.backups_dir = backups_dir
        # True when this open created the schema in an empty database (first start).
        self.is_new = is_new
        # Why pmdesk may only read this database (a sentence for the banner), or None.
        self.read_only_reason = read_only
        if engine is not None:
            self.__dict__["engine"] = engine

    def __repr__(self) -> str:
        return (
            f"Database(url={self.url!r}, backups_dir={self.backups_dir!r}, "
            f"is_new={self.is_new}, read_only={self.read_only})"
        )

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

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

        return build_engine(self.url, read_only=self.read_only)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from pmdesk.store.engine import make_session_factory

        return make_session_factory(self.engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work that writes: commit on success, roll back on error.

        On SQLite it holds the write lock from its start, so it never fails half-way
        because another writer committed meanwhile.
        """
        if self.read_only:
            raise UserFacingError(
                f"This database is open read-only: {self.read_only_reason}",
                "Nothing was changed.",
            )
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One unit of work that only reads: one consistent snapshot, then let go."""
        from pmdesk.store.engine import SQLITE_BEGIN

        with self.sessions(
            bind=self.engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"})
        ) as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        if self.has_engine:
            self.engine.dispose()

    def explain(self, exc: BaseException) -> UserFacingError | None:
        """One sentence for a database error met while working, or None if `exc` is
        not one: a damaged page gets the same guidance (and backup) as at opening."""
        if not (isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy")):
            return None
        detail = str(getattr(exc, "orig", None) or exc).split("\n", 1)[0]
        path = self.sqlite_file
        if path is None:
            return UserFacingError(
                f"The database server reported a problem ({detail}).",
                "Check that it is running, then try again.",
            )
        if "malformed" in detail or "not a database" in detail or "corrupt" in detail:
            return _corrupt(path, self.backups_dir, detail)
        return sqlite_trouble(path, detail) or UserFacingError(
            f"The database {path} reported a problem ({detail}).", "Nothing was changed."
        )


def _sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL ("sqlite:///path"), without importing SQLAlchemy."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def read_only_uri(path: Path) -> str:
    """A `file:` URI that opens `path` for reading only, even in a read-only folder."""
    # `immutable` lets SQLite read a WAL database where it cannot create the -shm
    # file; nobody can write there either.
    resolved = path.resolve()
    query = "mode=ro" if os.access(resolved.parent, os.W_OK) else "mode=ro&immutable=1"
    return f"{resolved.as_uri()}?{query}"


def _why_read_only(path: Path) -> str | None:
    """Why pmdesk could not write the SQLite database at `path`, or None if it can."""
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return f"the file {path} is read-only."
    folder = path.resolve().parent
    sides = [path.with_name(path.name + side) for side in ("-wal", "-shm")]
    if not os.access(folder, os.W_OK) and not all(os.access(p, os.W_OK) for p in sides):
        return f"its folder {folder} is read-only."
    return None


def _sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision, has any tables) read with the stdlib driver, read-only."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
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
    read_only: str | None = None
    if sqlite_path is not None:
        if not sqlite_path.is_absolute():
            # A relative file means the same file whatever the working folder later is.
            sqlite_path = sqlite_path.absolute()
            url = "sqlite:///" + str(sqlite_path) + url.partition("?")[1] + url.partition("?")[2]
        if sqlite_path.exists():
            _check_readable_sqlite(sqlite_path, backups_dir)
            try:
                revision, has_tables = _sqlite_revision(sqlite_path)
            except sqlite3.DatabaseError as exc:
                raise _corrupt(sqlite_path, backups_dir, str(exc)) from exc
            _refuse_foreign(revision, has_tables)
            read_only = _why_read_only(sqlite_path)
            if read_only is not None:
                if revision != HEAD_REVISION:
                    raise UserFacingError(
                        f"This database needs an upgrade, but {read_only}",
                        "Make the file and its folder writable, then start pmdesk again.",
                    )
                return Database(url, backups_dir, read_only=read_only)
            backup_due = backups_dir is not None and _backup_is_due(backups_dir, now())
            if revision == HEAD_REVISION and not backup_due:
                # The common start: nothing to migrate or back up, no ORM needed yet.
                return Database(url, backups_dir)
        else:
            _create_private_folder(sqlite_path.parent)

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

    if revision is None and url in _IN_MEMORY_URLS:
        # A scratch copy (an export renders one off the UI thread): the current schema
        # at once. Nothing to migrate, and Alembic stays out of background threads.
        from pmdesk.store.engine import create_schema

        create_schema(engine)
        return Database(url, backups_dir, is_new=True, engine=engine)

    if sqlite_path is not None and backups_dir is not None and revision is not None:
        if _backup_is_due(backups_dir, now()):
            _check_integrity(sqlite_path, backups_dir)
            try:
                make_backup(sqlite_path, backups_dir, now=now)
            except OSError as exc:
                # A missed daily backup must not keep anyone from their work.
                log.warning("The daily backup was skipped: %s", exc)
            else:
                _prune_backups(backups_dir, keep_backups)
        elif revision != HEAD_REVISION:
            # Migrating without a backup would risk the only copy: refuse instead.
            try:
                make_backup(sqlite_path, backups_dir, now=now, label="before-upgrade")
            except OSError as exc:
                engine.dispose()
                raise UserFacingError(
                    f"The database {sqlite_path} needs an upgrade, but its backup could not "
                    f"be written first ({exc}); it has been left untouched.",
                    "Free some disk space, then start pmdesk again.",
                ) from exc

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
    # Alembic keeps its migration context in module globals: a database opened in a
    # background thread (an export's in-memory copy) must not migrate at the same time.
    with _MIGRATING, engine.begin() as connection:
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
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, backups_dir, str(exc)) from exc


def _check_integrity(path: Path, backups_dir: Path) -> None:
    """A full quick_check, done once a day before the backup so we never copy damage."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
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
        detail = str(getattr(exc, "orig", exc))
        return sqlite_trouble(sqlite_path, detail) or _corrupt(sqlite_path, backups_dir, detail)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    if isinstance(exc, OperationalError):
        return UserFacingError(
            f"The database server at {make_url(url).render_as_string(hide_password=True)} "
            "could not be reached.",
            "Check that it is running and that the URL is right.",
        )
    return UserFacingError(f"The database could not be opened: {getattr(exc, 'orig', exc)}.")


def sqlite_trouble(path: Path, detail: str) -> UserFacingError | None:
    """The real reason behind an SQLite error that is not damage, or None."""
    lowered = detail.lower()
    if "disk is full" in lowered or "no space" in lowered:
        return UserFacingError(
            f"The disk that holds {path} is full.", "Free some space; nothing was lost."
        )
    if "readonly" in lowered or "read-only" in lowered:
        return UserFacingError(
            f"pmdesk may not write to {path} or its folder.",
            "Check the permissions of the file and its folder.",
        )
    if "locked" in lowered or "busy" in lowered:
        return UserFacingError(
            f"Another program kept {path} busy for too long.", "Try again in a moment."
        )
    return None


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
    """Copy `source` consistently with SQLite's online backup API.

    Raises:
        OSError: the copy could not be written (a full disk, no permission); no
            partial file is left behind.
    """
    _create_private_folder(backups_dir)
    stamp = now().astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"{BACKUP_PREFIX}{stamp}-{label}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        # A copy of the private notes is private too: SQLite keeps the mode of a file
        # it opens.
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        source_connection = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            target_connection = sqlite3.connect(partial)
            try:
                source_connection.backup(target_connection)
            finally:
                target_connection.close()
        finally:
            source_connection.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise
        raise OSError(f"the backup {target.name} could not be written ({exc})") from exc
    log.info("Backed up the database to %s", target)
    return target


def _create_private_folder(folder: Path) -> None:
    # The database holds private facilitator notes: only its owner may look inside.
    folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)


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
    from pmdesk.store.lock import DatabaseLock

    # Held throughout, so that no pmdesk opens the file while it is being replaced.
    lock = DatabaseLock(database)
    lock.acquire("Close pmdesk there, then restore the backup again.")
    try:
        return _replace_with_backup(backup, database, now)
    finally:
        lock.release()


def _replace_with_backup(backup: Path, database: Path, now: Callable[[], datetime]) -> Path | None:
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
