"""From the blocks of a written post-mortem to pmdesk's parts, and what went where.

Headings (and "**Label**: text" paragraphs, and two-column key/value tables) are
matched by what they say against the sections of the common templates — Google SRE's,
PagerDuty's, the Atlassian handbook's, pmdesk's own Markdown export — in English and
German. A section pmdesk has no place for is kept, with its heading, in the
facilitator notes; nothing the file says is dropped.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pmdesk.archive._blocks import (
    Block,
    Heading,
    ListItem,
    Paragraph,
    Table,
    TextList,
    walk_items,
)
from pmdesk.domain.limits import LINE_MAX_CHARS, TEXT_MAX_CHARS, elide
from pmdesk.domain.moments import parse_day, parse_display_time
from pmdesk.errors import UserFacingError
from pmdesk.importers._time import LocalClock, resolve_zone
from pmdesk.models import ActionStatus, ActionType, KeyMoment, LessonKind, Priority

__all__ = ["Mapped", "Target", "map_blocks"]


class Target(enum.Enum):
    TITLE = "title"
    SUMMARY = "summary"
    IMPACT = "impact"
    TIMELINE = "timeline"
    WHYS = "whys"
    ROOT_CAUSES = "root causes"
    FACTORS = "contributing factors"
    ACTIONS = "action items"
    WENT_WELL = "lessons: went well"
    WENT_WRONG = "lessons: went wrong"
    LUCKY = "lessons: where we got lucky"
    LESSONS = "lessons"
    PARTICIPANTS = "participants"
    DATE = "date"
    FACILITATOR = "facilitator"
    SEVERITY = "severity"
    SERVICES = "services"
    TAGS = "tags"
    START = "incident start"
    END = "incident end"


# Checked in order: the first pattern found in a heading decides.
_PATTERNS: tuple[tuple[Target, str], ...] = (
    (Target.TITLE, r"^(incident )?(title|name)$|^event$|^titel$"),
    (Target.WENT_WELL, r"went well|what worked|gut gelaufen"),
    (
        Target.WENT_WRONG,
        r"went wrong|didn.?t go|could (be|have been) improved|needs? improvement|"
        r"went (poorly|badly)|what failed|schlecht gelaufen|verbessern",
    ),
    (Target.LUCKY, r"lucky|glück"),
    (Target.FACTORS, r"contributing|lead-?up|^trigger|beitragend|auslöser"),
    (Target.WHYS, r"^(the )?(five|5) whys$|^whys$|why analysis|warum"),
    (Target.ROOT_CAUSES, r"root[- ]?causes?|technical cause|^causes?$|ursache"),
    (
        Target.SUMMARY,
        r"summary|overview|tl;?dr|what happened|^description|synopsis|zusammenfassung",
    ),
    (Target.IMPACT, r"impact|auswirkung"),
    (Target.TIMELINE, r"timeline|chronolog|sequence of events|zeitleiste|zeitstrahl|^ablauf"),
    (
        Target.ACTIONS,
        r"action items?|^actions?$|corrective|prevent(at)?ive|follow[- ]?ups?|remediation|"
        r"next steps|ma(ß|ss)nahmen",
    ),
    (Target.LESSONS, r"lessons?|learnings|how.?d we do|gelernt|erkenntnisse"),
    (Target.FACILITATOR, r"facilitator|incident commander|postmortem owner|moderat"),
    (
        Target.PARTICIPANTS,
        r"^(authors?|responders?|attendees?|atendees|participants?|team|people involved|"
        r"beteiligte|teilnehmer(innen)?|autor(en|in)?)$",
    ),
    (Target.DATE, r"^(incident )?date$|^datum$"),
    (Target.SEVERITY, r"^severity$|^sev$|^schweregrad$"),
    (Target.SERVICES, r"^(affected )?(services?|systems?|components?)$|^dienste$"),
    (Target.TAGS, r"^tags?$|^labels?$|^categor(y|ies)$|^kategorie$"),
    (Target.START, r"^(start|started|began|start time|incident start|beginn)$"),
    (Target.END, r"^(end|ended|resolved|end time|incident end|ende)$"),
)
_COMPILED = tuple((target, re.compile(pattern)) for target, pattern in _PATTERNS)
# Sections whose sub-sections without a match of their own belong to them.
_ABSORBING = {
    Target.SUMMARY, Target.IMPACT, Target.TIMELINE, Target.WHYS, Target.ROOT_CAUSES,
    Target.FACTORS, Target.ACTIONS, Target.LESSONS, Target.WENT_WELL, Target.WENT_WRONG,
    Target.LUCKY,
}  # fmt: skip
_LESSON_KINDS = {
    Target.WENT_WELL: LessonKind.WENT_WELL,
    Target.WENT_WRONG: LessonKind.WENT_WRONG,
    Target.LUCKY: LessonKind.LUCKY,
    # "Lessons learned" without a kind are, in the templates, what to do better.
    Target.LESSONS: LessonKind.WENT_WRONG,
}
# pmdesk's Markdown export says so where a part is empty.
_PLACEHOLDERS = re.compile(
    r"^_?(not described|none recorded|nothing recorded|no action items yet)\._?$", re.I
)
# UTC or GMT with an offset: "UTC+2", "GMT-07:00".
_UTC_OFFSET = r"(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?"
# "Times in UTC", "all times CET", "(all times UTC)", "Timeline (UTC)", "times are UTC+2".
_ZONE_WORDS = re.compile(
    r"\b(?i:times?|zeiten?|uhrzeiten?)\b[^.()\n]{0,20}?\b"
    rf"(?P<zone>{_UTC_OFFSET}|UTC|GMT|Z|[A-Z]{{2,5}}|"
    r"[A-Z][A-Za-z_]+/[A-Za-z_/+-]+|[+-]\d{2}:?\d{2})(?![\w:])|\((?P<bare>UTC|GMT)\)"
)
# Abbreviations people write for zones, as the zones that follow their daylight saving.
_ABBREVIATIONS = {
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin",
    "MESZ": "Europe/Berlin", "BST": "Europe/London", "WET": "Europe/Lisbon",
    "EET": "Europe/Helsinki", "EST": "America/New_York", "EDT": "America/New_York",
    "ET": "America/New_York", "CDT": "America/Chicago", "MST": "America/Denver",
    "MDT": "America/Denver", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles", "JST": "Asia/Tokyo", "AEST": "Australia/Sydney",
}  # fmt: skip
# Abbreviations of more than one zone. `pmdesk load` cannot ask which one is meant (the
# importers' ZoneRequiredError has no answer here), so the common US or European meaning
# is taken and the import's warnings say so: (zone, what that is, what else it may be).
_AMBIGUOUS = {
    "CST": ("America/Chicago", "US Central Time", "China Standard Time (UTC+08:00)"),
    # In engineering write-ups IST is most often India's (many teams work from there).
    "IST": (
        "Asia/Kolkata",
        "India Standard Time",
        "Irish Standard Time (Europe/Dublin) or Israel Standard Time (UTC+02:00)",
    ),
}
_DAY_IN_TEXT = re.compile(r"\b(\d{4}-\d{1,2}-\d{1,2})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januar"), ("feb", "februar"), ("mar", "mär", "märz"), ("apr",),
            ("may", "mai"), ("jun", "juni"), ("jul", "juli"), ("aug",), ("sep", "sept"),
            ("oct", "okt"), ("nov",), ("dec", "dez"),
        ),
        1,
    )
    for name in names
}  # fmt: skip
# "14 Oct 2026", "Wednesday, 14 October 2026", "14. Oktober 2026", "October 21, 2015",
# "May 30th, 2019".
_WRITTEN_DAY = re.compile(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<month>[A-Za-zä]{3,9})\.?\s+(?P<year>\d{4})"
    r"|(?P<month2>[A-Za-zä]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4}))\b"
)
# A time without a date this much earlier than the one before it is on the next day (the
# timeline passed midnight); a little earlier, it was only written out of order.
_OUT_OF_ORDER = timedelta(hours=1)
# A written time: its date maybe, the time, AM or PM maybe, and maybe its zone ("Z",
# "UTC+2", "+02:00", "PST", "(CET)"; a capitalised word that names no zone is text).
_TIME = (
    r"(?P<clock>(?:\d{4}-\d{1,2}-\d{1,2}(?:\s*T\s*|\s+))?\d{1,2}:\d{2}"
    r"(?::\d{2}(?:[.,]\d{1,6})?)?)"
    r"(?:\s*(?P<meridiem>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    rf"(?:\s*\(?(?P<zone>Z|{_UTC_OFFSET}|UTC|GMT|[+-]\d{{2}}:?\d{{2}}|[A-Z]{{2,5}})\)?(?![\w:]))?"
)
_WRITTEN_TIME = re.compile(_TIME)
# A timeline entry: a time at the start ("[13:26]" too), then what happened.
_ENTRY = re.compile(
    rf"^[`*_\s]*\[?[`*_]*(?P<when>{_TIME})[`*_\]]*\s*(?:[-–—:|]+\s*)?(?P<rest>.*)$", re.S
)
_OUTAGE_MOMENTS = {
    "outage begins": KeyMoment.IMPACT_START,
    "outage mitigated": KeyMoment.MITIGATED,
    "outage ends": KeyMoment.RESOLVED,
}
# Key moments as pmdesk's own export writes them before an event ("Detected: …").
_EXPORT_MOMENTS = {
    "impact start": KeyMoment.IMPACT_START,
    "detected": KeyMoment.DETECTED,
    "acknowledged": KeyMoment.ACKNOWLEDGED,
    "mitigated": KeyMoment.MITIGATED,
    "resolved": KeyMoment.RESOLVED,
}
_WHY_LABEL = re.compile(r"^(?:problem|why (?P<depth>\d{1,2}))$", re.I)
_ROOT_CAUSE_SUFFIX = re.compile(
    r"\s+—\s+\*?root cause RC\d+(?:,\s*(?P<category>.+?))?\*?(?=\s+\(evidence:|$)", re.S
)
_EVIDENCE_SUFFIX = re.compile(r"\s+\(evidence:[^()]*\)$")
_INITIALS = re.compile(r"[A-Z]{1,4}(?:\s+[A-Z]{1,4})+")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\n)\s*")


@dataclass
class Section:
    title: str
    level: int
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    # A "**Label**: text" paragraph or a row of a key/value table, not a heading.
    is_label: bool = False


@dataclass
class Mapped:
    """What a written post-mortem says, in pmdesk's terms, and where it came from."""

    title: str = ""
    summary: list[str] = field(default_factory=list)
    impact: list[str] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    why_chains: list[dict[str, Any]] = field(default_factory=list)
    factors: list[str] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    lessons: list[tuple[LessonKind, str]] = field(default_factory=list)
    # (name, role, team)
    participants: list[tuple[str, str, str]] = field(default_factory=list)
    facilitator: str = ""
    severity: int | None = None
    services: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    incident_start: datetime | None = None
    incident_end: datetime | None = None
    notes: list[str] = field(default_factory=list)
    # Per target, the headings its content came from, in document order.
    sources: dict[Target, list[str]] = field(default_factory=dict)
    kept_as_notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_events: int = 0
    # Template instructions (text all in italics) moved to the notes.
    instructions: int = 0

    def came_from(self, target: Target, heading: str) -> None:
        headings = self.sources.setdefault(target, [])
        if heading and heading not in headings:
            headings.append(heading)


