"""Garbage in reference cycles is freed on the UI thread between events, never on a
worker thread or in the middle of Qt delivering an event (pmdesk.ui.garbage)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmdesk.ui.garbage import (
    COLLECT_INTERVAL_MS,
    collect_garbage_on_the_ui_thread,
    keep_start_up_objects,
)


class Cycle:
    """An object only a reference cycle keeps alive; says on which thread it died."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_are_freed_on_the_ui_thread_even_when_a_worker_allocates(
    qapp: QApplication, qtbot: QtBot
) -> None:
    collector = collect_garbage_on_the_ui_thread(qapp)
    assert collector is collect_garbage_on_the_ui_thread(qapp)
    assert not gc.isenabled()
    gc.collect()
    Cycle.freed_on = []
    # More than the youngest generation's threshold: a collection is due.
    for _ in range(1000):
        Cycle()

    def allocate() -> None:
        # Far past every threshold: the automatic collector would run here.
        junk = [[index] for index in range(200_000)]
        del junk

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert Cycle.freed_on == []
    qtbot.waitUntil(lambda: len(Cycle.freed_on) == 1000, timeout=3 * COLLECT_INTERVAL_MS)
    assert set(Cycle.freed_on) == {threading.main_thread().name}


def test_nothing_is_collected_before_it_is_due(qapp: QApplication) -> None:
    collector = collect_garbage_on_the_ui_thread(qapp)
    gc.collect()
    cycle = Cycle()
    alive = weakref.ref(cycle)
    del cycle
    collector.collect_due()  # one new object: far below the first threshold
    assert alive() is not None
    gc.collect()
    assert alive() is None


def test_what_the_start_made_is_left_out_of_later_collections(qapp: QApplication) -> None:
    kept = Cycle()
    kept_alive = weakref.ref(kept)
    try:
        keep_start_up_objects()
        assert gc.get_freeze_count() > 0
        del kept
        gc.collect()
        # Made before: never looked at again (it lives as long as the app would).
        assert kept_alive() is not None
        later = Cycle()
        later_alive = weakref.ref(later)
        del later
        gc.collect()
        assert later_alive() is None  # made after: collected as ever
    finally:
        gc.unfreeze()
    gc.collect()
    assert kept_alive() is None
