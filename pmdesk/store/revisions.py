"""The audit trail: every committed save records who changed what, field by field.

Every writer — the app, the CLI, `load`, an import — goes through a Session flush, so
the record is made there, with no call of its own (the hooks are registered in
store.engine, beside the version bump): before a flush, `collect` reads the changes
from SQLAlchemy's attribute history, the one moment the old values are known; after
it, `write` gives new parts their ids and stores one `Revision` row per post-mortem
and transaction.

A change is an entry in the row's `changes`:

    {"part": "timeline_event", "id": 12, "label": "Event 09:14",
     "field": "text", "old": "…", "new": "…"}
    {"part": "lesson", "id": 3, "label": "Lesson “…”", "added": {field: value, …}}
    {"part": "why", "id": 7, "label": "Why “…”", "removed": {field: value, …}}

Values are JSON: enums by value, times as ISO UTC, links (a why's evidence, an
action item's root causes, a why's parent) as ids. Private facilitator notes are
recorded as changed, never with their text (`"private": true`).

Typing saves every 400 ms; a row per save would bury the history. So a save by the
same author that changes only what the post-mortem's latest revision already
changed, within COALESCE_WINDOW of it and with nobody in between, is folded into
that row (its `version` moves on, its old values stay). A row therefore covers the
versions after `base_version` up to `version`, and lists every field changed in
them: what others changed since a version is exactly the rows after it.
"""

from __future__ import annotations

import dataclasses
import getpass
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import MANYTOONE

from pmdesk.models import (
    ActionItem,
    ContributingFactor,
    ImportBatch,
    Lesson,
    LintAcknowledgement,
    Participant,
    Postmortem,
    Publication,
    Revision,
    TimelineEvent,
    TriggerAssessment,
    WhyNode,
    utc_now,
)

__all__ = [
    "AUTHOR_KEY",
    "COALESCE_WINDOW",
    "LINK_FIELDS",
    "PART_NAMES",
    "PRIVATE_FIELDS",
    "Change",
    "Gist",
    "author_of",
    "changes_of",
    "collect",
    "current_author",
    "describe_change",
    "entry_key",
    "field_label",
    "field_labels",
    "forget",
    "gather",
    "gists",
    "history",
    "label_of",
    "part_label",
    "revisions_since",
    "snapshot",
    "to_json",
    "write",
]

# Session.info key: who this session's changes are by (else `current_author()`).
AUTHOR_KEY = "pmdesk.author"
COALESCE_WINDOW = timedelta(minutes=2)
_FLUSH_KEY = "pmdesk.revisions.flush"
_TRANSACTION_KEY = "pmdesk.revisions.transaction"

PART_NAMES: dict[type, str] = {
    Postmortem: "postmortem",
    Participant: "participant",
    TimelineEvent: "timeline_event",
    WhyNode: "why",
    ActionItem: "action_item",
    Lesson: "lesson",
    ContributingFactor: "contributing_factor",
    TriggerAssessment: "trigger_assessment",
    LintAcknowledgement: "acknowledgement",
    ImportBatch: "import_batch",
    Publication: "publication",
}
_PART_ORDER = {kind: position for position, kind in enumerate(PART_NAMES)}
_PART_LABELS = {
    "postmortem": "Post-mortem",
    "participant": "Participant",
    "timeline_event": "Event",
    "why": "Why",
    "action_item": "Action item",
    "lesson": "Lesson",
    "contributing_factor": "Contributing factor",
    "trigger_assessment": "Trigger check",
    "acknowledgement": "Kept finding",
    "import_batch": "Import",
    "publication": "Publication",
}
_FIELD_LABELS = {
    "title": "Title",
    "summary": "Summary",
    "customer_impact": "Customer impact",
    "severity": "Severity",
    "incident_start": "Incident start",
    "incident_end": "Incident end",
    "review_meeting_at": "Review meeting",
    "status": "Status",
    "facilitator": "Facilitator",
    "language": "Language",
    "tags": "Tags",
    "services": "Services",
    "facilitator_notes": "Facilitator notes",
    "name": "Name",
    "role": "Role",
    "team": "Team",
    "handles": "Handles",
    "position": "Order",
    "occurred_at": "Time",
    "text": "Text",
    "original_time": "Original time",
    "source_zone": "Source time zone",
    "source": "Source",
    "author": "Author",
    "kind": "Kind",
    "key_moment": "Key moment",
    "flags": "Flags",
    "is_internal_only": "Internal only",
    "import_batch_id": "Import",
    "parent_id": "Parent why",
    "is_root_cause": "Root cause",
    "category": "Category",
    "evidence": "Evidence",
    "description": "Description",
    "type": "Type",
    "owner": "Owner",
    "priority": "Priority",
    "due_on": "Due date",
    "tracker_url": "Tracker link",
    "root_causes": "Root causes",
    "data_loss": "Data loss",
    "outage_minutes": "Outage minutes",
    "customers_affected": "Customers affected",
    "security_impact": "Security impact",
    "slo_budget_burned_pct": "SLO budget burned",
    "verdict": "Verdict",
    "reasons": "Reasons",
    "override_verdict": "Overridden verdict",
    "override_reason": "Reason for the override",
    "rule_id": "Rule",
    "location": "Location",
    "excerpt": "Excerpt",
    "reason": "Reason",
    "fingerprint": "Fingerprint",
    "source_label": "Source",
    "file_name": "File",
    "format": "Format",
}
# Bookkeeping, not content: the version bump and the row's own keys.
_NOT_RECORDED = frozenset({"id", "postmortem_id", "version", "updated_at"})
# Links to other parts: their values are lists of ids.
LINK_FIELDS = frozenset({"evidence", "root_causes"})
# Kept out of the history: the facilitator's private notes.
PRIVATE_FIELDS = frozenset({("postmortem", "facilitator_notes")})


