"""Python's cyclic garbage collector, run by the UI thread between events.

Left to itself, the collector runs wherever an allocation crosses its threshold: on a
worker thread (a background import or search), or on the UI thread in the middle of
Qt delivering an event. A widget or Qt wrapper that only a reference cycle kept alive
is then deleted at that moment — from the wrong thread, or while Qt still holds a
pointer to it (a timer about to fire on it) — and the interpreter crashes. So the app
switches automatic collection off and collects from a timer on the UI thread, where
nothing else is running, as calibre does. Reference counting still frees almost
everything at once; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = [
    "COLLECT_INTERVAL_MS",
    "GarbageCollector",
    "collect_garbage_on_the_ui_thread",
    "keep_start_up_objects",
]

# Often enough that cycles never pile up, rarely enough to cost nothing: a young
# generation's collection takes well under a millisecond.
COLLECT_INTERVAL_MS = 1000


class GarbageCollector(QObject):
    """Collects Python's garbage on the UI thread, each generation once it is due.

    Created once, as a child of the application: it lives as long as the app.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        """Collect the generations whose counts have passed their thresholds, as the
        automatic collector would have."""
        young, middle, old = gc.get_count()
        if young <= self.thresholds[0]:
            return
        generation = 0
        if middle > self.thresholds[1]:
            generation = 2 if old > self.thresholds[2] else 1
        gc.collect(generation)


def collect_garbage_on_the_ui_thread(app: QObject) -> GarbageCollector:
    """The app's collector, made on the first call."""
    # Kept on the app rather than looked up with findChild, whose first call costs the
    # first window 9 ms of Qt bindings set-up.
    existing = getattr(app, "_pmdesk_garbage_collector", None)
    if not isinstance(existing, GarbageCollector):
        existing = GarbageCollector(app)
        app._pmdesk_garbage_collector = existing  # type: ignore[attr-defined]
    return existing


def keep_start_up_objects() -> None:
    """Leave what the start made out of every later collection.

    Modules, classes and the library window live as long as the app; the collector
    looked at their tens of thousands of objects in each full collection, the one at
    exit too (a tenth of a second, as long as the window took to appear). Only what
    is made from now on is looked at.
    """
    gc.freeze()
