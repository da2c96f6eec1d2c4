"""Which database to open, and where its backups go."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from pmdesk.settings import (
    PRIVATE_FILE_MODE,
    Paths,
    load_preferences,
    make_private_folder,
)

if TYPE_CHECKING:
    from pmdesk.store.database import Database

__all__ = ["backups_folder", "database_url", "open_app_database"]


def database_url(explicit: str | None, paths: Paths) -> str:
    """--database, else $PMDESK_DATABASE_URL, else the SQLite file in the data folder."""
    return explicit or os.environ.get("PMDESK_DATABASE_URL") or paths.database_url


def backups_folder(url: str, paths: Paths) -> Path | None:
    """The user's backups folder for the default database, one beside any other SQLite
    file, and none for a server (the server's own backups apply)."""
    if url == paths.database_url:
        return paths.backups_dir
    if not url.startswith("sqlite:///"):
        return None
    database = Path(url.removeprefix("sqlite:///"))
    return database.parent / f"{database.stem}-backups"


def open_app_database(explicit_url: str | None, paths: Paths) -> Database:
    """Open the database the user chose, with backups and the configured retention."""
    from pmdesk.store.database import _sqlite_path, open_database

    url = database_url(explicit_url, paths)
    if url == paths.database_url:
        make_private_folder(paths.data_dir)
    database_file = _sqlite_path(url)
    if database_file is not None:
        _create_private(database_file)
    preferences, _notice = load_preferences(paths.preferences_file)
    return open_database(
        url, backups_dir=backups_folder(url, paths), keep_backups=preferences.keep_backups
    )


def _create_private(database_file: Path) -> None:
    """Create a new SQLite file for the user alone; SQLite gives its -wal and -shm
    files the same mode. An existing file keeps the mode it has (a shared team file)."""
    try:
        database_file.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(database_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except OSError:
        pass  # it exists already, or opening it will explain what is wrong
