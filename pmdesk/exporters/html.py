"""The post-mortem as HTML: the source of the PDF, and a self-contained HTML file.

`render_html` fills `resources/templates/postmortem.html.j2` (with the stylesheet
`postmortem.css.j2` inlined) from an `ExportDocument`. Every free text is rendered as
Markdown and sanitised; organisation name, accent colour and logo come from
`ExportOptions` and are validated here, because they end up in CSS and URLs.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from pmdesk.domain.gates import GATE_TITLES
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.domain.related import RelatedReview
from pmdesk.errors import UserFacingError
from pmdesk.exporters._document import ExportDocument, build_document
from pmdesk.exporters._language import EXPORT_LANGUAGES, N_, language_of, report_language
from pmdesk.exporters._markup import markdown_to_html, markdown_to_inline_html
from pmdesk.exporters.calendar import REVIEW_MEETING_MINUTES
from pmdesk.lint._engine import paragraph_language
from pmdesk.models import Postmortem
from pmdesk.resource_files import resource_path

__all__ = [
    "TEMPLATES_DIR",
    "ExportOptions",
    "content_hash",
    "export_html_file",
    "render_document",
    "render_html",
]

TEMPLATES_DIR = resource_path("templates")
DEFAULT_ACCENT = "#2f5d8a"
# Above this many events the timeline switches to compact rows.
COMPACT_TIMELINE_EVENTS = 120
LOGO_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
MAX_LOGO_BYTES = 2 * 1024 * 1024
# "3 open, 1 done" above the action items.
ACTION_COUNTS = {
    "open": N_("{count} open"),
    "in_progress": N_("{count} in progress"),
    "done": N_("{count} done"),
    "wont_do": N_("{count} won't do"),
}
_HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        N_("Blameless review"),
        N_(
            "A review that looks for the conditions and decisions that led to an incident, "
            "not for someone to blame. People acted reasonably on what they knew at the time."
        ),
    ),
    (
        N_("Key moment"),
        N_(
            "A timeline entry that marks a turning point: impact start, detection, "
            "acknowledgement, mitigation or resolution. The metrics are measured between them."
        ),
    ),
    (
        N_("Time to detect"),
        N_("From the start of the impact until the problem was noticed (alert or report)."),
    ),
    (
        N_("Time to acknowledge"),
        N_("From the start of the impact until someone took ownership of the response."),
    ),
    (
        N_("Time to mitigate"),
        N_("From the start of the impact until users stopped being affected."),
    ),
    (N_("Time to resolve"), N_("From the start of the impact until the incident was closed.")),
    (
        N_("Why-chain"),
        N_(
            "A sequence of “why?” questions (5 Whys) from an observed problem down to "
            "conditions the organisation can change."
        ),
    ),
    (
        N_("Root cause"),
        N_(
            "A condition at the end of a why-chain that, once changed, prevents this "
            "kind of incident or limits its impact. Every root cause has at least one action item."
        ),
    ),
    (
        N_("Contributing factor"),
        N_(
            "A condition that made the incident more likely or its impact "
            "larger, without causing it on its own."
        ),
    ),
    (
        N_("Severity"),
        N_("The incident's level on the organisation's severity scale; 1 is the most severe."),
    ),
)


@dataclass(frozen=True)
class ExportOptions:
    """How an export looks, and for whom.

    Attributes:
        organisation_name: shown on the cover and in the page footer.
        logo_path: a local image (PNG, JPEG, SVG, GIF, WebP) for the cover; "" for none.
        accent_color: "#rrggbb"; anything else falls back to pmdesk's blue.
        profile: internal (names, full timeline) or public (pseudonyms, redacted).
        generated_at: the export's time; default now. Pass it in for reproducible output.
        version: the publication version this export will be; default the next one.
        gate_overrides: gate overrides to list in the document history.
        is_publication: the export is the report being published (not a preview), so it
            shows the status after publishing: Published.
        related_reviews: earlier post-mortems like this one ("Seen before"), listed in
            the appendix of the internal version only: other reviews' titles are not
            for the public.
        language: the report's language ("en", "de"); "" for the post-mortem's own.
        archive: a PDF is the publication's archive copy: PDF/A-3b with the
            post-mortem's interchange JSON embedded, instead of PDF/UA.
        meeting_minutes: how long the calendar books the review meeting for.
    """

    organisation_name: str = ""
    logo_path: str | Path = ""
    accent_color: str = DEFAULT_ACCENT
    profile: ExportProfile = ExportProfile.INTERNAL
    generated_at: datetime | None = None
    version: int | None = None
    gate_overrides: tuple[tuple[str, str], ...] = field(default=())
    is_publication: bool = False
    related_reviews: tuple[RelatedReview, ...] = field(default=())
    language: str = ""
    archive: bool = False
    meeting_minutes: int = REVIEW_MEETING_MINUTES

    @property
    def logo(self) -> Path | None:
        return Path(self.logo_path).expanduser() if str(self.logo_path).strip() else None


def _mix(colour: str, weight: float, other: str = "#ffffff") -> str:
    """`colour` mixed with `other`; weight 1.0 is all `colour`."""

    def rgb(value: str) -> tuple[int, int, int]:
        value = value.lstrip("#")
        if len(value) == 3:
            value = "".join(ch * 2 for ch in value)
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)

    a, b = rgb(colour), rgb(other)
    mixed = (round(x * weight + y * (1 - weight)) for x, y in zip(a, b, strict=True))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)


def _accent(value: str) -> str:
    return value if _HEX_COLOUR.match(value.strip()) else DEFAULT_ACCENT


def css_string(value: str) -> str:
    """A CSS string literal's content: no quote, backslash, line break or tag can end it."""
    cleaned = "".join(ch for ch in value if ch.isprintable())
    # "<" and ">" as CSS escapes: the stylesheet sits inside <style>, so "</style>" in
    # an organisation name must not end it.
    escaped = cleaned.replace("\\", "\\\\").replace('"', '\\"')
    return escaped.replace("<", "\\3c ").replace(">", "\\3e ")


