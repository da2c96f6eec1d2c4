"""Composition root: finds the user's folders, then hands over to the app or the CLI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

__all__ = ["main"]

# Options that the bare `pmdesk` (the app) understands; anything else is the CLI.
_GUI_FLAGS = {"--exit-when-ready", "--verbose"}


def _gui_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """Parse `arguments` when they only open the app; None when they name a command.

    Opening the app must not build the full command-line parser, which imports the
    exporters, importers and linter: start-up time is a feature.
    """
    database: str | None = None
    flags: set[str] = set()
    tokens = iter(arguments)
    for token in tokens:
        if token == "--database":
            database = next(tokens, None)
            if database is None:
                return None
        elif token.startswith("--database="):
            database = token.split("=", 1)[1]
        elif token in _GUI_FLAGS:
            flags.add(token)
        else:
            return None
    return argparse.Namespace(
        command=None,
        database=database,
        exit_when_ready="--exit-when-ready" in flags,
        verbose="--verbose" in flags,
    )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from pmdesk.logs import configure_logging
    from pmdesk.settings import default_paths

    paths = default_paths()
    gui = _gui_arguments(arguments)
    if gui is not None:
        log_file = configure_logging(paths.log_dir, verbose=gui.verbose)
        # The GUI is imported only here, so headless commands never load Qt.
        from pmdesk.ui.app import run_app

        return run_app(gui, paths, log_file=log_file)
    from pmdesk.cli import run

    configure_logging(None, verbose="--verbose" in arguments)
    try:
        return run(arguments, paths=paths)
    except BrokenPipeError:
        # The reader went away (`pmdesk list | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