def current_author() -> str:
    """Who changes are by when their session does not say (AUTHOR_KEY): the author
    name in the preferences, else the login name."""
    from pmdesk.settings import default_paths, load_preferences

    preferences, _notice = load_preferences(default_paths().preferences_file)
    if preferences.author_name.strip():
        return preferences.author_name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return os.environ.get("USER") or "unknown"


# --- describing parts and values -------------------------------------------------------


def part_label(part: str) -> str:
    """What a kind of part is called ("timeline_event": "Event")."""
    return _PART_LABELS.get(part, part.replace("_", " ").capitalize())


def field_label(field: str) -> str:
    """What a field is called ("customer_impact": "Customer impact")."""
    return _FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def _short(text: str | None, limit: int = 40) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def label_of(instance: object) -> str:
    """A short name people recognise a part by ("Event 09:14", "Lesson “…”")."""
    part = PART_NAMES.get(type(instance), "")
    name = part_label(part)
    detail: str | None = None
    if isinstance(instance, Postmortem):
        return instance.key or name
    if isinstance(instance, TimelineEvent):
        moment = instance.__dict__.get("occurred_at")
        detail = moment.astimezone(UTC).strftime("%H:%M") if moment else None
        return f"{name} {detail}" if detail else name
    if isinstance(instance, Participant):
        return f"{name} {_short(instance.name)}".strip()
    if isinstance(instance, ActionItem):
        detail = instance.title
    elif isinstance(instance, WhyNode | Lesson | ContributingFactor):
        detail = instance.text
    elif isinstance(instance, LintAcknowledgement):
        return f"{name} {instance.rule_id}".strip()
    elif isinstance(instance, ImportBatch):
        return f"{name} {_short(instance.source_label or instance.file_name)}".strip()
    elif isinstance(instance, Publication):
        return f"{name} {instance.version}"
    short = _short(detail)
    return f"{name} “{short}”" if short else name


