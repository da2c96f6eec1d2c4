"""`pmdesk site`: every published post-mortem as a static website, with no server.

The site is a folder: `index.html` (every post-mortem, with search and filters by
service, tag, severity and year), one page per post-mortem in `postmortems/` (the HTML
export of its latest publication, in the site's profile), `actions.html` (the open
action items across them) and `trends.html` (the library's trends as inline SVG). It
opens from the file system and from any static host, with relative links only, and
fetches nothing from elsewhere.

Search is Pagefind's index (`pagefind/`), built over the post-mortem pages after they
are written; a page opened from the file system cannot load it (browsers refuse
`fetch` and module scripts there), so `search-data.js` carries each post-mortem's
searchable text for the same search box to match words in.

A post-mortem is shown as it was when published: its state at the publication's
`postmortem_version`, rebuilt from today's by undoing the revisions since (as a merge
does, `store.load_merge`); when the history does not reach back that far, its current
state. The rebuild is incremental: `.pmdesk-site.json` records for each post-mortem
what its page was made from, so only post-mortems published or changed since are
rendered again; the index pages and the search index are always rewritten.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmdesk import __version__
from pmdesk.domain.followup import UNFINISHED, attention_rank, is_overdue
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters._document import ExportDocument, build_document
from pmdesk.exporters._language import report_language
from pmdesk.exporters.html import TEMPLATES_DIR, ExportOptions, render_document
from pmdesk.exporters.site_charts import trend_charts
from pmdesk.models import ActionStatus, Postmortem, Publication
from pmdesk.store import Database
from pmdesk.store.load_merge import UNKNOWN, apply, revert, stored_records
from pmdesk.store.queries import WHOLE_POSTMORTEM
from pmdesk.store.revisions import revisions_since
from pmdesk.store.trends import library_trends

__all__ = ["MANIFEST_NAME", "SiteResult", "build_site"]

MANIFEST_NAME = ".pmdesk-site.json"
# Bumped when what the manifest records changes: an older manifest is then ignored.
MANIFEST_FORMAT = 1
PAGES_FOLDER = "postmortems"
SEARCH_FOLDER = "pagefind"
# The search index is built in this many parts, each post-mortem in the part its file
# name hashes to; a rebuild indexes again only the parts whose pages changed (Pagefind
# takes about 10 ms a page, so the whole index of 1,000 would take 10 s), and the
# search merges the parts in the browser.
SEARCH_PARTS = 32
# Post-mortems loaded from the database at a time: their parts come in a few queries.
BATCH_SIZE = 50
SUMMARY_CHARACTERS = 280
# The site's own pages: scripts and styles from the site only; the post-mortem pages
# keep the export's stricter policy (no script at all).
SITE_POLICY = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'"
)
_SITE_FILES = ("site.css", "site.js")
_UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9._-]+")
_BODY_TAG = re.compile(r"<body[^>]*>")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SiteResult:
    """What a build did: how many post-mortems the site shows, how many pages were
    rendered now and how many kept from the last build, and where the time went:
    `render_seconds` until every page was written, `search_seconds` waiting for
    Pagefind after that (it runs while the site's own pages are written)."""

    folder: Path
    postmortems: int
    rendered: int
    kept: int
    removed: int
    render_seconds: float
    search_seconds: float

    @property
    def index(self) -> Path:
        return self.folder / "index.html"

    def as_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "index": str(self.index),
            "postmortems": self.postmortems,
            "rendered": self.rendered,
            "kept": self.kept,
            "removed": self.removed,
            "render_seconds": round(self.render_seconds, 3),
            "search_seconds": round(self.search_seconds, 3),
        }


@dataclass(frozen=True)
class _Published:
    """A post-mortem's latest publication, as the list query reads it."""

    postmortem_id: int
    key: str
    version: int
    publication: Publication

    @property
    def source(self) -> str:
        # What the page is made from: this publication of this state of the
        # post-mortem (a later edit may change what the history can rebuild).
        return f"{self.publication.id}:{self.version}"


