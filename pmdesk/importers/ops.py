"""Ops data: Kubernetes events, PagerDuty log entries, Opsgenie alert logs, GitHub."""

from __future__ import annotations

from typing import Any

from ._common import TimeReader, as_dict, dig, list_targets, stream_document, text_or_none
from ._io import InputSource, check_text_head
from ._model import ImportedEvent
from ._sink import Sink
from .applogs import parse_log_time

__all__ = ["import_github", "import_k8s_events", "import_opsgenie", "import_pagerduty"]


def _time(reader: TimeReader, value: Any) -> tuple[Any, str, str, bool, tuple[str, ...]] | None:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    return parse_log_time(value, reader.clock)


# --- Kubernetes ---------------------------------------------------------------


def import_k8s_events(source: InputSource, sink: Sink) -> None:
    """Import ``kubectl get events -o json`` (core/v1 or events.k8s.io/v1) or exporter lines."""
    member = source.single()
    targets, multiple = list_targets(check_text_head(member), "items")
    reader = TimeReader(sink, member.name)
    for number, _, item in stream_document(
        member, sink, targets, "Kubernetes events", multiple=multiple
    ):
        event = _k8s_event(item, reader)
        if isinstance(event, str):
            sink.skip(number, f"item {number}: {event}")
        else:
            sink.add(event)


def _k8s_event(item: Any, reader: TimeReader) -> ImportedEvent | str:
    if not isinstance(item, dict):
        return "not an object"
    first = (
        item.get("firstTimestamp")
        or item.get("deprecatedFirstTimestamp")
        or item.get("eventTime")
        or dig(item, "metadata", "creationTimestamp")
    )
    parts = _time(reader, first)
    if parts is None:
        return "no readable time (firstTimestamp, eventTime, creationTimestamp)"
    moment, original, zone, assumed, flags = parts
    obj = item.get("involvedObject") or item.get("regarding") or {}
    if not isinstance(obj, dict):
        obj = {}
    kind = text_or_none(obj.get("kind")) or "object"
    name = text_or_none(obj.get("name")) or "?"
    namespace = (
        text_or_none(obj.get("namespace"))
        or text_or_none(dig(item, "metadata", "namespace"))
        or "cluster"
    )
    reason = text_or_none(item.get("reason")) or "Event"
    message = text_or_none(item.get("message")) or text_or_none(item.get("note")) or ""
    count = item.get("count") or item.get("deprecatedCount") or dig(item, "series", "count")
    last = (
        item.get("lastTimestamp")
        or item.get("deprecatedLastTimestamp")
        or dig(item, "series", "lastObservedTime")
    )
    text = f"{reason} {kind}/{name}: {message}".rstrip(": ")
    if isinstance(count, int) and not isinstance(count, bool) and count > 1:
        text += f" (seen {count} times" + (f", last at {last})" if isinstance(last, str) else ")")
    author = (
        text_or_none(item.get("reportingComponent"))
        or text_or_none(item.get("reportingController"))
        or text_or_none(dig(item, "source", "component"))
    )
    uid = text_or_none(dig(item, "metadata", "uid"))
    event_type = item.get("type")
    return ImportedEvent(
        time_utc=moment,
        original_time=original,
        source_zone=zone,
        zone_assumed=assumed,
        source=f"k8s {namespace}",
        author=author,
        text=text,
        kind="k8s-event",
        native_id=f"k8s:{uid}" if uid else None,
        flags=flags,
        level="warning" if event_type == "Warning" else "info",
    )


# --- PagerDuty ----------------------------------------------------------------

_PD_NAMES = {
    "trigger_log_entry": "Triggered",
    "notify_log_entry": "Notified",
    "acknowledge_log_entry": "Acknowledged",
    "unacknowledge_log_entry": "Unacknowledged",
    "escalate_log_entry": "Escalated",
    "assign_log_entry": "Assigned",
    "annotate_log_entry": "Note",
    "snooze_log_entry": "Snoozed",
    "resolve_log_entry": "Resolved",
    "link_log_entry": "Linked",
}


def import_pagerduty(source: InputSource, sink: Sink) -> None:
    """Import PagerDuty incident log entries (``{"log_entries": [...]}``) or notes."""
    member = source.single()
    head = check_text_head(member)
    targets, multiple = list_targets(head, "log_entries", "notes", "incidents")
    if targets == frozenset({()}) and b'"incident"' in head and b'"event"' not in head:
        targets = frozenset({("incident",)})
    reader = TimeReader(sink, member.name)
    for number, path, entry in stream_document(
        member, sink, targets, "PagerDuty log entries", multiple=multiple
    ):
        if isinstance(entry, dict) and ("incident_number" in entry or "event_type" in entry):
            produced = _pagerduty_incident(entry, reader)
        elif isinstance(entry, dict) and isinstance(entry.get("event"), dict):
            produced = _pagerduty_incident(entry["event"], reader)
        else:
            single = _pagerduty_event(entry, reader, is_note=path[:1] == ("notes",))
            produced = single if isinstance(single, str) else [single]
        if isinstance(produced, str):
            sink.skip(number, f"entry {number}: {produced}")
            continue
        for event in produced:
            sink.add(event)


