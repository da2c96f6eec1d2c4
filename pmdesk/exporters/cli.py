"""`pmdesk export` and `pmdesk check`: the publish gates and exports, headless.

`pmdesk check ID [--json]` lists the gate results; the exit status is 1 when a gate
fails. `pmdesk export ID --format FORMAT -o PATH [--profile internal|public]
[--override-gates REASON] [--include-tracked]` checks the gates, refuses (exit 1,
listing the failing gates) unless they pass or are overridden with a reason, writes the
file atomically and records the publication. FORMAT is a report (pdf, html, md), the
action items (actions-csv; for the trackers' importers jira-csv, gitlab-csv,
github-json, github-sh) or their calendar (ics).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pmdesk.console import echo
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters._language import EXPORT_LANGUAGES
from pmdesk.settings import Preferences
from pmdesk.store import Database
from pmdesk.store.publication_formats import FORMATS

if TYPE_CHECKING:
    from pmdesk.domain.gates import GateResult
    from pmdesk.exporters.html import ExportOptions

__all__ = ["configure_check_parser", "configure_export_parser", "run_check", "run_export"]

EXIT_OK = 0
EXIT_GATES_FAILED = 1
MAX_PROBLEMS_SHOWN = 5


def add_publishing_options(parser: argparse.ArgumentParser) -> None:
    """--profile and --override-gates, as every command that publishes takes them."""
    parser.add_argument(
        "--profile",
        choices=[p.value for p in ExportProfile],
        default=ExportProfile.INTERNAL.value,
        help="internal (names, full timeline; default) or public (people named by role, "
        "redacted, internal-only entries left out)",
    )
    parser.add_argument(
        "--override-gates",
        metavar="REASON",
        help="publish although gates fail; the reason is recorded on the publication",
    )


def configure_export_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="key (PM-0001), UUID, or a unique UUID prefix")
    parser.add_argument(
        "--format", "-f", required=True, choices=FORMATS, dest="format",
        help="pdf, html (one self-contained file), md (Markdown with front matter), "
        "actions-csv (every field of the action items, for spreadsheets); the open "
        "action items for a tracker's import: jira-csv (Jira's CSV import; set the date "
        "format to yyyy-MM-dd in its wizard), gitlab-csv (GitLab's issue CSV "
        "import), github-json (a list of GitHub issues) or github-sh (a script that "
        "makes them with the gh CLI; run it as: sh FILE --repo OWNER/NAME); ics (the "
        "review meeting and the action items' due and review days as a calendar)",
    )  # fmt: skip
    parser.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    add_publishing_options(parser)
    parser.add_argument("--organisation", help="organisation name (default: from settings)")
    parser.add_argument("--logo", type=Path, help="logo image (default: from settings)")
    parser.add_argument("--accent", help="accent colour as #rrggbb (default: from settings)")
    parser.add_argument(
        "--include-tracked",
        action="store_true",
        help="jira-csv, gitlab-csv, github-json and github-sh: also the actions that "
        "already have a tracker link (left out by default: importing them again makes "
        "duplicates)",
    )
    parser.add_argument(
        "--language",
        choices=EXPORT_LANGUAGES,
        help="the report's language (default: the post-mortem's own)",
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="with --format pdf: the archive copy, PDF/A-3b with the post-mortem's data "
        "(interchange JSON) embedded, instead of PDF/UA",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def configure_check_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="key (PM-0001), UUID, or a unique UUID prefix")
    parser.add_argument(
        "--profile",
        choices=[p.value for p in ExportProfile],
        default=ExportProfile.INTERNAL.value,
        help="the export to check for: internal (default) or public (also checks that "
        "no text names a person)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def _emit(out: TextIO, value: Any) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _print_results(
    results: list[GateResult], out: TextIO, key: str, *, only_failing: bool = False
) -> None:
    for result in results:
        if only_failing and result.passed:
            continue
        mark = "SKIP" if result.is_skipped else "PASS" if result.passed else "FAIL"
        count = f" ({result.count})" if result.count else ""
        echo(out, f"  [{mark}] {result.title}{count}")
        if result.note:
            echo(out, f"         {result.note}")
        for problem in result.problems[:MAX_PROBLEMS_SHOWN]:
            prefix = "warning: " if problem.severity != "error" else ""
            echo(out, f"         - {problem.label}: {prefix}{problem.message}")
        hidden = len(result.problems) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            echo(out, f"         … and {hidden} more (pmdesk check {key} --json lists all)")


def run_check(args: argparse.Namespace, db: Database, out: TextIO, err: TextIO) -> int:
    """`pmdesk check`: 0 when every gate passes, 1 otherwise."""
    from pmdesk.domain.gates import check_gates, failing_gates
    from pmdesk.store.queries import find_postmortem

    with db.reading() as session:
        pm = find_postmortem(session, args.id)
        key = pm.key
        results = check_gates(pm, profile=ExportProfile(args.profile))
    passed = not failing_gates(results)
    if args.json:
        _emit(out, {"key": key, "passed": passed, "gates": [r.as_dict() for r in results]})
    else:
        echo(out, f"{key}: {'ready to publish' if passed else 'not ready to publish'}")
        _print_results(results, out, key)
    return EXIT_OK if passed else EXIT_GATES_FAILED


def _options(args: argparse.Namespace, preferences: Preferences | None) -> ExportOptions:
    from pmdesk.exporters.html import ExportOptions

    prefs = preferences or Preferences()
    accent = args.accent if args.accent is not None else prefs.accent_color
    if args.accent is not None and not _is_hex_colour(accent):
        raise UserFacingError(
            f"{accent!r} is not a colour pmdesk understands.", "Give it as #rrggbb."
        )
    return ExportOptions(
        organisation_name=args.organisation if args.organisation is not None
        else prefs.organisation_name,
        logo_path=args.logo if args.logo is not None else prefs.logo_path,
        accent_color=accent,
        profile=ExportProfile(args.profile),
        generated_at=datetime.now(UTC),
        language=args.language or "",
        archive=args.archive,
        meeting_minutes=prefs.meeting_minutes,
    )  # fmt: skip


def _is_hex_colour(value: str) -> bool:
    digits = value.removeprefix("#")
    return (
        value.startswith("#")
        and len(digits) in (3, 6)
        and all(ch in "0123456789abcdefABCDEF" for ch in digits)
    )


def run_export(
    args: argparse.Namespace,
    db: Database,
    out: TextIO,
    err: TextIO,
    *,
    preferences: Preferences | None = None,
) -> int:
    """`pmdesk export`: 0 when exported and recorded, 1 when gates failed.

    Raises:
        UserFacingError: unknown post-mortem, unusable logo, file not writable, …
    """
    # Imported here: only exporting needs Jinja2, Markdown and YAML (and the parser,
    # for `pmdesk --help`, not even the ORM).
    from pmdesk.domain.gates import GatesNotPassedError, check_gates, resolve_overrides
    from pmdesk.exporters.export import EXTENSIONS, export_to_file, staging_path
    from pmdesk.exporters.html import ExportOptions
    from pmdesk.exporters.pdf import move_into_place
    from pmdesk.exporters.related import related_for_export
    from pmdesk.exporters.trackers import TRACKER_EXPORTERS, tracked_open_actions
    from pmdesk.store.publications import next_publication_version, publish
    from pmdesk.store.queries import find_postmortem

    if args.archive and args.format != "pdf":
        raise UserFacingError(
            "Only a PDF can be the archive copy.", "Add --format pdf, or leave out --archive."
        )
    options = _options(args, preferences)
    dest: Path = args.output
    if dest.is_dir():
        raise UserFacingError(
            f"{dest} is a folder.",
            f"Give a file name, e.g. {dest / ('report' + EXTENSIONS[args.format])}.",
        )
    overrides = {"*": args.override_gates} if args.override_gates is not None else {}
    staged = staging_path(dest)
    try:
        with db.transaction() as session:
            pm = find_postmortem(session, args.id)
            options = dataclasses.replace(
                options, related_reviews=related_for_export(db, pm, options.profile)
            )
            results = check_gates(pm, profile=options.profile)
            try:
                records = resolve_overrides(results, overrides)
            except GatesNotPassedError as exc:
                echo(err, f"pmdesk: {pm.key} was not exported: these gates fail.")
                _print_results(results, err, pm.key, only_failing=True)
                echo(
                    err,
                    "Fix them (see 'pmdesk check'), or publish anyway with "
                    "--override-gates 'the reason'.",
                )
                del exc
                return EXIT_GATES_FAILED
            version = next_publication_version(session, pm)
            options = ExportOptions(
                organisation_name=options.organisation_name,
                logo_path=options.logo_path,
                accent_color=options.accent_color,
                profile=options.profile,
                generated_at=options.generated_at,
                version=version,
                gate_overrides=tuple((r["gate"], r["reason"]) for r in records),
                is_publication=True,
                language=options.language,
                archive=options.archive,
                meeting_minutes=options.meeting_minutes,
            )
            # Written under a hidden name first: the report takes its real name only
            # once its publication is recorded, so a failed export leaves nothing.
            result = export_to_file(
                pm, args.format, staged, options, include_tracked=args.include_tracked
            )
            left_out = (
                len(tracked_open_actions(pm))
                if args.format in TRACKER_EXPORTERS and not args.include_tracked
                else 0
            )
            publication = publish(
                session,
                pm,
                formats=[args.format],
                profile=options.profile.value,
                content_hash=result.content_hash,
                overrides=records,
            )
            summary = {
                "key": pm.key,
                "version": publication.version,
                "format": args.format,
                "profile": publication.profile,
                "path": str(dest),
                "content_hash": publication.content_hash,
                "gate_overrides": list(publication.gate_overrides),
            }
            if args.format in TRACKER_EXPORTERS:
                summary["left_out_tracked"] = left_out
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    move_into_place(staged, dest)
    if args.json:
        _emit(out, summary)
    else:
        note = f", {len(records)} gate(s) overridden" if records else ""
        echo(
            out,
            f"Exported {summary['key']} version {summary['version']} "
            f"({summary['profile']}) to {dest}{note}.",
        )
        if left_out:
            echo(
                out,
                f"{left_out} open action(s) already in a tracker were left out "
                "(--include-tracked adds them).",
            )
    return EXIT_OK
