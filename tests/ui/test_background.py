"""The background-op helper: work off the UI thread, callbacks on it, progress, cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.errors import UserFacingError
from pmdesk.ui import background
from pmdesk.ui.background import BackgroundOp, OpContext


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_success_runs_on_the_ui_thread_with_progress(qtbot: QtBot, parent: QWidget) -> None:
    worker_threads: list[threading.Thread] = []
    callback_threads: list[threading.Thread] = []
    progress: list[tuple[int, int]] = []

    def work(context: OpContext) -> int:
        worker_threads.append(threading.current_thread())
        context.report(50, 100)
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        callback_threads.append(threading.current_thread())
        results.append(value)

    op = BackgroundOp(parent, work).success(done)
    op.progressed.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
        assert op.is_running
    assert results == [42]
    assert worker_threads[0] is not threading.main_thread()
    assert callback_threads == [threading.main_thread()]
    assert progress == [(50, 100)]
    assert not op.is_running


def test_failure_callback_gets_the_exception(qtbot: QtBot, parent: QWidget) -> None:
    def work(context: OpContext) -> None:
        raise UserFacingError("The file could not be read.")

    errors: list[BaseException] = []
    op = (
        BackgroundOp(parent, work)
        .success(lambda _r: pytest.fail("no success"))
        .failure(errors.append)
    )
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert [str(e) for e in errors] == ["The file could not be read."]


def test_without_failure_callback_errors_go_to_show_error(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[QWidget | None, BaseException]] = []
    monkeypatch.setattr(background, "show_error", lambda p, e: shown.append((p, e)))

    def work(context: OpContext) -> None:
        raise ValueError("a bug")

    op = BackgroundOp(parent, work)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    assert shown[0][0] is parent
    assert isinstance(shown[0][1], ValueError)


def test_cancel_stops_cooperative_work(qtbot: QtBot, parent: QWidget) -> None:
    started = threading.Event()

    def work(context: OpContext) -> str:
        started.set()
        while not context.is_cancelled():
            context.report(1, 0)
            threading.Event().wait(0.005)  # the worker's own pace, not the test's
        raise UserFacingError("Cancelled.")

    errors: list[BaseException] = []
    op = BackgroundOp(parent, work).failure(errors.append)
    op.run_in_background()
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.cancel()
    assert op.is_cancelled
    assert [str(e) for e in errors] == ["Cancelled."]


def test_progress_dialog_cancel_button_cancels(qtbot: QtBot, parent: QWidget) -> None:
    def work(context: OpContext) -> None:
        while not context.is_cancelled():
            context.report(10, 100)
            context.set_message("Writing page 3…")
            threading.Event().wait(0.005)

    op = BackgroundOp(parent, work).with_progress_dialog("Exporting…").failure(lambda _e: None)
    op.run_in_background()
    dialog = op._dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.labelText() == "Writing page 3…", timeout=5000)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    with qtbot.waitSignal(op.finished, timeout=5000):
        cancel_button.click()
    assert op.is_cancelled
    assert op._dialog is None


def test_callbacks_are_skipped_when_the_parent_is_gone(qtbot: QtBot) -> None:
    parent = QWidget()
    gate = threading.Event()

    def work(context: OpContext) -> int:
        gate.wait(5)
        return 1

    called: list[int] = []
    op = BackgroundOp(parent, work).success(called.append)
    op.run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: op.is_cancelled, timeout=5000)
    with qtbot.waitSignal(op.finished, timeout=5000):
        gate.set()
    assert called == []


def test_an_op_runs_once(qtbot: QtBot, parent: QWidget) -> None:
    gate = threading.Event()
    op = BackgroundOp(parent, lambda context: gate.wait(5))
    op.run_in_background()
    with pytest.raises(RuntimeError, match="already running"):
        op.run_in_background()
    with qtbot.waitSignal(op.finished, timeout=5000):
        gate.set()
    assert op.wait(1)
