"""Storage: engines, opening and migrating databases, backups, interchange.

The names below load their modules on first use, so that opening the app does not
import SQLAlchemy before it is needed (see `Database`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_ENGINE_NAMES = {"build_engine", "create_schema", "make_session_factory"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'pmdesk.store' has no attribute {name!r}")
    module = "pmdesk.store.engine" if name in _ENGINE_NAMES else "pmdesk.store.database"
    return getattr(importlib.import_module(module), name)