def classify(heading: str) -> Target | None:
    """The part of a post-mortem a heading names, if pmdesk has one."""
    plain = _plain_heading(heading)
    for target, pattern in _COMPILED:
        if pattern.search(plain):
            return target
    return None


def _plain_heading(heading: str) -> str:
    text = heading.casefold()
    text = re.sub(r"\[+\d{1,4}\]+|\^\d{1,4}\^?", "", text)  # footnote markers
    text = re.sub(r"\((?:in )?(?:utc|gmt|[a-z]{2,5})\)", "", text)  # "Timeline (UTC)"
    text = re.sub(r"^[^\w]+|[^\w)]+$", "", text)  # emoji, numbering, colons, "**"
    text = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+", "", text)  # "1.", "2.3", "iv."
    return " ".join(text.split())


# "Date: 2015-10-21", "** Postmortem Owner:** Alex" (PagerDuty's template, bold broken).
_PLAIN_LABEL = re.compile(r"^[*_\s]*(?P<label>[^\W\d][\w' -]{0,40}?)[*_\s]*:[*_\s]*(?P<value>.+)$")
# Plain "Label: value" lines are labels only for these: a summary can say "Note: …".
_PLAIN_LABEL_TARGETS = {
    Target.TITLE, Target.DATE, Target.FACILITATOR, Target.PARTICIPANTS, Target.SEVERITY,
    Target.SERVICES, Target.TAGS, Target.START, Target.END,
}  # fmt: skip


