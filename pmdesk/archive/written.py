"""Post-mortems written elsewhere, as Markdown or HTML, made into interchange documents.

`read_written` reads one file and returns the document `pmdesk load` would read from
JSON — so it passes the same complete check (interchange_check) and the same limits
(domain.limits) — together with a report of what went where. Its UUID is derived from
the file's bytes: loading the same file again finds the post-mortem it made instead
of adding a second one. A file pmdesk exported itself keeps its own UUID.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pmdesk.archive._blocks import html_blocks, markdown_blocks, split_front_matter
from pmdesk.archive._mapping import Mapped, Target, map_blocks
from pmdesk.domain.limits import TEXT_MAX_CHARS, TITLE_MAX_CHARS, elide
from pmdesk.errors import UserFacingError
from pmdesk.store.interchange import FORMAT_NAME, FORMAT_VERSION

__all__ = [
    "MAX_WRITTEN_BYTES",
    "WRITTEN_FORMATS",
    "BlankTemplateError",
    "WrittenPostmortem",
    "read_written",
]

WRITTEN_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
# Far above any written post-mortem (the Google SRE example is 10 kB); past it, a file
# is something else, and parsing it would only keep the person waiting.
MAX_WRITTEN_BYTES = 5_000_000
# Derives UUIDs of imported files from their contents.
_ARCHIVE_NAMESPACE = uuid.UUID("6f1c2a3e-5b7d-4e8f-9a0b-1c2d3e4f5a6b")
# Nesting no written post-mortem comes near; parsers take quadratic time past it.
MAX_NESTING = 200
_MARKDOWN_DEPTH = re.compile(r"^(?:[ \t]|>[ \t]?)*", re.M)
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_NOTES_HEADER = "Kept from the imported file {name}, where pmdesk has no place of its own:"
_LABELS = {
    Target.TITLE: "Title",
    Target.SUMMARY: "Summary",
    Target.IMPACT: "Impact",
    Target.TIMELINE: "Timeline",
    Target.WHYS: "Why-chains",
    Target.ROOT_CAUSES: "Root causes",
    Target.FACTORS: "Contributing factors",
    Target.ACTIONS: "Action items",
    Target.WENT_WELL: "Lessons (went well)",
    Target.WENT_WRONG: "Lessons (went wrong)",
    Target.LUCKY: "Lessons (lucky)",
    Target.LESSONS: "Lessons (as went wrong)",
    Target.PARTICIPANTS: "Participants",
    Target.DATE: "Date",
    Target.FACILITATOR: "Facilitator",
    Target.SEVERITY: "Severity",
    Target.SERVICES: "Services",
    Target.TAGS: "Tags",
    Target.START: "Incident start",
    Target.END: "Incident end",
}


class BlankTemplateError(UserFacingError):
    """A post-mortem template with nothing filled in: nothing to load, nothing wrong."""


@dataclass(frozen=True)
class WrittenPostmortem:
    """One written post-mortem, read.

    Attributes:
        document: the interchange document (`pmdesk.store.interchange`) to load.
        mapped: one line per part of pmdesk that got something, with the headings
            it came from: 'Timeline: 31 events (from "Timeline")'.
        notes: the headings whose sections were kept in the facilitator notes.
        warnings: what a person should check ('… its times were read as UTC.').
    """

    document: dict[str, Any]
    mapped: tuple[str, ...]
    notes: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def title(self) -> str:
        return str(self.document["postmortem"]["title"])


def read_written(path: Path, *, now: datetime | None = None) -> WrittenPostmortem:
    """Read a post-mortem written as Markdown or HTML.

    Raises:
        UserFacingError: the file cannot be read, is too large, or is no text.
    """
    file_format = WRITTEN_FORMATS.get(path.suffix.lower())
    if file_format is None:
        raise UserFacingError(
            f"{path.name} is neither Markdown nor HTML.",
            "Choose .md, .markdown, .html or .htm files, or interchange JSON.",
        )
    try:
        size = path.stat().st_size
        if size > MAX_WRITTEN_BYTES:
            raise UserFacingError(
                f"{path.name} is {size / 1_000_000:.0f} MB, too large to be a written "
                f"post-mortem (at most {MAX_WRITTEN_BYTES // 1_000_000} MB).",
                "Split it, or leave out attachments.",
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserFacingError(f"There is no file {path}.") from exc
    except OSError as exc:
        raise UserFacingError(f"{path} could not be read ({exc.strerror}).") from exc
    if b"\x00" in data:
        raise UserFacingError(f"{path.name} is not a text file.", "Choose Markdown or HTML.")
    return written_from_bytes(data, path.name, file_format, now=now)


def written_from_bytes(
    data: bytes, file_name: str, file_format: str, *, now: datetime | None = None
) -> WrittenPostmortem:
    front: dict[str, Any] = {}
    try:
        if _nesting(data.decode("utf-8", "replace"), file_format) > MAX_NESTING:
            raise RecursionError
        if file_format == "markdown":
            text = data.decode("utf-8-sig")
            yaml_text, body = split_front_matter(text)
            front = _front_matter(yaml_text)
            blocks = markdown_blocks(body)
        else:
            blocks = html_blocks(data)
    except UnicodeDecodeError as exc:
        raise UserFacingError(
            f"{file_name} is not UTF-8 text.", "Save it as UTF-8 and load it again."
        ) from exc
    except RecursionError as exc:
        raise UserFacingError(
            f"{file_name} nests its parts too deeply to be read as a post-mortem."
        ) from exc
    mapped = map_blocks(blocks, file_name, front)
    parts = len(mapped.sources.keys() - {Target.TITLE})
    # Mostly instructions in italics, a few parts at most with the template's samples.
    if mapped.instructions and mapped.instructions >= 2 * parts:
        raise BlankTemplateError(
            f"{file_name} is a blank template: its sections hold only instructions in italics.",
            "Load post-mortems written with it.",
        )
    if not parts:
        raise UserFacingError(
            f"{file_name} has nothing pmdesk recognises as a post-mortem (no summary, "
            "timeline, root causes, action items or lessons).",
            "Check that it is a post-mortem with headings such as Summary or Timeline.",
        )
    identity = front.get("uuid")
    if not (isinstance(identity, str) and _UUID.match(identity)):
        identity = str(uuid.uuid5(_ARCHIVE_NAMESPACE, hashlib.sha256(data).hexdigest()))
    document = _document(mapped, identity, file_name, file_format, now or datetime.now(UTC))
    return WrittenPostmortem(
        document=document,
        mapped=tuple(_mapped_lines(mapped)),
        notes=tuple(mapped.kept_as_notes),
        warnings=tuple(mapped.warnings),
    )


def _nesting(text: str, file_format: str) -> int:
    """How deep the document nests, roughly and in linear time: indentation and quote
    marks of Markdown lines, open elements of HTML."""
    if file_format == "markdown":
        return max(
            (
                len(found.group(0).replace("\t", "    ")) // 2
                for found in _MARKDOWN_DEPTH.finditer(text)
            ),
            default=0,
        )
    depth = deepest = 0
    for closing, name, self_closing in _HTML_TAG.findall(text):
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _front_matter(text: str) -> dict[str, Any]:
    if not text:
        return {}
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _joined(parts: list[str], what: str, warnings: list[str]) -> str:
    text = "\n\n".join(parts)
    if len(text) > TEXT_MAX_CHARS:
        warnings.append(f"Its {what} was cut to {TEXT_MAX_CHARS:,} characters.")
    return elide(text, TEXT_MAX_CHARS)


def _document(
    mapped: Mapped, identity: str, file_name: str, file_format: str, now: datetime
) -> dict[str, Any]:
    warnings = mapped.warnings
    notes = [_NOTES_HEADER.format(name=file_name), *mapped.notes] if mapped.notes else []
    if mapped.skipped_events:
        warnings.append(f"{mapped.skipped_events} repeated timeline entries were left out.")
    title = " ".join(mapped.title.split())
    if len(title) > TITLE_MAX_CHARS:
        warnings.append(f"Its title was cut to {TITLE_MAX_CHARS} characters.")
    refs: list[str] = []

    def why(node: dict[str, Any]) -> dict[str, Any]:
        refs.append(f"w{len(refs) + 1}")
        return {
            "ref": refs[-1],
            "text": node["text"],
            "is_root_cause": node["root"],
            "category": node["category"],
            "evidence": [],
            "children": [why(child) for child in node["children"]],
        }

    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "postmortem": {
            "uuid": identity,
            "key": "PM-0001",
            "title": elide(title, TITLE_MAX_CHARS),
            "summary": _joined(mapped.summary, "summary", warnings),
            "customer_impact": _joined(mapped.impact, "impact", warnings),
            "severity": mapped.severity,
            "incident_start": _time(mapped.incident_start) if mapped.incident_start else None,
            "incident_end": _time(mapped.incident_end) if mapped.incident_end else None,
            "status": "draft",
            "facilitator": mapped.facilitator,
            "language": "en",
            "tags": list(dict.fromkeys(mapped.tags)),
            "services": list(dict.fromkeys(mapped.services)),
            "created_at": _time(now),
            "updated_at": _time(now),
            "version": 1,
            "facilitator_notes": _joined(notes, "facilitator notes", warnings),
            "participants": [
                {"name": name, "role": role, "team": team}
                for name, role, team in mapped.participants
            ],
            "trigger_assessment": None,
            "imports": [
                {
                    "ref": "i1",
                    "source_label": "Archive",
                    "file_name": elide(file_name, TEXT_MAX_CHARS),
                    "format": file_format,
                    "imported_at": _time(now),
                    "event_count": len(mapped.events),
                    "skipped_count": mapped.skipped_events,
                }
            ],
            "timeline": [
                {
                    **{key: value for key, value in event.items() if key != "occurred_at"},
                    "ref": f"e{number}",
                    "occurred_at": _time(event["occurred_at"]),
                    "kind": "note",
                    "flags": [],
                    "is_internal_only": False,
                    "import": "i1",
                }
                for number, event in enumerate(mapped.events, 1)
            ],
            "why_chains": [why(chain) for chain in mapped.why_chains],
            "action_items": [
                {
                    **action,
                    "due_on": action["due_on"].isoformat() if action["due_on"] else None,
                    "root_causes": [],
                }
                for action in mapped.actions
            ],
            "lessons": [
                {"kind": kind.value, "text": text, "is_internal_only": False}
                for kind, text in mapped.lessons
            ],
            "contributing_factors": [
                {"text": text, "is_internal_only": False} for text in mapped.factors
            ],
            "acknowledgements": [],
            "publications": [],
        },
    }


def _mapped_lines(mapped: Mapped) -> list[str]:
    counts = {
        Target.TIMELINE: _count(len(mapped.events), "event"),
        Target.ACTIONS: _count(len(mapped.actions), "action item"),
        Target.FACTORS: _count(len(mapped.factors), "factor"),
        Target.PARTICIPANTS: _count(len(mapped.participants), "person", "people"),
    }
    lines = []
    for target, headings in mapped.sources.items():
        quoted = ", ".join(f"“{heading}”" for heading in headings)
        amount = counts.get(target)
        lines.append(f"{_LABELS[target]}: {amount + ' ' if amount else ''}(from {quoted})")
    return lines


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"1 {noun}" if number == 1 else f"{number} {plural or noun + 's'}"
