"""Logging set-up, done once by the entry point."""

from __future__ import annotations

import logging
import sys
from io import TextIOWrapper
from pathlib import Path
from typing import cast

from pmdesk.console import for_terminal
from pmdesk.settings import make_private_folder, private_opener

__all__ = ["configure_logging"]


class _PrivateLogFile(logging.FileHandler):
    """The log file, created for the user alone, rolled over past `max_bytes` keeping
    `backups` older ones (pmdesk.log.1 the newest).

    Not logging.handlers.RotatingFileHandler: that module imports socket, pickle and
    queue for its other handlers, a tenth of a bare window's start-up, and the log is
    set up before the first window.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        super().__init__(path, mode="a", encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        stream = open(  # noqa: SIM115 (the handler closes it)
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        return cast(TextIOWrapper, stream)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self.roll_over()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def roll_over(self) -> None:
        """Start a new file; the current one becomes .1, the oldest is dropped."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened below; emit reopens it if that fails
        current = Path(self.baseFilename)
        for number in range(self.backups - 1, 0, -1):
            older = current.with_name(f"{current.name}.{number}")
            if older.exists():
                older.replace(current.with_name(f"{current.name}.{number + 1}"))
        if current.exists():
            current.replace(current.with_name(f"{current.name}.1"))
        self.stream = self._open()


class _NoPostmortemText(logging.Filter):
    """Keeps SQL parameters, which hold post-mortem texts, out of logged exceptions.

    SQLAlchemy's message of a failed statement lists its parameters; it leaves them
    out when the error says `hide_parameters`, which the engine may not have set.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        errors = sys.modules.get("sqlalchemy.exc")  # not loaded: no SQL error to hide
        if errors is None:
            return True
        logged: list[object] = [record.exc_info[1] if record.exc_info else None]
        logged += record.args if isinstance(record.args, tuple) else []
        seen: set[int] = set()
        for value in logged:
            error = value if isinstance(value, BaseException) else None
            while error is not None and id(error) not in seen:
                seen.add(id(error))
                if isinstance(error, errors.StatementError):
                    error.hide_parameters = True
                    record.exc_text = None  # formatted by another handler already
                error = error.__cause__ or error.__context__
        return True


class _TerminalFormatter(logging.Formatter):
    """Messages for stderr, without control characters that would drive the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return for_terminal(super().format(record))


def configure_logging(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to a rotating file in `log_dir` and warnings to stderr.

    Returns:
        The log file, if one could be opened (a read-only folder is not fatal).
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(_TerminalFormatter("pmdesk: %(message)s"))
    stderr.addFilter(_NoPostmortemText())
    root.addHandler(stderr)
    if log_dir is None:
        return None
    log_file = log_dir / "pmdesk.log"
    try:
        make_private_folder(log_dir)
        handler = _PrivateLogFile(log_file, max_bytes=2_000_000, backups=3)
    except OSError:
        root.warning("Could not open the log file in %s; logging to stderr only", log_dir)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoPostmortemText())
    root.addHandler(handler)
    return log_file
