"""Opening databases: migrations, durability, backups, and refusing what is not ours."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem, TimelineEvent
from pmdesk.settings import Paths
from pmdesk.store import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    Database,
    list_backups,
    open_database,
    restore_backup,
)
from pmdesk.store.queries import create_postmortem, find_postmortem


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_migration_scripts() -> None:
    config = Config()
    config.set_main_option(
        "script_location",
        str(Path(__import__("pmdesk.store").store.__file__).parent / "migrations"),
    )
    scripts = ScriptDirectory.from_config(config)
    ordered = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_participants_of_an_older_database_get_empty_handles(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option(
        "script_location",
        str(Path(__import__("pmdesk.store").store.__file__).parent / "migrations"),
    )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO postmortems (id, uuid, key, title, summary, customer_impact, "
                "status, facilitator, language, tags, services, created_at, updated_at, "
                "version, facilitator_notes) VALUES (1, 'u-1', 'PM-0001', 'Old', '', '', "
                "'draft', '', 'en', '[]', '[]', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00', 1, '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO participants (postmortem_id, name, role, team, position) "
                "VALUES (1, 'Lena Fischer', 'On-call engineer', '', 0)"
            )
        )
    engine.dispose()
    database = open_database(url)
    try:
        with database.transaction() as session:
            (participant,) = find_postmortem(session, "PM-0001").participants
            assert participant.handles == []
            participant.handles = ["lena"]
        with database.transaction() as session:
            assert find_postmortem(session, "PM-0001").participants[0].handles == ["lena"]
    finally:
        database.close()


def test_notes_of_an_older_database_stay_the_facilitators_after_the_upgrade(
    tmp_path: Path,
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option(
        "script_location",
        str(Path(__import__("pmdesk.store").store.__file__).parent / "migrations"),
    )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
        for number, notes in ((1, "Ask Ben about the pager."), (2, "")):
            connection.execute(
                text(
                    "INSERT INTO postmortems (id, uuid, key, title, summary, customer_impact, "
                    "status, facilitator, language, tags, services, created_at, updated_at, "
                    f"version, facilitator_notes) VALUES ({number}, 'u-{number}', "
                    f"'PM-000{number}', 'Old', '', '', 'draft', '', 'en', '[]', '[]', "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, :notes)"
                ),
                {"notes": notes},
            )
    engine.dispose()
    database = open_database(url)
    try:
        with database.transaction() as session:
            assert find_postmortem(session, "PM-0001").facilitator_notes == (
                "Ask Ben about the pager."
            )
            assert find_postmortem(session, "PM-0002").facilitator_notes == ""
            find_postmortem(session, "PM-0002").facilitator_notes = "New notes."
        with database.reading() as session:
            assert find_postmortem(session, "PM-0002").facilitator_notes == "New notes."
            columns = session.execute(text("PRAGMA table_info(postmortems)")).all()
            assert "facilitator_notes" not in [column[1] for column in columns]
    finally:
        database.close()


def test_an_empty_database_is_migrated_to_head(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        tables = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert {"postmortems", "timeline_events", "why_nodes", "action_items", "publications"} <= tables
    assert db.is_new


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_savepoints_nest(db: Database) -> None:
    with db.transaction() as session:
        create_postmortem(session, "Kept")
        try:
            with session.begin_nested():
                create_postmortem(session, "Rolled back")
                raise RuntimeError("abandon the inner unit")
        except RuntimeError:
            pass
    with db.transaction() as session:
        titles = session.scalars(select(Postmortem.title)).all()
    assert titles == ["Kept"]


def test_any_change_bumps_the_version_and_updated_at(db: Database) -> None:
    with db.transaction() as session:
        pm = create_postmortem(session, "Version counter")
        created_version = pm.version
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        pm.timeline_events.append(
            TimelineEvent(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), text="x", fingerprint="f1")
        )
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.version == created_version + 1
        pm.timeline_events[0].text = "edited"
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        assert pm.version == created_version + 2
        assert pm.updated_at > pm.created_at


def test_committed_edit_survives_a_crash(paths: Paths) -> None:
    script = (
        "import os, sys\n"
        "from pmdesk.store import open_database\n"
        "from pmdesk.store.queries import create_postmortem\n"
        "db = open_database(sys.argv[1])\n"
        "with db.transaction() as s:\n"
        "    create_postmortem(s, 'Survives the crash')\n"
        "os._exit(1)  # no clean shutdown, no checkpoint\n"
    )
    subprocess.run([sys.executable, "-c", script, paths.database_url], check=False, timeout=60)
    database = open_database(paths.database_url)
    with database.transaction() as session:
        assert session.scalars(select(Postmortem.title)).all() == ["Survives the crash"]
    database.close()


def test_a_newer_schema_is_refused_and_left_untouched(paths: Paths) -> None:
    open_database(paths.database_url).close()
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(paths.database_file)
    with pytest.raises(UserFacingError, match="newer version of pmdesk") as caught:
        open_database(paths.database_url, backups_dir=paths.backups_dir)
    assert "Update pmdesk" in str(caught.value)
    assert _digest(paths.database_file) == before


def test_a_foreign_database_is_refused(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(UserFacingError, match="does not belong to pmdesk"):
        open_database(paths.database_url)


def test_a_backup_is_made_at_most_once_a_day_and_seven_are_kept(paths: Paths) -> None:
    open_database(paths.database_url).close()  # create
    day = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    for offset in range(10):
        moment = day + timedelta(days=offset)
        for _twice in range(2):
            open_database(
                paths.database_url, backups_dir=paths.backups_dir, now=lambda m=moment: m
            ).close()
    backups = list_backups(paths.backups_dir)
    assert len(backups) == 7
    assert backups[0].name.startswith("pmdesk-20260310")
    assert backups[-1].name.startswith("pmdesk-20260304")
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_keep_backups_is_configurable(paths: Paths) -> None:
    open_database(paths.database_url).close()
    for offset in range(5):
        moment = datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=offset)
        open_database(
            paths.database_url,
            backups_dir=paths.backups_dir,
            keep_backups=2,
            now=lambda m=moment: m,
        ).close()
    assert len(list_backups(paths.backups_dir)) == 2


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"this is garbage!"
    path.write_bytes(bytes(data))


def test_a_corrupt_database_names_the_newest_backup_and_is_not_overwritten(paths: Paths) -> None:
    database = open_database(paths.database_url, backups_dir=paths.backups_dir)
    with database.transaction() as session:
        create_postmortem(session, "Before the damage")
    database.close()
    open_database(paths.database_url, backups_dir=paths.backups_dir).close()  # daily backup
    newest = list_backups(paths.backups_dir)[0]
    _corrupt(paths.database_file)
    before = _digest(paths.database_file)

    with pytest.raises(UserFacingError) as caught:
        open_database(paths.database_url, backups_dir=paths.backups_dir)
    message = str(caught.value)
    assert "damaged" in message
    assert str(newest) in message
    assert "pmdesk restore-backup" in message
    assert _digest(paths.database_file) == before

    kept = restore_backup(newest, paths.database_file)
    assert kept is not None
    assert _digest(kept) == before
    restored = open_database(paths.database_url, backups_dir=paths.backups_dir)
    with restored.transaction() as session:
        assert session.scalars(select(Postmortem.title)).all() == ["Before the damage"]
    restored.close()


def test_a_file_that_is_not_a_database_without_backups_says_so(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database_file.write_bytes(b"\x00\x01binary nonsense" * 100)
    with pytest.raises(UserFacingError, match="No backup was found"):
        open_database(paths.database_url, backups_dir=paths.backups_dir)


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(UserFacingError, match="could not be reached"):
        open_database("postgresql+psycopg://nobody:secret@127.0.0.1:1/pmdesk")


def test_events_of_an_older_database_have_no_level_and_stand_alone(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    config = Config()
    config.set_main_option(
        "script_location",
        str(Path(__import__("pmdesk.store").store.__file__).parent / "migrations"),
    )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(
            text(
                "INSERT INTO postmortems (id, uuid, key, title, summary, customer_impact, "
                "status, facilitator, language, tags, services, created_at, updated_at, "
                "version, facilitator_notes) VALUES (1, 'u-1', 'PM-0001', 'Old', '', '', "
                "'draft', '', 'en', '[]', '[]', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00', 1, '')"
            )
        )
        for number in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO timeline_events (postmortem_id, occurred_at, text, "
                    "original_time, source_zone, source, kind, fingerprint, flags, "
                    f"is_internal_only) VALUES (1, '2026-01-01 10:0{number}:00', "
                    f"'Alert {number}', '', 'UTC', 'pagerduty', 'log', 'fp-{number}', '[]', 0)"
                )
            )
    engine.dispose()
    database = open_database(url)
    try:
        with database.transaction() as session:
            first, second = find_postmortem(session, "PM-0001").timeline_events
            assert (first.level, first.corroborates) == (None, None)
            second.level = "error"
            second.corroborates = first
        with database.transaction() as session:
            first, second = find_postmortem(session, "PM-0001").timeline_events
            assert second.level == "error"
            assert second.corroborates is first
    finally:
        database.close()
