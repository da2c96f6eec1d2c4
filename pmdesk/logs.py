"""Logging set-up, done once by the entry point."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from io import TextIOWrapper
from pathlib import Path
from typing import cast

from pmdesk.console import for_terminal
from pmdesk.settings import make_private_folder, private_opener

__all__ = ["configure_logging"]


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates the log file, and each one after a rollover, for the user alone."""

    def _open(self) -> TextIOWrapper:
        stream = open(  # noqa: SIM115 (the handler closes it)
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        return cast(TextIOWrapper, stream)


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
        handler = _PrivateRotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        root.warning("Could not open the log file in %s; logging to stderr only", log_dir)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoPostmortemText())
    root.addHandler(handler)
    return log_file
