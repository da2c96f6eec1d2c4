"""The interchange format: one post-mortem, complete, as versioned JSON.

This is how post-mortems move between a laptop and a team database and how tests
build fixtures. Children are written in their stored order and refer to each other
by local refs ("e3", "w2"), so the output is deterministic and `load` → `dump`
gives back the same document. The schema is in resources/schema/; a document is
checked against it completely before anything is written (see interchange_check).

Publication records are history: `load` keeps them with a post-mortem it creates
(its history moves with it), and never adds, changes or removes one of a post-mortem
that is already stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmdesk.errors import UserFacingError
from pmdesk.models import (
    AcknowledgementKind,
    ActionItem,
    ActionStatus,
    ActionType,
    ContributingFactor,
    ImportBatch,
    KeyMoment,
    Language,
    Lesson,
    LessonKind,
    LintAcknowledgement,
    Participant,
    Postmortem,
    Priority,
    Publication,
    ReviewOutcome,
    Status,
    TimelineEvent,
    TriggerAssessment,
    Verdict,
    WhyNode,
)
from pmdesk.store.interchange_check import check_document
from pmdesk.store.load_merge import load_into
from pmdesk.store.queries import allocate_key

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "dump_postmortem",
    "dumps",
    "load_postmortem",
    "publications_not_loaded",
]

FORMAT_NAME = "pmdesk.postmortem"
FORMAT_VERSION = 1


def _time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"time {value!r} has no time zone")
    return parsed.astimezone(UTC)


def _follow_up(item: ActionItem) -> dict[str, Any]:
    """An action's follow-up, written only where set: files without it stay as they were."""
    written: dict[str, Any] = {}
    if item.completed_on is not None:
        written["completed_on"] = item.completed_on.isoformat()
    if item.success_criterion:
        written["success_criterion"] = item.success_criterion
    if item.review_on is not None:
        written["review_on"] = item.review_on.isoformat()
    if item.review_outcome is not None:
        written["review"] = {
            "outcome": item.review_outcome.value,
            "note": item.review_note,
            "reviewed_by": item.reviewed_by,
            "reviewed_at": _time(item.reviewed_at),
        }
    return written


# The keys of an action's follow-up in a file; `follow_up_fields` makes them columns.
FOLLOW_UP_KEYS = ("completed_on", "success_criterion", "review_on", "review")


def follow_up_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    def day(name: str) -> date | None:
        value = data.get(name)
        return date.fromisoformat(value) if value else None

    review = data.get("review")
    return {
        "completed_on": day("completed_on"),
        "success_criterion": data.get("success_criterion", ""),
        "review_on": day("review_on"),
        "review_outcome": ReviewOutcome(review["outcome"]) if review else None,
        "review_note": review["note"] if review else "",
        "reviewed_by": review["reviewed_by"] if review else "",
        "reviewed_at": _parse_time(review["reviewed_at"]) if review else None,
    }