def _safe_url(value: str) -> str:
    """`value` if it is a web address, else "" (no link: "#" would point a PDF's link
    at the templates folder it is rendered from)."""
    return value if re.match(r"^https?://", value.strip(), re.IGNORECASE) else ""


def _tracker_label(value: str) -> str:
    trimmed = re.sub(r"^https?://", "", value.strip(), flags=re.IGNORECASE)
    return trimmed if len(trimmed) <= 48 else trimmed[:47] + "…"


@functools.cache
def _environment(language: str) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        extensions=["jinja2.ext.i18n"],
    )
    # New-style gettext: placeholders are escaped, and a missing one is an error.
    environment.install_gettext_translations(  # type: ignore[attr-defined]
        report_language(language).translations, newstyle=True
    )
    environment.filters["md"] = lambda text: _in_its_language(
        str(text or ""), language, markdown_to_html, "div"
    )
    environment.filters["inline"] = lambda text: _in_its_language(
        str(text or ""), language, markdown_to_inline_html, "span"
    )
    environment.filters["safe_url"] = _safe_url
    environment.filters["tracker_label"] = _tracker_label
    return environment


def _in_its_language(
    text: str, language: str, render: Callable[[str], str], element: str
) -> Markup:
    """`text` rendered, and marked with its language when that is not the report's (a
    German chat quoted in an English post-mortem): screen readers then pronounce it,
    and WeasyPrint hyphenates it, by its own language's rules."""
    rendered = render(text)
    written_in = paragraph_language(text, language) if text else language
    if written_in == language:
        return Markup(rendered)
    return Markup(f'<{element} lang="{written_in}">{rendered}</{element}>')


@functools.cache
def _css_environment() -> jinja2.Environment:
    # CSS is not HTML: no HTML escaping, and every value put in is validated or quoted.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
    )


