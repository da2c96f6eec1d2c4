"""Shared fixtures. Tests never touch the user's real folders."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Before anything imports Qt: tests run headless everywhere, and never read or write
# the user's own Qt settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="pmdesk-test-config-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="pmdesk-test-cache-")

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


class RenderSpy:
    """Counts PDF renders, and the most that ever ran at the same time (the real
    renderer still does the work, in the app's helper process where there is one)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from pmdesk.exporters import pdf

        self.calls = 0
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()
        real = pdf._render

        def render(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                self.calls += 1
                self.running += 1
                self.most_at_once = max(self.most_at_once, self.running)
            try:
                return real(*args, **kwargs)
            finally:
                with self._lock:
                    self.running -= 1

        monkeypatch.setattr(pdf, "_render", render)


@pytest.fixture
def render_spy(monkeypatch: pytest.MonkeyPatch) -> RenderSpy:
    return RenderSpy(monkeypatch)


@pytest.fixture
def cold_pdf_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if this process had not rendered a PDF yet: the next warm-up renders."""
    from pmdesk.exporters import pdf

    monkeypatch.setattr(pdf, "_has_rendered", threading.Event())


@pytest.fixture(autouse=True)
def _collect_garbage_as_the_app_does(request: pytest.FixtureRequest) -> Iterator[None]:
    """Python's garbage is collected on the UI thread between events, as in the app
    (pmdesk.ui.garbage), in every test with Qt widgets; and after every test once
    that began, outside any event (automatic collection is off from then on)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from pmdesk.ui.garbage import collect_garbage_on_the_ui_thread

        collect_garbage_on_the_ui_thread(request.getfixturevalue("qapp"))
    yield
    garbage = sys.modules.get("pmdesk.ui.garbage")
    if garbage is not None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        collector = getattr(app, "_pmdesk_garbage_collector", None)
        if collector is not None:
            collector.collect_due()
