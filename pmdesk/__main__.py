"""Composition root: finds the user's folders, then hands over to the CLI or the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    from pmdesk.cli import build_parser, run
    from pmdesk.logs import configure_logging
    from pmdesk.settings import default_paths

    paths = default_paths()
    args, _rest = build_parser().parse_known_args(arguments)
    if args.command is None:
        log_file = configure_logging(paths.log_dir, verbose=args.verbose)
        # The GUI is imported only here, so headless commands never load Qt.
        from pmdesk.ui.app import run_app

        return run_app(args, paths, log_file=log_file)
    configure_logging(None, verbose=args.verbose)
    return run(arguments, paths=paths)


if __name__ == "__main__":
    sys.exit(main())
