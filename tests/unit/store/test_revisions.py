"""The audit trail: every writer records who changed what, field by field, with no call
of its own; quick saves by one person on the same fields fold into one revision."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pmdesk.cli import run
from pmdesk.models import ContributingFactor, Postmortem
from pmdesk.settings import Paths, Preferences, save_preferences
from pmdesk.store import Database
from pmdesk.store import revisions as revisions_module
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, history, revisions_since

DATA = Path(__file__).parents[2] / "data"


def revisions_of(db: Database, key: str = "PM-0001") -> list[dict[str, Any]]:
    """Oldest first, as plain values."""
    with db.reading() as session:
        pm = find_postmortem(session, key)
        return [
            {
                "base_version": r.base_version,
                "version": r.version,
                "author": r.author,
                "changes": r.changes,
            }
            for r in reversed(history(session, pm.id))
        ]


def stored_version(db: Database, key: str = "PM-0001") -> int:
    with db.reading() as session:
        return find_postmortem(session, key).version


@pytest.fixture
def loaded(db: Database, sample_document: dict[str, Any]) -> Database:
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    return db


def test_a_save_records_each_changed_field_and_part_old_and_new(loaded: Database) -> None:
    db = loaded
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = "Priya"
        pm = find_postmortem(session, "PM-0001")
        old_title = pm.title
        event = pm.timeline_events[0]
        old_text = event.text
        pm.title = "Checkout down after a failover"
        event.text = "archive_command failed"
        removed = pm.lessons[0]
        removed_text = removed.text
        pm.lessons.remove(removed)
        pm.contributing_factors.append(ContributingFactor(text="No disk alert", position=9))
        pm.why_nodes[1].evidence.append(pm.timeline_events[3])
        linked = pm.timeline_events[3].id
        event_id, lesson_id = event.id, removed.id

    created, saved = revisions_of(db)
    assert created["changes"][0]["part"] == "postmortem"
    assert "added" in created["changes"][0]
    assert saved["author"] == "Priya"
    assert saved["version"] == stored_version(db)
    assert saved["base_version"] == created["version"]
    by_key = {(c["part"], c.get("field"), c["id"]): c for c in saved["changes"]}
    title = by_key["postmortem", "title", 1]
    assert (title["old"], title["new"]) == (old_title, "Checkout down after a failover")
    text = by_key["timeline_event", "text", event_id]
    assert (text["old"], text["new"]) == (old_text, "archive_command failed")
    assert text["label"].startswith("Event ")
    lesson = by_key["lesson", None, lesson_id]
    assert lesson["removed"]["text"] == removed_text
    (factor,) = [c for c in saved["changes"] if c["part"] == "contributing_factor"]
    assert factor["added"]["text"] == "No disk alert"
    assert isinstance(factor["id"], int)
    evidence = next(c for c in saved["changes"] if c.get("field") == "evidence")
    assert linked in evidence["new"]
    assert linked not in evidence["old"]


def test_private_notes_are_recorded_as_changed_without_their_text(loaded: Database) -> None:
    with loaded.transaction() as session:
        session.info[AUTHOR_KEY] = "Priya"
        find_postmortem(session, "PM-0001").facilitator_notes = "Ben seemed tired"
    changes = revisions_of(loaded)[-1]["changes"]
    assert changes == [
        {
            "part": "postmortem",
            "id": 1,
            "label": "PM-0001",
            "field": "facilitator_notes",
            "private": True,
        }
    ]
    with loaded.reading() as session:
        assert "Ben seemed tired" not in json.dumps(
            [r.changes for r in history(session, find_postmortem(session, "PM-0001").id)]
        )


def test_quick_saves_by_one_person_on_the_same_field_fold_into_one_revision(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [datetime(2026, 12, 3, 9, 0, tzinfo=UTC)]
    monkeypatch.setattr(revisions_module, "utc_now", lambda: clock[0])
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = "Lena"
        create_postmortem(session, "Queue backlog")

    def save(author: str, **fields: str) -> None:
        with db.transaction() as session:
            session.info[AUTHOR_KEY] = author
            pm = find_postmortem(session, "PM-0001")
            for name, value in fields.items():
                setattr(pm, name, value)

    for typed in ("T", "Th", "The queue"):
        save("Priya", summary=typed)
        clock[0] += timedelta(seconds=1)
    folded = revisions_of(db)[-1]
    assert (folded["base_version"], folded["version"]) == (1, 4)
    assert folded["changes"] == [
        {
            "part": "postmortem",
            "id": 1,
            "label": "PM-0001",
            "field": "summary",
            "old": "",
            "new": "The queue",
        }
    ]

    save("Ben", summary="The queue grew")  # someone else: a revision of its own
    save("Priya", summary="The queue grew fast")  # not consecutive with her last one
    clock[0] += timedelta(minutes=3)
    save("Priya", summary="The queue grew fast.")  # a pause: a new one
    save("Priya", title="Queue backlog on Monday")  # another field: a new one
    rows = revisions_of(db)
    assert [(r["author"], r["base_version"], r["version"]) for r in rows] == [
        ("Lena", 1, 1),
        ("Priya", 1, 4),
        ("Ben", 4, 5),
        ("Priya", 5, 6),
        ("Priya", 6, 7),
        ("Priya", 7, 8),
    ]
    # Typing a text back to what it was leaves no change behind, but the versions
    # stay covered.
    save("Priya", title="Queue backlog")
    assert rows[-1]["changes"][0]["field"] == "title"
    last = revisions_of(db)[-1]
    assert (last["version"], last["changes"]) == (9, [])


def test_every_version_is_accounted_for(loaded: Database) -> None:
    db = loaded
    start = stored_version(db)
    for title in ("One", "Two"):
        with db.transaction() as session:
            session.info[AUTHOR_KEY] = title  # two people: two revisions
            find_postmortem(session, "PM-0001").title = title
    with db.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        found, complete = revisions_since(session, pm.id, start, pm.version)
        assert complete
        assert [r.author for r in found] == ["One", "Two"]
        # Before the post-mortem came here nothing is known.
        _found, complete = revisions_since(session, pm.id, start - 1, pm.version)
        assert not complete


def test_every_writer_records_a_revision(paths: Paths, db: Database) -> None:
    def pmdesk(*argv: str) -> str:
        out, err = io.StringIO(), io.StringIO()
        assert run(list(argv), paths=paths, stdout=out, stderr=err) == 0, err.getvalue()
        return out.getvalue()

    pmdesk("new", "--title", "Checkout errors")
    pmdesk(
        "--author",
        "Ben",
        "import-timeline",
        str(DATA / "imports" / "pagerduty_log_entries.json"),
        "--into",
        "PM-0001",
    )
    rows = revisions_of(db)
    assert rows[-1]["author"] == "Ben"
    assert any(c["part"] == "timeline_event" and "added" in c for c in rows[-1]["changes"])
    assert any(c["part"] == "import_batch" and "added" in c for c in rows[-1]["changes"])

    save_preferences(paths.preferences_file, Preferences(author_name="Priya Raman"))
    dumped = paths.data_dir.parent / "dump.json"
    pmdesk("dump", "PM-0001", "-o", str(dumped))
    document = json.loads(dumped.read_text(encoding="utf-8"))
    document["postmortem"]["summary"] = "Edited in the file"
    dumped.write_text(json.dumps(document), encoding="utf-8")
    pmdesk("load", str(dumped))
    last = revisions_of(db)[-1]
    assert last["author"] == "Priya Raman"
    assert {"part": "postmortem", "field": "summary", "new": "Edited in the file"}.items() <= next(
        c for c in last["changes"] if c.get("field") == "summary"
    ).items()


def test_history_lists_who_changed_what_newest_first(paths: Paths, db: Database) -> None:
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = "Priya"
        create_postmortem(session, "Queue backlog")
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = "Ben"
        find_postmortem(session, "PM-0001").severity = 2

    out, err = io.StringIO(), io.StringIO()
    assert run(["history", "PM-0001"], paths=paths, stdout=out, stderr=err) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("v2 ")
    assert lines[0].endswith("UTC  Ben")
    assert lines[1] == "    PM-0001: Severity (empty) → 2"
    assert lines[2].endswith("UTC  Priya")
    assert lines[3:] == ["    Created PM-0001"]

    out = io.StringIO()
    assert run(["history", "PM-0001", "--json"], paths=paths, stdout=out, stderr=err) == 0
    items = json.loads(out.getvalue())
    assert [(i["author"], i["version"]) for i in items] == [("Ben", 2), ("Priya", 1)]
    assert items[0]["changes"] == [
        {
            "part": "postmortem",
            "id": 1,
            "label": "PM-0001",
            "field": "severity",
            "old": None,
            "new": 2,
        }
    ]


def test_a_deleted_post_mortem_takes_its_history_with_it(db: Database) -> None:
    with db.transaction() as session:
        create_postmortem(session, "Queue backlog")
    with db.transaction() as session:
        session.delete(find_postmortem(session, "PM-0001"))
    with db.reading() as session:
        assert session.query(Postmortem).count() == 0
        assert history(session, 1) == []
