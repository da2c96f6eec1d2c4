"""What an export shows: the post-mortem read through an export profile.

Every exporter (HTML/PDF, Markdown, CSV) starts from the same `ExportDocument`, so the
profile rules are applied once: pseudonyms and redaction for the public profile,
internal-only items left out, facilitator notes never included. The texts in it are
still Markdown; each exporter renders them its own way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from pmdesk.domain.corroboration import cluster_members, sources_of
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.pseudonyms import (
    ExportProfile,
    Pseudonymiser,
    is_authored_by_a_person,
    is_exported,
)
from pmdesk.domain.redaction import find_hits_in_text, redact_all
from pmdesk.domain.timeline import (
    MOMENT_NAMES,
    IncidentMetrics,
    format_duration,
    incident_metrics,
    incident_window,
)
from pmdesk.domain.trigger import question_names, reason_template
from pmdesk.exporters._language import N_, ReportLanguage, report_language
from pmdesk.exporters._markup import shorten_long_tables
from pmdesk.models import (
    ActionItem,
    LessonKind,
    Postmortem,
    Status,
    TimelineEvent,
    WhyNode,
)

__all__ = [
    "ActionView",
    "DayView",
    "EventView",
    "ExportDocument",
    "MetricView",
    "PersonView",
    "RootCauseView",
    "WhyView",
    "build_document",
    "pseudonymiser_for",
]

VERDICT_LABELS = {
    "mandatory": N_("Mandatory"),
    "recommended": N_("Recommended"),
    "not_required": N_("Not required"),
}
STATUS_LABELS = {
    Status.DRAFT: N_("Draft"),
    Status.IN_REVIEW: N_("In review"),
    Status.PUBLISHED: N_("Published"),
}
ACTION_TYPE_LABELS = {
    "code_change": N_("Code change"),
    "test": N_("Test"),
    "process": N_("Process"),
    "monitoring": N_("Monitoring"),
    "documentation": N_("Documentation"),
    "other": N_("Other"),
}
ACTION_STATUS_LABELS = {
    "open": N_("Open"),
    "in_progress": N_("In progress"),
    "done": N_("Done"),
    "wont_do": N_("Won't do"),
}
# There is no list of the review's authors of its own: besides the facilitator, the
# participants whose role says they co-wrote the review are its authors.
AUTHOR_ROLES = frozenset(
    {"author", "co-author", "autor", "autorin", "autor:in", "mitautor", "mitautorin", "co-autor"}
)
LESSON_TITLES = {
    LessonKind.WENT_WELL: N_("What went well"),
    LessonKind.WENT_WRONG: N_("What went wrong"),
    LessonKind.LUCKY: N_("Where we got lucky"),
}


@dataclass(frozen=True)
class PersonView:
    name: str
    role: str
    team: str


@dataclass(frozen=True)
class EventView:
    ref: str
    anchor: str
    occurred_at: datetime
    time: str
    source: str
    author: str
    text: str
    kind: str
    key_moment: str
    key_moment_id: str
    location: str = ""  # the source field, as `TextField.location` names it

    @property
    def is_key_moment(self) -> bool:
        return bool(self.key_moment)


@dataclass(frozen=True)
class DayView:
    day: date
    label: str
    events: tuple[EventView, ...]


@dataclass(frozen=True)
class MetricView:
    id: str
    label: str
    value: str
    seconds: int | None
    description: str


@dataclass(frozen=True)
class WhyView:
    number: str
    text: str
    is_root_cause: bool
    root_cause_label: str
    category: str
    evidence: tuple[EventView, ...]
    children: tuple[WhyView, ...]
    depth: int
    location: str = ""


@dataclass(frozen=True)
class RootCauseView:
    label: str
    anchor: str
    text: str
    category: str
    chain_number: int
    action_labels: tuple[str, ...]
    location: str = ""


@dataclass(frozen=True)
class ActionView:
    label: str
    title: str
    description: str
    type: str
    owner: str
    priority: str
    due_on: date | None
    due: str
    status: str
    status_id: str
    root_causes: tuple[str, ...]
    tracker_url: str
    location: str = ""
    # Did it work? "How we will know", when it is asked, and the answer once given
    # ("Held" or "Did not hold", with the day, the note and, internally, who).
    success_criterion: str = ""
    review_on: str = ""
    review: str = ""
    review_id: str = ""
    review_note: str = ""
    reviewed: str = ""

    @property
    def has_follow_up(self) -> bool:
        return bool(self.success_criterion or self.review_on or self.review)


@dataclass(frozen=True)
class PublicationView:
    version: int
    published_at: str
    formats: str
    profile: str
    overrides: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ExportDocument:
    """One post-mortem as an export of one profile shows it; texts are Markdown."""

    profile: ExportProfile
    key: str
    uuid: str
    title: str
    status: str
    version: int
    postmortem_version: int
    severity: int | None
    incident_date: date | None
    incident_start: datetime | None
    incident_end: datetime | None
    # When the team meets to go through this review (none when not planned).
    review_meeting_at: datetime | None
    facilitator: str
    # Who wrote the review: the facilitator, then participants in an author role.
    authors: tuple[str, ...]
    participants: tuple[PersonView, ...]
    tags: tuple[str, ...]
    services: tuple[str, ...]
    summary: str
    impact: str
    verdict: str
    verdict_id: str
    trigger_reasons: tuple[str, ...]
    trigger_override: str
    metrics: tuple[MetricView, ...]
    key_moments: tuple[EventView, ...]
    days: tuple[DayView, ...]
    event_count: int
    why_chains: tuple[WhyView, ...]
    root_causes: tuple[RootCauseView, ...]
    contributing_factors: tuple[str, ...]
    lessons: tuple[tuple[str, str, tuple[str, ...]], ...]
    actions: tuple[ActionView, ...]
    history: tuple[PublicationView, ...] = field(default=())
    # The post-mortem's language: the labels above are in it already.
    language: ReportLanguage = field(default=ReportLanguage("en"))

    @property
    def events(self) -> Iterator[EventView]:
        for day in self.days:
            yield from day.events


def _time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%H:%M:%S")


class _Texts:
    """Applies the profile to a text (redaction and pseudonyms for the public profile)
    and cuts its long tables (`shorten_long_tables`), so every export and the checks
    before publishing see the same text."""

    def __init__(
        self, profile: ExportProfile, names: Pseudonymiser, language: ReportLanguage
    ) -> None:
        self.profile = profile
        self.pseudonyms = names
        self.language = language

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        if self.profile is ExportProfile.PUBLIC:
            # Every hit goes, even one kept with a reason for the internal version.
            hits = find_hits_in_text(text)
            text = self.pseudonyms.text(redact_all(text, hits) if hits else text)
        return shorten_long_tables(text)

    def person(self, value: str | None) -> str:
        """A participant's name, or a program's name (a log line's author)."""
        if not value:
            return ""
        if self.profile is ExportProfile.INTERNAL:
            return value
        return self.pseudonyms.person(value) or ""

    def someone(self, value: str | None) -> str:
        """A field that names a person (a chat author, an action owner, the
        facilitator): listed or not, nobody is named in the public profile."""
        if not value:
            return ""
        if self.profile is ExportProfile.INTERNAL:
            return value
        return self.pseudonyms.someone(value) or ""

    def author(self, event: TimelineEvent) -> str:
        return (
            self.someone(event.author)
            if is_authored_by_a_person(event)
            else self.person(event.author)
        )


def pseudonymiser_for(pm: Postmortem, profile: ExportProfile) -> Pseudonymiser:
    """The pseudonyms of `pm`'s public profile: the participants first, then the
    facilitator, the authors of exported events and the action owners, in that order,
    so that their letters are the same in every export."""
    authors = [
        event.author or ""
        for event in pm.timeline_events
        if is_exported(event.is_internal_only, profile) and is_authored_by_a_person(event)
    ]
    return Pseudonymiser(
        pm.participants,
        facilitator=pm.facilitator,
        people=[*authors, *(item.owner for item in pm.action_items)],
    )


def build_document(
    pm: Postmortem,
    profile: ExportProfile = ExportProfile.INTERNAL,
    *,
    version: int | None = None,
    names: Pseudonymiser | None = None,
    is_publication: bool = False,
    language: str = "en",
) -> ExportDocument:
    """Read `pm` through `profile`.

    Args:
        version: the publication version this export will be; default: the next one.
        names: the pseudonyms to use (default: `pseudonymiser_for(pm, profile)`); it
            learns the people the texts mention who were not known before.
        is_publication: the export is the published report itself, so it shows the
            status that publishing gives (Published), not the status before it.
        language: the language of the labels and dates ("en", "de"); reports pass
            the post-mortem's own.
    """
    tr = report_language(language)
    texts = _Texts(profile, names or pseudonymiser_for(pm, profile), tr)
    exported = [e for e in pm.timeline_events if is_exported(e.is_internal_only, profile)]
    # The same moment seen by several sources is one row that names them all; a why
    # that cites one of them cites that row.
    members = cluster_members(exported)
    exported_ids = {id(e) for e in exported}
    members = {primary: group for primary, group in members.items() if primary in exported_ids}
    events = [e for e in exported if e.corroborates is None or id(e.corroborates) not in members]
    event_views: dict[int, EventView] = {}
    for index, event in enumerate(events, 1):
        sources = sources_of(event, members.get(id(event), []))
        event_views[id(event)] = _event_view(event, index, texts, sources)
        for member in members.get(id(event), ()):
            event_views[id(member)] = event_views[id(event)]

    days: list[DayView] = []
    for event in events:
        view = event_views[id(event)]
        day = event.occurred_at.astimezone(UTC).date()
        if not days or days[-1].day != day:
            days.append(DayView(day, tr.day(day), ()))
        last = days[-1]
        days[-1] = DayView(last.day, last.label, (*last.events, view))

    root_labels: dict[int, str] = {}
    chain_of: dict[int, int] = {}
    for chain_number, chain in enumerate(pm.why_chains, 1):
        for node in _walk(chain):
            chain_of[id(node)] = chain_number
            if node.is_root_cause:
                root_labels[id(node)] = f"RC{len(root_labels) + 1}"

    action_labels = {id(item): f"A{i}" for i, item in enumerate(pm.action_items, 1)}
    actions = tuple(
        _action_view(item, action_labels, root_labels, texts) for item in pm.action_items
    )

    chains = tuple(
        _why_view(chain, str(number), 0, root_labels, event_views, texts)
        for number, chain in enumerate(pm.why_chains, 1)
    )
    root_causes = tuple(
        RootCauseView(
            label=root_labels[id(node)],
            anchor=root_labels[id(node)].lower(),
            text=texts(node.text),
            category=node.category or "",
            chain_number=chain_of.get(id(node), 0),
            action_labels=tuple(
                action_labels[id(item)] for item in pm.action_items if _addresses(item, node)
            ),
            location=str(Location.of_part(LocationKind.WHY, node.id)),
        )
        for chain in pm.why_chains
        for node in _walk(chain)
        if node.is_root_cause
    )

    metrics = incident_metrics(pm.timeline_events)
    moment_events = [event_views[id(e)] for e in events if e.key_moment is not None]
    ta = pm.trigger_assessment
    verdict = ta.effective_verdict if ta else None
    override = ""
    if ta and ta.override_verdict and ta.override_reason.strip():
        override = texts(ta.override_reason)

    lessons = tuple(
        (
            kind.value,
            tr(title),
            tuple(
                texts(lesson.text)
                for lesson in pm.lessons
                if lesson.kind == kind
                and lesson.text.strip()
                and is_exported(lesson.is_internal_only, profile)
            ),
        )
        for kind, title in LESSON_TITLES.items()
    )
    start = pm.incident_start or (pm.timeline_events[0].occurred_at if pm.timeline_events else None)
    participants = tuple(
        PersonView(texts.person(p.name), p.role, p.team)
        for p in pm.participants
        if p.name.strip() or p.role.strip()
    )
    return ExportDocument(
        profile=profile,
        key=pm.key,
        uuid=pm.uuid,
        title=texts(pm.title),
        status=tr(STATUS_LABELS[Status.PUBLISHED if is_publication else pm.status]),
        version=version if version is not None else _next_version(pm),
        postmortem_version=pm.version,
        severity=pm.severity,
        incident_date=start.astimezone(UTC).date() if start else None,
        incident_start=pm.incident_start,
        incident_end=incident_window(pm, metrics).end,
        review_meeting_at=pm.review_meeting_at,
        facilitator=texts.someone(pm.facilitator),
        authors=_authors(texts.someone(pm.facilitator), participants),
        participants=participants,
        tags=tuple(pm.tags),
        services=tuple(pm.services),
        summary=texts(pm.summary),
        impact=texts(pm.customer_impact),
        verdict=tr(
            VERDICT_LABELS.get(verdict.value, verdict.value) if verdict else N_("Not assessed")
        ),
        verdict_id=verdict.value if verdict else "",
        trigger_reasons=tuple(texts(_reason(r, tr)) for r in (ta.reasons if ta else [])),
        trigger_override=override,
        metrics=_metric_views(metrics, tr),
        key_moments=tuple(moment_events),
        days=tuple(days),
        event_count=len(events),
        why_chains=chains,
        root_causes=root_causes,
        contributing_factors=tuple(
            texts(f.text)
            for f in pm.contributing_factors
            if f.text.strip() and is_exported(f.is_internal_only, profile)
        ),
        lessons=lessons,
        actions=actions,
        history=tuple(
            PublicationView(
                version=p.version,
                published_at=tr.numeric_stamp(p.published_at),
                formats=", ".join(p.formats),
                profile=p.profile,
                overrides=tuple(
                    (o.get("gate", ""), texts(o.get("reason", ""))) for o in p.gate_overrides
                ),
            )
            for p in pm.publications
        ),
        language=tr,
    )


def _authors(facilitator: str, participants: tuple[PersonView, ...]) -> tuple[str, ...]:
    names = [facilitator] + [
        p.name for p in participants if " ".join(p.role.casefold().split()) in AUTHOR_ROLES
    ]
    return tuple(dict.fromkeys(name for name in names if name.strip()))


def _next_version(pm: Postmortem) -> int:
    return max((p.version for p in pm.publications), default=0) + 1


def _walk(node: WhyNode) -> Iterator[WhyNode]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _addresses(item: ActionItem, node: WhyNode) -> bool:
    return any(cause is node for cause in item.root_causes)


def _event_view(
    event: TimelineEvent, index: int, texts: _Texts, sources: Sequence[str]
) -> EventView:
    moment = event.key_moment
    return EventView(
        ref=f"E{index}",
        anchor=f"e{index}",
        occurred_at=event.occurred_at,
        time=_time(event.occurred_at),
        source=", ".join(texts(source) for source in sources if source != "manual"),
        author=texts.author(event),
        text=texts(event.text),
        kind=event.kind,
        key_moment=texts.language(MOMENT_NAMES[moment]) if moment else "",
        key_moment_id=moment.value if moment else "",
        location=str(Location.of_part(LocationKind.EVENT, event.id)),
    )


def _why_view(
    node: WhyNode,
    number: str,
    depth: int,
    root_labels: dict[int, str],
    event_views: dict[int, EventView],
    texts: _Texts,
) -> WhyView:
    return WhyView(
        number=number,
        text=texts(node.text),
        is_root_cause=node.is_root_cause,
        root_cause_label=root_labels.get(id(node), ""),
        category=node.category or "",
        evidence=tuple(
            {
                id(view): view
                for view in (event_views[id(e)] for e in node.evidence if id(e) in event_views)
            }.values()
        ),
        children=tuple(
            _why_view(child, f"{number}.{i}", depth + 1, root_labels, event_views, texts)
            for i, child in enumerate(node.children, 1)
        ),
        depth=depth,
        location=str(Location.of_part(LocationKind.WHY, node.id)),
    )


def _action_view(
    item: ActionItem,
    labels: dict[int, str],
    root_labels: dict[int, str],
    texts: _Texts,
) -> ActionView:
    return ActionView(
        label=labels[id(item)],
        title=texts(item.title),
        description=texts(item.description),
        type=texts.language(ACTION_TYPE_LABELS.get(item.type.value, item.type.value)),
        owner=texts.someone(item.owner),
        priority=item.priority.value,
        due_on=item.due_on,
        due=texts.language.short_date(item.due_on),
        status=texts.language(ACTION_STATUS_LABELS.get(item.status.value, item.status.value)),
        status_id=item.status.value,
        root_causes=tuple(root_labels[id(n)] for n in item.root_causes if id(n) in root_labels),
        tracker_url=item.tracker_url,
        location=str(Location.of_part(LocationKind.ACTION, item.id)),
        **_follow_up_view(item, texts),
    )


REVIEW_OUTCOME_LABELS = {"held": N_("Held"), "did_not_hold": N_("Did not hold")}


def _follow_up_view(item: ActionItem, texts: _Texts) -> dict[str, str]:
    outcome = item.review_outcome
    tr = texts.language
    reviewed = ""
    if outcome is not None and item.reviewed_at is not None:
        reviewed = tr.short_date(item.reviewed_at.date())
        # Who answered is named in the internal version only.
        if item.reviewed_by and texts.profile is ExportProfile.INTERNAL:
            reviewed = tr("{day} by {person}").format(day=reviewed, person=item.reviewed_by)
    return {
        "success_criterion": texts(item.success_criterion),
        "review_on": tr.short_date(item.review_on) if item.review_on else "",
        "review": tr(REVIEW_OUTCOME_LABELS[outcome.value]) if outcome else "",
        "review_id": outcome.value if outcome else "",
        "review_note": texts(item.review_note) if outcome else "",
        "reviewed": reviewed,
    }


def _reason(reason: str, tr: ReportLanguage) -> str:
    """A trigger reason, stored as an English sentence, in the report's language."""
    found = reason_template(reason) if tr.code != "en" else None
    if found is None:
        return reason
    template, values = found
    shown = {
        name: ", ".join(tr(question) for question in question_names(value))
        if name == "questions"
        else tr.number_text(value)
        for name, value in values.items()
    }
    return tr.core_template(template).format(**shown)


def _seconds(value: timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds())


def _metric_views(metrics: IncidentMetrics, tr: ReportLanguage) -> tuple[MetricView, ...]:
    rows = (
        (
            "time_to_detect",
            N_("Time to detect"),
            metrics.time_to_detect,
            N_("From impact start until the problem was noticed."),
        ),
        (
            "time_to_acknowledge",
            N_("Time to acknowledge"),
            metrics.time_to_acknowledge,
            N_("From impact start until someone took ownership."),
        ),
        (
            "time_to_mitigate",
            N_("Time to mitigate"),
            metrics.time_to_mitigate,
            N_("From impact start until the impact on users stopped."),
        ),
        (
            "time_to_resolve",
            N_("Time to resolve"),
            metrics.time_to_resolve,
            N_("From impact start until the incident was closed."),
        ),
        (
            "impact_duration",
            N_("Impact duration"),
            metrics.impact_duration,
            N_("How long users were affected."),
        ),
    )
    return tuple(
        MetricView(metric_id, tr(label), format_duration(value), _seconds(value), tr(description))
        for metric_id, label, value, description in rows
    )