def _labelled(block: Block) -> Block:
    if not isinstance(block, Paragraph):
        return block
    if block.label and block.is_definition:
        # A glossary's "Root cause: the deepest why…" is not the incident's root cause.
        if classify(block.label) in _PLAIN_LABEL_TARGETS:
            return block
        return Paragraph(f"{block.label}: {block.text}")
    if block.label:
        return block
    match = _PLAIN_LABEL.match(block.text)
    if match is None or classify(match.group("label")) not in _PLAIN_LABEL_TARGETS:
        return block
    return Paragraph(match.group("value").strip(), label=match.group("label").strip())


def build_sections(blocks: list[Block]) -> Section:
    root = Section("", 0)
    stack = [root]
    for block in map(_labelled, blocks):
        if isinstance(block, Heading) or (isinstance(block, Paragraph) and block.label):
            level = block.level if isinstance(block, Heading) else 8
            title = block.text if isinstance(block, Heading) else block.label
            while stack[-1].level >= level:
                stack.pop()
            section = Section(title, level, is_label=isinstance(block, Paragraph))
            if isinstance(block, Paragraph) and block.text:
                section.blocks.append(Paragraph(block.text, emphasised=block.emphasised))
            stack[-1].children.append(section)
            stack.append(section)
        else:
            stack[-1].blocks.append(block)
    return root


@dataclass
class _Context:
    mapped: Mapped
    file_name: str
    # The day of the timeline's times without a date of their own.
    day: date | None = None
    # Where `day` was found when not in the timeline ("the date in its title"); "" when
    # the timeline says it (a day heading, a dated entry).
    day_source: str = ""
    # The moment of the entry before, to notice a timeline passing midnight.
    previous: datetime | None = None
    # The first day taken from outside the timeline, and the last day midnight led to.
    assumed_day: date | None = None
    rolled_to: date | None = None
    # Whether entries had a time but no date while the document states no date.
    dateless: bool = False
    zone: str = ""
    zone_stated: bool = False
    # Timeline events whose times said no zone while the document had stated none.
    read_as_utc: int = 0
    key_moments: set[KeyMoment] = field(default_factory=set)
    fingerprints: set[str] = field(default_factory=set)

    def timeline_day(self, day: date) -> None:
        """The timeline says which day its next times are on."""
        self.day, self.day_source, self.previous = day, "", None


def map_blocks(
    blocks: list[Block], file_name: str, front_matter: dict[str, Any] | None = None
) -> Mapped:
    """Map a written post-mortem's blocks onto pmdesk's parts."""
    mapped = Mapped()
    context = _Context(mapped, file_name)
    root = build_sections(blocks)
    if front_matter:
        _front_matter(front_matter, context)
    # The date first: timeline times without one are on the post-mortem's date.
    for section in _walk(root):
        if classify(section.title) is Target.DATE and context.day is None:
            context.day = _first_day(_section_text(section))
            context.day_source = f"the date under “{section.title}”" if context.day else ""
    title_section = None if mapped.title else _title_section(root)
    if context.day is None:
        _day_from_title_or_summary(root, title_section, context)
    # "All times PDT." under the title (or its "Date: …" lines) holds for the timeline.
    header = [root, *([title_section] if title_section else [])]
    header += [label for section in header for label in section.children if label.is_label]
    for block in (block for section in header for block in section.blocks):
        if isinstance(block, Paragraph):
            _read_zone(block.text, context)
    if title_section is not None:
        mapped.title = title_section.title
        mapped.came_from(Target.TITLE, title_section.title)
    _notes_of(root.blocks, "", 0, context)
    for child in root.children:
        _visit(child, context, title_section)
    if not mapped.title:
        mapped.title = _title_from_file(file_name)
        mapped.warnings.append("It names no title; the file's name was used.")
    _finish_timeline(context)
    return mapped


def _day_from_title_or_summary(root: Section, title_section: Section | None, ctx: _Context) -> None:
    """The incident's day from the title ("May 30th, 2019 Prow Flakiness") or else the
    summary, when it states just one."""
    titles = [ctx.mapped.title, title_section.title if title_section else ""]
    titles += [_section_text(s) for s in _walk(root) if classify(s.title) is Target.TITLE]
    summary = next((s for s in _walk(root) if classify(s.title) is Target.SUMMARY), None)
    for where, text in (
        ("its title", next((title for title in titles if title), "")),
        ("its summary", _section_text(summary) if summary else ""),
    ):
        days = set(_days_in(text))
        if len(days) == 1:
            ctx.day, ctx.day_source = days.pop(), f"the date in {where}"
            return


def _walk(section: Section) -> Iterator[Section]:
    for child in section.children:
        yield child
        yield from _walk(child)


def _title_section(root: Section) -> Section | None:
    """The last heading without a part of its own before the first part or content:
    "# Example Postmortem / ## Shakespeare Sonnet++ Postmortem (incident #465)"."""
    chosen = None
    section = root
    # Before the first heading, a page may have a cover line or a table of facts.
    while section.children and (section is root or not section.blocks):
        first = section.children[0]
        if first.is_label or classify(first.title) is not None:
            break
        chosen = first
        section = first
    return chosen


def _title_from_file(file_name: str) -> str:
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or "Imported post-mortem"