def to_json(value: Any) -> Any:
    """`value` as the history stores it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if type(value) in PART_NAMES:
        return _id(value)
    return value


def _id(instance: object) -> int | None:
    # The key attribute, not the identity: a part inserted by this flush has its id
    # before it has an identity.
    ident = getattr(instance, "id", None)
    return ident if isinstance(ident, int) else None


def entry_key(entry: Mapping[str, Any]) -> tuple[str, Any, str | None]:
    """(part, id, field) of a field change; (part, id, None) of an added or removed part."""
    return entry["part"], entry["id"], entry.get("field")


# --- before a flush: what changes -------------------------------------------------------


@dataclass
class Change:
    """One change a flush is about to write, as the objects have it (links as objects)."""

    instance: object
    what: str  # "field", "added" or "removed"
    field: str | None = None
    old: Any = None
    new: Any = None
    # The values a removed part had before this change.
    snapshot: dict[str, Any] | None = None


def _columns(instance: object) -> list[str]:
    return [
        attr.key for attr in inspect(instance).mapper.column_attrs if attr.key not in _NOT_RECORDED
    ]


def _old(instance: object, key: str) -> Any:
    history = inspect(instance).attrs[key].history
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return getattr(instance, key)


def _link_fields(instance: object) -> list[tuple[str, str, bool]]:
    """(relationship, recorded field, is a list) of the links a part has to others."""
    fields = []
    for relationship in inspect(instance).mapper.relationships:
        if relationship.viewonly or relationship.key == "postmortem":
            continue
        if relationship.secondary is not None:
            fields.append((relationship.key, relationship.key, True))
        elif relationship.direction is MANYTOONE:
            (column,) = relationship.local_columns
            fields.append((relationship.key, str(column.key), False))
    return fields


def snapshot(instance: object, *, old: bool) -> dict[str, Any]:
    """The values of a part (its links as objects): as stored (`old`), or as now."""
    values = {
        key: (_old(instance, key) if old else getattr(instance, key)) for key in _columns(instance)
    }
    for key, field, is_list in _link_fields(instance):
        if is_list:
            values[field] = list(_old_links(instance, key) if old else getattr(instance, key))
        elif old:
            history = inspect(instance).attrs[key].history
            if history.deleted:
                values[field] = history.deleted[0]
    return values


def _old_links(instance: object, key: str) -> list[object]:
    history = inspect(instance).attrs[key].history
    if not history.has_changes():
        return list(getattr(instance, key))
    return [*history.unchanged, *history.deleted]


def _field_changes(instance: object) -> list[Change]:
    state = inspect(instance)
    changes: list[Change] = []
    linked: set[str] = set()
    for key, field, is_list in _link_fields(instance):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        linked.add(field)
        if is_list:
            old: Any = _old_links(instance, key)
            new: Any = [*history.unchanged, *history.added]
        else:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
        changes.append(Change(instance, "field", field, old, new))
    for key in _columns(instance):
        if key in linked:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if to_json(old) != to_json(new):
            changes.append(Change(instance, "field", key, old, new))
    return changes


def _is_removed(session: Session, instance: object, postmortem: Postmortem) -> bool:
    if instance in session.deleted:
        return True
    # Taken out of a delete-orphan collection: deleted by this flush.
    owner = getattr(instance, "postmortem", None)
    return owner is not postmortem


def changes_of(
    session: Session, touched: Mapping[Postmortem, Sequence[object]]
) -> dict[Postmortem, list[Change]]:
    """What the next flush writes in each post-mortem of `touched` (its changed
    instances, removed ones included: store.engine.changed_instances)."""
    found: dict[Postmortem, list[Change]] = {}
    for postmortem, instances in touched.items():
        if postmortem in session.new:
            found[postmortem] = [Change(postmortem, "added")]
            continue
        changes: list[Change] = []
        parts = [instance for instance in instances if type(instance) in PART_NAMES]
        for instance in sorted(parts, key=_stored_order):
            if instance in session.new:
                changes.append(Change(instance, "added"))
            elif instance is not postmortem and _is_removed(session, instance, postmortem):
                changes.append(Change(instance, "removed", snapshot=snapshot(instance, old=True)))
            else:
                changes.extend(_field_changes(instance))
        found[postmortem] = changes
    return found


def _stored_order(instance: object) -> tuple[int, bool, int]:
    # The session hands out changed instances in no particular order: a revision
    # lists the post-mortem first, then its parts by kind and age (new ones last).
    ident = _id(instance)
    return _PART_ORDER[type(instance)], ident is None, ident or 0


def collect(session: Session, touched: Mapping[Postmortem, Sequence[object]]) -> None:
    """Before a flush: note what it changes, for `gather` once it is done."""
    session.info[_FLUSH_KEY] = changes_of(session, touched)


# --- after a flush: store it ---------------------------------------------------------------


def _entry(change: Change) -> dict[str, Any]:
    instance = change.instance
    part = PART_NAMES[type(instance)]
    private = {field for owner, field in PRIVATE_FIELDS if owner == part}
    entry: dict[str, Any] = {
        "part": part,
        "id": _id(instance),
        "label": label_of(instance),
    }
    if change.what == "added":
        values = snapshot(instance, old=False)
        entry["added"] = to_json({k: v for k, v in values.items() if k not in private})
    elif change.what == "removed":
        values = change.snapshot or {}
        entry["removed"] = to_json({k: v for k, v in values.items() if k not in private})
    elif (part, change.field) in PRIVATE_FIELDS:
        entry.update(field=change.field, private=True)
    else:
        entry.update(field=change.field, old=to_json(change.old), new=to_json(change.new))
    return entry


def combine(
    earlier: Sequence[Mapping[str, Any]], later: Iterable[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The entries of two consecutive runs of changes as one: a field keeps its first old
    value and takes its last new one; changes to a part added in `earlier` go into
    what was added; a part added and removed again is gone."""
    entries = [dict(entry) for entry in earlier]

    def find(part: str, ident: Any, field: str | None) -> dict[str, Any] | None:
        return next(
            (e for e in entries if entry_key(e) == (part, ident, field)),
            None,
        )

    for change in later:
        part, ident, field = entry_key(change)
        added = find(part, ident, None)
        added = added if added is not None and "added" in added else None
        if field is not None:
            if added is not None:
                if "new" in change:
                    added["added"] = {**added["added"], field: change["new"]}
                added["label"] = change["label"]
                continue
            same = find(part, ident, field)
            if same is None:
                entries.append(dict(change))
            elif "private" not in same:
                same.update(new=change["new"], label=change["label"])
                if same["old"] == same["new"]:
                    entries.remove(same)
            continue
        if "removed" in change:
            before = [e for e in entries if e["part"] == part and e["id"] == ident]
            for e in before:
                entries.remove(e)
            if added is not None:
                continue  # added and removed again: as if nothing happened
            removed = dict(change)
            # What was removed is shown as it was before this run changed it.
            olds = {e["field"]: e["old"] for e in before if "old" in e}
            removed["removed"] = {**change["removed"], **olds}
            entries.append(removed)
        else:
            entries.append(dict(change))
    return entries