def dump_postmortem(pm: Postmortem) -> dict[str, Any]:
    """Everything stored about `pm`, as a JSON-ready dict."""
    event_refs = {event.id: f"e{i}" for i, event in enumerate(pm.timeline_events, 1)}
    batch_refs = {batch.id: f"i{i}" for i, batch in enumerate(pm.import_batches, 1)}
    why_refs: dict[int, str] = {}
    for node in _walk(pm.why_chains):
        why_refs[node.id] = f"w{len(why_refs) + 1}"

    def why(node: WhyNode) -> dict[str, Any]:
        return {
            "ref": why_refs[node.id],
            "text": node.text,
            "is_root_cause": node.is_root_cause,
            "category": node.category,
            "evidence": _in_ref_order(event_refs[e.id] for e in node.evidence),
            "children": [why(child) for child in node.children],
        }

    ta = pm.trigger_assessment
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "postmortem": {
            "uuid": pm.uuid,
            "key": pm.key,
            "title": pm.title,
            "summary": pm.summary,
            "customer_impact": pm.customer_impact,
            "severity": pm.severity,
            "incident_start": _time(pm.incident_start),
            "incident_end": _time(pm.incident_end),
            "review_meeting_at": _time(pm.review_meeting_at),
            "status": pm.status.value,
            "facilitator": pm.facilitator,
            "language": pm.language.value,
            "tags": list(pm.tags),
            "services": list(pm.services),
            "created_at": _time(pm.created_at),
            "updated_at": _time(pm.updated_at),
            "version": pm.version,
            "facilitator_notes": pm.facilitator_notes,
            "participants": [_participant(p) for p in pm.participants],
            "trigger_assessment": None
            if ta is None
            else {
                "data_loss": ta.data_loss,
                "outage_minutes": ta.outage_minutes,
                "severity": ta.severity,
                "customers_affected": ta.customers_affected,
                "security_impact": ta.security_impact,
                "slo_budget_burned_pct": ta.slo_budget_burned_pct,
                "verdict": ta.verdict.value if ta.verdict else None,
                "reasons": list(ta.reasons),
                "override_verdict": ta.override_verdict.value if ta.override_verdict else None,
                "override_reason": ta.override_reason,
            },
            "imports": [
                {
                    "ref": batch_refs[b.id],
                    "source_label": b.source_label,
                    "file_name": b.file_name,
                    "format": b.format,
                    "imported_at": _time(b.imported_at),
                    "event_count": b.event_count,
                    "skipped_count": b.skipped_count,
                }
                for b in pm.import_batches
            ],
            "timeline": [
                {
                    "ref": event_refs[e.id],
                    "occurred_at": _time(e.occurred_at),
                    "text": e.text,
                    "original_time": e.original_time,
                    "source_zone": e.source_zone,
                    "source": e.source,
                    "author": e.author,
                    "kind": e.kind,
                    "key_moment": e.key_moment.value if e.key_moment else None,
                    "fingerprint": e.fingerprint,
                    "flags": list(e.flags),
                    "is_internal_only": e.is_internal_only,
                    "level": e.level,
                    "corroborates": event_refs[e.corroborates.id] if e.corroborates else None,
                    "import": batch_refs.get(e.import_batch_id) if e.import_batch_id else None,
                }
                for e in pm.timeline_events
            ],
            "why_chains": [why(root) for root in pm.why_chains],
            "action_items": [
                {
                    "title": a.title,
                    "description": a.description,
                    "type": a.type.value,
                    "owner": a.owner,
                    "priority": a.priority.value,
                    "due_on": a.due_on.isoformat() if a.due_on else None,
                    "status": a.status.value,
                    "tracker_url": a.tracker_url,
                    "root_causes": _in_ref_order(
                        why_refs[w.id] for w in a.root_causes if w.id in why_refs
                    ),
                    **_follow_up(a),
                }
                for a in pm.action_items
            ],
            "lessons": [
                {
                    "kind": lesson.kind.value,
                    "text": lesson.text,
                    "is_internal_only": lesson.is_internal_only,
                }
                for lesson in pm.lessons
            ],
            "contributing_factors": [
                {"text": f.text, "is_internal_only": f.is_internal_only}
                for f in pm.contributing_factors
            ],
            "acknowledgements": [
                {
                    "kind": a.kind.value,
                    "fingerprint": a.fingerprint,
                    "rule_id": a.rule_id,
                    "location": a.location,
                    "excerpt": a.excerpt,
                    "reason": a.reason,
                    "created_at": _time(a.created_at),
                }
                for a in pm.acknowledgements
            ],
            "publications": [_publication_record(p) for p in pm.publications],
        },
    }


def _publication_record(p: Publication) -> dict[str, Any]:
    return {
        "version": p.version,
        "postmortem_version": p.postmortem_version,
        "formats": list(p.formats),
        "profile": p.profile,
        "content_hash": p.content_hash,
        "published_at": _time(p.published_at),
        "gate_overrides": [dict(o) for o in p.gate_overrides],
    }


def _in_ref_order(refs: Iterable[str]) -> list[str]:
    # Link order is document order ("w2" before "w10"), not database id order, which
    # depends on how the unit of work happened to insert rows.
    return sorted(refs, key=lambda ref: int(ref[1:]))


