"""`load` of a file dumped before others changed the post-mortem: merged field by field
when nothing conflicts, refused with a sentence naming what does — never a silent
overwrite; publication history is never rewritten."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from sqlalchemy import text

from pmdesk.cli import run
from pmdesk.errors import UserFacingError
from pmdesk.models import Status
from pmdesk.settings import Paths
from pmdesk.store import Database, open_database
from pmdesk.store.interchange import dump_postmortem, load_postmortem
from pmdesk.store.interchange_check import InvalidDocument, check_document
from pmdesk.store.publications import publish
from pmdesk.store.queries import find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, history
from tests.unit.store.test_interchange import _normalise, documents


@pytest.fixture
def dumped(db: Database, sample_document: dict[str, Any]) -> dict[str, Any]:
    """The sample, stored, and a dump of it as two people take it home."""
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    with db.reading() as session:
        return dump_postmortem(find_postmortem(session, "PM-0001"))


def load(db: Database, document: dict[str, Any], author: str = "Ben") -> None:
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = author
        load_postmortem(session, document)


def stored(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        postmortem: dict[str, Any] = dump_postmortem(find_postmortem(session, "PM-0001"))[
            "postmortem"
        ]
        return postmortem


def edited(document: dict[str, Any], **fields: Any) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    copied["postmortem"].update(fields)
    return copied


def test_a_stale_file_that_changed_other_fields_is_merged(
    db: Database, dumped: dict[str, Any]
) -> None:
    load(db, edited(dumped, title="Lena's title"), "Lena")
    load(db, edited(dumped, summary="Ben's summary"), "Ben")
    now = stored(db)
    assert now["title"] == "Lena's title"
    assert now["summary"] == "Ben's summary"
    # Ben's load changed the summary, nothing else.
    with db.reading() as session:
        last = history(session, find_postmortem(session, "PM-0001").id)[0]
        assert last.author == "Ben"
        assert [(c["part"], c.get("field")) for c in last.changes] == [("postmortem", "summary")]


def test_a_stale_file_that_changed_the_same_field_is_refused_naming_it(
    db: Database, dumped: dict[str, Any]
) -> None:
    load(db, edited(dumped, summary="Lena's summary"), "Lena")
    before = stored(db)
    lena_event = copy.deepcopy(dumped)
    lena_event["postmortem"]["timeline"][0]["text"] = "Lena's wording"
    ben = edited(dumped, summary="Ben's summary", title="Ben's title")
    ben["postmortem"]["timeline"][0]["text"] = "Ben's wording"
    load(db, lena_event, "Lena")
    with pytest.raises(UserFacingError) as refused:
        load(db, ben, "Ben")
    message = refused.value.message
    assert message == (
        "Nothing was loaded: PM-0001 has changed since this file was dumped (version 1, now 3) "
        "in the same things the file changes: Summary; Event 08:41 · Text."
    )
    after = stored(db)
    assert after["title"] == before["title"]
    assert after["summary"] == "Lena's summary"


def test_the_review_meeting_merges_like_any_field(db: Database, dumped: dict[str, Any]) -> None:
    load(db, edited(dumped, title="Lena's title"), "Lena")
    load(db, edited(dumped, review_meeting_at="2026-10-16T13:30:00Z"), "Ben")
    now = stored(db)
    assert (now["title"], now["review_meeting_at"]) == ("Lena's title", "2026-10-16T13:30:00Z")

    with pytest.raises(UserFacingError) as refused:
        load(db, edited(dumped, review_meeting_at="2026-10-17T09:00:00Z"), "Lena")
    assert refused.value.message.endswith("in the same thing the file changes: Review meeting.")
    assert stored(db)["review_meeting_at"] == "2026-10-16T13:30:00Z"


def test_parts_added_changed_and_removed_on_both_sides_merge(
    db: Database, dumped: dict[str, Any]
) -> None:
    lena = copy.deepcopy(dumped)
    lena_event = {**lena["postmortem"]["timeline"][2], "text": "Lena remembers", "fingerprint": "l"}
    lena["postmortem"]["timeline"].insert(3, {**lena_event, "ref": "e999"})
    lena["postmortem"]["lessons"][0]["text"] = "Lena's lesson"
    load(db, lena, "Lena")

    ben = copy.deepcopy(dumped)
    ben_event = {**ben["postmortem"]["timeline"][5], "text": "Ben remembers", "fingerprint": "b"}
    ben["postmortem"]["timeline"].insert(6, {**ben_event, "ref": "e998"})
    ben["postmortem"]["lessons"][1]["text"] = "Ben's lesson"
    removed = ben["postmortem"]["contributing_factors"].pop(0)
    load(db, ben, "Ben")

    now = stored(db)
    texts = [event["text"] for event in now["timeline"]]
    assert "Lena remembers" in texts
    assert "Ben remembers" in texts
    assert len(texts) == len(dumped["postmortem"]["timeline"]) + 2
    assert [lesson["text"] for lesson in now["lessons"][:2]] == ["Lena's lesson", "Ben's lesson"]
    assert removed not in now["contributing_factors"]


def test_a_part_changed_in_the_file_and_removed_since_is_refused(
    db: Database, dumped: dict[str, Any]
) -> None:
    lena = copy.deepcopy(dumped)
    lesson = lena["postmortem"]["lessons"].pop(0)
    load(db, lena, "Lena")
    ben = copy.deepcopy(dumped)
    ben["postmortem"]["lessons"][0]["text"] = "Ben sharpened it"
    with pytest.raises(UserFacingError, match="changed in the file, removed here"):
        load(db, ben)
    assert lesson not in stored(db)["lessons"]


def test_a_stale_load_keeps_the_publication_history_and_status(
    db: Database, dumped: dict[str, Any]
) -> None:
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        publish(session, pm, formats=["md"], profile="internal", content_hash="a" * 64)
    published = stored(db)["publications"]
    load(db, edited(dumped, title="Renamed offline"))
    now = stored(db)
    assert now["title"] == "Renamed offline"
    assert now["status"] == Status.PUBLISHED.value
    assert now["publications"] == published


def test_a_file_as_stored_changes_nothing_and_keeps_every_part(
    db: Database, dumped: dict[str, Any]
) -> None:
    with db.reading() as session:
        version = find_postmortem(session, "PM-0001").version
        ids = [e.id for e in find_postmortem(session, "PM-0001").timeline_events]
    load(db, dumped)
    load(db, edited(dumped, title="Only the title"))
    with db.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        # Changed in place: the parts are the same rows, the history names one field.
        assert [e.id for e in pm.timeline_events] == ids
        assert pm.version == version + 1
        (last, *_older) = history(session, pm.id)
        assert [c.get("field") for c in last.changes] == ["title"]
    expected = edited(dumped, title="Only the title")["postmortem"]
    now = stored(db)
    for stamp in ("version", "updated_at"):
        expected.pop(stamp)
        now.pop(stamp)
    assert now == expected


def test_changes_not_in_the_history_cannot_be_merged(db: Database, dumped: dict[str, Any]) -> None:
    load(db, edited(dumped, title="Lena's title"), "Lena")
    with db.transaction() as session:
        session.execute(text("DELETE FROM revisions"))
    with pytest.raises(UserFacingError, match="not all of that is in its history"):
        load(db, edited(dumped, summary="Ben's summary"))
    assert stored(db)["title"] == "Lena's title"


def test_pmdesk_load_refuses_a_conflicting_stale_file_with_exit_status_2(
    paths: Paths, db: Database, dumped: dict[str, Any], tmp_path: Path
) -> None:
    load(db, edited(dumped, summary="Lena's summary"), "Lena")
    stale = tmp_path / "ben.json"
    stale.write_text(json.dumps(edited(dumped, summary="Ben's summary")), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["load", str(stale)], paths=paths, stdout=out, stderr=err) == 2
    assert err.getvalue() == (
        "pmdesk: Nothing was loaded: PM-0001 has changed since this file was dumped "
        "(version 1, now 2) in the same thing the file changes: Summary. Dump PM-0001 again, "
        "make your changes in that file, and load it.\n"
    )
    assert stored(db)["summary"] == "Lena's summary"


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """What a load into a stored post-mortem sets: all but its identity, stamps and
    publication history. Imports and kept findings have no order of their own (they
    are listed as stored), so events name their import by what it is."""
    postmortem = {
        k: v
        for k, v in _normalise(document)["postmortem"].items()
        if k not in ("uuid", "key", "created_at", "updated_at", "version", "publications")
    }
    imports = {
        item["ref"]: {k: v for k, v in item.items() if k != "ref"} for item in postmortem["imports"]
    }
    postmortem["imports"] = _sorted(list(imports.values()))
    for event in postmortem["timeline"]:
        event["import"] = imports.get(event["import"])
    postmortem["acknowledgements"] = _sorted(postmortem["acknowledgements"])
    return postmortem


def _valid(document: dict[str, Any]) -> bool:
    times = [event["occurred_at"] for event in document["postmortem"]["timeline"]]
    try:
        check_document(copy.deepcopy(document))
    except InvalidDocument:
        return False
    return len(set(times)) == len(times)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=documents(), second=documents())
def test_any_file_loads_in_place_over_what_is_stored(
    first: dict[str, Any], second: dict[str, Any]
) -> None:
    assume(_valid(first) and _valid(second))
    replacement = copy.deepcopy(second)
    replacement["postmortem"].update(
        uuid=first["postmortem"]["uuid"], version=first["postmortem"]["version"], publications=[]
    )
    if replacement["postmortem"]["status"] == "published":
        replacement["postmortem"]["status"] = "in_review"
    database = open_database("sqlite://")
    try:
        with database.transaction() as session:
            load_postmortem(session, first)
        with database.transaction() as session:
            load_postmortem(session, replacement)
        with database.transaction() as session:
            pm = find_postmortem(session, first["postmortem"]["uuid"])
            assert _comparable(dump_postmortem(pm)) == _comparable(replacement)
    finally:
        database.close()
