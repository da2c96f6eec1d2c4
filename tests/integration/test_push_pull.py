"""`pmdesk push` / `pull` between laptops' SQLite files and the team's PostgreSQL: by UUID,
idempotent, merged three-way against what both last agreed on, conflicts refused with
nothing changed, and each database's history kept."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from pmdesk.cli import run
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, history


def cli(paths: Paths, url: str, *argv: str, author: str = "Lena") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(
        ["--database", url, "--author", author, *argv], paths=paths, stdout=out, stderr=err
    )
    return status, out.getvalue() + err.getvalue()


def edit(db: Database, author: str, **values: str) -> None:
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = author
        pm = find_postmortem(session, "PM-0001")
        for field, value in values.items():
            setattr(pm, field, value)


def stored(db: Database) -> tuple[str, str, str, int]:
    with db.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        return pm.uuid, pm.title, pm.summary, len(history(session, pm.id))


@pytest.fixture
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("laptop")
    db = open_database(f"sqlite:///{folder / 'pmdesk.sqlite'}")
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = "Lena"
        create_postmortem(session, "Checkout down", summary="Drafted offline.")
    yield db
    db.close()


def test_push_then_pull_round_trip_with_merges_and_a_conflict(
    laptop: Database, postgres_url: str, paths: Paths, tmp_path_factory: pytest.TempPathFactory
) -> None:
    team = open_database(postgres_url)
    # Lena shares her offline draft: new on the team database.
    status, said = cli(paths, laptop.url, "push", "PM-0001", "--to", postgres_url)
    assert status == 0, said
    assert "new there as PM-0001" in said
    assert stored(team)[:3] == stored(laptop)[:3]
    # Again: nothing to do, nothing written on either side.
    before = stored(team), stored(laptop)
    status, said = cli(paths, laptop.url, "push", "PM-0001", "--to", postgres_url)
    assert (status, "already the same" in said) == (0, True), said
    assert (stored(team), stored(laptop)) == before

    # Ben pulls it onto his laptop by the team's key, and edits the summary there.
    ben_folder = tmp_path_factory.mktemp("ben")
    ben = open_database(f"sqlite:///{ben_folder / 'pmdesk.sqlite'}")
    status, said = cli(paths, ben.url, "pull", "PM-0001", "--from", postgres_url, author="Ben")
    assert status == 0, said
    assert stored(ben)[0] == stored(team)[0]
    edit(ben, "Ben", summary="Drafted offline. Ben: the pooler restarted.")
    status, said = cli(paths, ben.url, "push", "PM-0001", "--to", postgres_url, author="Ben")
    assert status == 0, said

    # Meanwhile Lena changed the title on her laptop: her push merges both ways.
    edit(laptop, "Lena", title="Checkout down for 14 minutes")
    status, said = cli(paths, laptop.url, "push", "PM-0001", "--to", postgres_url)
    assert status == 0, said
    assert "sent the changes" in said
    assert "brought the changes" in said
    expected = ("Checkout down for 14 minutes", "Drafted offline. Ben: the pooler restarted.")
    assert stored(team)[1:3] == expected
    assert stored(laptop)[1:3] == expected
    # Ben pulls Lena's title; then both change the summary: refused, nothing changed.
    status, said = cli(paths, ben.url, "pull", "PM-0001", "--from", postgres_url, author="Ben")
    assert status == 0, said
    assert stored(ben)[1:3] == expected
    edit(ben, "Ben", summary="Ben's version")
    status, said = cli(paths, ben.url, "push", "PM-0001", "--to", postgres_url, author="Ben")
    assert status == 0, said
    edit(laptop, "Lena", summary="Lena's version")
    before = stored(team), stored(laptop)
    status, said = cli(paths, laptop.url, "pull", "PM-0001", "--from", postgres_url)
    assert status == 2
    assert "in the same thing: Summary" in said
    assert (stored(team), stored(laptop)) == before

    # Both histories are kept, each naming who changed what.
    with team.reading() as session:
        authors = [r.author for r in history(session, find_postmortem(session, "PM-0001").id)]
    assert authors[:2] == ["Ben", "Lena"]
    with laptop.reading() as session:
        changes = [
            (r.author, [c.get("field") for c in r.changes])
            for r in history(session, find_postmortem(session, "PM-0001").id)
        ]
    assert ("Lena", ["summary"]) in changes  # the merge brought Ben's summary
    assert ("Lena", ["title"]) in changes
    ben.close()
    team.close()


def test_copies_never_pushed_between_two_databases_are_not_merged_blindly(
    laptop: Database, paths: Paths, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # SQLite on both sides: a second laptop's file holds the same UUID, changed.
    other = open_database(f"sqlite:///{tmp_path_factory.mktemp('other') / 'pmdesk.sqlite'}")
    status, said = cli(paths, laptop.url, "push", "PM-0001", "--to", other.url)
    assert status == 0, said
    with other.transaction() as session:
        session.info[AUTHOR_KEY] = "Ben"
        find_postmortem(session, "PM-0001").summary = "Ben's"
    third = open_database(f"sqlite:///{tmp_path_factory.mktemp('third') / 'pmdesk.sqlite'}")
    status, said = cli(paths, other.url, "push", "PM-0001", "--to", third.url)
    assert status == 0, said
    # The laptop and the third database never agreed on anything: refused.
    status, said = cli(paths, laptop.url, "push", "PM-0001", "--to", third.url)
    assert status == 2
    assert "never pushed or pulled between them" in said
    assert stored(third)[2] == "Ben's"
    assert stored(laptop)[2] == "Drafted offline."
    other.close()
    third.close()