def logo_data_uri(path: Path) -> str:
    """The logo embedded as a data: URI.

    Raises:
        UserFacingError: the file is missing, too large or not an image type pmdesk knows.
    """
    media_type = LOGO_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise UserFacingError(
            f"The logo {path} is not a PNG, JPEG, SVG, GIF or WebP image.",
            "Choose another logo in the settings.",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserFacingError(
            f"The logo {path} could not be read ({exc.strerror}).",
            "Choose another logo in the settings, or remove it.",
        ) from exc
    if len(data) > MAX_LOGO_BYTES:
        raise UserFacingError(f"The logo {path} is larger than 2 MB.", "Choose a smaller image.")
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def _logo_source(options: ExportOptions, *, embed: bool) -> str:
    logo = options.logo
    if logo is None:
        return ""
    if embed:
        return logo_data_uri(logo)
    if logo.suffix.lower() not in LOGO_TYPES or not logo.is_file():
        raise UserFacingError(
            f"The logo {logo} is missing or is not a PNG, JPEG, SVG, GIF or WebP image.",
            "Choose another logo in the settings, or remove it.",
        )
    return logo.resolve().as_uri()


def render_html(
    pm: Postmortem,
    *,
    profile: ExportProfile | str | None = None,
    options: ExportOptions | None = None,
    embed_resources: bool = False,
) -> str:
    """The post-mortem as one HTML document (CSS inlined).

    Args:
        pm: the post-mortem, with its parts loaded.
        profile: overrides `options.profile` when given.
        options: organisation, logo, accent colour, time of export.
        embed_resources: embed the logo as a data: URI (for the standalone HTML file);
            otherwise it is referenced by file URL, which only pmdesk's PDF URL fetcher
            will load.

    Raises:
        UserFacingError: the configured logo cannot be used.
    """
    options = options or ExportOptions()
    chosen = ExportProfile(profile) if profile is not None else options.profile
    document = build_document(
        pm,
        chosen,
        version=options.version,
        is_publication=options.is_publication,
        language=report_language_of(pm, options),
    )
    return render_document(document, options, embed_resources=embed_resources)


def render_document(
    document: ExportDocument, options: ExportOptions, *, embed_resources: bool = False
) -> str:
    """`render_html` of a document already read through its profile (`build_document`)."""
    generated = (options.generated_at or datetime.now(UTC)).astimezone(UTC)
    logo = _logo_source(options, embed=embed_resources)
    return _render(document, options, generated, logo, standalone=embed_resources)


def report_language_of(pm: Postmortem, options: ExportOptions) -> str:
    """The language a report of `pm` is written in: the one asked for, else the
    post-mortem's own.

    Raises:
        UserFacingError: a language pmdesk has no report texts for was asked for.
    """
    if options.language and options.language not in EXPORT_LANGUAGES:
        raise UserFacingError(
            f"pmdesk cannot write reports in {options.language!r}.",
            f"Choose one of {', '.join(EXPORT_LANGUAGES)}.",
        )
    return options.language or language_of(pm)


def _render(
    doc: ExportDocument,
    options: ExportOptions,
    generated: datetime,
    logo_src: str,
    *,
    standalone: bool,
) -> str:
    tr = doc.language
    accent = _accent(options.accent_color)
    organisation = " ".join(options.organisation_name.split())
    css = (
        _css_environment()
        .get_template("postmortem.css.j2")
        .render(
            accent=accent,
            accent_dark=_mix(accent, 0.8, "#000000"),
            accent_mid=_mix(accent, 0.35),
            accent_light=_mix(accent, 0.16),
            accent_faint=_mix(accent, 0.06),
            running_version=css_string(
                tr("{key} · Version {version}").format(key=doc.key, version=doc.version)
                + (" · " + tr("Public") if doc.profile is ExportProfile.PUBLIC else "")
            ),
            running_org=css_string(organisation or tr("Post-incident review")),
            page_label=css_string(tr("Page")),
            page_of_label=css_string(tr("of")),
        )
    )
    sections = [
        ("impact", tr("Impact")),
        ("trigger", tr("Why this review was held")),
        ("metrics", tr("Key moments and metrics")),
        ("timeline", tr("Timeline")),
        ("analysis", tr("Root-cause analysis")),
        ("factors", tr("Contributing factors")),
        ("lessons", tr("Lessons learned")),
        ("actions", tr("Action items")),
        ("appendix", tr("Appendix")),
    ]
    actions_by_cause: dict[str, list[str]] = {}
    for action in doc.actions:
        for label in action.root_causes:
            actions_by_cause.setdefault(label, []).append(action.label)
    statuses = Counter(action.status_id for action in doc.actions)
    action_summary = ", ".join(
        tr(ACTION_COUNTS.get(status, "{count} " + status)).format(count=count)
        for status, count in statuses.items()
    )
    context: dict[str, Any] = {
        "doc": doc,
        "options": options,
        "lang": tr.code,
        "css": Markup(css),
        "logo_src": logo_src,
        "standalone": standalone,
        "sections": [{"id": sid, "title": title} for sid, title in sections],
        "numbers": {sid: index for index, (sid, _title) in enumerate(sections, 1)},
        "incident_date": tr.short_date(doc.incident_date),
        "review_meeting": tr.stamp(doc.review_meeting_at) if doc.review_meeting_at else "",
        "incident_window": tr("{start} to {end}").format(
            start=tr.stamp(doc.incident_start), end=tr.stamp(doc.incident_end)
        ),
        "generated_iso": generated.isoformat(),
        "generated_date": tr.short_date(generated.date()),
        "generated_stamp": tr.numeric_stamp(generated),
        "event_count": tr.number(doc.event_count),
        "compact": doc.event_count > COMPACT_TIMELINE_EVENTS,
        "actions_by_cause": actions_by_cause,
        "action_summary": action_summary,
        "glossary": [(tr(term), tr(definition)) for term, definition in GLOSSARY],
        "gate_titles": {gate: tr(title) for gate, title in GATE_TITLES.items()},
        "profile_names": {"internal": tr("internal"), "public": tr("public")},
        "overrides": options.gate_overrides,
        "related_reviews": (
            options.related_reviews if doc.profile is ExportProfile.INTERNAL else ()
        ),
    }
    return _environment(tr.code).get_template("postmortem.html.j2").render(context)


def content_hash(rendered: str) -> str:
    """The content hash recorded on a publication: sha256 of the rendered text."""
    return hashlib.sha256(rendered.encode("utf-8")).hexdigest()


def export_html_file(
    pm: Postmortem,
    *,
    profile: ExportProfile | str | None = None,
    options: ExportOptions | None = None,
) -> str:
    """One self-contained HTML file: CSS inlined and the logo embedded, so it opens
    anywhere, offline, and fetches nothing."""
    return render_html(pm, profile=profile, options=options, embed_resources=True)
