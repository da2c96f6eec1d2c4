"""The one way to run slow work (large imports, PDF export) off the UI thread.

In the style of Anki's ``CollectionOp``::

    BackgroundOp(parent, lambda ctx: import_path(path, options, progress=ctx.report,
                                                cancelled=ctx.is_cancelled))
        .success(show_result)
        .failure(show_problem)          # default: pmdesk.ui.errors.show_error
        .with_progress_dialog("Importing…")
        .run_in_background()

The work runs on a plain worker thread and never touches widgets: it gets an
`OpContext` to report progress and to poll for cancellation. The UI thread polls
the worker with a short timer, so no Qt object ever crosses threads; the
callbacks always run on the UI thread. If the parent widget goes away first, the
op is cancelled and its callbacks are skipped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pmdesk.ui.errors import show_error

log = logging.getLogger(__name__)

__all__ = ["BackgroundOp", "OpContext"]

T = TypeVar("T")

# How often the UI thread looks at the worker: fast enough for a smooth progress bar.
POLL_INTERVAL_MS = 30

# Ops still running, so that dropping the last Python reference does not end them.
_running: set[BackgroundOp[object]] = set()


class OpContext:
    """What the work function gets: progress reporting and a cancellation flag.

    Both methods are safe to call from the worker thread at any rate.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int] = (0, 0)
        self._message = ""

    def report(self, done: int, total: int) -> None:
        """Record progress: `done` of `total` units (bytes, rows…); total 0 = unknown."""
        with self._lock:
            self._progress = (done, total)

    def set_message(self, message: str) -> None:
        """A short status line for the progress dialog."""
        with self._lock:
            self._message = message

    def is_cancelled(self) -> bool:
        """True once the user asked to stop; the work should give up soon."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return (*self._progress, self._message)


class BackgroundOp(QObject, Generic[T]):
    """Runs `work(context)` on a worker thread; callbacks run on the UI thread.

    Signals:
        progressed(int, int): (done, total) changed; total 0 means unknown.
        finished: the op ended (success, failure or cancellation), callbacks done.
    """

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, parent: QWidget | None, work: Callable[[OpContext], T]) -> None:
        super().__init__(None)
        self._parent = parent
        self._work = work
        self.context = OpContext()
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._result: T | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._dialog: QProgressDialog | None = None
        self._dialog_label = ""
        self._last_progress: tuple[int, int] = (-1, -1)
        self._parent_gone = False
        self.is_running = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)
        if parent is not None:
            parent.destroyed.connect(self._parent_destroyed)

    @staticmethod
    def any_running() -> bool:
        """Whether any op is still under way (for shutdown paths and tests)."""
        return bool(_running)

    # --- configuration -----------------------------------------------------
    def success(self, callback: Callable[[T], None]) -> BackgroundOp[T]:
        """Call `callback(result)` on the UI thread when the work returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> BackgroundOp[T]:
        """Call `callback(exception)` on the UI thread when the work raises.

        Without one, the exception goes to `show_error` (a plain message for a
        `UserFacingError`, the bug dialog otherwise).
        """
        self._on_failure = callback
        return self

    def with_progress_dialog(self, label: str) -> BackgroundOp[T]:
        """Show a window-modal progress dialog with a Cancel button while running."""
        self._dialog_label = label
        return self

    # --- running -------------------------------------------------------------
    def run_in_background(self) -> BackgroundOp[T]:
        """Start the work; returns at once."""
        if self.is_running:
            raise RuntimeError("This background op is already running")
        self.is_running = True
        _running.add(self)  # type: ignore[arg-type]
        if self._dialog_label and self._parent is not None:
            dialog = QProgressDialog(self._dialog_label, self.tr("Cancel"), 0, 0, self._parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog
        self._thread = threading.Thread(target=self._run, name="pmdesk-background", daemon=True)
        self._thread.start()
        self._timer.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop; `failure` then receives its cancellation error."""
        self.context.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self.context.is_cancelled()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker thread ends (for shutdown paths and benchmarks)."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        # Worker thread: no Qt calls here, only plain attributes behind the Event.
        try:
            self._result = self._work(self.context)
        except Exception as exc:  # the background-op error boundary
            self._error = exc
        finally:
            self._done.set()

    def _poll(self) -> None:
        done, total, message = self.context.snapshot()
        if (done, total) != self._last_progress:
            self._last_progress = (done, total)
            self.progressed.emit(done, total)
            if self._dialog is not None:
                if total > 0:
                    # QProgressDialog takes int; scale large byte counts into 0..1000.
                    self._dialog.setMaximum(1000)
                    self._dialog.setValue(min(1000, int(done * 1000 / total)))
                if message:
                    self._dialog.setLabelText(message)
        if self._done.is_set():
            self._finish()

    def _finish(self) -> None:
        self._timer.stop()
        self.is_running = False
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if not self._parent_gone:
            if self._error is not None:
                error, self._error = self._error, None
                if self._on_failure is not None:
                    self._on_failure(error)
                else:
                    show_error(self._parent, error)
            elif self._on_success is not None:
                self._on_success(self._result)  # type: ignore[arg-type]
        self._result = None
        self.finished.emit()

    def _parent_destroyed(self) -> None:
        # Callbacks touch widgets that no longer exist: stop and stay quiet.
        self._parent_gone = True
        self._parent = None
        self._dialog = None
        self.cancel()
