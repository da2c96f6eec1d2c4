"""The Publish step exports the open action items for a tracker and as a calendar."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.exporters.calendar import action_uid, review_meeting_uid
from pmdesk.models import ActionItem, Postmortem
from pmdesk.settings import Preferences
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.dialogs.publish_dialogs import ExportFolderDialog, OverrideGatesDialog
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.publish_step import PublishStep


@pytest.fixture
def sample_id(db: Database, sample_document: dict[str, Any]) -> int:
    """The sample, its first action deleted (so the stored ids of the others are not
    1, 2, …, as they are in the copy an export renders) and its second not in a
    tracker yet."""
    with db.transaction() as session:
        postmortem, _created = load_postmortem(session, sample_document)
        session.delete(postmortem.action_items[0])
        session.flush()
        session.expire(postmortem)
        postmortem.action_items[0].tracker_url = ""
        session.flush()
        return postmortem.id


def _click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_export_gitlab_csv_and_calendar_from_the_publish_step(
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = PublishStep(document)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(
        OverrideGatesDialog, "ask", classmethod(lambda cls, parent, failing: "Trackers first")
    )
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, start: folder))
    # PDF and Markdown are ticked to begin with: only the tracker file and the calendar.
    for fmt in ("pdf", "md", "ics"):
        _click(qtbot, page.format_boxes[fmt])
    # Which actions go into a tracker file matters once there is one.
    assert not page.include_tracked.isEnabled()
    _click(qtbot, page.format_boxes["gitlab-csv"])
    assert page.include_tracked.isEnabled()
    assert page.chosen_formats() == ("gitlab-csv", "ics")
    assert "yyyy-MM-dd" in page.format_boxes["jira-csv"].toolTip()
    _click(qtbot, page.export_button)
    qtbot.waitUntil(page.open_folder_button.isEnabled, timeout=30_000)

    gitlab = folder / "PM-0001-internal-gitlab.csv"
    ics = folder / "PM-0001-internal-actions.ics"
    assert sorted(p.name for p in folder.iterdir()) == [ics.name, gitlab.name]
    assert gitlab.name in page.progress_label.text()
    with db.reading() as session:
        pm = session.get(Postmortem, document.postmortem.id)
        assert pm is not None
        items: list[ActionItem] = pm.action_items
        assert [p.formats for p in pm.publications] == [["gitlab-csv", "ics"]]
        untracked = items[0]
        assert untracked.due_on is not None
        header, *rows = csv.reader(io.StringIO(gitlab.read_text(encoding="utf-8")))
        # Only the open action without a tracker link.
        assert header == ["title", "description", "due_date"]
        assert rows == [[untracked.title, rows[0][1], untracked.due_on.isoformat()]]
        calendar = Calendar.from_ical(ics.read_bytes())
        # The UIDs are the stored actions', not those of the copy the export rendered.
        assert [str(todo["uid"]) for todo in calendar.walk("VTODO")] == [
            action_uid(pm, item.id) for item in items
        ]
        assert items[0].id != 1

    # Asked for, the actions already in a tracker come along too.
    _click(qtbot, page.format_boxes["ics"])
    _click(qtbot, page.include_tracked)
    _click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: "version 2" in page.progress_label.text(), timeout=30_000)
    rows = list(csv.reader(io.StringIO(gitlab.read_text(encoding="utf-8"))))
    assert len(rows) == 1 + 3  # the open and in-progress actions left after the deletion


def test_a_review_meeting_typed_in_the_incident_step_is_booked_in_the_calendar(
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    incident = IncidentStep(document)
    qtbot.addWidget(incident)
    incident.show()
    editor = incident.meeting_edit.editor
    assert editor.text() == ""
    assert editor.placeholderText() == "Not set"
    assert not incident.meeting_edit.clear_button.isEnabled()
    editor.setFocus()
    qtbot.keyClicks(editor, "2026-10-16 13:30")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # moving on, as a person would
    assert not editor.hasFocus()
    assert incident.meeting_edit.clear_button.isEnabled()
    assert editor.text() == "2026-10-16 13:30"
    meeting = datetime(2026, 10, 16, 13, 30, tzinfo=UTC)

    def saved() -> None:
        with db.reading() as session:
            pm = session.get(Postmortem, document.postmortem.id)
            assert pm is not None
            assert pm.review_meeting_at == meeting

    qtbot.waitUntil(saved, timeout=3000)
    # The whole typing is one step to undo.
    assert document.undo_stack.undoText() == "Change review meeting"
    document.undo_stack.undo()
    assert document.postmortem.review_meeting_at is None
    assert editor.text() == ""
    document.undo_stack.redo()
    assert editor.text() == "2026-10-16 13:30"

    # The meeting is booked for as long as its agenda in the preferences: 70 minutes.
    page = PublishStep(document, preferences=Preferences(agenda_minutes=(5, 30, 20, 10, 5)))
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(
        OverrideGatesDialog, "ask", classmethod(lambda cls, parent, failing: "Calendar first")
    )
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, start: folder))
    for fmt in ("pdf", "md", "ics"):
        _click(qtbot, page.format_boxes[fmt])
    assert page.chosen_formats() == ("ics",)
    assert "review meeting" in page.format_boxes["ics"].toolTip()
    _click(qtbot, page.export_button)
    qtbot.waitUntil(page.open_folder_button.isEnabled, timeout=30_000)
    calendar = Calendar.from_ical((folder / "PM-0001-internal-actions.ics").read_bytes())
    (event,) = [
        e
        for e in calendar.walk("VEVENT")
        if str(e["uid"]) == review_meeting_uid(document.postmortem)
    ]
    assert event.decoded("dtstart") == meeting
    assert event.decoded("dtend") == datetime(2026, 10, 16, 14, 40, tzinfo=UTC)
    assert str(event["summary"]) == f"Post-mortem review: PM-0001 {document.postmortem.title}"
