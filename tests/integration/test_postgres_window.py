"""An open post-mortem window on the team's PostgreSQL server holds no transaction
between the facilitator's actions: it never sits "idle in transaction" (which blocks
VACUUM and schema changes and pins an old snapshot for everyone)."""

from __future__ import annotations

import copy
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pmdesk.domain.flow import Step
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.errors import error_details
from pmdesk.ui.steps.incident_step import IncidentStep
from tests.ui.test_wizard import open_window


def idle_in_transaction(url: str) -> list[str]:
    """The queries of the server's sessions on this database left inside a transaction."""
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    database = plain.rsplit("/", 1)[1]
    with psycopg.connect(plain, autocommit=True) as connection:
        rows = connection.execute(
            "SELECT query FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
            " AND state LIKE 'idle in transaction%%'",
            (database,),
        ).fetchall()
    return [str(row[0]) for row in rows]


def test_an_open_window_holds_no_transaction_between_actions(
    qtbot: QtBot, postgres_url: str, paths: Paths, sample_document: dict[str, Any]
) -> None:
    db = open_database(postgres_url)
    try:
        with db.transaction() as session:
            postmortem_id = load_postmortem(session, sample_document)[0].id
        window = open_window(qtbot, db, paths, postmortem_id)
        # Opening reads the whole post-mortem and every page's lazy parts…
        for row in range(window.steps.count()):
            window.steps.setCurrentRow(row)
        qtbot.wait(100)
        assert idle_in_transaction(postgres_url) == []

        # …typing saves in one short transaction, and nothing stays open after it.
        window.steps.setCurrentRow(0)
        page = window.page_for[Step.INCIDENT]
        assert isinstance(page, IncidentStep)
        page.summary_edit.setFocus()
        qtbot.keyClick(page.summary_edit, Qt.Key.Key_End)
        qtbot.keyClicks(page.summary_edit, " Typed in the meeting.")
        qtbot.waitUntil(lambda: not window.document.is_dirty, timeout=5000)
        qtbot.wait(100)
        assert idle_in_transaction(postgres_url) == []
        window.close()
    finally:
        db.close()


def test_a_database_error_reaches_the_log_without_the_values_it_quotes(
    postgres_url: str, sample_document: dict[str, Any]
) -> None:
    # PostgreSQL quotes the offending values in a constraint violation's DETAIL line.
    db = open_database(postgres_url)
    secret = "PM-Jonas-Becker-4711"
    try:
        other = copy.deepcopy(sample_document)
        other["postmortem"]["uuid"] = "00000000-0000-4000-8000-000000000001"
        other["postmortem"]["key"] = "PM-0002"
        with db.transaction() as session:
            first = load_postmortem(session, sample_document)[0]
            first.key = secret
            load_postmortem(session, other)
        with pytest.raises(IntegrityError) as raised, db.transaction() as session:
            session.execute(text("UPDATE postmortems SET key = :key"), {"key": secret})
        assert secret in str(raised.value)  # what the log used to receive
        details = error_details(raised.value)
        assert secret not in details
        assert "UniqueViolation (23505): message withheld" in details
        assert "test_postgres_window.py" in details  # where it happened stays
    finally:
        db.close()
