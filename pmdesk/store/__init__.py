"""Storage: engines, opening and migrating databases, backups, interchange."""

from pmdesk.store.database import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    Database,
    list_backups,
    make_backup,
    open_database,
    restore_backup,
)
from pmdesk.store.engine import build_engine, create_schema, make_session_factory

__all__ = [
    "HEAD_REVISION",
    "KNOWN_REVISIONS",
    "Database",
    "build_engine",
    "create_schema",
    "list_backups",
    "make_backup",
    "make_session_factory",
    "open_database",
    "restore_backup",
]
