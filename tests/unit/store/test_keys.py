"""Post-mortem keys: handed out once, never again, not even after a delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import delete, select

import pmdesk.store
from pmdesk.models import Postmortem
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import create_postmortem, find_postmortem


def new(db: Database, title: str) -> str:
    with db.transaction() as session:
        return create_postmortem(session, title).key


def remove(db: Database, key: str) -> None:
    """Delete a post-mortem as the library window does."""
    with db.transaction() as session:
        session.delete(find_postmortem(session, key))


def test_a_deleted_post_mortems_key_is_not_handed_out_again(db: Database) -> None:
    assert [new(db, title) for title in ("Queue backlog", "Disk full", "DNS")] == [
        "PM-0001",
        "PM-0002",
        "PM-0003",
    ]
    remove(db, "PM-0003")
    assert new(db, "Certificate expiry") == "PM-0004"
    remove(db, "PM-0004")
    remove(db, "PM-0001")
    assert new(db, "Replica lag") == "PM-0005"


def test_a_rolled_back_post_mortem_gives_its_key_back(db: Database) -> None:
    # Nobody ever saw it, so nothing can refer to it.
    try:
        with db.transaction() as session:
            create_postmortem(session, "Abandoned")
            raise RuntimeError("the user cancelled")
    except RuntimeError:
        pass
    assert new(db, "Kept") == "PM-0001"


def test_a_loaded_file_keeps_its_key_only_if_it_was_never_handed_out(
    db: Database, sample_document: dict[str, Any]
) -> None:
    with db.transaction() as session:
        assert load_postmortem(session, sample_document)[0].key == "PM-0001"
    assert new(db, "Disk full") == "PM-0002"
    remove(db, "PM-0001")
    with db.transaction() as session:
        # PM-0001 named a review here once: whatever the file is, it gets a new key.
        assert load_postmortem(session, sample_document)[0].key == "PM-0003"
    elsewhere = dict(sample_document, postmortem={**sample_document["postmortem"]})
    elsewhere["postmortem"]["uuid"] = "8f0e5c7a-0000-4000-8000-000000000042"
    elsewhere["postmortem"]["key"] = "PM-0042"
    with db.transaction() as session:
        assert load_postmortem(session, elsewhere)[0].key == "PM-0042"
    assert new(db, "After the import") == "PM-0043"


def _alembic() -> Config:
    config = Config()
    migrations = Path(pmdesk.store.__file__).parent / "migrations"
    config.set_main_option("script_location", str(migrations))
    return config


def test_an_existing_database_counts_on_from_its_highest_key(paths: Paths) -> None:
    db = open_database(paths.database_url)
    for title in ("One", "Two", "Three", "Four"):
        new(db, title)
    remove(db, "PM-0002")
    # Back to the schema before the counter, as an older pmdesk left it.
    config = _alembic()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    db.close()

    upgraded = open_database(paths.database_url)
    try:
        assert new(upgraded, "Five") == "PM-0005"
        with upgraded.transaction() as session:
            session.execute(delete(Postmortem))
        assert new(upgraded, "Six") == "PM-0006"
        with upgraded.transaction() as session:
            assert session.scalars(select(Postmortem.key)).all() == ["PM-0006"]
    finally:
        upgraded.close()
