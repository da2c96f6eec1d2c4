"""The action items' due dates and review days as an iCalendar file (RFC 5545).

Each action with a due date is a VTODO: DUE (the day), SUMMARY, DESCRIPTION (where it
comes from, who owns it), PRIORITY and STATUS (NEEDS-ACTION, IN-PROCESS, COMPLETED or
CANCELLED), so task lists (Thunderbird, Apple Reminders, Evolution) show it and tick
it off when it is done. Google Calendar and Outlook drop VTODOs on import, so each
action still to be done also gets an all-day VEVENT on its due day (marked free, so it
blocks no time). The "did it work?" days of the actions (`review_on`) not answered yet
are all-day VEVENTs too. The post-mortem's review meeting, when it has one
(`review_meeting_at`), is a timed VEVENT in UTC, as long as the meeting's agenda
(`meeting_minutes`; pmdesk keeps its start only).

UIDs are built from the post-mortem's UUID (and the action's id in the store), so
importing a later export updates the entries instead of adding new ones. A copy of a
post-mortem (the app renders from a snapshot) passes the ids of the original as
`action_ids`. Due and review days are dates (VALUE=DATE), which every calendar shows
on that day wherever it is; DTSTAMP and COMPLETED are in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar, Event, Todo

from pmdesk.domain.followup import UNFINISHED
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters._document import build_document
from pmdesk.exporters.trackers import issue_text
from pmdesk.models import ActionItem, ActionStatus, Postmortem

__all__ = ["REVIEW_MEETING_MINUTES", "action_uid", "export_calendar", "review_meeting_uid"]

PRODID = "-//pmdesk//Post-mortem action items//EN"
TODO_STATUS = {
    ActionStatus.OPEN: "NEEDS-ACTION",
    ActionStatus.IN_PROGRESS: "IN-PROCESS",
    ActionStatus.DONE: "COMPLETED",
    ActionStatus.WONT_DO: "CANCELLED",
}
# RFC 5545: 1 is the highest priority, 9 the lowest.
ICAL_PRIORITIES = {"P0": 1, "P1": 3, "P2": 5, "P3": 7}
# How long the review meeting is booked for when not told: an hour, as long as the
# meeting timer's default agenda.
REVIEW_MEETING_MINUTES = 60


def action_uid(pm: Postmortem, action_id: int, kind: str = "") -> str:
    """The UID of one of an action's calendar entries; the same in every export."""
    suffix = f"-{kind}" if kind else ""
    return f"pmdesk-{pm.uuid}-action-{action_id}{suffix}@pmdesk.invalid"


def review_meeting_uid(pm: Postmortem) -> str:
    """The UID of the post-mortem's review meeting; the same in every export."""
    return f"pmdesk-{pm.uuid}-review-meeting@pmdesk.invalid"


def _review_meeting(
    uid: str, start: datetime, length: timedelta, summary: str, stamp: datetime
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", start.astimezone(UTC) + length)
    event.add("summary", summary)
    return event


def _all_day(uid: str, day: date, summary: str, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    # A reminder of a day, not a meeting: it blocks no time in anyone's calendar.
    event.add("transp", "TRANSPARENT")
    return event


def export_calendar(
    pm: Postmortem,
    *,
    profile: ExportProfile | str = ExportProfile.INTERNAL,
    generated_at: datetime | None = None,
    action_ids: Sequence[int] | None = None,
    meeting_minutes: int = REVIEW_MEETING_MINUTES,
) -> str:
    """The calendar (see the module docstring), as iCalendar text with CRLF line ends.

    Args:
        generated_at: the DTSTAMP of every entry (default: now).
        action_ids: the store ids of `pm.action_items`, when `pm` is a copy.
        meeting_minutes: how long the review meeting is (Preferences.meeting_minutes).
    """
    doc = build_document(pm, ExportProfile(profile))
    stamp = (generated_at or datetime.now(UTC)).astimezone(UTC)
    ids = list(action_ids) if action_ids is not None else [a.id for a in pm.action_items]
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{doc.key} action items")
    if pm.review_meeting_at is not None:
        calendar.add_component(
            _review_meeting(
                review_meeting_uid(pm),
                pm.review_meeting_at,
                timedelta(minutes=meeting_minutes),
                f"Post-mortem review: {doc.key} {' '.join(doc.title.split())}".rstrip(),
                stamp,
            )
        )
    items: list[ActionItem] = pm.action_items
    for item, action, action_id in zip(items, doc.actions, ids, strict=True):
        title = " ".join(action.title.split())
        description = issue_text(doc, action, with_due_date=False)
        if item.due_on is not None:
            todo = _todo(
                item, action_uid(pm, action_id), f"{doc.key} {action.label} {title}", stamp
            )
            todo.add("description", description)
            calendar.add_component(todo)
            if item.status in UNFINISHED:
                calendar.add_component(
                    _all_day(
                        action_uid(pm, action_id, "due"),
                        item.due_on,
                        f"Due: {doc.key} {action.label} {title}",
                        description,
                        stamp,
                    )
                )
        if item.review_on is not None and item.review_outcome is None:
            calendar.add_component(
                _all_day(
                    action_uid(pm, action_id, "review"),
                    item.review_on,
                    f"Did it work? {doc.key} {action.label} {title}",
                    description,
                    stamp,
                )
            )
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _todo(item: ActionItem, uid: str, summary: str, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", uid)
    todo.add("dtstamp", stamp)
    todo.add("summary", summary)
    todo.add("due", item.due_on)
    todo.add("status", TODO_STATUS[item.status])
    todo.add("priority", ICAL_PRIORITIES.get(item.priority.value, 0))
    if item.status is ActionStatus.DONE:
        todo.add("percent-complete", 100)
        if item.completed_on is not None:
            todo.add("completed", datetime.combine(item.completed_on, time(), UTC))
    if item.tracker_url:
        todo.add("url", item.tracker_url)
    return todo