def _covered(
    row_changes: Sequence[Mapping[str, Any]], entries: Sequence[Mapping[str, Any]]
) -> bool:
    """Whether `entries` change only fields that `row_changes` already changed (never
    a creation: what was created stays as it was)."""
    if any(e["part"] == "postmortem" and "added" in e for e in row_changes):
        return False
    fields = {entry_key(e) for e in row_changes if "field" in e}
    added = {(e["part"], e["id"]) for e in row_changes if "added" in e}
    return all(
        "field" in e and (entry_key(e) in fields or (e["part"], e["id"]) in added) for e in entries
    )


@dataclass
class _Unsaved:
    """What this transaction changed in one post-mortem so far."""

    # When it created the post-mortem: that, as created. A creation is a revision of
    # its own, so that every later change is a field entry one can undo.
    creation: list[dict[str, Any]] | None = None
    # How many flushes bumped its version: the version before them is the base.
    bumps: int = 0
    entries: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def gather(session: Session) -> None:
    """After a flush: add what it changed (see `collect`) to the transaction's changes;
    the parts it inserted have their ids now."""
    pending: dict[Postmortem, list[Change]] | None = session.info.pop(_FLUSH_KEY, None)
    if not pending:
        return
    unsaved: dict[Postmortem, _Unsaved] = session.info.setdefault(_TRANSACTION_KEY, {})
    for postmortem, changes in pending.items():
        record = unsaved.setdefault(postmortem, _Unsaved())
        entries = [_entry(change) for change in changes]
        if any(c.instance is postmortem and c.what == "added" for c in changes):
            record.creation = entries
        else:
            record.bumps += 1
            record.entries = combine(record.entries, entries)


def write(session: Session) -> dict[int, int]:
    """Before a commit: store one revision per post-mortem the transaction changed,
    or fold it into the latest one (see COALESCE_WINDOW). Returns the versions the
    commit gives those post-mortems, by id."""
    session.flush()
    unsaved: dict[Postmortem, _Unsaved] = session.info.pop(_TRANSACTION_KEY, {})
    if not unsaved:
        return {}
    connection = session.connection()
    by_id = {pm.id: record for pm, record in unsaved.items()}
    versions: dict[int, int] = {
        row.id: row.version
        for row in connection.execute(
            select(Postmortem.id, Postmortem.version).where(Postmortem.id.in_(by_id))
        )
    }
    author = author_of(session)
    now = utc_now()

    def add(postmortem_id: int, base: int, version: int, changes: list[dict[str, Any]]) -> None:
        connection.execute(
            insert(Revision).values(
                postmortem_id=postmortem_id,
                base_version=base,
                version=version,
                author=author,
                created_at=now,
                updated_at=now,
                changes=changes,
            )
        )

    for postmortem_id, record in by_id.items():
        if postmortem_id not in versions:
            continue  # deleted since
        version = versions[postmortem_id]
        base = version - record.bumps
        if record.creation is not None:
            add(postmortem_id, base, base, record.creation)
            if record.bumps:
                add(postmortem_id, base, version, record.entries)
            continue
        last = connection.execute(
            select(Revision.id, Revision.author, Revision.version, Revision.updated_at)
            .add_columns(Revision.changes)
            .where(Revision.postmortem_id == postmortem_id)
            .order_by(Revision.version.desc(), Revision.id.desc())
            .limit(1)
        ).first()
        if (
            last is not None
            and last.author == author
            and last.version == base
            and now - last.updated_at <= COALESCE_WINDOW
            and _covered(last.changes, record.entries)
        ):
            connection.execute(
                update(Revision)
                .where(Revision.id == last.id)
                .values(
                    version=version, updated_at=now, changes=combine(last.changes, record.entries)
                )
            )
        else:
            add(postmortem_id, base, version, record.entries)
    return versions


