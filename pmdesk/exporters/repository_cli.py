"""`pmdesk publish ID --repo PATH [--branch B] [--dir D]`: the post-mortem as a committed
page in a clone of the organisation's docs or wiki repository (see
`pmdesk.exporters.repository`). The gates are checked as for `pmdesk export`; the exit
status is 1 when they fail. Nothing is pushed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from pmdesk.console import echo
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters.cli import add_publishing_options
from pmdesk.store import Database

__all__ = ["configure_publish_parser", "run_publish"]


def configure_publish_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="key (PM-0001), UUID, or a unique UUID prefix")
    parser.add_argument(
        "--repo",
        type=Path,
        required=True,
        metavar="PATH",
        help="a local clone of the docs or wiki repository (MkDocs, Hugo, Docusaurus, "
        "GitLab or GitHub wiki)",
    )
    parser.add_argument(
        "--branch",
        default="",
        metavar="B",
        help="commit on this branch, checked out or created first (default: the branch "
        "checked out)",
    )
    parser.add_argument(
        "--dir",
        default="",
        metavar="D",
        help="folder for the post-mortems, relative to PATH (default: docs/postmortems for "
        "MkDocs and Docusaurus, content/postmortems for Hugo, else postmortems)",
    )
    add_publishing_options(parser)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_publish(args: argparse.Namespace, db: Database, out: TextIO, err: TextIO) -> int:
    """`pmdesk publish`: 0 when committed and recorded, 1 when gates failed.

    Raises:
        UserFacingError: unknown post-mortem, no git work tree, uncommitted changes in
            the folder, a merge in progress, git failed, …
    """
    from pmdesk.domain.gates import GatesNotPassedError
    from pmdesk.exporters.cli import EXIT_GATES_FAILED, EXIT_OK, _emit, _print_results
    from pmdesk.exporters.repository import RepositoryTarget, publish_to_repository
    from pmdesk.store.queries import find_postmortem

    target = RepositoryTarget(args.repo, branch=args.branch, folder=args.dir)
    overrides = {"*": args.override_gates} if args.override_gates is not None else {}
    with db.transaction() as session:
        pm = find_postmortem(session, args.id)
        try:
            result = publish_to_repository(
                session, pm, target, profile=ExportProfile(args.profile), overrides=overrides
            )
        except GatesNotPassedError as exc:
            echo(err, f"pmdesk: {pm.key} was not published: these gates fail.")
            _print_results(list(exc.failing), err, pm.key, only_failing=True)
            echo(
                err,
                "Fix them (see 'pmdesk check'), or publish anyway with "
                "--override-gates 'the reason'.",
            )
            return EXIT_GATES_FAILED
    if args.json:
        _emit(
            out,
            {
                "key": result.key,
                "version": result.version,
                "profile": result.profile,
                "repository": str(result.repository),
                "branch": result.branch,
                "page": result.page,
                "index": result.index,
                "renamed_from": result.renamed_from or None,
                "commit": result.commit,
                "message": result.message,
                "gate_overrides": [
                    {"gate": gate, "reason": reason} for gate, reason in result.gate_overrides
                ],
            },
        )
        return EXIT_OK
    echo(
        out,
        f"Published {result.key} version {result.version} to {result.page} in "
        f"{result.repository} (branch {result.branch}), committed {result.short_commit}: "
        f"{result.message}",
    )
    echo(
        out,
        "The commit is only in your clone; pushing it is up to you "
        f"(git -C {result.repository} push).",
    )
    return EXIT_OK
