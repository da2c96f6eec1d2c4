"""The post-mortem as GitHub-flavoured Markdown with YAML front matter.

The file drops into a docs-as-code wiki (MkDocs, Hugo, GitHub and GitLab wikis) as is:
front matter with title, key, date, severity, tags and version (and, internally, the
facilitator and authors); the why-chains as lists nested by four spaces; tables for
key moments, the timeline and the action items. Free texts are Markdown already and are
copied through, except in table cells, where line breaks and pipes would break the table.

Wikis render raw HTML and fetch images, so every field gets the HTML export's rules:
raw HTML is sanitised field by field, and the finished body loses its images and its
links to anything but http(s), mailto and anchors (`defuse_markdown`, which also sees
a link whose brackets come from two fields).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import quote

import yaml

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters._document import (
    ActionView,
    ExportDocument,
    WhyView,
    build_document,
)
from pmdesk.exporters._language import ReportLanguage, language_of
from pmdesk.exporters._markup import defuse_markdown, sanitise_html
from pmdesk.models import Postmortem

__all__ = ["export_markdown", "render_markdown"]


def export_markdown(
    pm: Postmortem,
    *,
    profile: ExportProfile | str = ExportProfile.INTERNAL,
    version: int | None = None,
    generated_at: datetime | None = None,
    is_publication: bool = False,
    language: str | None = None,
) -> str:
    """The post-mortem as one Markdown document.

    Args:
        profile: internal or public (see `pmdesk.domain.pseudonyms`).
        version: the publication version; default the next one.
        generated_at: the time of export, recorded in the front matter.
        is_publication: the document is being published: its status is Published.
        language: the language of headings, labels and dates ("en", "de"); default:
            the post-mortem's own.
    """
    document = build_document(
        pm,
        ExportProfile(profile),
        version=version,
        is_publication=is_publication,
        language=language or language_of(pm),
    )
    return render_markdown(document, generated_at=generated_at)


def _cell(text: str) -> str:
    """One table cell: a single line, pipes escaped, raw HTML made harmless."""
    flat = " ".join(_clean(text).split())
    return flat.replace("|", "\\|")


def _clean(text: str) -> str:
    """Raw HTML in a field must not reach the wiki as HTML: sanitise it the same way as
    the HTML export does. Markdown syntax is left alone."""
    if "<" not in text:
        return text
    return sanitise_html(text)


# Characters YAML does not keep as they are: C0 controls but tab and line feed, DEL, C1
# controls (NEL is a line break to YAML) and the Unicode line and paragraph separators.
_NOT_FOR_YAML = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _front_text(text: str) -> str:
    """A front-matter value: sites put the title in their HTML, sometimes unescaped."""
    return defuse_markdown(_clean(_NOT_FOR_YAML.sub("", text)))


def _front_matter(doc: ExportDocument, generated_at: datetime | None) -> str:
    data: dict[str, object] = {
        "title": _front_text(doc.title),
        "key": _front_text(doc.key),
        "date": doc.incident_date.isoformat() if doc.incident_date else None,
        "severity": doc.severity,
        "tags": [_front_text(tag) for tag in doc.tags],
        "version": doc.version,
        "status": doc.status,
        "id": _front_text(doc.key),
        "uuid": _front_text(doc.uuid),
        "services": [_front_text(service) for service in doc.services],
        "profile": doc.profile.value,
    }
    if generated_at is not None:
        data["generated"] = generated_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if doc.profile is ExportProfile.INTERNAL and doc.facilitator:
        data["facilitator"] = _front_text(doc.facilitator)
    if doc.profile is ExportProfile.INTERNAL and doc.authors:
        data["authors"] = [_front_text(name) for name in doc.authors]
    dumped = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=None)
    return f"---\n{dumped}---\n"


# Python-Markdown (MkDocs) nests a list only when it is indented by four spaces; two
# would flatten a why-chain to two levels there. CommonMark and GFM take four as well.
LIST_INDENT = "    "


def _why_lines(node: WhyView, indent: int, tr: ReportLanguage) -> Iterator[str]:
    pad = LIST_INDENT * indent
    label = tr("**Problem:**") if node.depth == 0 else tr("**Why {n}:**").format(n=node.depth)
    text = " ".join(_clean(node.text).split())
    suffix = ""
    if node.is_root_cause:
        category = f", {_cell(node.category)}" if node.category else ""
        suffix = " — *" + tr("root cause {label}").format(label=node.root_cause_label)
        suffix += f"{category}*"
    evidence = ""
    if node.evidence:
        cited = ", ".join(f"{e.ref} {e.time[:5]}" for e in node.evidence)
        evidence = " (" + tr("evidence: {events}").format(events=cited) + ")"
    yield f"{pad}- {label} {text}{suffix}{evidence}"
    for child in node.children:
        yield from _why_lines(child, indent + 1, tr)


def _block(text: str, tr: ReportLanguage) -> str:
    return _clean(text).strip() or "_" + tr("Not described.") + "_"


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def render_markdown(doc: ExportDocument, *, generated_at: datetime | None = None) -> str:
    """Markdown for an `ExportDocument`, in its language."""
    tr = doc.language
    out: list[str] = [f"# {_cell(doc.title)}", ""]
    meta = [
        f"**{_cell(doc.key)}** · "
        + tr("Status: {status} · Version {version}").format(status=doc.status, version=doc.version),
        tr("Incident date: {day}").format(day=tr.short_date(doc.incident_date))
        + (" · " + tr("Severity {level}").format(level=doc.severity) if doc.severity else ""),
    ]
    if doc.facilitator:
        meta.append(tr("Facilitator: {name}").format(name=_cell(doc.facilitator)))
    if doc.review_meeting_at:
        meta.append(tr("Review meeting: {when}").format(when=tr.stamp(doc.review_meeting_at)))
    if doc.authors:
        names = ", ".join(_cell(name) for name in doc.authors)
        meta.append(tr("Authors: {names}").format(names=names))
    participants = [_cell(p.name) for p in doc.participants if p.name]
    if participants:
        meta.append(tr("Participants: {names}").format(names=", ".join(participants)))
    out += ["  \n".join(meta), ""]
    if doc.profile is ExportProfile.PUBLIC:
        out += [
            "> "
            + tr(
                "Public version: people are named by their role, sensitive details are "
                "redacted and internal-only entries are left out."
            ),
            "",
        ]

    out += ["## " + tr("Summary"), "", _block(doc.summary, tr), ""]
    out += ["## " + tr("Impact"), "", _block(doc.impact, tr), ""]

    out += ["## " + tr("Why this review was held"), ""]
    if doc.verdict_id:
        out.append(
            tr("A formal post-mortem was **{verdict}** under the post-mortem policy.").format(
                verdict=doc.verdict.lower()
            )
        )
    else:
        out.append(tr("The incident was not assessed against the post-mortem policy."))
    out.append("")
    out += [f"- {_cell(reason)}" for reason in doc.trigger_reasons]
    if doc.trigger_override:
        out += ["", tr("Verdict overridden: {reason}").format(reason=_cell(doc.trigger_override))]
    out.append("")

    out += ["## " + tr("Key moments and metrics"), ""]
    if doc.key_moments:
        out += [_row(tr("Key moment"), tr("Time (UTC)"), tr("Event")), "| --- | --- | --- |"]
        out += [
            f"| {e.key_moment} | {e.occurred_at.astimezone(UTC):%Y-%m-%d %H:%M:%S} "
            f"| {_cell(e.text)} |"
            for e in doc.key_moments
        ]
        out.append("")
    out += [_row(tr("Metric"), tr("Duration")), "| --- | ---: |"]
    out += [f"| {m.label} | {m.value} |" for m in doc.metrics]
    out.append("")

    lede = tr.plural(
        "{count} event, times in UTC. Key moments in bold.",
        "{count} events, times in UTC. Key moments in bold.",
        doc.event_count,
    )
    out += ["## " + tr("Timeline"), "", lede.format(count=tr.number(doc.event_count)), ""]
    for day in doc.days:
        out += [
            f"### {day.label}",
            "",
            _row(tr("Time"), tr("Who"), tr("Source"), tr("Event")),
            "| --- | --- | --- | --- |",
        ]
        for e in day.events:
            text = _cell(e.text)
            if e.key_moment:
                text = f"**{e.key_moment}:** {text}"
            out.append(f"| {e.time} | {_cell(e.author)} | {_cell(e.source)} | {text} |")
        out.append("")

    out += ["## " + tr("Root-cause analysis"), ""]
    for number, chain in enumerate(doc.why_chains, 1):
        out += ["### " + tr("Chain {number}").format(number=number), ""]
        out += [*_why_lines(chain, 0, tr), ""]
    if doc.root_causes:
        out += ["**" + tr("Root causes:") + "**", ""]
        out += [
            f"- **{c.label}** {_cell(c.text)}"
            + (
                " (" + tr("addressed by {actions}").format(actions=", ".join(c.action_labels)) + ")"
                if c.action_labels
                else ""
            )
            for c in doc.root_causes
        ]
        out.append("")

    out += ["## " + tr("Contributing factors"), ""]
    out += [f"- {_cell(f)}" for f in doc.contributing_factors] or ["_" + tr("None recorded.") + "_"]
    out.append("")

    out += ["## " + tr("Lessons learned"), ""]
    for _kind, title, items in doc.lessons:
        out += [f"### {title}", ""]
        out += [f"- {_cell(item)}" for item in items] or ["_" + tr("Nothing recorded.") + "_"]
        out.append("")

    out += ["## " + tr("Action items"), ""]
    if doc.actions:
        out += [
            _row(
                "#",
                tr("Action"),
                tr("Type"),
                tr("Owner"),
                tr("Priority"),
                tr("Due"),
                tr("Status"),
                tr("Root causes"),
            ),
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for a in doc.actions:
            title = _cell(a.title)
            if a.tracker_url and re.match(r"^https?://", a.tracker_url):
                title = f"[{title}]({_link_target(a.tracker_url)})"
            out.append(
                f"| {a.label} | {title} | {a.type} | {_cell(a.owner) or '—'} | {a.priority} "
                f"| {a.due_on.isoformat() if a.due_on else '—'} | {a.status} "
                f"| {', '.join(a.root_causes) or '—'} |"
            )
        followed = [a for a in doc.actions if a.has_follow_up]
        if followed:
            out += ["", "**" + tr("Did it work?") + "**", ""]
            out += [f"- {a.label}: {_follow_up_line(a, tr)}" for a in followed]
    else:
        out.append("_" + tr("No action items yet.") + "_")
    out.append("")

    out += ["## " + tr("Appendix"), "", "### " + tr("Participants"), ""]
    if doc.participants:
        out += [_row(tr("Participant"), tr("Role"), tr("Team")), "| --- | --- | --- |"]
        out += [
            f"| {_cell(p.name)} | {_cell(p.role)} | {_cell(p.team)} |" for p in doc.participants
        ]
    out += [
        "",
        f"*{_cell(doc.key)} · {_cell(doc.uuid)} · "
        + tr("revision {number}. Generated by pmdesk.").format(number=doc.postmortem_version)
        + "*",
        "",
    ]
    body = "\n".join(out)
    return f"{_front_matter(doc, generated_at)}\n{defuse_markdown(body)}"


def _link_target(url: str) -> str:
    """`url` percent-encoded where it could end the target, break the table or be HTML."""
    return quote(url.strip(), safe="/:?#@!$&'*+,;=%~")


def _follow_up_line(action: ActionView, tr: ReportLanguage) -> str:
    parts = []
    if action.success_criterion:
        parts.append(tr("worked if {criterion}").format(criterion=_cell(action.success_criterion)))
    if action.review:
        answer = f"**{action.review}** ({action.reviewed})"
        if action.review_note:
            answer += f": {_cell(action.review_note)}"
        parts.append(answer)
    elif action.review_on:
        parts.append(tr("review on {day}").format(day=action.review_on))
    return " — ".join(parts)
