"""`pmdesk actions` and `pmdesk trends`: following up across the library, headless."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any, TextIO

from pmdesk.console import echo
from pmdesk.store.database import Database

__all__ = [
    "configure_actions_parser",
    "configure_trends_parser",
    "run_actions",
    "run_trends",
]

_STATUS_TEXT = {"open": "open", "in_progress": "in progress", "done": "done", "wont_do": "won't do"}


def configure_actions_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overdue",
        action="store_true",
        help="only open or in-progress actions past their due date",
    )
    parser.add_argument("--owner", default="", help="only the actions of this owner (team or role)")
    parser.add_argument("--service", default="", help="only actions of post-mortems of a service")
    parser.add_argument("--json", action="store_true", help="print JSON")


def configure_trends_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def _emit(out: TextIO, value: Any) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


def run_actions(args: argparse.Namespace, db: Database, out: TextIO, today: date) -> int:
    """List action items across the library, overdue first."""
    from pmdesk.store.followup import ActionFilter, action_rows

    chosen = ActionFilter(
        only_overdue=args.overdue, owner=args.owner.strip(), service=args.service.strip()
    )
    rows = action_rows(db, today, chosen)
    if args.json:
        _emit(out, [row.as_json(today) for row in rows])
        return 0
    if not rows:
        filtered = args.overdue or args.owner or args.service
        echo(out, "No action items match." if filtered else "No action items.")
        return 0
    for row in rows:
        due = row.due_on.isoformat() if row.due_on else "no date"
        late = (
            f" OVERDUE {(today - row.due_on).days}d" if row.due_on and row.is_overdue(today) else ""
        )
        echo(
            out,
            f"{row.postmortem_key:<9} {_STATUS_TEXT[row.status.value]:<11} {due:<10}{late}  "
            f"{row.owner or '(no owner)'}: {row.title}",
        )
    return 0


def run_trends(args: argparse.Namespace, db: Database, out: TextIO, today: date) -> int:
    """Print the library's trends (see `pmdesk.store.trends`)."""
    from pmdesk.store.trends import library_trends

    trends = library_trends(db, today)
    if args.json:
        _emit(out, trends.as_json())
        return 0
    for line in trends.summary_lines():
        echo(out, line)
    return 0
