"""Logging set-up, done once by the entry point."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

__all__ = ["configure_logging"]


def configure_logging(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Log to a rotating file in `log_dir` and warnings to stderr.

    Returns:
        The log file, if one could be opened (a read-only folder is not fatal).
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("pmdesk: %(message)s"))
    root.addHandler(stderr)
    if log_dir is None:
        return None
    log_file = log_dir / "pmdesk.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        root.warning("Could not open the log file in %s; logging to stderr only", log_dir)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file
