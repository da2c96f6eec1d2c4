"""The migrations build the schema the models describe, and take data up and down."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, inspect, text

from pmdesk.models import Base, Participant
from pmdesk.settings import Paths
from pmdesk.store import Database, create_schema, open_database
from pmdesk.store.queries import create_postmortem, find_postmortem
from tests.schema_rewind import rewind_schema


def _columns(url: str) -> dict[str, dict[str, bool]]:
    """Each model table's columns and whether they may be empty, as the database has them."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            schema = inspect(connection)
            return {
                table: {
                    column["name"]: bool(column["nullable"]) for column in schema.get_columns(table)
                }
                for table in Base.metadata.tables
            }
    finally:
        engine.dispose()


def test_the_migrated_schema_has_the_columns_of_the_models(db: Database, tmp_path: Path) -> None:
    direct = f"sqlite:///{tmp_path / 'direct.db'}"
    engine = create_engine(direct)
    create_schema(engine)
    engine.dispose()
    assert _columns(str(db.engine.url)) == _columns(direct)


def test_the_review_meeting_migrates_up_and_down_with_the_data_kept(paths: Paths) -> None:
    url = paths.database_url
    database = open_database(url)
    with database.transaction() as session:
        pm = create_postmortem(session, "Checkout outage")
        pm.participants.append(Participant(name="Lena Fischer", role="Facilitator"))
    database.close()
    # Back to the schema before the review meeting, as an older pmdesk left it.
    rewind_schema(url, "0009")
    assert "review_meeting_at" not in _columns(url)["postmortems"]

    upgraded = open_database(url)
    try:
        with upgraded.transaction() as session:
            pm = find_postmortem(session, "PM-0001")
            assert pm.review_meeting_at is None
            assert [p.name for p in pm.participants] == ["Lena Fischer"]
            pm.review_meeting_at = datetime(2026, 12, 8, 14, 30, tzinfo=ZoneInfo("Europe/Berlin"))
        with upgraded.engine.connect() as connection:
            # Stored as naive UTC, like every moment.
            assert (
                connection.execute(text("SELECT review_meeting_at FROM postmortems")).scalar()
                == "2026-12-08 13:30:00.000000"
            )
        with upgraded.reading() as session:
            assert find_postmortem(session, "PM-0001").review_meeting_at == datetime(
                2026, 12, 8, 13, 30, tzinfo=UTC
            )
    finally:
        upgraded.close()

    rewind_schema(url, "0009")
    assert "review_meeting_at" not in _columns(url)["postmortems"]
    downgraded = create_engine(url)
    try:
        with downgraded.connect() as connection:
            assert connection.execute(text("SELECT title FROM postmortems")).scalar() == (
                "Checkout outage"
            )
            assert connection.execute(text("SELECT name FROM participants")).scalar() == (
                "Lena Fischer"
            )
    finally:
        downgraded.dispose()