def _pagerduty_incident(record: dict[str, Any], reader: TimeReader) -> list[ImportedEvent] | str:
    """An incident object (created, resolved) or a webhook v3 event."""
    events: list[ImportedEvent] = []
    if "event_type" in record:
        data = as_dict(record.get("data"))
        title = text_or_none(data.get("title")) or text_or_none(data.get("summary")) or ""
        what = str(record.get("event_type"))
        moments = [(record.get("occurred_at"), f"{what}: {title}".rstrip(": "), "event")]
        author = text_or_none(dig(record, "agent", "summary"))
    else:
        number = record.get("incident_number")
        title = text_or_none(record.get("title")) or text_or_none(record.get("summary")) or ""
        moments = [(record.get("created_at"), f"Incident #{number} created: {title}", "created")]
        if record.get("resolved_at"):
            moments.append((record.get("resolved_at"), f"Incident #{number} resolved", "resolved"))
        author = None
    identifier = record.get("id")
    for when, text, suffix in moments:
        parts = _time(reader, when)
        if parts is None:
            continue
        moment, original, zone, assumed, flags = parts
        events.append(
            ImportedEvent(
                time_utc=moment,
                original_time=original,
                source_zone=zone,
                zone_assumed=assumed,
                source="pagerduty",
                author=author,
                text=text,
                kind="alert",
                native_id=f"pagerduty:{identifier}:{suffix}" if identifier else None,
                flags=flags,
                level="error" if suffix == "created" or "triggered" in text else None,
            )
        )
    return events or "no readable time"


def _pagerduty_event(entry: Any, reader: TimeReader, *, is_note: bool) -> ImportedEvent | str:
    if not isinstance(entry, dict):
        return "not an object"
    parts = _time(reader, entry.get("created_at"))
    if parts is None:
        return "no readable created_at"
    moment, original, zone, assumed, flags = parts
    entry_type = text_or_none(entry.get("type")) or ""
    summary = text_or_none(entry.get("summary")) or ""
    channel = as_dict(entry.get("channel"))
    if is_note or "content" in entry:
        text = f"Note: {text_or_none(entry.get('content')) or summary}"
        author = text_or_none(dig(entry, "user", "summary"))
    else:
        if entry_type == "annotate_log_entry":
            note = text_or_none(channel.get("summary")) or text_or_none(channel.get("content"))
            text = f"Note: {note}" if note else summary
        else:
            text = summary or _PD_NAMES.get(entry_type, entry_type or "Log entry")
            channel_summary = text_or_none(channel.get("summary"))
            if (
                channel_summary
                and entry_type == "trigger_log_entry"
                and channel_summary not in text
            ):
                text = f"{text}: {channel_summary}"
        author = text_or_none(dig(entry, "agent", "summary"))
    if not text.strip():
        return "empty entry"
    identifier = entry.get("id")
    level = None
    if entry_type == "trigger_log_entry":
        level = "error"
    return ImportedEvent(
        time_utc=moment,
        original_time=original,
        source_zone=zone,
        zone_assumed=assumed,
        source="pagerduty",
        author=author,
        text=text,
        kind="note" if text.startswith("Note: ") else "alert",
        native_id=f"pagerduty:{identifier}" if isinstance(identifier, str) else None,
        flags=flags,
        level=level,
    )


# --- Opsgenie -----------------------------------------------------------------


def import_opsgenie(source: InputSource, sink: Sink) -> None:
    """Import an Opsgenie alert log or notes response (``{"data": [...]}``).

    ``offset`` in these records is a paging cursor, not a time-zone offset.
    """
    member = source.single()
    targets, multiple = list_targets(check_text_head(member), "data")
    reader = TimeReader(sink, member.name)
    for number, _, entry in stream_document(
        member, sink, targets, "Opsgenie alert logs", multiple=multiple
    ):
        if not isinstance(entry, dict):
            sink.skip(number, f"entry {number}: not an object")
            continue
        parts = _time(reader, entry.get("createdAt"))
        if parts is None:
            sink.skip(number, f"entry {number}: no readable createdAt")
            continue
        note = text_or_none(entry.get("note"))
        text = note or text_or_none(entry.get("log"))
        if text is None:
            sink.skip(number, f"entry {number}: no log text")
            continue
        moment, original, zone, assumed, flags = parts
        sink.add(
            ImportedEvent(
                time_utc=moment,
                original_time=original,
                source_zone=zone,
                zone_assumed=assumed,
                source="opsgenie",
                author=text_or_none(entry.get("owner")),
                text=f"Note: {text}" if note else text,
                kind="note" if note else "alert",
                native_id=None,
                flags=flags,
            )
        )


# --- GitHub -------------------------------------------------------------------