def forget(session: Session) -> None:
    """The transaction ended: what it noted is stored, or rolled back with it."""
    session.info.pop(_TRANSACTION_KEY, None)
    session.info.pop(_FLUSH_KEY, None)


def author_of(session: Session) -> str:
    """Who `session`'s changes are by."""
    named = session.info.get(AUTHOR_KEY)
    return str(named).strip() if named and str(named).strip() else current_author()


# --- reading the history -----------------------------------------------------------------


def history(session: Session, postmortem_id: int) -> list[Revision]:
    """The revisions of a post-mortem, newest first."""
    return list(
        session.scalars(
            select(Revision)
            .where(Revision.postmortem_id == postmortem_id)
            .order_by(Revision.version.desc(), Revision.id.desc())
        )
    )


def revisions_since(
    session: Session, postmortem_id: int, version: int, up_to: int
) -> tuple[list[Revision], bool]:
    """The revisions after `version` up to `up_to`, oldest first, and whether they
    account for every version in between (history before the upgrade that added
    revisions, or a writer that bypassed pmdesk, leaves gaps)."""
    found = list(
        session.scalars(
            select(Revision)
            .where(Revision.postmortem_id == postmortem_id, Revision.version > version)
            .order_by(Revision.version, Revision.id)
        )
    )
    reached = version
    for revision in found:
        if revision.base_version > reached:
            break
        reached = max(reached, revision.version)
    return found, reached >= up_to


def field_labels() -> list[str]:
    """Every name `field_label` and `part_label` give (for translations)."""
    return [*_FIELD_LABELS.values(), *_PART_LABELS.values()]


def _value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return f"“{_short(str(value), 60)}”" if isinstance(value, str) else str(value)


def describe_change(entry: Mapping[str, Any]) -> str:
    """One line for a change, as `pmdesk history` prints it."""
    label = entry.get("label") or part_label(entry["part"])
    if "added" in entry:
        return f"Created {label}" if entry["part"] == "postmortem" else f"Added {label}"
    if "removed" in entry:
        return f"Removed {label}"
    name = field_label(entry["field"])
    if entry.get("private"):
        return f"{label}: {name} changed (private, not recorded)"
    if entry["field"] in LINK_FIELDS:
        return f"{label}: {name} {len(entry['old'])} → {len(entry['new'])} linked"
    return f"{label}: {name} {_value_text(entry['old'])} → {_value_text(entry['new'])}"


@dataclass
class Gist:
    """What one person changed in some revisions, for a short note ("Priya added 2
    events"): how many parts of each kind they added and removed, and the names of
    the post-mortem's fields (then of kinds of parts) whose values they changed."""

    author: str
    added: dict[str, int] = dataclasses.field(default_factory=dict)
    removed: dict[str, int] = dataclasses.field(default_factory=dict)
    changed: list[str] = dataclasses.field(default_factory=list)


def gists(revisions: Iterable[Revision]) -> list[Gist]:
    """The gist of `revisions` per author, in the order they first saved."""
    found: dict[str, Gist] = {}
    for revision in revisions:
        gist = found.setdefault(revision.author, Gist(revision.author))
        for entry in revision.changes:
            part = entry["part"]
            if "added" in entry:
                gist.added[part] = gist.added.get(part, 0) + 1
            elif "removed" in entry:
                gist.removed[part] = gist.removed.get(part, 0) + 1
            else:
                name = entry["field"] if part == "postmortem" else part
                if name not in gist.changed:
                    gist.changed.append(name)
    return list(found.values())
