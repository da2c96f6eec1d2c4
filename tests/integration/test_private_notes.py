"""Private facilitator notes on a shared team database: each database user reads and
writes only their own (PostgreSQL row-level security), tested with two real roles that
are not superusers, through pmdesk and through plain SQL."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from pmdesk.store import Database, open_database
from pmdesk.store.interchange import dump_postmortem
from pmdesk.store.queries import create_postmortem, find_postmortem


def _as_role(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


@pytest.fixture
def two_people(postgres_url: str) -> Iterator[tuple[Database, Database]]:
    """The team database opened by Lena's and by Ben's own database roles."""
    open_database(postgres_url).close()  # migrated by its owner
    database = make_url(postgres_url).database
    admin = _as_role(postgres_url, "pmdesk").replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        for role in ("lena", "ben"):
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            if exists.fetchone() is None:
                connection.execute(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS")
            connection.execute(f'GRANT CONNECT ON DATABASE "{database}" TO {role}')
            connection.execute(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"
            )
            connection.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
    lena = open_database(_as_role(postgres_url, "lena"))
    ben = open_database(_as_role(postgres_url, "ben"))
    yield lena, ben
    lena.close()
    ben.close()


def notes(db: Database) -> str:
    with db.reading() as session:
        return find_postmortem(session, "PM-0001").facilitator_notes


def test_other_database_users_cannot_read_or_change_private_notes(
    two_people: tuple[Database, Database],
) -> None:
    lena, ben = two_people
    with lena.transaction() as session:
        pm = create_postmortem(session, "Checkout down")
        pm.facilitator_notes = "Lena: Ben seemed defensive; follow up in private."
    assert notes(lena) == "Lena: Ben seemed defensive; follow up in private."

    # Ben sees the post-mortem, not Lena's notes: not through pmdesk, not by SQL.
    assert notes(ben) == ""
    with ben.reading() as session:
        assert session.execute(text("SELECT count(*) FROM private_notes")).scalar() == 0
        dumped = json.dumps(dump_postmortem(find_postmortem(session, "PM-0001")))
    assert "defensive" not in dumped
    with ben.transaction() as session:
        changed = session.execute(text("UPDATE private_notes SET text = 'overwritten'"))
        assert changed.rowcount == 0
    with pytest.raises(ProgrammingError, match="row-level security"), ben.transaction() as session:
        session.execute(
            text("INSERT INTO private_notes (postmortem_id, owner, text) VALUES (1, 'lena', 'x')")
        )

    # Ben's own notes are his alone; Lena's stay hers.
    with ben.transaction() as session:
        find_postmortem(session, "PM-0001").facilitator_notes = "Ben: ask about the pager."
    assert notes(ben) == "Ben: ask about the pager."
    assert notes(lena) == "Lena: Ben seemed defensive; follow up in private."
    with lena.transaction() as session:
        find_postmortem(session, "PM-0001").facilitator_notes = "Lena: talked to Ben."
    assert (notes(lena), notes(ben)) == ("Lena: talked to Ben.", "Ben: ask about the pager.")
