"""Composition root: finds the user's folders, then hands over to the app or the CLI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]

# Options that the bare `pmdesk` (the app) understands; anything else is the CLI.
_GUI_FLAGS = {"--exit-when-ready", "--verbose"}

# The top-level modules of the `app` extra's distributions (pyproject.toml): without one of
# them, only `pmdesk lint` works.
APP_MODULES = frozenset(
    {
        "PySide6",
        "alembic",
        "babel",
        "charset_normalizer",
        "detect_secrets",
        "icalendar",
        "ijson",
        "jinja2",
        "jsonschema",
        "keyring",
        "markdown",
        "msgspec",
        "nh3",
        "orjson",
        "pagefind",
        "platformdirs",
        "tinyhtml5",
        "sqlalchemy",
        "weasyprint",
        "yaml",
    }
)
INSTALL_THE_APP = (
    "This pmdesk was installed without the desktop app, so only 'pmdesk lint' works. "
    "Install the app with: pipx install 'pmdesk[app]' (or pip install 'pmdesk[app]')."
)
INSTALL_POSTGRES = (
    "The PostgreSQL driver is not installed. "
    "Install it with: pipx install 'pmdesk[app,postgres]' (or pip install 'pmdesk[postgres]')."
)


def _gui_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """Parse `arguments` when they only open the app, perhaps with an interchange file
    (``pmdesk FILE.pmdesk.json``, a double-click); None when they name a command.

    Opening the app must not build the full command-line parser, which imports the
    exporters, importers and linter: start-up time is a feature.
    """
    database: str | None = None
    file: Path | None = None
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
        elif file is None and token.lower().endswith(".json"):
            file = Path(token)
        else:
            return None
    return argparse.Namespace(
        command=None,
        database=database,
        file=file,
        exit_when_ready="--exit-when-ready" in flags,
        verbose="--verbose" in flags,
    )


def _lint_files(arguments: list[str]) -> int | None:
    """`pmdesk lint FILE…` without the rest of the command line, or None for a stored
    post-mortem (which needs the database).

    This is the pre-commit hook's path: it must answer as fast as a linter that never
    heard of databases, exporters and importers, and run without them installed.
    """
    from pmdesk.lint import cli as lint_cli

    args = lint_cli.paths_only(arguments)
    if args is None:
        parser = argparse.ArgumentParser(
            prog="pmdesk lint", description="Check text for blaming language."
        )
        lint_cli.configure_parser(parser)
        args = parser.parse_args(arguments)
    if not all(path == "-" or Path(path).exists() for path in args.paths):
        return None
    # The linter logs nothing, so logging (and the folders it needs) is not set up.
    return lint_cli.run(args, stdout=sys.stdout, stderr=sys.stderr)


def _explain_missing(exc: ModuleNotFoundError) -> int:
    """One sentence on what to install when a module of an extra is missing."""
    from pmdesk.console import echo

    module = (exc.name or "").split(".")[0]
    if module == "psycopg":
        echo(sys.stderr, f"pmdesk: {INSTALL_POSTGRES}")
    elif module in APP_MODULES:
        echo(sys.stderr, f"pmdesk: {INSTALL_THE_APP}")
    else:
        raise exc
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # In the bundle, the app's PDF helper process is another start of this program;
        # freeze_support turns that start into the helper (exporters/pdf.py).
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(arguments)
    except BrokenPipeError:
        # The reader went away (`pmdesk list | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _run(arguments: list[str]) -> int:
    if arguments[:1] == ["lint"]:
        status = _lint_files(arguments[1:])
        if status is not None:
            return status
    try:
        return _run_app_or_command(arguments)
    except ModuleNotFoundError as exc:
        return _explain_missing(exc)


def _run_app_or_command(arguments: list[str]) -> int:
    from pmdesk.logs import configure_logging
    from pmdesk.settings import default_paths

    paths = default_paths()
    gui = _gui_arguments(arguments)
    if gui is not None:
        log_file = configure_logging(paths.log_dir, verbose=gui.verbose)
        # The GUI is imported only here, so headless commands never load Qt.
        from pmdesk.ui.app import run_app

        return run_app(gui, paths, log_file=log_file)
    configure_logging(None, verbose="--verbose" in arguments)
    from pmdesk.cli import run

    return run(arguments, paths=paths)


if __name__ == "__main__":
    sys.exit(main())
