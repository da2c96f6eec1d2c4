"""The command line: everything the app does, headless.

`pmdesk` without a command opens the app (see __main__); every other command
works on the database without Qt. Errors go to stderr as one plain sentence with a
non-zero exit status.

The ORM, and what stands on it, is imported by the commands that use it: `pmdesk
--version` and `--help` answer without it (start-up time is a feature).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pmdesk import __version__
from pmdesk.console import echo, for_terminal
from pmdesk.errors import UserFacingError
from pmdesk.settings import PRIVATE_FILE_MODE, Paths, default_paths, load_preferences
from pmdesk.store import Database, list_backups, restore_backup
from pmdesk.store.interchange_check import read_document
from pmdesk.store.library import SearchHit
from pmdesk.store.location import backups_folder, database_url
from pmdesk.store.location import open_app_database as _open_app_database
from pmdesk.store.search import Snippet

if TYPE_CHECKING:
    from pmdesk.models import Postmortem

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
    parser.add_argument(
        "--author",
        metavar="NAME",
        help="the name the history records for changes made by this command (default: the "
        "author name in the preferences, else the login name)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text)

    p = command("list", "List the post-mortems, newest first.")
    p.add_argument(
        "--search",
        default="",
        help="only those that contain every word somewhere (any part of a word, in "
        "any part of the post-mortem), best match first",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("search", "Find post-mortems by any words in any part; shows where they match.")
    p.add_argument("words", nargs="+", help="every word must occur (any part of a word)")
    p.add_argument("--limit", type=int, default=20, help="show at most this many (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")

    for kind in ("tags", "services"):
        p = command(kind, f"List the {kind} in use, with how many post-mortems use each.")
        p.add_argument("--json", action="store_true", help="print JSON")
        singular = kind[:-1]
        p = command(
            f"rename-{singular}",
            f"Rename a {singular} in every post-mortem; renaming to a {singular} in use "
            "merges the two.",
        )
        p.add_argument("old", help=f"the {singular} as it is written now")
        p.add_argument("new", help=f"the {singular} to use instead")
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

    p = command("history", "List who changed what in a post-mortem, newest first.")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command(
        "push",
        "Send a post-mortem to another database (the team's), by UUID; what was changed "
        "there since the last push or pull is merged, so both end up the same.",
    )
    p.add_argument("id", help="key or UUID here")
    p.add_argument(
        "--to",
        metavar="URL",
        help="the other database's URL (default: the team database set in the app, with "
        "its password from the system keyring)",
    )

    p = command(
        "pull",
        "Fetch a post-mortem from another database (the team's), by UUID; what was changed "
        "here since the last push or pull is merged, so both end up the same.",
    )
    p.add_argument("id", help="key or UUID in the other database")
    p.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="the other database's URL (default: the team database set in the app)",
    )

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
    from pmdesk.exporters import repository_cli

    repository_cli.configure_publish_parser(
        command(
            "publish",
            "Publish a post-mortem into a clone of the organisation's docs or wiki "
            "repository: a Markdown page and an index, committed (not pushed).",
        )
    )

    from pmdesk.exporters import site_cli

    site_cli.configure_parser(command("site", site_cli.HELP))

    from pmdesk import followup_cli

    followup_cli.configure_actions_parser(
        command("actions", "List action items across all post-mortems, overdue first.")
    )
    followup_cli.configure_trends_parser(
        command("trends", "Post-mortems, detection and resolution times, actions done on time.")
    )

    p = command("backups", "List the automatic backups of the database.")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("restore-backup", "Put a backup in place of the database (keeps the old file).")
    p.add_argument("backup", type=Path)

    command(
        "install-desktop-entry",
        "Put pmdesk in the application menu and let .pmdesk.json files open with it "
        "(Linux and BSD desktops, for the current user).",
    )
    return parser


def open_app_database(args: argparse.Namespace, paths: Paths) -> Database:
    from pmdesk.store.revisions import AUTHOR_KEY

    db = _open_app_database(args.database, paths)
    if getattr(args, "author", None):
        db.sessions.configure(info={AUTHOR_KEY: args.author})
    return db


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
    if args.command == "install-desktop-entry":
        return _install_desktop_entry(out)
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
    if args.command == "publish":
        from pmdesk.exporters import repository_cli

        return repository_cli.run_publish(args, db, out, err)
    if args.command == "site":
        from pmdesk.exporters import site_cli

        preferences, _notice = load_preferences(paths.preferences_file)
        return site_cli.run(args, db, out, preferences)
    if args.command in ("actions", "trends"):
        from pmdesk import followup_cli

        run_followup = (
            followup_cli.run_actions if args.command == "actions" else followup_cli.run_trends
        )
        # Due dates are days where the user lives.
        return run_followup(args, db, out, datetime.now(UTC).astimezone().date())
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
    from pmdesk.store.queries import list_postmortems

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


def _search(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    from pmdesk.store.library import LibraryQuery, open_reader, search_hits

    words = " ".join(args.words).strip()
    if args.limit < 1:
        raise UserFacingError("--limit must be 1 or more.", "For example: --limit 20.")
    with open_reader(db) as reader:
        hits = search_hits(reader.execute, reader.dialect, LibraryQuery(words), args.limit + 1)
    shown = hits[: args.limit]
    if args.json:
        _emit(out, [_hit_json(hit) for hit in shown])
        return EXIT_OK
    if not hits:
        echo(out, f"No post-mortem matches {words!r}.")
        return EXIT_OK
    # Matched words stand out in a terminal; in a file or a pipe they are [bracketed].
    mark = ("\x1b[1m", "\x1b[0m") if out.isatty() else ("[", "]")
    for hit in shown:
        echo(out, f"{hit.row.key:<9} {hit.row.title}")
        for snippet in hit.snippets:
            out.write(f"          {snippet.location}: {_terminal_snippet(snippet, mark)}\n")
    if len(hits) > len(shown):
        echo(out, f"(more match: showing the best {len(shown)}; use --limit to see more)")
    return EXIT_OK


def _terminal_snippet(snippet: Snippet, mark: tuple[str, str]) -> str:
    # The user's text is cleaned piece by piece, so the marks around it stay.
    pieces = ["…" if snippet.cut_before else ""]
    position = 0
    for start, end in snippet.spans:
        pieces.append(for_terminal(snippet.text[position:start]))
        pieces.append(mark[0] + for_terminal(snippet.text[start:end]) + mark[1])
        position = end
    pieces += [for_terminal(snippet.text[position:]), "…" if snippet.cut_after else ""]
    return "".join(pieces)


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    row = hit.row
    return {
        "key": row.key,
        "title": row.title,
        "status": row.status,
        "severity": row.severity,
        "verdict": row.verdict,
        "created_at": row.created_at.isoformat().replace("+00:00", "Z"),
        "updated_at": row.updated_at.isoformat().replace("+00:00", "Z"),
        "matches": [
            {
                "step": snippet.field.step,
                "field": snippet.column,
                "item": snippet.item,
                "location": snippet.location,
                "text": snippet.text,
                "highlights": [list(span) for span in snippet.spans],
                "cut_before": snippet.cut_before,
                "cut_after": snippet.cut_after,
            }
            for snippet in hit.snippets
        ],
    }


def _names(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    from pmdesk.store.vocabulary import NameKind, names_in_use

    with db.reading() as session:
        names = names_in_use(session, NameKind(args.command))
    if args.json:
        _emit(out, [{"name": name, "postmortems": count} for name, count in names])
    elif not names:
        echo(out, f"No post-mortem has {args.command} yet.")
    for name, count in [] if args.json else names:
        echo(out, f"{count:>5}  {name}")
    return EXIT_OK


def _rename_name(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    from pmdesk.store.vocabulary import NameKind, rename

    kind = NameKind.TAGS if args.command == "rename-tag" else NameKind.SERVICES
    with db.transaction() as session:
        changed = rename(session, kind, args.old, args.new)
    if args.json:
        _emit(out, {"old": args.old, "new": " ".join(args.new.split()), "postmortems": changed})
    else:
        noun = "post-mortem" if changed == 1 else "post-mortems"
        echo(out, f"Renamed {args.old!r} to {' '.join(args.new.split())!r} in {changed} {noun}.")
    return EXIT_OK


def _show(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    from pmdesk.domain.timeline import format_duration, incident_metrics
    from pmdesk.store.queries import find_postmortem

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
    from pmdesk.store.queries import create_postmortem

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
    from pmdesk.store.interchange import dumps
    from pmdesk.store.queries import find_postmortem

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
    from pmdesk.store.interchange import load_postmortem, publications_not_loaded

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


def _history(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    from pmdesk.store.queries import find_postmortem
    from pmdesk.store.revisions import describe_change, history

    with db.reading() as session:
        pm = find_postmortem(session, args.id)
        key = pm.key
        items: list[dict[str, Any]] = [
            {
                "version": revision.version,
                "base_version": revision.base_version,
                "author": revision.author,
                "created_at": _stamp(revision.created_at),
                "updated_at": _stamp(revision.updated_at),
                "changes": revision.changes,
            }
            for revision in history(session, pm.id)
        ]
    if args.json:
        _emit(out, items)
        return EXIT_OK
    if not items:
        echo(out, f"{key} has no recorded changes yet.")
        return EXIT_OK
    for item in items:
        first = item["base_version"] + 1
        versions = (
            f"v{item['version']}" if first >= item["version"] else f"v{first}–{item['version']}"
        )
        when = item["updated_at"][:16].replace("T", " ")
        echo(out, f"{versions:<10} {when} UTC  {item['author']}")
        for change in item["changes"]:
            echo(out, f"    {describe_change(change)}")
    return EXIT_OK


def _stamp(moment: Any) -> str:
    return str(moment.isoformat().replace("+00:00", "Z"))


def _trigger_check(args: argparse.Namespace, db: Database, out: TextIO, paths: Paths) -> int:
    from pmdesk.domain.trigger import load_policy, reassess
    from pmdesk.store.queries import find_postmortem

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


def _install_desktop_entry(out: TextIO) -> int:
    from pmdesk.desktop import desktop_data_home, install_desktop_entry, launch_command

    data_home = desktop_data_home()
    written = install_desktop_entry(data_home, launch_command())
    echo(out, f"Installed the menu entry, the icons and the .pmdesk.json file type in {data_home}:")
    for path in written:
        echo(out, f"  {path.relative_to(data_home)}")
    return EXIT_OK


def _stored_texts(
    args: argparse.Namespace, paths: Paths
) -> Callable[[str], list[tuple[str, str, Any, str]]]:
    def resolve(ident: str) -> list[tuple[str, str, Any, str]]:
        from pmdesk.domain.texts import lintable_texts
        from pmdesk.store.queries import find_postmortem

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
        from pmdesk.store.queries import find_postmortem

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


def _open_team_database(paths: Paths) -> tuple[Database, str]:
    """The team database set in the app, with the password from the keyring (or
    libpq's ~/.pgpass and $PGPASSWORD); its URL, without the password.

    Raises:
        UserFacingError: none is set, or it cannot be opened.
    """
    from pmdesk.store.team import TeamDatabase, open_team_database, saved_password

    preferences, _notice = load_preferences(paths.preferences_file)
    if not preferences.team_database:
        raise UserFacingError(
            "No team database is set.",
            "Name one with --to/--from URL, or set it in the app (Team → Team database…).",
        )
    team = TeamDatabase.from_url(preferences.team_database)
    return open_team_database(team, saved_password(team)), team.stored_url


def _push_or_pull(args: argparse.Namespace, db: Database, out: TextIO, _paths: Paths) -> int:
    from pmdesk.store.database import open_database
    from pmdesk.store.revisions import AUTHOR_KEY
    from pmdesk.store.sync import display_url, sync

    pulling = args.command == "pull"
    url = args.source if pulling else args.to
    if url:
        other = open_database(url)
    else:
        other, url = _open_team_database(_paths)
    if getattr(args, "author", None):
        other.sessions.configure(info={AUTHOR_KEY: args.author})
    try:
        result = sync(db, other, args.id, named_remotely=pulling)
    finally:
        other.close()
    where = display_url(url)
    if result.created_there:
        echo(out, f"Pushed {result.key} to {where}, new there as {result.remote_key}.")
    elif result.created_here:
        echo(out, f"Pulled {result.remote_key} from {where}, new here as {result.key}.")
    elif not (result.sent or result.received):
        echo(out, f"{result.key} is already the same here and in {where}.")
    else:
        brought = [
            *([f"sent the changes made here to {where}"] if result.sent else []),
            *([f"brought the changes made in {where} here"] if result.received else []),
        ]
        echo(out, f"{result.key}: {' and '.join(brought)}; both are the same now.")
    return EXIT_OK


_Handler = Callable[[argparse.Namespace, Database, TextIO, Paths], int]
_HANDLERS: dict[str, _Handler] = {
    "list": _list,
    "search": _search,
    "tags": _names,
    "services": _names,
    "rename-tag": _rename_name,
    "rename-service": _rename_name,
    "show": _show,
    "new": _new,
    "dump": _dump,
    "load": _load,
    "trigger-check": _trigger_check,
    "history": _history,
    "push": _push_or_pull,
    "pull": _push_or_pull,
}
