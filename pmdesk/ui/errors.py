"""The one place where an exception becomes a message box."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from pmdesk.errors import UserFacingError
from pmdesk.ui.richtext import plain_html

log = logging.getLogger(__name__)

__all__ = ["error_details", "install_excepthook", "show_error"]

_log_file: Path | None = None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Explain `exc` to the user: plainly for expected trouble, with details for bugs."""
    box = QMessageBox(parent)
    box.setWindowTitle("pmdesk")
    if isinstance(exc, UserFacingError):
        log.warning("%s", exc.message)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(plain_html(exc.message))
        if exc.hint:
            box.setInformativeText(plain_html(exc.hint))
    else:
        details = error_details(exc)
        log.error("Unexpected error\n%s", details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText("Something went wrong inside pmdesk. Your saved work is safe.")
        where = f" The details are in the log file {_log_file}." if _log_file else ""
        box.setInformativeText(plain_html(f"Please report this problem.{where}"))
        box.setDetailedText(details)
    box.exec()


def error_details(exc: BaseException) -> str:
    """The traceback of an unexpected error, for the log and the details of its box.

    A database error's message is left out, its class and SQLSTATE kept: the message
    of a constraint violation quotes the stored values ("DETAIL: Key (title)=(…)"),
    post-mortem text that must not reach a log file or a shared screen.
    """
    # Only SQLAlchemy raises its errors, so until it is imported none can be one; not
    # importing it here keeps it off the app's start (a quarter of a second).
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None and isinstance(exc, sqlalchemy_errors.SQLAlchemyError):
        original = getattr(exc, "orig", None) or exc
        code = getattr(original, "sqlstate", None) or getattr(original, "sqlite_errorname", None)
        frames = "".join(traceback.format_tb(exc.__traceback__))
        kind = type(original).__name__ + (f" ({code})" if code else "")
        return f"Traceback (most recent call last):\n{frames}{kind}: message withheld"
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def install_excepthook(log_file: Path | None) -> None:
    """Route uncaught exceptions (e.g. in slots) to `show_error` instead of a crash."""
    global _log_file
    _log_file = log_file

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show_error(None, value)

    sys.excepthook = hook