def import_github(source: InputSource, sink: Sink) -> None:
    """Import GitHub deployments, deployment statuses or Actions workflow runs (REST JSON)."""
    member = source.single()
    targets, multiple = list_targets(check_text_head(member), "workflow_runs", "deployments")
    reader = TimeReader(sink, member.name)
    for number, _, record in stream_document(
        member, sink, targets, "GitHub deployments or workflow runs", multiple=multiple
    ):
        if not isinstance(record, dict):
            sink.skip(number, f"record {number}: not an object")
            continue
        if "workflowName" in record or "databaseId" in record:
            produced = _github_run(_from_gh_cli(record), reader)
        elif "run_number" in record or "workflow_id" in record:
            produced = _github_run(record, reader)
        elif "state" in record and ("deployment_url" in record or "target_url" in record):
            produced = _github_status(record, reader)
        elif "sha" in record and "environment" in record:
            produced = _github_deployment(record, reader)
        else:
            produced = "not a deployment, deployment status or workflow run"
        if isinstance(produced, str):
            sink.skip(number, f"record {number}: {produced}")
            continue
        for event in produced:
            sink.add(event)


_GH_CLI_FIELDS = {
    "workflowName": "name",
    "displayTitle": "display_title",
    "number": "run_number",
    "databaseId": "id",
    "attempt": "run_attempt",
    "headBranch": "head_branch",
    "headSha": "head_sha",
    "createdAt": "created_at",
    "startedAt": "run_started_at",
    "updatedAt": "updated_at",
}


def _from_gh_cli(record: dict[str, Any]) -> dict[str, Any]:
    """``gh run list --json …`` output uses camelCase names for the REST fields."""
    return {_GH_CLI_FIELDS.get(key, key): value for key, value in record.items()}


def _login(record: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        login = text_or_none(dig(record, key, "login"))
        if login:
            return login
    return None


def _gh_event(
    reader: TimeReader,
    when: Any,
    *,
    author: str | None,
    text: str,
    kind: str,
    native_id: str | None,
    level: str | None = None,
) -> ImportedEvent | None:
    parts = _time(reader, when)
    if parts is None:
        return None
    moment, original, zone, assumed, flags = parts
    return ImportedEvent(
        time_utc=moment,
        original_time=original,
        source_zone=zone,
        zone_assumed=assumed,
        source="github",
        author=author,
        text=text,
        kind=kind,
        native_id=native_id,
        flags=flags,
        level=level,
    )


def _github_deployment(record: dict[str, Any], reader: TimeReader) -> list[ImportedEvent] | str:
    sha = text_or_none(record.get("sha")) or ""
    ref = text_or_none(record.get("ref")) or sha[:7]
    environment = text_or_none(record.get("environment")) or "?"
    description = text_or_none(record.get("description"))
    text = f"Deployment of {ref} ({sha[:7]}) to {environment} created"
    if description:
        text += f": {description}"
    event = _gh_event(
        reader,
        record.get("created_at"),
        author=_login(record, "creator"),
        text=text,
        kind="deploy",
        native_id=f"github:deployment:{record.get('id')}",
    )
    return [event] if event else "no readable created_at"


def _github_status(record: dict[str, Any], reader: TimeReader) -> list[ImportedEvent] | str:
    state = text_or_none(record.get("state")) or "?"
    environment = text_or_none(record.get("environment")) or "deployment"
    description = text_or_none(record.get("description"))
    text = f"Deployment to {environment}: {state}"
    if description:
        text += f" ({description})"
    event = _gh_event(
        reader,
        record.get("created_at"),
        author=_login(record, "creator"),
        text=text,
        kind="deploy",
        native_id=f"github:deployment_status:{record.get('id')}",
        level="error" if state in ("failure", "error") else None,
    )
    return [event] if event else "no readable created_at"


def _github_run(record: dict[str, Any], reader: TimeReader) -> list[ImportedEvent] | str:
    name = text_or_none(record.get("name")) or "workflow"
    number = record.get("run_number")
    title = text_or_none(record.get("display_title"))
    branch = text_or_none(record.get("head_branch"))
    trigger = text_or_none(record.get("event"))
    author = _login(record, "triggering_actor", "actor")
    label = f"Workflow run {name} #{number}" if number is not None else f"Workflow run {name}"
    detail = ", ".join(p for p in (trigger and f"on {trigger}", branch and f"branch {branch}") if p)
    started_text = f"{label} started" + (f" ({detail})" if detail else "")
    if title:
        started_text += f": {title}"
    events: list[ImportedEvent] = []
    started = _gh_event(
        reader,
        record.get("run_started_at") or record.get("created_at"),
        author=author,
        text=started_text,
        kind="change",
        native_id=f"github:run:{record.get('id')}:{record.get('run_attempt', 1)}:start",
    )
    if started is None:
        return "no readable run_started_at or created_at"
    events.append(started)
    if record.get("status") == "completed":
        conclusion = text_or_none(record.get("conclusion")) or "completed"
        finished = _gh_event(
            reader,
            record.get("updated_at"),
            author=author,
            text=f"{label} finished: {conclusion}",
            kind="change",
            native_id=f"github:run:{record.get('id')}:{record.get('run_attempt', 1)}:end",
            level="error" if conclusion in ("failure", "timed_out", "startup_failure") else None,
        )
        if finished is not None:
            events.append(finished)
    return events
