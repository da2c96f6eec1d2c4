"""The command line: everything the app does, headless.

`pmdesk` without a command opens the app (see __main__); every other command
works on the database without Qt. Errors go to stderr as one plain sentence with a
non-zero exit status.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from pmdesk import __version__
from pmdesk.console import echo
from pmdesk.domain.timeline import format_duration, incident_metrics
from pmdesk.domain.trigger import load_policy, reassess
from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem
from pmdesk.settings import PRIVATE_FILE_MODE, Paths, default_paths, load_preferences
from pmdesk.store import Database, list_backups, restore_backup
from pmdesk.store.interchange import dumps, load_postmortem, publications_not_loaded
from pmdesk.store.interchange_check import read_document
from pmdesk.store.location import backups_folder, database_url
from pmdesk.store.location import open_app_database as _open_app_database
from pmdesk.store.queries import create_postmortem, find_postmortem, list_postmortems

__all__ = ["build_parser", "open_app_database", "run"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pmdesk",
        description="Run blameless post-mortems: trigger check, timeline, 5 Whys, "
        "action items, publish. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"pmdesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: $PMDESK_DATABASE_URL, else an SQLite file in the "
        "user data folder), e.g. sqlite:///team.sqlite or postgresql+psycopg://host/db",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the app, print the milliseconds until it is ready, and exit",
    )
    parser.add_argument("--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text)

    p = command("list", "List the post-mortems, newest first.")
    p.add_argument(
        "--search",
        default="",
        help="only those whose key, title, summary, facilitator, tags or services "
        "contain every word",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("show", "Show one post-mortem.")
    p.add_argument("id", help="key (PM-0001), UUID, or a unique UUID prefix")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("new", "Create a post-mortem.")
    p.add_argument("--title", required=True)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("dump", "Write one post-mortem, complete, as interchange JSON.")
    p.add_argument("id")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")

    p = command(
        "load",
        "Create post-mortems from interchange JSON (or update the same UUID), and from "
        "post-mortems written as Markdown or HTML; many files and folders at once.",
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="interchange JSON, Markdown (.md) or HTML (.html) files, or folders of them",
    )
    p.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="load nothing if any file is refused (default: load the others and list "
        "the refused ones; exit status 1)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("trigger-check", "Evaluate the stored trigger answers against the policy.")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")

    from pmdesk.exporters import cli as export_cli
    from pmdesk.importers import cli as import_cli
    from pmdesk.lint import cli as lint_cli

    lint_cli.configure_parser(command("lint", "Check text for blaming language."))
    import_cli.configure_parser(
        command("import-timeline", "Import timeline events from chat exports and logs.")
    )
    export_cli.configure_export_parser(
        command("export", "Publish a post-mortem as PDF, HTML, Markdown or action-item CSV.")
    )
    export_cli.configure_check_parser(
        command("check", "List what blocks publishing a post-mortem (the gates).")
    )

    p = command("backups", "List the automatic backups of the database.")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("restore-backup", "Put a backup in place of the database (keeps the old file).")
    p.add_argument("backup", type=Path)
    return parser


def open_app_database(args: argparse.Namespace, paths: Paths) -> Database:
    return _open_app_database(args.database, paths)


def _backups_beside(args: argparse.Namespace, paths: Paths) -> Path | None:
    return backups_folder(database_url(args.database, paths), paths)


def run(
    argv: Sequence[str] | None = None,
    *,
    paths: Paths | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one headless command; returns the exit status."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = paths or default_paths()
    try:
        return _dispatch(args, paths, out, err)
    except UserFacingError as exc:
        echo(err, f"pmdesk: {exc}")
        return EXIT_ERROR


def _dispatch(args: argparse.Namespace, paths: Paths, out: TextIO, err: TextIO) -> int:
    if args.command == "lint":
        from pmdesk.lint import cli as lint_cli

        return lint_cli.run(args, stdout=out, stderr=err, resolve_stored=_stored_texts(args, paths))
    if args.command == "import-timeline":
        from pmdesk.importers import cli as import_cli

        return import_cli.run(args, stdout=out, stderr=err, store_into=_store_into(args, paths))
    if args.command == "restore-backup":
        return _restore(args, paths, out)
    if args.command == "backups":
        return _backups(args, paths, out)

    db = open_app_database(args, paths)
    try:
        return _run_command(args, db, paths, out, err)
    except Exception as exc:
        problem = db.explain(exc)
        if problem is None:
            raise
        raise problem from exc
    finally:
        db.close()


def _run_command(
    args: argparse.Namespace, db: Database, paths: Paths, out: TextIO, err: TextIO
) -> int:
    if args.command in ("export", "check"):
        from pmdesk.exporters import cli as export_cli

        if args.command == "check":
            return export_cli.run_check(args, db, out, err)
        preferences, _notice = load_preferences(paths.preferences_file)
        return export_cli.run_export(args, db, out, err, preferences=preferences)
    if args.command == "load" and not _is_one_interchange_file(args.files):
        from pmdesk.archive.cli import run_load_many

        return run_load_many(args, db, out, err)
    handler = _HANDLERS[args.command]
    return handler(args, db, out, paths)


def _emit(out: TextIO, value: Any) -> None:
    json.dump(value, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _summary(pm: Postmortem) -> dict[str, Any]:
    ta = pm.trigger_assessment
    return {
        "key": pm.key,
        "uuid": pm.uuid,
        "title": pm.title,
        "status": pm.status.value,
        "severity": pm.severity,
        "verdict": ta.effective_verdict.value if ta and ta.effective_verdict else None,
        "created_at": pm.created_at.isoformat().replace("+00:00", "Z"),
        "updated_at": pm.updated_at.isoformat().replace("+00:00", "Z"),
        "version": pm.version,
    }


def _list(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    with db.reading() as session:
        items = [_summary(pm) for pm in list_postmortems(session, args.search)]
    if args.json:
        _emit(out, items)
    elif not items and args.search.strip():
        print(f"No post-mortem matches {args.search.strip()!r}.", file=out)
    elif not items:
        echo(out, "No post-mortems yet. Create one with: pmdesk new --title 'What happened'")
    else:
        for item in items:
            severity = f"SEV{item['severity']}" if item["severity"] else "SEV?"
            echo(
                out,
                f"{item['key']:<9} {item['created_at'][:10]}  {severity:<5} "
                f"{item['status']:<10} {item['title']}",
            )
    return EXIT_OK


def _show(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    with db.reading() as session:
        pm = find_postmortem(session, args.id)
        summary = _summary(pm)
        metrics = incident_metrics(pm.timeline_events)
        summary.update(
            {
                "summary": pm.summary,
                "customer_impact": pm.customer_impact,
                "facilitator": pm.facilitator,
                "timeline_events": len(pm.timeline_events),
                "why_chains": len(pm.why_chains),
                "root_causes": len(pm.root_causes),
                "action_items": len(pm.action_items),
                "metrics": {
                    "time_to_detect_s": _seconds(metrics.time_to_detect),
                    "time_to_acknowledge_s": _seconds(metrics.time_to_acknowledge),
                    "time_to_mitigate_s": _seconds(metrics.time_to_mitigate),
                    "time_to_resolve_s": _seconds(metrics.time_to_resolve),
                },
            }
        )
        durations = {
            "Time to detect": format_duration(metrics.time_to_detect),
            "Time to acknowledge": format_duration(metrics.time_to_acknowledge),
            "Time to mitigate": format_duration(metrics.time_to_mitigate),
            "Time to resolve": format_duration(metrics.time_to_resolve),
        }
    if args.json:
        _emit(out, summary)
        return EXIT_OK
    echo(out, f"{summary['key']}  {summary['title']}")
    echo(out, f"  UUID         {summary['uuid']}")
    echo(out, f"  Status       {summary['status']}   Severity {summary['severity'] or '—'}")
    echo(out, f"  Verdict      {summary['verdict'] or 'not assessed'}")
    echo(
        out,
        f"  Contents     {summary['timeline_events']} timeline events, "
        f"{summary['why_chains']} why-chains, {summary['root_causes']} root causes, "
        f"{summary['action_items']} action items",
    )
    for label, value in durations.items():
        echo(out, f"  {label:<20} {value}")
    if summary["summary"]:
        echo(out, f"\n{summary['summary']}")
    return EXIT_OK


def _seconds(value: Any) -> int | None:
    return None if value is None else int(value.total_seconds())


def _new(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    title = args.title.strip()
    if not title:
        raise UserFacingError("A post-mortem needs a title.", "Pass --title 'What happened'.")
    with db.transaction() as session:
        summary = _summary(create_postmortem(session, title))
    if args.json:
        _emit(out, summary)
    else:
        echo(out, f"Created {summary['key']} ({summary['uuid']}): {summary['title']}")
    return EXIT_OK


def _dump(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    with db.reading() as session:
        text = dumps(find_postmortem(session, args.id))
    if args.output is None:
        out.write(text)
        return EXIT_OK
    target: Path = args.output
    try:
        partial = target.with_name(target.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
    except OSError as exc:
        raise UserFacingError(
            f"The post-mortem could not be written to {target} ({exc.strerror}).",
            "Choose another file or folder.",
        ) from exc
    return EXIT_OK


def _is_one_interchange_file(files: list[Path]) -> bool:
    # One JSON file keeps the answer it always had: its post-mortem, or one error.
    from pmdesk.archive import WRITTEN_FORMATS

    return len(files) == 1 and not files[0].is_dir() and files[0].suffix not in WRITTEN_FORMATS


def _load(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    document = read_document(args.files[0])
    with db.transaction() as session:
        pm, created = load_postmortem(session, document)
        summary = _summary(pm)
        not_loaded = publications_not_loaded(pm, document)
    if args.json:
        _emit(out, {**summary, "created": created, "publications_not_loaded": not_loaded})
        return EXIT_OK
    verb = "Created" if created else "Updated"
    echo(out, f"{verb} {summary['key']}: {summary['title']}")
    if not_loaded:
        versions = ", ".join(str(version) for version in not_loaded)
        left_out = (
            f"version {versions} was" if len(not_loaded) == 1 else f"versions {versions} were"
        )
        echo(
            out,
            f"Its publication history was kept as stored here; the file's publication "
            f"{left_out} not loaded (a publication is recorded where it is made).",
        )
    return EXIT_OK


def _trigger_check(args: argparse.Namespace, db: Database, out: TextIO, paths: Paths) -> int:
    policy = load_policy(paths.policy_file)
    with db.transaction() as session:
        pm = find_postmortem(session, args.id)
        result = reassess(pm, policy)
        assert pm.trigger_assessment is not None
        override = pm.trigger_assessment.override_verdict
        override_reason = pm.trigger_assessment.override_reason
        key = pm.key
    payload = {
        "key": key,
        "verdict": result.verdict.value,
        "reasons": list(result.reasons),
        "unanswered": list(result.unanswered),
        "override": {"verdict": override.value, "reason": override_reason} if override else None,
    }
    if args.json:
        _emit(out, payload)
        return EXIT_OK
    labels = {
        "mandatory": "MANDATORY",
        "recommended": "RECOMMENDED",
        "not_required": "NOT REQUIRED",
    }
    echo(out, f"{key}: a formal post-mortem is {labels[result.verdict.value]}")
    for reason in result.reasons:
        echo(out, f"  - {reason}")
    if override:
        echo(out, f"  Overridden to {labels[override.value]}: {override_reason}")
    return EXIT_OK


def _backups(args: argparse.Namespace, paths: Paths, out: TextIO) -> int:
    found = list_backups(_backups_beside(args, paths))
    if args.json:
        _emit(out, [str(p) for p in found])
    elif not found:
        echo(out, "No backups yet: one is made automatically once a day.")
    else:
        for backup in found:
            echo(out, str(backup))
    return EXIT_OK


def _restore(args: argparse.Namespace, paths: Paths, out: TextIO) -> int:
    from sqlalchemy.engine import make_url

    from pmdesk.store.engine import is_sqlite_file

    url = database_url(args.database, paths)
    if not is_sqlite_file(url):
        raise UserFacingError("Backups are restored only for SQLite database files.")
    backup: Path = args.backup
    if not backup.is_file():
        raise UserFacingError(f"There is no backup file {backup}.", "Run 'pmdesk backups'.")
    target = Path(make_url(url).database or "")
    kept = restore_backup(backup, target)
    # SQLite made a new file: give it the replaced file's mode, or keep it private.
    if kept is not None:
        shutil.copymode(kept, target)
    else:
        target.chmod(PRIVATE_FILE_MODE)
    echo(out, f"Restored {backup} to {target}.")
    if kept:
        echo(out, f"The previous database file was kept as {kept}.")
    return EXIT_OK


def _stored_texts(
    args: argparse.Namespace, paths: Paths
) -> Callable[[str], list[tuple[str, str, Any, str]]]:
    def resolve(ident: str) -> list[tuple[str, str, Any, str]]:
        from pmdesk.domain.texts import lintable_texts

        db = open_app_database(args, paths)
        try:
            with db.reading() as session:
                pm = find_postmortem(session, ident)
                from pmdesk.lint import Section

                return [
                    (
                        f"{pm.key}:{field.location}",
                        field.text,
                        Section(field.section),
                        pm.language.value,
                    )
                    for field in lintable_texts(pm)
                ]
        finally:
            db.close()

    return resolve


def _store_into(args: argparse.Namespace, paths: Paths) -> Callable[[str, Any, str], str]:
    def store(ident: str, result: Any, source_label: str) -> str:
        from pmdesk.importers.store import add_imported_events

        db = open_app_database(args, paths)
        try:
            with db.transaction() as session:
                pm = find_postmortem(session, ident)
                batch = add_imported_events(
                    session, pm, result, source_label=source_label, file_name=source_label
                )
                return (
                    f"Added {batch.event_count} events to {pm.key} "
                    f"({len(result.events) - batch.event_count} already in the timeline)."
                )
        finally:
            db.close()

    return store


_Handler = Callable[[argparse.Namespace, Database, TextIO, Paths], int]
_HANDLERS: dict[str, _Handler] = {
    "list": _list,
    "show": _show,
    "new": _new,
    "dump": _dump,
    "load": _load,
    "trigger-check": _trigger_check,
}