def _visit(section: Section, context: _Context, title_section: Section | None) -> None:
    target = classify(section.title)
    if section is title_section:
        target = None
    elif target is Target.TITLE:
        text = _section_text(section)
        if text and not context.mapped.title:
            context.mapped.title = text.splitlines()[0]
            context.mapped.came_from(Target.TITLE, section.title)
        elif text:
            _keep_as_notes(section, context)
        for child in section.children:
            _visit(child, context, title_section)
        return
    if target is None:
        if section is title_section:
            _notes_of(section.blocks, "", section.level, context)
        else:
            _keep_as_notes(section, context)
        for child in section.children:
            _visit(child, context, title_section)
        return
    own, mapped_children = _own_content(section)
    instructions = [part for part in own if not isinstance(part, Section) and _is_instruction(part)]
    context.mapped.instructions += len(instructions)
    if instructions:
        # A template's "_Include a short description…_": for a person, not for a part.
        _notes_of(instructions, section.title, section.level, context, is_label=section.is_label)
        own = [part for part in own if not _is_instruction(part)]
    _take(target, section.title, own, context)
    for child in mapped_children:
        _visit(child, context, title_section)


def _is_instruction(part: Block | Section) -> bool:
    if isinstance(part, Paragraph):
        return part.emphasised
    return isinstance(part, TextList) and all(item.emphasised for item in part.items)


def _own_content(section: Section) -> tuple[list[Block | Section], list[Section]]:
    """The blocks of a section and of its sub-sections without a part of their own
    (with their headings), and the sub-sections that have one."""
    own: list[Block | Section] = list(section.blocks)
    mapped: list[Section] = []
    for child in section.children:
        if classify(child.title) is not None:
            mapped.append(child)
        else:
            own.append(Section(child.title, child.level, is_label=child.is_label))
            inner, deeper = _own_content(child)
            own += inner
            mapped += deeper
    return own, mapped


def _take(target: Target, heading: str, content: list[Block | Section], ctx: _Context) -> None:
    mapped = ctx.mapped
    blocks = [part for part in content if not isinstance(part, Section)]
    if target in {Target.SUMMARY, Target.IMPACT}:
        text = _render(content)
        parts = mapped.summary if target is Target.SUMMARY else mapped.impact
        if text:
            # A second section of the same part ("What happened" after "Overview")
            # keeps its heading.
            parts.append(f"{heading}:\n{text}" if parts else text)
            mapped.came_from(target, heading)
    elif target is Target.TIMELINE:
        _timeline(heading, content, ctx)
    elif target in {Target.WHYS, Target.ROOT_CAUSES}:
        _analysis(target, heading, blocks, ctx)
    elif target is Target.FACTORS:
        for text in _entries(blocks):
            mapped.factors.append(text)
            mapped.came_from(target, heading)
    elif target is Target.ACTIONS:
        _actions(heading, blocks, ctx)
    elif target in _LESSON_KINDS:
        for text in _entries(blocks):
            mapped.lessons.append((_LESSON_KINDS[target], text))
            mapped.came_from(target, heading)
    elif target is Target.PARTICIPANTS:
        _participants(heading, blocks, ctx)
    else:
        _metadata(target, heading, _render(content), ctx)


# -- plain parts ----------------------------------------------------------------------------


def _entries(blocks: list[Block]) -> Iterator[str]:
    """One entry per list item (its sub-items with it) or per paragraph."""
    for text in _all_entries(blocks):
        if any(char.isalnum() for char in text):  # not a template's lone "-"
            yield text


