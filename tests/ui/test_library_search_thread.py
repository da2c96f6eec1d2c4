"""The library searches on a worker thread: a slow search keeps the window responsive,
and typing quickly ends with the results of the last text typed."""

from __future__ import annotations

import random
import time
import uuid
from itertools import pairwise

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from pytestqt.qtbot import QtBot

from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.library import LibraryQuery
from pmdesk.store.queries import create_postmortem
from pmdesk.store.search_index import refresh_search_index
from pmdesk.ui.background import BackgroundOp
from pmdesk.ui.itemmodels.library_model import read_first_page
from pmdesk.ui.main_window import MainWindow

# Words that occur hundreds of times in every post-mortem of the big library: finding
# all of them ranks every post-mortem over long position lists (a slow query).
SLOW_SEARCH = "pooler replica failover timeout"
WORDS = ["pooler", "replica", "failover", "connection", "timeout", "deploy", "cache", "queue"]
BIG = 3000


@pytest.fixture
def big_library(db: Database) -> Database:
    """BIG post-mortems with long summaries, and one titled "Quarterly drill"."""
    rng = random.Random(12)
    summary = " ".join(rng.choice(WORDS) for _ in range(1500))
    with db.transaction() as session:
        create_postmortem(session, "Quarterly drill")
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO postmortems (uuid, key, title, summary, customer_impact, status, "
            "facilitator, language, tags, services, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, '', 'draft', '', 'en', '[]', '[]', "
            "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1)",
            [
                (str(uuid.UUID(int=number)), f"BIG-{number:04d}", f"Incident {number}", summary)
                for number in range(1, BIG + 1)
            ],
        )
        refresh_search_index(connection)
    return db


@pytest.fixture
def window(qtbot: QtBot, big_library: Database, paths: Paths) -> MainWindow:
    main = MainWindow(big_library, paths)
    qtbot.addWidget(main)
    main.show()
    return main


def type_and_search(qtbot: QtBot, main: MainWindow, text: str) -> None:
    """Type `text` over the search box's text and press Enter (searches at once)."""
    main.search.setFocus()
    qtbot.keyClick(main.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(main.search, text)
    qtbot.keyClick(main.search, Qt.Key.Key_Return)


def titles(main: MainWindow) -> list[str]:
    model = main.table.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_a_slow_search_leaves_the_window_responsive(
    window: MainWindow, big_library: Database, qtbot: QtBot
) -> None:
    started = time.perf_counter()
    read_first_page(big_library, LibraryQuery(SLOW_SEARCH), 100)
    query_seconds = time.perf_counter() - started
    assert query_seconds > 0.15  # slow enough for the check below to mean something

    # From the moment the search starts until its results are shown.
    ticks = [time.perf_counter()]
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    type_and_search(qtbot, window, SLOW_SEARCH)
    assert window.is_searching
    qtbot.waitUntil(lambda: not window.is_searching, timeout=20_000)
    heartbeat.stop()
    ticks.append(time.perf_counter())

    assert window.model.match_count == BIG
    assert window.count_label.text() == f"{QLocale().toString(BIG)} post-mortems found"
    longest_pause = max(later - earlier for earlier, later in pairwise(ticks))
    # On the UI thread the search froze the window for the whole query.
    assert longest_pause < query_seconds / 2, (longest_pause, query_seconds)


def test_typing_quickly_ends_with_the_results_of_the_last_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    type_and_search(qtbot, window, SLOW_SEARCH)
    # Typed while the slow search still runs: its results must not come after these.
    type_and_search(qtbot, window, "quarterly")
    qtbot.waitUntil(lambda: not window.is_searching, timeout=20_000)
    assert titles(window) == ["Quarterly drill"]
    # Every search has ended (the slow one too), and the last text's results stay.
    qtbot.waitUntil(lambda: not BackgroundOp.any_running(), timeout=20_000)
    qtbot.wait(50)
    assert titles(window) == ["Quarterly drill"]
    assert window.count_label.text() == "1 post-mortem found"
    assert window.search.text() == "quarterly"

    # A pause in typing searches too (search as you type), with the same rule.
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "incident 42")
    qtbot.waitUntil(lambda: not window.is_searching, timeout=20_000)
    assert "Incident 42" in titles(window)
    assert window.search.text() == "incident 42"