def _participant(participant: Participant) -> dict[str, Any]:
    dumped: dict[str, Any] = {
        "name": participant.name,
        "role": participant.role,
        "team": participant.team,
    }
    # Written only when there are some, so files without handles read and write back
    # unchanged.
    if participant.handles:
        dumped["handles"] = list(participant.handles)
    return dumped


def dumps(pm: Postmortem) -> str:
    return json.dumps(dump_postmortem(pm), indent=2, ensure_ascii=False) + "\n"


def _walk(nodes: list[WhyNode]) -> Iterator[WhyNode]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def load_postmortem(
    session: Session, document: Any, *, trusted: bool = False
) -> tuple[Postmortem, bool]:
    """Create the post-mortem in `document`, or replace the one with the same UUID.

    The document is checked completely first, so a refused one changes nothing.
    `trusted` skips that check for a snapshot `dump_postmortem` has just made of a
    stored post-mortem (an export renders such a copy): what the database holds is
    rendered as it is, even when it predates today's limits.

    Returns:
        The post-mortem and whether it was newly created.

    Raises:
        UserFacingError: the document is not a pmdesk post-mortem of a known version,
            or a value in it is invalid (an `InvalidDocument` naming the field).
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise UserFacingError(
            "This file is not a pmdesk post-mortem.",
            "Choose a file written by 'pmdesk dump'.",
        )
    version = document.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise UserFacingError(
            f"This post-mortem file uses format version {version}, newer than this pmdesk "
            f"understands ({FORMAT_VERSION}).",
            "Update pmdesk to load it.",
        )
    if trusted:
        return _load(session, document["postmortem"])
    return _load(session, check_document(document))


def publications_not_loaded(pm: Postmortem, document: Mapping[str, Any]) -> list[int]:
    """Versions of the publication records in a loaded `document` that `pm` does not hold.

    They are what `load_postmortem` left out because `pm` was already stored.
    """
    stored = {p.version: _publication_record(p) for p in pm.publications}
    return [
        record["version"]
        for record in document["postmortem"]["publications"]
        if stored.get(record["version"])
        != {**record, "published_at": _time(_parse_time(record["published_at"]))}
    ]


def _load(session: Session, data: dict[str, Any]) -> tuple[Postmortem, bool]:
    existing = session.scalars(
        # Locked on PostgreSQL until the commit: no one saves it while the file merges.
        select(Postmortem).where(Postmortem.uuid == data["uuid"]).with_for_update()
    ).first()
    if existing is not None:
        # Changed in place, merged with what others changed since the file's version.
        load_into(session, existing, data)
        session.flush()
        return existing, False
    pm = Postmortem(uuid=data["uuid"], key=allocate_key(session, data["key"]))
    session.add(pm)
    pm.title = data["title"]
    pm.summary = data["summary"]
    pm.customer_impact = data["customer_impact"]
    pm.severity = data["severity"]
    pm.incident_start = _parse_time(data["incident_start"])
    pm.incident_end = _parse_time(data["incident_end"])
    # Files written before the review meeting was kept have none.
    pm.review_meeting_at = _parse_time(data.get("review_meeting_at"))
    pm.status = Status(data["status"])
    pm.facilitator = data["facilitator"]
    pm.language = Language(data["language"])
    pm.tags = list(data["tags"])
    pm.services = list(data["services"])
    pm.facilitator_notes = data["facilitator_notes"]
    pm.created_at = _parse_time(data["created_at"]) or pm.created_at
    pm.updated_at = _parse_time(data["updated_at"]) or pm.updated_at
    pm.version = int(data["version"])

    pm.participants = [
        Participant(
            name=p["name"],
            role=p["role"],
            team=p["team"],
            handles=[str(h) for h in p.get("handles", [])],
            position=i,
        )
        for i, p in enumerate(data["participants"])
    ]
    ta = data["trigger_assessment"]
    if ta is not None:
        pm.trigger_assessment = TriggerAssessment(
            data_loss=ta["data_loss"],
            outage_minutes=ta["outage_minutes"],
            severity=ta["severity"],
            customers_affected=ta["customers_affected"],
            security_impact=ta["security_impact"],
            slo_budget_burned_pct=ta["slo_budget_burned_pct"],
            verdict=Verdict(ta["verdict"]) if ta["verdict"] else None,
            reasons=list(ta["reasons"]),
            override_verdict=Verdict(ta["override_verdict"]) if ta["override_verdict"] else None,
            override_reason=ta["override_reason"],
        )

    batches: dict[str, ImportBatch] = {}
    for b in data["imports"]:
        batch = ImportBatch(
            source_label=b["source_label"],
            file_name=b["file_name"],
            format=b["format"],
            imported_at=_parse_time(b["imported_at"]),
            event_count=b["event_count"],
            skipped_count=b["skipped_count"],
        )
        batches[b["ref"]] = batch
        pm.import_batches.append(batch)

    events: dict[str, TimelineEvent] = {}
    for e in data["timeline"]:
        event = TimelineEvent(
            occurred_at=_parse_time(e["occurred_at"]),
            text=e["text"],
            original_time=e["original_time"],
            source_zone=e["source_zone"],
            source=e["source"],
            author=e["author"],
            kind=e["kind"],
            key_moment=KeyMoment(e["key_moment"]) if e["key_moment"] else None,
            fingerprint=e["fingerprint"],
            flags=list(e["flags"]),
            is_internal_only=e["is_internal_only"],
            # Files written before levels were kept have none.
            level=e.get("level"),
            import_batch=batches[e["import"]] if e["import"] else None,
        )
        events[e["ref"]] = event
        pm.timeline_events.append(event)
    for e in data["timeline"]:
        # Files written before corroboration was kept have none.
        if e.get("corroborates"):
            events[e["ref"]].corroborates = events[e["corroborates"]]

    whys: dict[str, WhyNode] = {}

    def add_why(item: dict[str, Any], parent: WhyNode | None, position: int) -> None:
        node = WhyNode(
            text=item["text"],
            is_root_cause=item["is_root_cause"],
            category=item["category"],
            position=position,
            parent=parent,
            evidence=[events[ref] for ref in item["evidence"]],
        )
        whys[item["ref"]] = node
        pm.why_nodes.append(node)
        for child_position, child in enumerate(item["children"]):
            add_why(child, node, child_position)

    for position, chain in enumerate(data["why_chains"]):
        add_why(chain, None, position)

    for position, a in enumerate(data["action_items"]):
        pm.action_items.append(
            ActionItem(
                title=a["title"],
                description=a["description"],
                type=ActionType(a["type"]),
                owner=a["owner"],
                priority=Priority(a["priority"]),
                due_on=date.fromisoformat(a["due_on"]) if a["due_on"] else None,
                status=ActionStatus(a["status"]),
                tracker_url=a["tracker_url"],
                position=position,
                root_causes=[whys[ref] for ref in a["root_causes"]],
                **follow_up_fields(a),
            )
        )
    pm.lessons = [
        Lesson(
            kind=LessonKind(item["kind"]),
            text=item["text"],
            is_internal_only=item["is_internal_only"],
            position=i,
        )
        for i, item in enumerate(data["lessons"])
    ]
    pm.contributing_factors = [
        ContributingFactor(text=f["text"], is_internal_only=f["is_internal_only"], position=i)
        for i, f in enumerate(data["contributing_factors"])
    ]
    pm.acknowledgements = [
        LintAcknowledgement(
            kind=AcknowledgementKind(a["kind"]),
            fingerprint=a["fingerprint"],
            rule_id=a["rule_id"],
            location=a["location"],
            excerpt=a["excerpt"],
            reason=a["reason"],
            created_at=_parse_time(a["created_at"]),
        )
        for a in data["acknowledgements"]
    ]
    pm.publications = [
        Publication(
            version=p["version"],
            postmortem_version=p["postmortem_version"],
            formats=list(p["formats"]),
            profile=p["profile"],
            content_hash=p["content_hash"],
            published_at=_parse_time(p["published_at"]),
            gate_overrides=[dict(o) for o in p["gate_overrides"]],
        )
        for p in data["publications"]
    ]
    session.flush()
    return pm, True