def _all_entries(blocks: list[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, TextList):
            for item in block.items:
                text = _item_text(item)
                if text:
                    yield text
        elif isinstance(block, Paragraph) and not _PLACEHOLDERS.match(block.text):
            yield block.text
        elif isinstance(block, Table):
            yield from (" | ".join(cell for cell in row if cell) for row in block.rows)


def _item_text(item: ListItem, depth: int = 0) -> str:
    lines = [("  " * (depth - 1) + "- " if depth else "") + item.text]
    lines += [_item_text(child, depth + 1) for child in item.children]
    return "\n".join(line for line in lines if line.strip())


def _render(content: list[Block | Section]) -> str:
    """Content as readable text: paragraphs, "- " items, table rows, sub-headings."""
    parts: list[str] = []
    for part in content:
        if isinstance(part, Section):
            parts.append(f"{part.title}:" if part.is_label else part.title)
        elif isinstance(part, Paragraph):
            if not _PLACEHOLDERS.match(part.text):
                parts.append(part.text)
        elif isinstance(part, TextList):
            parts.append("\n".join("- " + _item_text(item) for item in part.items))
        elif isinstance(part, Table):
            rows = [part.header, *part.rows] if part.header else list(part.rows)
            parts.append("\n".join(" | ".join(row) for row in rows if any(row)))
        elif isinstance(part, Heading):
            parts.append(part.text)
    return "\n\n".join(text for text in parts if text.strip())


def _section_text(section: Section) -> str:
    return _render(list(section.blocks))


def _keep_as_notes(section: Section, ctx: _Context) -> None:
    text = _section_text(section)
    if text:
        _notes_of(section.blocks, section.title, section.level, ctx, is_label=section.is_label)
    elif section.children and not section.is_label:
        # A heading over sub-sections: keep it so the notes read as the document did.
        ctx.mapped.notes.append("#" * min(section.level, 6) + " " + section.title)


def _notes_of(
    blocks: list[Block], heading: str, level: int, ctx: _Context, *, is_label: bool = False
) -> None:
    key_values = [b for b in blocks if isinstance(b, Table) and _is_key_value(b)]
    rest = [b for b in blocks if b not in key_values]
    for table in key_values:
        _key_values(table, heading, ctx)
    text = _render(list(rest))
    if not text:
        return
    if not heading:
        ctx.mapped.notes.append(text)
        return
    title = f"{heading}: " if is_label else "#" * min(max(level, 1), 6) + f" {heading}\n\n"
    ctx.mapped.notes.append(title + text)
    if heading not in ctx.mapped.kept_as_notes:
        ctx.mapped.kept_as_notes.append(heading)


def _is_key_value(table: Table) -> bool:
    width = max((len(row) for row in table.rows), default=0)
    known = sum(1 for row in table.rows if classify(row[0]) is not None)
    return width == 2 and known * 2 >= len(table.rows) > 0


def _key_values(table: Table, heading: str, ctx: _Context) -> None:
    """A table of "**Event** | value" rows, as the Atlassian-style headers have."""
    unmapped: list[tuple[str, ...]] = []
    for row in table.rows:
        label, value = row[0], row[1].strip("` ")
        target = classify(label)
        if target is None or not value:
            unmapped.append(row)
        elif target is Target.TITLE:
            if not ctx.mapped.title:
                ctx.mapped.title = " ".join(value.replace("`", " ").split())
                ctx.mapped.came_from(target, label)
        else:
            _take(target, label, [Paragraph(value)], ctx)
    if unmapped:
        _notes_of([Table(table.header, tuple(unmapped))], heading, 2, ctx)


# -- metadata -------------------------------------------------------------------------------


def _metadata(target: Target, heading: str, text: str, ctx: _Context) -> None:
    mapped = ctx.mapped
    value = " ".join(text.split())
    used = False
    if target is Target.DATE:
        used = _first_day(value) is not None
    elif target is Target.FACILITATOR and 0 < len(value) <= 100:
        mapped.facilitator = elide(value.strip("`*_ "), LINE_MAX_CHARS)
        used = True
    elif target is Target.SEVERITY:
        match = re.search(r"(?:sev|p|severity)?\s*-?\s*([0-5])\b", value, re.I)
        if match and len(value) <= 40:
            mapped.severity = max(1, int(match.group(1)))
            used = True
    elif target in {Target.SERVICES, Target.TAGS}:
        names = [name.strip("`*_ ") for name in re.split(r"[,;\n]|`\s+`", value)]
        names = [elide(name, LINE_MAX_CHARS) for name in names if name and len(name) <= 100]
        (mapped.services if target is Target.SERVICES else mapped.tags).extend(names)
        used = bool(names)
    elif target in {Target.START, Target.END}:
        written = _WRITTEN_TIME.fullmatch(value.strip("`*_ "))
        moment = _moment(written, ctx) if written else None
        if moment is not None:
            if target is Target.START:
                mapped.incident_start = moment
            else:
                mapped.incident_end = moment
            used = True
    if used:
        mapped.came_from(target, heading)
    if target is not Target.DATE or not used:
        # The heading's words stay with the value ("Status: Complete" is worth keeping).
        mapped.notes.append(f"{heading}: {text}")
        if not used and heading not in mapped.kept_as_notes:
            mapped.kept_as_notes.append(heading)


def _front_matter(data: dict[str, Any], ctx: _Context) -> None:
    """pmdesk's export (and MkDocs or Hugo pages) say what they are in YAML front matter."""
    mapped = ctx.mapped
    title = data.get("title")
    if isinstance(title, str) and title.strip():
        mapped.title = title.strip()
        mapped.came_from(Target.TITLE, "front matter")
    day = data.get("date")
    if isinstance(day, date):
        ctx.day = day if not isinstance(day, datetime) else day.date()
    elif isinstance(day, str):
        ctx.day = _first_day(day)
    ctx.day_source = "the date in its front matter" if ctx.day else ""
    severity = data.get("severity")
    if type(severity) is int and 1 <= severity <= 5:
        mapped.severity = severity
    for key, target in (("tags", mapped.tags), ("services", mapped.services)):
        values = data.get(key)
        if isinstance(values, list):
            target.extend(elide(str(v), LINE_MAX_CHARS) for v in values if str(v).strip())
    facilitator = data.get("facilitator")
    if isinstance(facilitator, str):
        mapped.facilitator = elide(facilitator.strip(), LINE_MAX_CHARS)


def _first_day(text: str) -> date | None:
    return next(_days_in(text), None)


def _days_in(text: str) -> Iterator[date]:
    """The days `text` names, as "2019-05-30" first, then as words."""
    for found in _DAY_IN_TEXT.finditer(text):
        try:
            yield parse_day(found.group(1))
        except ValueError:
            continue
    for written in _WRITTEN_DAY.finditer(text):
        month_name = (written.group("month") or written.group("month2")).casefold()
        month = _MONTHS.get(month_name) or _MONTHS.get(month_name[:3])
        day = written.group("day") or written.group("day2")
        year = written.group("year") or written.group("year2")
        if month is None:
            continue
        try:
            yield parse_day(f"{year}-{month}-{day}")
        except ValueError:
            continue


def _participants(heading: str, blocks: list[Block], ctx: _Context) -> None:
    role = _plain_heading(heading).rstrip("s").capitalize() if heading else ""
    role = {"Atendee": "Attendee", "Team": ""}.get(role, role)
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            columns = [cell.casefold() for cell in block.header]
            for row in block.rows:
                cells = dict(zip(columns, row, strict=False))
                name = cells.get("participant") or cells.get("name") or row[0]
                _add_person(name, cells.get("role", role), cells.get("team", ""), ctx)
            ctx.mapped.came_from(Target.PARTICIPANTS, heading)
            continue
        texts = (
            [item.text for item in walk_items(block.items)]
            if isinstance(block, TextList)
            else [block.text]
            if isinstance(block, Paragraph)
            else []
        )
        names = [
            initials
            for text in texts
            for name in _NAME_SPLIT.split(text)
            # "EC RF SD MN": initials, one person each.
            for initials in (name.split() if _INITIALS.fullmatch(name.strip()) else [name])
        ]
        names = [name.strip("`*_ ") for name in names]
        # Longer than a name, or a question: a sentence, kept for a person to read.
        if names and all(_is_name(name) for name in names if name):
            for name in names:
                if name:
                    _add_person(name, role, "", ctx)
            ctx.mapped.came_from(Target.PARTICIPANTS, heading)
        else:
            kept.append(block)
    if kept:
        _notes_of(kept, heading, 2, ctx)


def _is_name(text: str) -> bool:
    return 0 < len(text) <= 60 and len(text.split()) <= 4 and not text.endswith(("?", "."))


_GENERIC_ROLES = {"", "Participant", "Attendee", "Responder", "Teilnehmer", "Beteiligte"}


def _add_person(name: str, role: str, team: str, ctx: _Context) -> None:
    name, role = elide(name, LINE_MAX_CHARS), elide(role, LINE_MAX_CHARS)
    team = elide(team, LINE_MAX_CHARS)
    people = ctx.mapped.participants
    known = next((i for i, person in enumerate(people) if person[0] == name), None)
    if known is None and name:
        people.append((name, role, team))
    elif known is not None and role and people[known][1] in _GENERIC_ROLES:
        # Named in a list of participants first, in a table of roles later.
        people[known] = (name, role, team or people[known][2])


# -- timeline -------------------------------------------------------------------------------


def _timeline(heading: str, content: list[Block | Section], ctx: _Context) -> None:
    _read_zone(heading, ctx)
    undated: list[str] = []
    for part in content:
        if isinstance(part, Section):
            _read_zone(part.title, ctx)
            day = _first_day(part.title)
            if day is not None:
                ctx.timeline_day(day)
        elif isinstance(part, Paragraph):
            if not _event(part.text, None, heading, ctx):
                _read_zone(part.text, ctx)
                day = _first_day(part.text)
                if day is not None:
                    ctx.timeline_day(day)
                elif not _ZONE_WORDS.search(part.text):
                    undated.append(part.text)
        elif isinstance(part, TextList):
            for item in part.items:
                _timeline_item(item, heading, ctx, undated)
        elif isinstance(part, Table):
            _timeline_table(part, heading, ctx, undated)
    if undated:
        ctx.mapped.notes.append(
            f"{heading} (entries without a time pmdesk could place):\n\n"
            + "\n".join(f"- {line}" for line in undated)
        )


def _timeline_item(item: ListItem, heading: str, ctx: _Context, undated: list[str]) -> None:
    if _event(item.text, None, heading, ctx):
        return
    match = _ENTRY.match(item.text)
    if match and item.children and len(match.group("rest")) <= 40:
        # "2015-10-21 15:28 UTC jennifer" over what was done then, one item each.
        author = match.group("rest").strip() or None
        for child in item.children:
            _event(f"{match.group('when')} {child.text}", author, heading, ctx)
        return
    day = _first_day(item.text)
    if day is not None and len(item.text) <= 40:
        ctx.timeline_day(day)
    else:
        undated.append(_item_text(item))
    for child in item.children:
        _timeline_item(child, heading, ctx, undated)


def _timeline_table(table: Table, heading: str, ctx: _Context, undated: list[str]) -> None:
    columns = [_plain_heading(cell) for cell in table.header]
    when = _column(columns, r"time|date|when|zeit|datum|uhrzeit")
    if when is None:
        when = 0
    elif when < len(table.header):
        _read_zone(table.header[when], ctx)  # "Date and Time in CET", "Time (UTC)"
    what = _column(columns, r"event|description|what|action|happened|ereignis|text|summary")
    who = _column(columns, r"^(who|actor|author|person|by|wer)$")
    origin = _column(columns, r"^(source|quelle|tool)$")
    for row in table.rows:
        if when >= len(row):
            continue
        text = row[what] if what is not None and what < len(row) else ""
        # Other columns (a data link, a source) stay with the event, named by their header.
        for index, cell in enumerate(row):
            if index in {when, who, what, origin} or not cell.strip() or cell.strip() in {"-", "—"}:
                continue
            name = table.header[index] if index < len(table.header) else ""
            text += f" — {name}: {cell}" if name and text else f" — {cell}" if text else cell
        author = row[who] if who is not None and who < len(row) and row[who] else None
        source = row[origin] if origin is not None and origin < len(row) else ""
        if not _event(
            f"{row[when]} {text}", author, heading, ctx, whole_time=row[when], source=source
        ):
            day = _first_day(row[when])
            if day is not None:
                ctx.timeline_day(day)
            undated.append(" | ".join(cell for cell in row if cell))


def _column(columns: list[str], pattern: str) -> int | None:
    found = re.compile(pattern)
    return next((i for i, name in enumerate(columns) if found.search(name)), None)


def _read_zone(text: str, ctx: _Context) -> None:
    match = _ZONE_WORDS.search(text)
    if match is None:
        return
    name = _zone_named(match.group("zone") or match.group("bare"), ctx)
    if name is not None:
        ctx.zone = name
        ctx.zone_stated = True


def _zone_named(written: str, ctx: _Context) -> str | None:
    """The zone that `written` ("PST", "UTC+2", "+02:00", "Europe/Berlin") names, as
    `resolve_zone` labels it; None when it names none (a word such as "DB")."""
    if written in _AMBIGUOUS:
        name, meaning, other = _AMBIGUOUS[written]
        warning = (
            f"Its times in {written} were read as {meaning} ({name}); if they meant "
            f"{other}, correct them."
        )
        if warning not in ctx.mapped.warnings:
            ctx.mapped.warnings.append(warning)
        return name
    if written in {"Z", "GMT"}:
        return "UTC"
    name = _ABBREVIATIONS.get(written, written)
    # Of the other capitalised words, only UTC names a zone: "NZ" or "GB" at the start
    # of an entry are what happened, though zoneinfo knows them.
    if re.fullmatch(r"[A-Z]{2,5}", name) and name != "UTC":
        return None
    try:
        return resolve_zone(name)[1]  # "UTC+2" is stored as "+02:00"
    except UserFacingError:  # an unknown word is simply not a zone
        return None


def _moment(written: re.Match[str], ctx: _Context) -> datetime | None:
    """The moment a `_TIME` match names, in UTC: on its own date, else on the
    timeline's day; in the zone it names, else in the document's."""
    wall = _wall_clock(written, ctx)
    zone = _zone_named(written.group("zone"), ctx) if written.group("zone") else ctx.zone
    if wall is None or zone is None:
        return None
    return _in_utc(wall, zone)


def _wall_clock(written: re.Match[str], ctx: _Context) -> datetime | None:
    """The wall-clock time (naive) a `_TIME` match names: on its own date, else on the
    timeline's day; None when it is no time, or names no date and none is known."""
    reference = datetime.combine(ctx.day, time(12), UTC) if ctx.day else None
    try:
        wall = parse_display_time(written.group("clock"), "UTC", reference)
    except ValueError:
        return None
    meridiem = (written.group("meridiem") or "").replace(".", "").lower()
    if meridiem:
        if not 1 <= wall.hour <= 12:
            return None
        wall = wall.replace(hour=wall.hour % 12 + (12 if meridiem == "pm" else 0))
    return wall.replace(tzinfo=None)


def _in_utc(wall: datetime, zone: str) -> datetime:
    tz, label = resolve_zone(zone or "UTC")
    moment, _flags = LocalClock(tz, label).to_utc(wall)
    return moment


def _placed(wall: datetime, zone: str, dated: bool, ctx: _Context) -> datetime:
    """The moment of `wall` in `zone`, on the day the timeline has reached: a time
    without a date that goes back past midnight is on the next day."""
    moment = _in_utc(wall, zone)
    if dated:
        ctx.timeline_day(wall.date())
    elif ctx.previous is not None and moment < ctx.previous - _OUT_OF_ORDER:
        wall += timedelta(days=1)
        moment = _in_utc(wall, zone)
        ctx.day = ctx.rolled_to = wall.date()
    elif ctx.day_source and ctx.assumed_day is None:
        ctx.assumed_day = wall.date()
    ctx.previous = moment
    return moment


def _event(
    line: str,
    author: str | None,
    heading: str,
    ctx: _Context,
    whole_time: str = "",
    source: str = "",
) -> bool:
    """Add the timeline event `line` starts with a time of; False if it does not."""
    match = _ENTRY.match(line)
    if match is None or (
        whole_time and not whole_time.strip("`*_ ").startswith(match.group("when")[:4])
    ):
        return False
    when = match.group("when")
    text = match.group("rest").strip()
    written_zone = match.group("zone")
    zone = _zone_named(written_zone, ctx) if written_zone else ctx.zone
    if zone is None:
        # "10:02 DB failover": the word is what happened, not a zone.
        text = f"{written_zone} {text}".strip()
        end = match.end("meridiem") if match.group("meridiem") else match.end("clock")
        when = line[match.start("when") : end]
        zone = ctx.zone
    wall = _wall_clock(match, ctx)
    dated = _DAY_IN_TEXT.match(match.group("clock")) is not None
    if wall is None:
        ctx.dateless = ctx.dateless or (not dated and ctx.day is None)
        return False
    moment = _placed(wall, zone, dated, ctx)
    key_moment, text = _key_moment(text, ctx)
    if not text:
        return False
    fingerprint = hashlib.sha256(f"{moment.isoformat()}\n{text}".encode()).hexdigest()[:40]
    if fingerprint in ctx.fingerprints:
        ctx.mapped.skipped_events += 1
        return True
    ctx.fingerprints.add(fingerprint)
    if not zone:
        ctx.read_as_utc += 1
    ctx.mapped.events.append(
        {
            "occurred_at": moment,
            "text": elide(text, TEXT_MAX_CHARS),
            "original_time": elide(when, LINE_MAX_CHARS),
            "source_zone": elide(zone or "UTC", 64),
            "source": elide(source or ctx.file_name, LINE_MAX_CHARS),
            "author": elide(author, LINE_MAX_CHARS) if author else None,
            "key_moment": key_moment.value if key_moment else None,
            "fingerprint": fingerprint,
        }
    )
    ctx.mapped.came_from(Target.TIMELINE, heading)
    return True


def _key_moment(text: str, ctx: _Context) -> tuple[KeyMoment | None, str]:
    lowered = text.casefold().lstrip("*_ ")
    for words, outage in _OUTAGE_MOMENTS.items():
        if lowered.startswith(words) and outage not in ctx.key_moments:
            ctx.key_moments.add(outage)
            return outage, text
    label, colon, rest = text.partition(":")
    if label.startswith("**") and rest.startswith("**"):
        label, rest = label.removeprefix("**"), rest.removeprefix("**")  # "**Detected:** …"
    marked = _EXPORT_MOMENTS.get(label.strip().casefold()) if colon else None
    if marked is not None and marked not in ctx.key_moments:
        ctx.key_moments.add(marked)
        return marked, rest.strip()
    return None, text


def _finish_timeline(ctx: _Context) -> None:
    mapped = ctx.mapped
    mapped.events.sort(key=lambda event: event["occurred_at"])
    if ctx.read_as_utc and not ctx.zone_stated:
        mapped.warnings.append("Its timeline names no time zone; its times were read as UTC.")
    after_midnight = f"those after midnight on {ctx.rolled_to}" if ctx.rolled_to else ""
    if ctx.assumed_day is not None:
        mapped.warnings.append(
            f"Its timeline's times name no date; they were placed on {ctx.assumed_day}, "
            f"{ctx.day_source}{', and ' + after_midnight if after_midnight else ''}."
        )
    elif after_midnight:
        mapped.warnings.append(f"Its timeline's times pass midnight; {after_midnight}.")
    if ctx.dateless:
        mapped.warnings.append(
            "Its timeline has times without a date and the document states no date, so "
            "they were kept in the facilitator notes; add a line such as “Date: "
            "2019-07-02” to the file to place them."
        )


# -- analysis and actions -------------------------------------------------------------------


def _analysis(target: Target, heading: str, blocks: list[Block], ctx: _Context) -> None:
    """Why-chains from lists ("… because …" items continue the chain above them, nested
    items go deeper); a root-cause section's entries are root causes."""
    mapped = ctx.mapped
    is_root = target is Target.ROOT_CAUSES
    added = 0
    for block in blocks:
        if isinstance(block, TextList):
            chain: list[dict[str, Any]] = []
            for item in block.items:
                if re.match(r"^RC\d+\b", item.label or item.text):
                    continue  # pmdesk's export lists its marked whys again: derived
                added += _why_item(item, chain, is_root, mapped)
        elif isinstance(block, Paragraph) and not _PLACEHOLDERS.match(block.text):
            mapped.why_chains.append(_why(block.text, is_root))
            added += 1
        elif isinstance(block, Table):
            for line in _entries([block]):
                mapped.why_chains.append(_why(line, is_root))
                added += 1
    if added:
        mapped.came_from(target, heading)


def _why(text: str, is_root: bool, category: str | None = None) -> dict[str, Any]:
    return {"text": elide(text, TEXT_MAX_CHARS), "root": is_root, "category": category,
            "children": []}  # fmt: skip


def _why_item(item: ListItem, chain: list[dict[str, Any]], is_root: bool, mapped: Mapped) -> int:
    """Add one list item to the chains; returns how many whys it made."""
    text = item.text
    label = _WHY_LABEL.match(item.label) if item.label else None
    category = None
    root = is_root
    if label:
        text = _EVIDENCE_SUFFIX.sub("", item.after_label)
        suffix = _ROOT_CAUSE_SUFFIX.search(text)
        root = suffix is not None
        if suffix:
            category = suffix.group("category")
            text = text[: suffix.start()]
        depth = int(label.group("depth") or 0)
    elif re.match(r"^(\.{2,}|…)\s*|^because\b|^weil\b", text, re.I):
        depth = len(chain)
        root = False
    else:
        depth = 0
    node = _why(text.strip(), root, elide(category, LINE_MAX_CHARS) if category else None)
    del chain[depth:]
    if chain:
        chain[-1]["children"].append(node)
    else:
        mapped.why_chains.append(node)
    chain.append(node)
    count = 1
    for child in item.children:
        count += _why_item(child, chain, False, mapped)
    return count


_STATUS_WORDS = (
    (ActionStatus.DONE, r"\b(done|complete[d]?|closed|fixed|resolved|erledigt)\b"),
    (ActionStatus.WONT_DO, r"won.?t do|wontfix|cancell?ed|verworfen"),
    (ActionStatus.IN_PROGRESS, r"in progress|in_progress|started|ongoing|wip|in arbeit"),
    (ActionStatus.OPEN, r"\b(todo|open|offen|not started)\b"),
)


def _actions(heading: str, blocks: list[Block], ctx: _Context) -> None:
    mapped = ctx.mapped
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, TextList):
            for item in block.items:
                status = ActionStatus.DONE if item.checked else None
                description = "\n".join(_item_text(child) for child in item.children)
                _add_action(item.text, description, status=status, ctx=ctx)
        elif isinstance(block, Table):
            _action_table(block, ctx)
        elif not (isinstance(block, Paragraph) and _PLACEHOLDERS.match(block.text)):
            kept.append(block)
    if mapped.actions:
        mapped.came_from(Target.ACTIONS, heading)
    if kept:
        _notes_of(kept, heading, 2, ctx)


