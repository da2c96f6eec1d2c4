"""Two open post-mortems on one database never lose each other's edits: different
fields and parts merge by themselves; the same field is offered as a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.domain.edits import InsertItem, RemoveItem, SetValue
from pmdesk.domain.whys import link_evidence
from pmdesk.models import Postmortem, Status, TimelineEvent
from pmdesk.store import Database
from pmdesk.store.merge import Choice, ConflictKind
from pmdesk.store.publications import publish
from pmdesk.store.queries import find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, history
from pmdesk.ui.document import PostmortemDocument


@pytest.fixture
def two(qtbot: QtBot, db: Database, sample_id: int) -> Iterator[tuple[PostmortemDocument, ...]]:
    """The sample open twice, as by two people (Lena here, Ben there)."""
    documents = (PostmortemDocument(db, sample_id), PostmortemDocument(db, sample_id))
    for document, author in zip(documents, ("Lena", "Ben"), strict=True):
        document.session.info[AUTHOR_KEY] = author
    yield documents
    for document in documents:
        document.session.close()


def stored(db: Database) -> Postmortem:
    """The sample as stored (detached, fully loaded)."""
    with db.reading() as session:
        pm = find_postmortem(session, "PM-0001")
        for collection in (
            "timeline_events",
            "lessons",
            "why_nodes",
            "action_items",
            "contributing_factors",
        ):
            getattr(pm, collection)
        for why in pm.why_nodes:
            _ = why.evidence
        session.expunge_all()
    return pm


def new_event(text: str, minute: int) -> TimelineEvent:
    return TimelineEvent(
        occurred_at=datetime(2026, 10, 14, 9, minute, tzinfo=UTC),
        text=text,
        fingerprint=f"manual-{text}",
        source="manual",
        kind="note",
        flags=[],
        is_internal_only=False,
        source_zone="UTC",
        original_time="",
    )


def test_changes_to_different_fields_are_both_kept_and_shown(
    qtbot: QtBot, db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    lena.push(SetValue(lena.postmortem, "title", "Checkout down after a failover"))
    ben.push(SetValue(ben.postmortem, "summary", "Ben's summary"))
    assert lena.save()
    with qtbot.waitSignal(ben.merged) as merged, qtbot.waitSignal(ben.edited) as edited:
        assert ben.save()

    pm = stored(db)
    assert pm.title == "Checkout down after a failover"
    assert pm.summary == "Ben's summary"
    # Ben's window shows Lena's title now, without reopening.
    assert [revision.author for revision in merged.args[0]] == ["Lena"]
    assert ben.postmortem in edited.args[0]
    assert ben.postmortem.title == "Checkout down after a failover"
    assert not ben.conflicts
    # And Lena's next save brings Ben's summary into her window.
    lena.push(SetValue(lena.postmortem, "customer_impact", "38 % of checkouts failed"))
    assert lena.save()
    assert lena.postmortem.summary == "Ben's summary"
    assert stored(db).customer_impact == "38 % of checkouts failed"
    assert lena.base_version == ben.base_version + 1 == stored(db).version


def test_parts_added_and_changed_on_both_sides_are_all_kept(
    db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    lena.push(InsertItem(lena.postmortem, "timeline_events", new_event("Lena remembers", 5)))
    lena.push(SetValue(lena.postmortem.lessons[0], "text", "Promotion took 28 s"))
    ben.push(InsertItem(ben.postmortem, "timeline_events", new_event("Ben remembers", 6)))
    ben.push(SetValue(ben.postmortem.lessons[1], "text", "Paging was slow"))
    event = ben.postmortem.timeline_events[0]
    why = ben.postmortem.why_nodes[0]
    assert lena.save()
    assert ben.save()

    pm = stored(db)
    texts = [e.text for e in pm.timeline_events]
    assert "Lena remembers" in texts
    assert "Ben remembers" in texts
    assert [lesson.text for lesson in pm.lessons[:2]] == ["Promotion took 28 s", "Paging was slow"]
    assert "Lena remembers" in [e.text for e in ben.postmortem.timeline_events]

    # Both cite the same event for the same why: stored once.
    for document in (lena, ben):
        target = next(w for w in document.postmortem.why_nodes if w.id == why.id)
        cited = next(e for e in document.postmortem.timeline_events if e.id == event.id)
        edit = link_evidence(target, [cited])
        assert edit is not None
        document.push(edit)
    assert lena.save()
    assert ben.save()
    evidence = [e.id for e in next(w for w in stored(db).why_nodes if w.id == why.id).evidence]
    assert evidence.count(event.id) == 1


def test_the_same_field_changed_on_both_sides_is_a_conflict_until_chosen(
    qtbot: QtBot, db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    base = lena.postmortem.summary
    lena.push(SetValue(lena.postmortem, "summary", "Lena's summary"))
    ben.push(SetValue(ben.postmortem, "summary", "Ben's summary"))
    ben.push(SetValue(ben.postmortem, "title", "Ben's title"))
    assert lena.save()
    with qtbot.waitSignal(ben.conflicts_found):
        assert not ben.save()

    (conflict,) = ben.conflicts
    assert conflict.kind is ConflictKind.BOTH_CHANGED
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "summary",
        base,
        "Ben's summary",
        "Lena's summary",
    )
    assert conflict.authors == ("Lena",)
    assert conflict.can_edit_a_merge
    # Nothing of Ben's is stored before he chooses; his window keeps showing his text.
    assert not ben.save()
    assert stored(db).summary == "Lena's summary"
    assert stored(db).title != "Ben's title"
    assert ben.postmortem.summary == "Ben's summary"
    assert "choose which version to keep" in (ben.last_error or "")

    ben.resolve([(conflict, Choice.MERGED, "Lena's and Ben's summary")])
    assert ben.save()
    assert stored(db).summary == "Lena's and Ben's summary"
    assert stored(db).title == "Ben's title"
    # The choice is one undo step.
    ben.undo_stack.undo()
    assert ben.postmortem.summary == "Ben's summary"


@pytest.mark.parametrize(
    ("choice", "expected"), [(Choice.KEEP_MINE, "Ben's"), (Choice.TAKE_THEIRS, "Lena's")]
)
def test_keep_mine_or_take_theirs(
    qtbot: QtBot,
    db: Database,
    two: tuple[PostmortemDocument, PostmortemDocument],
    choice: Choice,
    expected: str,
) -> None:
    lena, ben = two
    lena.push(SetValue(lena.postmortem.action_items[0], "owner", "Lena's"))
    ben.push(SetValue(ben.postmortem.action_items[0], "owner", "Ben's"))
    assert lena.save()
    assert not ben.save()
    ben.resolve([(ben.conflicts[0], choice, None)])
    assert ben.save()
    assert stored(db).action_items[0].owner == expected
    assert ben.postmortem.action_items[0].owner == expected
    # Lena's window follows once she saves something.
    lena.push(SetValue(lena.postmortem, "severity", 1))
    assert lena.save()
    assert lena.postmortem.action_items[0].owner == expected


def test_a_part_changed_here_and_removed_there_is_a_conflict(
    qtbot: QtBot, db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    removed = lena.postmortem.lessons[0]
    lena.push(RemoveItem(lena.postmortem, "lessons", removed))
    mine = next(lesson for lesson in ben.postmortem.lessons if lesson.id == removed.id)
    ben.push(SetValue(mine, "text", "Ben adds a detail"))
    assert lena.save()
    assert not ben.save()

    (conflict,) = ben.conflicts
    assert conflict.kind is ConflictKind.THEY_REMOVED
    assert conflict.authors == ("Lena",)
    ben.resolve([(conflict, Choice.KEEP_MINE, None)])
    assert ben.save()
    assert "Ben adds a detail" in [lesson.text for lesson in stored(db).lessons]


def test_a_part_removed_here_and_changed_there_comes_back_if_chosen(
    qtbot: QtBot, db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    changed = lena.postmortem.contributing_factors[0]
    lena.push(SetValue(changed, "text", "Lena sharpened this"))
    mine = next(f for f in ben.postmortem.contributing_factors if f.id == changed.id)
    ben.push(RemoveItem(ben.postmortem, "contributing_factors", mine))
    count = len(stored(db).contributing_factors)
    assert lena.save()
    assert not ben.save()

    (conflict,) = ben.conflicts
    assert conflict.kind is ConflictKind.YOU_REMOVED
    ben.resolve([(conflict, Choice.TAKE_THEIRS, None)])
    assert ben.save()
    factors = [f.text for f in stored(db).contributing_factors]
    assert len(factors) == count
    assert "Lena sharpened this" in factors


def test_a_part_removed_on_both_sides_is_no_conflict(
    db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    for document in two:
        lesson = document.postmortem.lessons[0]
        document.push(RemoveItem(document.postmortem, "lessons", lesson))
    assert lena.save()
    assert ben.save()
    assert not ben.conflicts
    assert len(stored(db).lessons) == len(ben.postmortem.lessons)


def test_every_merged_save_is_in_the_history_under_its_author(
    db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    lena.push(SetValue(lena.postmortem, "title", "Lena's title"))
    ben.push(SetValue(ben.postmortem, "summary", "Ben's summary"))
    assert lena.save()
    assert ben.save()
    with db.reading() as session:
        rows = history(session, find_postmortem(session, "PM-0001").id)
        assert [(r.author, [c["field"] for c in r.changes]) for r in rows[:2]] == [
            ("Ben", ["summary"]),
            ("Lena", ["title"]),
        ]


def test_a_publish_from_the_window_is_not_merged_in_as_someone_elses_change(
    qtbot: QtBot, db: Database, two: tuple[PostmortemDocument, PostmortemDocument]
) -> None:
    lena, ben = two
    # As the Publish step does: save, then record the publish in its own transaction.
    lena.push(SetValue(lena.postmortem, "title", "Ready to publish"))
    assert lena.save()
    with db.transaction() as session:
        publish(
            session,
            find_postmortem(session, "PM-0001"),
            formats=["md"],
            profile="internal",
            content_hash="a" * 64,
        )
    lena.reload_published_state()
    lena.push(SetValue(lena.postmortem, "summary", "After the publish"))
    with qtbot.assertNotEmitted(lena.merged):
        assert lena.save()
    # Someone else's window still merges it, publish included.
    ben.push(SetValue(ben.postmortem, "customer_impact", "Ben's impact"))
    with qtbot.waitSignal(ben.merged):
        assert ben.save()
    assert ben.postmortem.status is Status.PUBLISHED
    assert stored(db).summary == "After the publish"
