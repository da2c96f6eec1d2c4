"""Shared fixtures. Tests never touch the user's real folders."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before anything imports Qt: tests run headless everywhere, and never read or write
# the user's own Qt settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="pmdesk-test-config-")

from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.sample import sample_file

GUI_FIXTURES = {"qapp", "qtbot", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Mark every test that needs a QApplication, so `-m "not gui"` is the fast loop.
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    root = tmp_path / "pmdesk-home"
    monkeypatch.setenv("PMDESK_HOME", str(root))
    monkeypatch.delenv("PMDESK_DATABASE_URL", raising=False)
    return Paths(root / "data", root / "config", root / "logs")


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths.database_url, backups_dir=paths.backups_dir)
    yield database
    database.close()


@pytest.fixture
def sample_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(sample_file().read_text(encoding="utf-8"))
    return document