def _action_table(table: Table, ctx: _Context) -> None:
    columns = [_plain_heading(cell) for cell in table.header]
    title = _column(columns, r"action|task|item|description|what|title|maßnahme|aufgabe")
    owner = _column(columns, r"owner|assignee|who|responsible|verantwortlich")
    due = _column(columns, r"due|deadline|date|fällig")
    status = _column(columns, r"status|state|done")
    kind = _column(columns, r"^type$|^kind$|^art$")
    priority = _column(columns, r"priority|^prio")
    used = {title, owner, due, status, kind, priority}
    for row in table.rows:
        cells = list(row)
        name = cells[title] if title is not None and title < len(cells) else cells[0]
        if title is None:
            used.add(0)
        extra = [
            f"{table.header[i] if i < len(table.header) else ''}: {cell}".lstrip(": ")
            for i, cell in enumerate(cells)
            if i not in used and cell.strip() and cell.strip() not in {"—", "-"}
        ]

        def cell(index: int | None, cells: list[str] = cells) -> str:
            return cells[index].strip() if index is not None and index < len(cells) else ""

        written_status = cell(status) or " ".join(cells)
        found_status = next(
            (s for s, p in _STATUS_WORDS if re.search(p, written_status, re.I)), None
        )
        _add_action(
            name,
            "\n".join(extra),
            status=found_status,
            owner=cell(owner),
            due=cell(due),
            kind=cell(kind),
            priority=cell(priority),
            ctx=ctx,
        )


