"""Live co-editing on the team database: two windows on a real PostgreSQL server see
each other's changes within a second, without a save of their own, and without
disturbing what the person is typing or their undo history."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.models import TimelineEvent
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.timeline_step import TimelineStep

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def team_db(postgres_url: str, sample_document: dict[str, Any]) -> Iterator[Database]:
    QSettings().clear()
    db = open_database(postgres_url)
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    yield db
    db.close()


def open_window(qtbot: QtBot, db: Database, paths: Paths, author: str) -> PostmortemWindow:
    with db.reading() as session:
        postmortem_id = find_postmortem(session, "PM-0001").id
    window = PostmortemWindow(db, postmortem_id, paths)
    window.document.session.info[AUTHOR_KEY] = author
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.show()
    return window


def timeline_texts(window: PostmortemWindow) -> list[str]:
    page = window.page_for[Step.TIMELINE]
    assert isinstance(page, TimelineStep)
    model = page.model
    return [model.event_at(row).text for row in range(model.rowCount())]


def test_an_event_added_in_one_window_shows_in_the_other_while_it_types(
    qtbot: QtBot, team_db: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, team_db, paths, "Lena")
    ben = open_window(qtbot, team_db, paths, "Ben")

    # Ben is in the middle of the summary: typed, not saved yet, cursor mid-text.
    with qtbot.waitActive(ben):
        ben.activateWindow()
    summary = ben.page_for[Step.INCIDENT]
    assert isinstance(summary, IncidentStep)
    editor = summary.summary_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    original = editor.toPlainText()
    qtbot.keyClicks(editor, " Ben adds")
    qtbot.waitUntil(lambda: not ben.document.is_dirty)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    qtbot.keyClicks(editor, " this")
    typed = editor.toPlainText()
    cursor_at = editor.textCursor().position()
    undo_steps = ben.document.undo_stack.count()

    # Lena adds an event in her timeline, as a person does: Alt+2, Ctrl+Return, type.
    with qtbot.waitActive(lena):
        lena.activateWindow()
    qtbot.keyClick(lena, Qt.Key.Key_2, ALT)
    timeline = lena.page_for[Step.TIMELINE]
    assert isinstance(timeline, TimelineStep)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_Return, CTRL)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "Lena remembers the failover page")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Lena remembers the failover page" in timeline_texts(lena))
    assert lena.document.save()
    committed = time.monotonic()

    # Ben's window shows it within a second, with no save of its own needed.
    qtbot.waitUntil(
        lambda: "Lena remembers the failover page" in timeline_texts(ben), timeout=1_000
    )
    assert time.monotonic() - committed < 1.0
    assert "Lena" in ben.statusBar().currentMessage()
    # What Ben was typing is untouched: text, cursor, focus, undo history.
    assert editor.toPlainText() == typed
    assert editor.textCursor().position() == cursor_at
    assert ben.focusWidget() is editor
    assert ben.document.undo_stack.count() == undo_steps
    qtbot.mouseClick(ben.toolbar.widgetForAction(ben.undo_action), Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == original

    # Ben's typing was one undo step; Lena's window follows his undo in turn.
    assert ben.document.save()
    with team_db.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.summary == original
        assert "Lena remembers the failover page" in [e.text for e in pm.timeline_events]
    lena_incident = lena.page_for[Step.INCIDENT]
    assert isinstance(lena_incident, IncidentStep)
    qtbot.waitUntil(
        lambda: lena_incident.summary_edit.toPlainText() == original,
        timeout=1_000,
    )
    lena.close()
    ben.close()


def test_a_commit_from_elsewhere_shows_in_every_window_with_a_note(
    qtbot: QtBot, team_db: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, team_db, paths, "Lena")
    ben = open_window(qtbot, team_db, paths, "Ben")
    before = len(timeline_texts(lena))

    # Priya, on her laptop, adds two events in one save.
    with team_db.transaction() as session:
        session.info[AUTHOR_KEY] = "Priya"
        pm = find_postmortem(session, "PM-0001")
        for minute, text in ((15, "Priya: pager fired"), (16, "Priya: acked")):
            pm.timeline_events.append(
                TimelineEvent(
                    occurred_at=datetime(2026, 10, 14, 9, minute, tzinfo=UTC),
                    text=text,
                    fingerprint=f"priya-{minute}",
                )
            )

    for window in (lena, ben):
        qtbot.waitUntil(lambda w=window: len(timeline_texts(w)) == before + 2, timeout=1_000)
        assert window.statusBar().currentMessage() == "Priya added 2 events."
        assert not window.document.is_dirty
        assert window.document.undo_stack.count() == 0
    lena.close()
    ben.close()


def test_each_window_says_who_else_has_the_post_mortem_open(
    qtbot: QtBot, team_db: Database, paths: Paths
) -> None:
    lena = open_window(qtbot, team_db, paths, "Lena")
    qtbot.wait(50)
    assert not lena.presence_label.isVisible()
    ben = open_window(qtbot, team_db, paths, "Ben Ortiz")
    qtbot.waitUntil(lambda: lena.presence_label.isVisible(), timeout=1_000)
    assert lena.presence_label.text() == "Also open by Ben Ortiz"
    qtbot.waitUntil(lambda: ben.presence_label.text() == "Also open by Lena", timeout=1_000)
    assert ben.presence_label.isVisible()

    # Ben closes his window: gone from Lena's at once.
    ben.close()
    qtbot.waitUntil(lambda: not lena.presence_label.isVisible(), timeout=1_000)
    lena.close()


def drop_listening_connection(team_db: Database, window: PostmortemWindow) -> None:
    """The server drops the window's listening connection (a restart, a network change)."""
    import psycopg
    from sqlalchemy.engine import make_url

    listener = window.document._watcher._listener
    assert listener is not None
    admin = make_url(team_db.url).set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False)) as connection:
        connection.execute("SELECT pg_terminate_backend(%s)", (listener.info.backend_pid,))


