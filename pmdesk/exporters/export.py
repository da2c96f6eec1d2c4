"""One export, start to finish: render in a format, write the file atomically.

Used by `pmdesk export` and the Publish step. Gates and the publication record are the
caller's business (see `pmdesk.domain.gates` and `pmdesk.store.publications`), so
that a preview can render without publishing.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from pmdesk.exporters.actions_csv import export_actions_csv
from pmdesk.exporters.calendar import export_calendar
from pmdesk.exporters.html import (
    ExportOptions,
    content_hash,
    export_html_file,
    render_html,
    report_language_of,
)
from pmdesk.exporters.markdown import export_markdown
from pmdesk.exporters.pdf import render_pdf_bytes, write_atomically
from pmdesk.exporters.trackers import TRACKER_EXPORTERS
from pmdesk.models import Postmortem

log = logging.getLogger(__name__)

__all__ = [
    "EXTENSIONS",
    "ExportResult",
    "export_file_name",
    "export_to_file",
    "file_slug",
    "render_export",
    "staging_path",
]

EXTENSIONS = {
    "pdf": ".pdf",
    "html": ".html",
    "md": ".md",
    "actions-csv": ".csv",
    "jira-csv": ".csv",
    "gitlab-csv": ".csv",
    "github-json": ".json",
    "github-sh": ".sh",
    "ics": ".ics",
}
# Said in the file name too, so that the tracker files do not take each other's name.
_NAME_ENDINGS = {
    "jira-csv": "jira",
    "gitlab-csv": "gitlab",
    "github-json": "github-issues",
    "github-sh": "github-issues",
    "ics": "actions",
}
# Everything but letters, digits, "_" and "-": no separators, no dots, so a file name
# built from a slug always stays in the folder it is joined to.
_NOT_IN_SLUG = re.compile(r"[^A-Za-z0-9_-]+")
_MAX_SLUG = 80


def file_slug(text: str) -> str:
    """`text` as letters, digits, "-" and "_" only: safe as part of a file name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_IN_SLUG.sub("-", ascii_text).strip("-_")[:_MAX_SLUG].strip("-_")


def export_file_name(key: str, profile: str, fmt: str) -> str:
    """The default file name of an export, e.g. "PM-0001-internal.pdf" or
    "PM-0001-internal-jira.csv".

    Built from a slug of the key and profile, never from the raw fields: a loaded
    document's key may be "../../x" or an absolute path.
    """
    parts = (file_slug(key) or "postmortem", file_slug(profile), _NAME_ENDINGS.get(fmt, ""))
    stem = "-".join(part for part in parts if part)
    return f"{stem}{EXTENSIONS[fmt]}"


@dataclass(frozen=True)
class ExportResult:
    """What an export produced.

    Attributes:
        format: one of `EXTENSIONS`' keys: "pdf", "html", "md", "actions-csv", a
            tracker's action items ("jira-csv", "gitlab-csv", "github-json",
            "github-sh") or the action calendar ("ics").
        data: the file's bytes.
        content_hash: sha256 of the rendered source (the HTML for PDF and HTML, the
            Markdown, or the CSV), as recorded on the publication.
        path: where it was written, if it was.
    """

    format: str
    data: bytes
    content_hash: str
    path: Path | None = None


def render_export(
    pm: Postmortem,
    fmt: str,
    options: ExportOptions,
    *,
    progress: Callable[[str], None] | None = None,
    include_tracked: bool = False,
    action_ids: Sequence[int] | None = None,
) -> ExportResult:
    """Render `pm` in `fmt` without writing anything (for previews and for export).

    Args:
        include_tracked: the tracker formats also list the actions that already have
            a tracker link (see `pmdesk.exporters.trackers`).
        action_ids: the store ids of `pm.action_items` when `pm` is a copy; the
            calendar's UIDs are made from them (see `pmdesk.exporters.calendar`).
    """
    report = progress or (lambda _step: None)
    options = replace(options, generated_at=options.generated_at or datetime.now(UTC))
    report("Preparing the document")
    if fmt == "pdf":
        # Here, not above: pdf_archive names the attached file with this module's file_slug.
        from pmdesk.exporters.pdf_archive import pdf_output

        html = render_html(pm, options=options)
        report("Laying out the pages")
        logo = options.logo
        data = render_pdf_bytes(
            html, allowed_files=(logo,) if logo else (), output=pdf_output(pm, options)
        )
        return ExportResult(fmt, data, content_hash(html))
    if fmt == "html":
        html = export_html_file(pm, options=options)
        return ExportResult(fmt, html.encode("utf-8"), content_hash(html))
    if fmt == "md":
        text = export_markdown(
            pm,
            profile=options.profile,
            version=options.version,
            generated_at=options.generated_at,
            is_publication=options.is_publication,
            language=report_language_of(pm, options),
        )
        return ExportResult(fmt, text.encode("utf-8"), content_hash(text))
    if fmt == "actions-csv":
        text = export_actions_csv(pm, profile=options.profile)
        # A byte-order mark lets Excel open the UTF-8 file with the right encoding.
        return ExportResult(fmt, ("\ufeff" + text).encode("utf-8"), content_hash(text))
    if fmt in TRACKER_EXPORTERS:
        # No byte-order mark: the trackers' importers read UTF-8 and want the header
        # names as the first bytes.
        text = TRACKER_EXPORTERS[fmt](pm, profile=options.profile, include_tracked=include_tracked)
        return ExportResult(fmt, text.encode("utf-8"), content_hash(text))
    if fmt == "ics":
        text = export_calendar(
            pm,
            profile=options.profile,
            generated_at=options.generated_at,
            action_ids=action_ids,
            meeting_minutes=options.meeting_minutes,
        )
        return ExportResult(fmt, text.encode("utf-8"), content_hash(text))
    raise ValueError(f"unknown export format {fmt!r}")


def staging_path(dest: Path) -> Path:
    """Where a report waits, complete but hidden, until its publication is recorded."""
    return dest.with_name(f".{dest.name}.unpublished")


def export_to_file(
    pm: Postmortem,
    fmt: str,
    dest: Path,
    options: ExportOptions,
    *,
    progress: Callable[[str], None] | None = None,
    include_tracked: bool = False,
) -> ExportResult:
    """Render `pm` and write it to `dest` atomically (`include_tracked`: see
    `render_export`).

    Raises:
        UserFacingError: the file could not be written, the logo is unusable, or
            WeasyPrint is missing.
    """
    result = render_export(pm, fmt, options, progress=progress, include_tracked=include_tracked)
    if progress:
        progress("Saving")
    write_atomically(dest, result.data)
    log.info("Exported %s as %s", pm.key, fmt)
    return replace(result, path=dest)
