"""`pmdesk site OUT_DIR [--profile internal|public]`: the static site, headless."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from pmdesk.console import echo
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.settings import Preferences
from pmdesk.store import Database

__all__ = ["configure_parser", "run"]

HELP = (
    "Build a static website of every published post-mortem (search, filters, open "
    "actions, trends) that opens from the file system or any static host."
)


def configure_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        type=Path,
        metavar="OUT_DIR",
        help="the site's folder: new, empty, or a site built before (then only what "
        "changed is rendered again)",
    )
    parser.add_argument(
        "--profile",
        choices=[p.value for p in ExportProfile],
        default=ExportProfile.INTERNAL.value,
        help="internal (names, full timeline; default) or public (people named by role, "
        "redacted, internal-only entries left out), for every page",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace, db: Database, out: TextIO, preferences: Preferences) -> int:
    """Build the site; 0 when done.

    Raises:
        UserFacingError: the folder cannot be used, or the search index not built.
    """
    # Imported here: only building a site needs Jinja2 and the exporters.
    from pmdesk.exporters.html import ExportOptions
    from pmdesk.exporters.site import build_site

    options = ExportOptions(
        organisation_name=preferences.organisation_name,
        logo_path=preferences.logo_path,
        accent_color=preferences.accent_color,
    )
    result = build_site(db, args.folder, profile=ExportProfile(args.profile), options=options)
    if args.json:
        json.dump(result.as_json(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        echo(
            out,
            f"Built the {args.profile} site of {result.postmortems} published "
            f"post-mortem(s) in {result.folder} ({result.rendered} page(s) rendered, "
            f"{result.kept} unchanged). Open {result.index}",
        )
    return 0