def _add_action(
    title: str,
    description: str,
    *,
    ctx: _Context,
    status: ActionStatus | None = None,
    owner: str = "",
    due: str = "",
    kind: str = "",
    priority: str = "",
) -> None:
    title = title.strip()
    # pmdesk's export links a title to its tracker: "[Reload PgBouncer…](https://…)".
    linked = re.fullmatch(r"\[(?P<title>.+)\]\((?P<url>https?://[^\s)]+)\)", title)
    if linked:
        title = linked.group("title")
    owner, due, kind, priority = (_unmarked(text) for text in (owner, due, kind, priority))
    if not title or title in {"—", "-"}:
        return
    notes = [description] if description else []
    due_on = None
    if due and due not in {"—", "-"}:
        day = _first_day(due)
        if day is not None:
            due_on = day
        else:
            notes.append(f"Due: {due}")
    action_type = _action_type(kind)
    if kind and action_type is ActionType.OTHER and kind.casefold() != "other":
        notes.append(f"Type: {kind}")
    level = priority.upper().replace(" ", "")
    found = re.search(r"https?://[^\s)\]]+", title + " " + description)
    tracker = linked.group("url") if linked else found.group(0).rstrip(".,") if found else ""
    ctx.mapped.actions.append(
        {
            "title": elide(title, TEXT_MAX_CHARS),
            "description": elide("\n".join(notes), TEXT_MAX_CHARS),
            "type": action_type.value,
            "owner": elide(owner if owner not in {"—", "-"} else "", LINE_MAX_CHARS),
            "priority": level if level in Priority.__members__ else Priority.P2.value,
            "due_on": due_on,
            "status": (status or ActionStatus.OPEN).value,
            "tracker_url": elide(tracker, TEXT_MAX_CHARS),
        }
    )


def _unmarked(text: str) -> str:
    """A short value without the Markdown around it ("`SN`", "**DONE**")."""
    return text.strip().strip("`*_").strip()


def _action_type(written: str) -> ActionType:
    key = "_".join(written.casefold().split())
    try:
        return ActionType(key)
    except ValueError:
        return ActionType.OTHER