def build_site(
    db: Database,
    folder: Path,
    *,
    profile: ExportProfile = ExportProfile.INTERNAL,
    options: ExportOptions | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SiteResult:
    """Write (or bring up to date) the site of every published post-mortem in `folder`.

    Args:
        profile: internal or public, for every page; the pages are the exports of that
            profile (pseudonyms and redaction as there).
        options: organisation, logo and accent colour (its profile is ignored).
        today: the day the open actions are overdue on; default today where the user is.
        progress: called with (done, total) post-mortems while pages are rendered.
        cancelled: polled between post-mortems; when it returns True the build stops
            and the folder keeps the last complete site's index.

    Raises:
        UserFacingError: the folder holds other files, cannot be written, or the
            search indexer is missing.
    """
    began = time.perf_counter()
    folder = folder.expanduser().resolve()
    options = dataclasses.replace(options or ExportOptions(), profile=profile)
    today = today or datetime.now(UTC).astimezone().date()
    manifest = _read_manifest(folder)
    fingerprint = _fingerprint(options)
    same_look = manifest.get("fingerprint") == fingerprint
    entries: dict[str, dict[str, Any]] = manifest["postmortems"] if same_look else {}
    pages = folder / PAGES_FOLDER
    try:
        pages.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(
            f"The folder {folder} could not be created ({exc.strerror}).",
            "Choose a folder you can write to.",
        ) from exc

    removed = 0
    # Pagefind indexes each part of the search index as soon as its pages are written,
    # while the next parts are rendered and the site's own pages written.
    with (
        ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool,
        db.reading() as session,
    ):
        search = _SearchIndex(pool, folder, manifest.get("search_parts", {}) if same_look else {})
        published = _published(session)
        wanted = {item.key for item in published}
        for key in [key for key in entries if key not in wanted]:
            (pages / entries.pop(key)["file"]).unlink(missing_ok=True)
            removed += 1
        members: dict[str, list[str]] = {}
        for item in published:
            members.setdefault(_search_part(_file_name(item.key)), []).append(item.key)
        part_of = {key: part for part, keys in members.items() for key in keys}
        stale = sorted(
            (
                item
                for item in published
                if entries.get(item.key, {}).get("source") != item.source
                or not (pages / entries[item.key]["file"]).is_file()
            ),
            key=lambda item: (part_of[item.key], item.key),
        )
        total = len(stale)
        waiting = Counter(part_of[item.key] for item in stale)
        for done, item, document, html in _render_all(session, stale, options, cancelled):
            entries[item.key] = _entry(item, document, html, pages, entries.get(item.key))
            if progress is not None:
                progress(done, total)
            part = part_of[item.key]
            waiting[part] -= 1
            if not waiting[part]:
                search.update(part, [entries[key] for key in members[part]])
        if cancelled is not None and cancelled():
            raise UserFacingError("The site was not built: it was cancelled.", "Build it again.")
        for part, keys in members.items():
            if part not in waiting:
                search.update(part, [entries[key] for key in keys])
        # Newest incident first.
        rows = sorted(
            entries.values(), key=lambda e: (e["incident_date"] or "", e["key"]), reverse=True
        )
        trends = library_trends(db, today, published_only=True)
        _write_site_pages(folder, rows, options, trends, today, sorted(members))
        render_seconds = time.perf_counter() - began
        began = time.perf_counter()
        search.finish()
    search_seconds = time.perf_counter() - began
    _write_text(
        folder / MANIFEST_NAME,
        json.dumps(
            {
                "format": MANIFEST_FORMAT,
                "generator": f"pmdesk {__version__}",
                "profile": profile.value,
                "fingerprint": fingerprint,
                "postmortems": entries,
                "search_parts": search.digests,
            },
            ensure_ascii=False,
            sort_keys=True,
        ),
    )
    return SiteResult(
        folder=folder,
        postmortems=len(rows),
        rendered=total,
        kept=len(published) - total,
        removed=removed,
        render_seconds=render_seconds,
        search_seconds=search_seconds,
    )


# --- what to render ------------------------------------------------------------------


def _read_manifest(folder: Path) -> dict[str, Any]:
    """The last build's manifest; {} for a new site. A folder with other files in it
    and no manifest is refused, so that a build never mixes a site into them."""
    path = folder / MANIFEST_NAME
    if not folder.exists():
        return {}
    if not folder.is_dir():
        raise UserFacingError(f"{folder} is a file, not a folder.", "Choose a folder for the site.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if any(folder.iterdir()):
            raise UserFacingError(
                f"The folder {folder} is not empty and holds no pmdesk site.",
                "Choose an empty folder, or the folder of a site pmdesk built before.",
            ) from None
        return {}
    except (OSError, ValueError):
        return {}  # unreadable: everything is rendered again and the manifest rewritten
    return data if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT else {}


def _fingerprint(options: ExportOptions) -> str:
    """What every page depends on besides its post-mortem: pmdesk, the templates, the
    profile and the look."""
    logo = options.logo
    logo_stamp = ""
    if logo is not None and logo.is_file():
        stat = logo.stat()
        logo_stamp = f"{logo}:{stat.st_size}:{stat.st_mtime_ns}"
    digest = hashlib.sha256()
    for part in (
        __version__,
        options.profile.value,
        " ".join(options.organisation_name.split()),
        options.accent_color,
        logo_stamp,
    ):
        digest.update(part.encode("utf-8") + b"\0")
    # The templates, and this module, which adds to each page what the site needs.
    for source in [*sorted(TEMPLATES_DIR.glob("postmortem.*.j2")), Path(__file__)]:
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _published(session: Session) -> list[_Published]:
    """Every post-mortem with a publication, with its latest one."""
    latest = (
        select(Publication.postmortem_id, func.max(Publication.version).label("version"))
        .group_by(Publication.postmortem_id)
        .subquery()
    )
    rows = session.execute(
        select(Postmortem.id, Postmortem.key, Postmortem.version, Publication)
        .join(Publication, Publication.postmortem_id == Postmortem.id)
        .join(
            latest,
            (latest.c.postmortem_id == Publication.postmortem_id)
            & (latest.c.version == Publication.version),
        )
        .order_by(Postmortem.key)
    )
    return [_Published(pm_id, key, version, pub) for pm_id, key, version, pub in rows]


def _render_all(
    session: Session,
    items: Sequence[_Published],
    options: ExportOptions,
    cancelled: Callable[[], bool] | None,
) -> Iterator[tuple[int, _Published, ExportDocument, str]]:
    """Each post-mortem's page, loaded a batch at a time with its parts."""
    done = 0
    for start in range(0, len(items), BATCH_SIZE):
        batch = items[start : start + BATCH_SIZE]
        loaded = {
            pm.id: pm
            for pm in session.scalars(
                select(Postmortem)
                .where(Postmortem.id.in_([item.postmortem_id for item in batch]))
                .options(*WHOLE_POSTMORTEM)
            )
        }
        # Nothing read here is ever written: turning a post-mortem back into its
        # published state happens in memory, and the session is rolled back.
        with session.no_autoflush:
            for item in batch:
                if cancelled is not None and cancelled():
                    return
                pm = loaded[item.postmortem_id]
                _as_published(session, pm, item.publication)
                document, html = _render_page(pm, item.publication, options)
                done += 1
                yield done, item, document, html
        session.expunge_all()


def _as_published(session: Session, pm: Postmortem, publication: Publication) -> None:
    """Make `pm` (in memory only) what it was when `publication` was made, when its
    history reaches back that far; else leave it as it is now."""
    since = publication.postmortem_version
    if pm.version <= since:
        return
    revisions, complete = revisions_since(session, pm.id, since, pm.version)
    if not complete or not any(_shows(e) for r in revisions for e in r.changes):
        return
    current = stored_records(pm)
    then = revert(current, revisions, since)
    # What the history does not keep (the private notes, which no export shows)
    # stays as it is now.
    for part, records in then.items():
        for ident, record in records.items():
            for field, value in record.items():
                if value is UNKNOWN:
                    record[field] = current.get(part, {}).get(ident, {}).get(field)
    apply(pm, then)


# Changes no export shows: publishing itself (the page shows "Published" either way)
# and the facilitator's private notes.
_UNSHOWN = {("postmortem", "status"), ("postmortem", "facilitator_notes")}


def _shows(entry: dict[str, Any]) -> bool:
    """Whether a change in the history changes what the post-mortem's export shows."""
    return entry["part"] != "publication" and (entry["part"], entry.get("field")) not in _UNSHOWN


def _render_page(
    pm: Postmortem, publication: Publication, options: ExportOptions
) -> tuple[ExportDocument, str]:
    """The export of `pm` as `publication` published it, in the site's profile."""
    document = build_document(pm, options.profile, version=publication.version, is_publication=True)
    # The document history ends with this publication, as it did when published.
    document = dataclasses.replace(
        document,
        history=tuple(p for p in document.history if p.version <= publication.version),
    )
    page_options = dataclasses.replace(
        options,
        generated_at=publication.published_at,
        version=publication.version,
        gate_overrides=tuple(
            (o.get("gate", ""), o.get("reason", "")) for o in publication.gate_overrides
        ),
        is_publication=True,
    )
    html = render_document(document, page_options, embed_resources=True)
    return document, _with_site_header(html, document)


def _with_site_header(html: str, document: ExportDocument) -> str:
    """The export with a link back to the site's index at the top of the page, and the
    values the search filters by, for Pagefind."""
    header = (
        '<nav class="pmdesk-site-nav" data-pagefind-ignore="all" style="font: 14px/1.4 '
        "system-ui, sans-serif; padding: 8px 16px; border-bottom: 1px solid #d0d4d9; "
        'background: #f5f6f8"><a href="../index.html">← All post-mortems</a> · '
        '<a href="../actions.html">Open actions</a> · <a href="../trends.html">Trends</a></nav>'
    )
    match = _BODY_TAG.search(html)
    if match is None:
        return html
    # No icon: a browser would otherwise ask the host for /favicon.ico.
    head_end = html.find("</head>")
    filters = [
        *(("service", name) for name in document.services),
        *(("tag", name) for name in document.tags),
        *([("severity", str(document.severity))] if document.severity else []),
        *([("year", str(document.incident_date.year))] if document.incident_date else []),
    ]
    return (
        html[:head_end]
        + "".join(
            f'<meta data-pagefind-filter="{name}[content]" content="{escape(value)}">\n'
            for name, value in filters
        )
        + '<link rel="icon" href="data:,">\n'
        + html[head_end : match.end()]
        + header
        + html[match.end() :]
    )


# --- the manifest entry and the page -----------------------------------------------------


def _file_name(key: str) -> str:
    return _UNSAFE_FILE_CHARACTERS.sub("-", key).strip("-.") + ".html"


def _entry(
    item: _Published,
    document: ExportDocument,
    html: str,
    pages: Path,
    previous: dict[str, Any] | None,
) -> dict[str, Any]:
    """Write the page (unless it is the same as before) and describe it for the index."""
    name = _file_name(item.key)
    page_hash = hashlib.sha256(html.encode("utf-8")).hexdigest()
    path = pages / name
    if previous is None or previous.get("page_hash") != page_hash or not path.is_file():
        _write_text(path, html)
    incident = document.incident_date
    return {
        "source": item.source,
        "file": name,
        "page_hash": page_hash,
        "key": document.key,
        "title": document.title,
        "summary": _plain_summary(document.summary),
        "severity": document.severity,
        "services": list(document.services),
        "tags": list(document.tags),
        "incident_date": incident.isoformat() if incident else None,
        "published_at": item.publication.published_at.astimezone(UTC).date().isoformat(),
        "publication_version": item.publication.version,
        "search_text": _search_text(document),
        "open_actions": [
            {
                "label": action.label,
                "title": action.title,
                "owner": action.owner,
                "priority": action.priority,
                "due_on": action.due_on.isoformat() if action.due_on else None,
                "status": action.status,
                "status_id": action.status_id,
            }
            for action in document.actions
            if ActionStatus(action.status_id) in UNFINISHED
        ],
    }


def _plain_summary(text: str) -> str:
    plain = " ".join(re.sub(r"[*_`#>\[\]]", "", text).split())
    if len(plain) <= SUMMARY_CHARACTERS:
        return plain
    return plain[: SUMMARY_CHARACTERS - 1].rsplit(" ", 1)[0] + "…"


def _search_text(document: ExportDocument) -> str:
    """Everything the search box matches when Pagefind cannot run (file://), lower case."""

    def whys(nodes: Sequence[Any]) -> Iterator[str]:
        for node in nodes:
            yield node.text
            yield from whys(node.children)

    parts = [
        document.key,
        document.title,
        document.summary,
        document.impact,
        *document.services,
        *document.tags,
        *whys(document.why_chains),
        *(cause.text for cause in document.root_causes),
        *document.contributing_factors,
        *(text for _kind, text, _refs in document.lessons),
        *(f"{action.title} {action.description}" for action in document.actions),
        *(event.text for day in document.days for event in day.events),
    ]
    # Each word once: the search box looks for every word it is given, anywhere.
    return " ".join(dict.fromkeys(" ".join(parts).casefold().split()))


def _write_text(path: Path, text: str) -> None:
    """Write atomically: a reader (or a sync to a host) never sees half a file."""
    staged = path.with_name(f".{path.name}.tmp")
    try:
        staged.write_text(text, encoding="utf-8")
        os.replace(staged, path)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise UserFacingError(
            f"{path} could not be written ({exc.strerror}).",
            "Choose a folder you can write to, with space left.",
        ) from exc


# --- the site's own pages ----------------------------------------------------------------


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    # The site's own pages speak English; each post-mortem's page its own language.
    english = report_language("en")
    environment.filters["date"] = lambda value: english.short_date(
        date.fromisoformat(value) if value else None
    )
    environment.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    return environment


def _write_site_pages(
    folder: Path,
    rows: Sequence[dict[str, Any]],
    options: ExportOptions,
    trends: Any,
    today: date,
    search_parts: Sequence[str],
) -> None:
    environment = _environment()
    organisation = " ".join(options.organisation_name.split()) or "Post-incident reviews"
    common = {
        "organisation": organisation,
        "profile": options.profile.value,
        "policy": SITE_POLICY,
        "built": today.isoformat(),
        "count": len(rows),
    }

    def choices(field: str) -> list[str]:
        return sorted({name for row in rows for name in row[field]}, key=str.casefold)

    years = sorted({row["incident_date"][:4] for row in rows if row["incident_date"]}, reverse=True)
    severities = sorted({str(row["severity"]) for row in rows if row["severity"]})
    pages = {
        "index.html": environment.get_template("site-index.html.j2").render(
            common,
            page="index",
            rows=rows,
            services=choices("services"),
            tags=choices("tags"),
            severities=severities,
            years=years,
            search_parts=list(search_parts),
        ),
        "actions.html": environment.get_template("site-actions.html.j2").render(
            common, page="actions", actions=_open_actions(rows, today)
        ),
        "trends.html": environment.get_template("site-trends.html.j2").render(
            common,
            page="trends",
            charts=[
                # The charts' markup is built with every text escaped.
                dataclasses.replace(chart, svg=Markup(chart.svg))
                for chart in trend_charts(trends)
            ],
        ),
    }
    for name, text in pages.items():
        _write_text(folder / name, text)
    for name in _SITE_FILES:
        _write_text(folder / name, (TEMPLATES_DIR / name).read_text(encoding="utf-8"))
    search_data = {row["file"]: row["search_text"] for row in rows}
    _write_text(
        folder / "search-data.js",
        "window.pmdeskSearchText = " + json.dumps(search_data, ensure_ascii=True) + ";\n",
    )


def _open_actions(rows: Sequence[dict[str, Any]], today: date) -> list[dict[str, Any]]:
    """The unfinished actions of every post-mortem, what needs attention first
    (`domain.followup.attention_rank`), then by due date (undated last)."""
    actions = []
    for row in rows:
        for action in row["open_actions"]:
            status = ActionStatus(action["status_id"])
            due = date.fromisoformat(action["due_on"]) if action["due_on"] else None
            actions.append(
                {
                    **action,
                    "key": row["key"],
                    "postmortem_title": row["title"],
                    "file": row["file"],
                    "is_overdue": is_overdue(status, due, today),
                    "_order": (
                        attention_rank(status, due, today),
                        due is None,
                        due or today,
                        row["key"],
                        action["label"],
                    ),
                }
            )
    return sorted(actions, key=lambda action: action["_order"])


# --- search --------------------------------------------------------------------------


def _search_part(file: str) -> str:
    """The part of the search index a page is in: by its name, so it stays there."""
    number = int(hashlib.sha256(file.encode("utf-8")).hexdigest()[:8], 16)
    return f"part{number % SEARCH_PARTS:02d}"


class _SearchIndex:
    """Pagefind's index of the post-mortem pages, in parts; `update` indexes a part
    again (in `pool`) when its pages changed since the last build (`previous`: each
    part's digest of its pages)."""

    def __init__(self, pool: ThreadPoolExecutor, folder: Path, previous: dict[str, str]) -> None:
        try:
            from pagefind.service import get_executable
        except ImportError:
            executable = None
        else:
            executable = get_executable()
        if executable is None:
            raise UserFacingError(
                "The site's search index could not be built: Pagefind is not installed.",
                'Install pmdesk with its app extra: pipx install "pmdesk[app]".',
            )
        self._executable = executable
        self._pool = pool
        self._folder = folder
        self._root = folder / SEARCH_FOLDER
        self._root.mkdir(exist_ok=True)
        self._previous = previous
        self._jobs: list[Future[None]] = []
        self.digests: dict[str, str] = {}

    def update(self, part: str, rows: Sequence[dict[str, Any]]) -> None:
        pages = sorted((row["file"], row["page_hash"]) for row in rows)
        digest = hashlib.sha256(json.dumps(pages).encode("utf-8")).hexdigest()
        self.digests[part] = digest
        target = self._root / part
        if self._previous.get(part) != digest or not (target / "pagefind.js").is_file():
            files = [file for file, _hash in pages]
            self._jobs.append(
                self._pool.submit(_index_part, self._executable, self._folder, target, files)
            )

    def finish(self) -> None:
        """Wait for the parts, and remove those no page is in any more."""
        for job in self._jobs:
            job.result()
        for stale in self._root.iterdir():
            if stale.name in self.digests:
                continue
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink()


def _index_part(executable: Path, folder: Path, target: Path, files: Sequence[str]) -> None:
    staged = target.with_name(f".{target.name}.new")
    shutil.rmtree(staged, ignore_errors=True)
    # File names are letters, digits, ".", "_" and "-" (`_file_name`): safe in a glob.
    pattern = f"{PAGES_FOLDER}/{{{','.join(files)}}}"
    done = subprocess.run(
        [
            str(executable),
            "--site",
            str(folder),
            "--glob",
            pattern,
            "--output-path",
            str(staged),
            "--silent",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        shutil.rmtree(staged, ignore_errors=True)
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise UserFacingError(
            "The site's search index could not be built" + (f" ({detail[-1]})." if detail else "."),
            "Build the site again; if it fails again, report it with that message.",
        )
    shutil.rmtree(target, ignore_errors=True)
    os.replace(staged, target)