def test_a_window_listens_again_after_the_server_dropped_its_connection(
    qtbot: QtBot, team_db: Database, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmdesk.ui import document as document_module

    monkeypatch.setattr(document_module, "REWATCH_INTERVAL_MS", 200)
    lena = open_window(qtbot, team_db, paths, "Lena")
    watcher = lena.document._watcher
    assert watcher.is_watching
    drop_listening_connection(team_db, lena)
    qtbot.waitUntil(lambda: not watcher.is_watching, timeout=5_000)
    # …and someone commits while the window cannot hear it.
    with team_db.transaction() as session:
        postmortem = find_postmortem(session, "PM-0001")
        postmortem.summary += " Added while the window was not listening."
    qtbot.waitUntil(lambda: "not listening" in lena.document.postmortem.summary, timeout=10_000)
    assert lena.document._watcher is not watcher
    assert lena.document._watcher.is_watching


def test_a_window_listens_again_when_asking_who_is_here_noticed_the_drop_first(
    qtbot: QtBot, team_db: Database, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The presence check runs on its own timer; when it is the first to meet the closed
    # connection, the socket notifier never fires again: the window must still recover.
    from pmdesk.ui import document as document_module

    monkeypatch.setattr(document_module, "REWATCH_INTERVAL_MS", 200)
    lena = open_window(qtbot, team_db, paths, "Lena")
    watcher = lena.document._watcher
    drop_listening_connection(team_db, lena)
    lena.document._look_who_is_here()  # as its timer would, before any other event
    assert not watcher.is_watching
    with team_db.transaction() as session:
        postmortem = find_postmortem(session, "PM-0001")
        postmortem.summary += " Added after the presence check lost the connection."
    qtbot.waitUntil(
        lambda: "presence check lost" in lena.document.postmortem.summary, timeout=10_000
    )
    assert lena.document._watcher is not watcher
    assert lena.document._watcher.is_watching
    lena.close()
