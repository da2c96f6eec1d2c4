"""The three-way merge of unsaved changes with what others saved meanwhile, without Qt:
one session plays the open window, short transactions play the others."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session

from pmdesk.domain.edits import InsertItem, SetValue
from pmdesk.models import ContributingFactor, Postmortem
from pmdesk.store import Database
from pmdesk.store.engine import SQLITE_BEGIN, begin_write
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.merge import Choice, Conflict, ConflictKind, capture, find_conflicts, settle
from pmdesk.store.queries import find_postmortem
from pmdesk.store.revisions import AUTHOR_KEY, revisions_since


@pytest.fixture
def window(db: Database, sample_document: dict[str, Any]) -> Iterator[Session]:
    """A session holding the sample, as an open window does: its reads hold no lock."""
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    session = db.sessions(bind=db.engine.execution_options(**{SQLITE_BEGIN: ""}), autoflush=False)
    yield session
    session.close()


def others(db: Database, change: Callable[[Postmortem], object]) -> None:
    with db.transaction() as session:
        session.info[AUTHOR_KEY] = "Lena"
        change(find_postmortem(session, "PM-0001"))


def save(session: Session) -> None:
    begin_write(session)
    session.commit()


def rebase(session: Session, pm: Postmortem, replay: Callable[[], object]) -> list[Conflict]:
    """What the window does on save: capture, roll back, read afresh, replay."""
    base = pm.version
    unsaved = capture(session, pm)
    session.rollback()
    fresh = find_postmortem(session, "PM-0001")
    for collection in ("lessons", "contributing_factors", "why_nodes", "action_items"):
        getattr(fresh, collection)
    found, complete = revisions_since(session, pm.id, base, fresh.version)
    assert complete
    conflicts = find_conflicts(unsaved, found)
    replay()
    settle(session, fresh)
    return conflicts


def test_capture_lists_changed_fields_with_both_values(db: Database, window: Session) -> None:
    pm = find_postmortem(window, "PM-0001")
    old_title = pm.title
    pm.title = "Mine"
    removed = pm.lessons[0]
    pm.lessons.remove(removed)
    unsaved = capture(window, pm)
    kinds = {(c.what, c.field) for c in unsaved.changes}
    assert ("field", "title") in kinds
    assert ("removed", None) in kinds
    title = next(c for c in unsaved.changes if c.field == "title")
    assert (title.old, title.new) == (old_title, "Mine")


def test_different_fields_merge_and_the_same_field_conflicts(db: Database, window: Session) -> None:
    pm = find_postmortem(window, "PM-0001")
    base_summary = pm.summary
    pm.title = "My title"
    pm.summary = "My summary"
    pm.severity = 1
    others(db, lambda theirs: setattr(theirs, "customer_impact", "Their impact"))
    others(db, lambda theirs: setattr(theirs, "summary", "Their summary"))
    others(db, lambda theirs: setattr(theirs, "severity", 1))  # the same value: no conflict

    def replay() -> None:
        pm.title, pm.summary, pm.severity = "My title", "My summary", 1

    (conflict,) = rebase(window, pm, replay)
    assert conflict.kind is ConflictKind.BOTH_CHANGED
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "summary",
        base_summary,
        "My summary",
        "Their summary",
    )
    assert conflict.authors == ("Lena",)
    assert pm.customer_impact == "Their impact"  # theirs, read afresh

    take = conflict.resolution(Choice.TAKE_THEIRS)
    assert isinstance(take, SetValue)
    assert (take.target, take.attribute, take.value) == (pm, "summary", "Their summary")
    assert conflict.resolution(Choice.KEEP_MINE) is None
    merged = conflict.resolution(Choice.MERGED, "Both summaries")
    assert isinstance(merged, SetValue)
    assert merged.value == "Both summaries"


def test_only_texts_are_merged_by_hand(db: Database, window: Session) -> None:
    pm = find_postmortem(window, "PM-0001")
    pm.severity = 1
    others(db, lambda theirs: setattr(theirs, "severity", 4))
    (conflict,) = rebase(window, pm, lambda: setattr(pm, "severity", 1))
    assert not conflict.can_edit_a_merge
    with pytest.raises(ValueError, match="only two texts"):
        conflict.resolution(Choice.MERGED, "3")


def test_a_part_changed_here_and_removed_there(db: Database, window: Session) -> None:
    pm = find_postmortem(window, "PM-0001")
    factor = pm.contributing_factors[0]
    factor.text = "Sharpened here"
    others(db, lambda theirs: theirs.contributing_factors.pop(0))
    (conflict,) = rebase(window, pm, lambda: setattr(factor, "text", "Sharpened here"))
    assert conflict.kind is ConflictKind.THEY_REMOVED
    assert conflict.target is factor
    assert factor not in window  # detached: it comes back only if kept
    keep = conflict.resolution(Choice.KEEP_MINE)
    assert isinstance(keep, InsertItem)
    keep.apply()
    save(window)
    texts = [f.text for f in find_postmortem(window, "PM-0001").contributing_factors]
    assert "Sharpened here" in texts


def test_a_part_removed_here_and_changed_there(db: Database, window: Session) -> None:
    pm = find_postmortem(window, "PM-0001")
    factor = pm.contributing_factors[0]
    pm.contributing_factors.remove(factor)

    def sharpen(theirs: Postmortem) -> None:
        theirs.contributing_factors[0].text = "Sharpened there"

    others(db, sharpen)
    (conflict,) = rebase(window, pm, lambda: pm.contributing_factors.remove(factor))
    assert conflict.kind is ConflictKind.YOU_REMOVED
    assert conflict.theirs["text"] == "Sharpened there"
    assert conflict.resolution(Choice.KEEP_MINE) is None
    take = conflict.resolution(Choice.TAKE_THEIRS)
    assert isinstance(take, InsertItem)


def test_order_and_links_never_conflict(db: Database, window: Session) -> None:
    pm = find_postmortem(window, "PM-0001")
    first, second = pm.contributing_factors[:2]
    why = pm.why_nodes[0]
    event = pm.timeline_events[0]

    def mine() -> None:
        first.position, second.position = second.position, first.position
        if event not in why.evidence:
            why.evidence.append(event)

    mine()

    def theirs(other: Postmortem) -> None:
        other.contributing_factors[0].position = 7
        linked = next(w for w in other.why_nodes if w.id == why.id)
        cited = next(e for e in other.timeline_events if e.id == event.id)
        if cited not in linked.evidence:
            linked.evidence.append(cited)
        other.contributing_factors.append(ContributingFactor(text="Theirs", position=8))

    others(db, theirs)
    assert rebase(window, pm, mine) == []
    # The same event cited on both sides: once.
    assert [e.id for e in why.evidence].count(event.id) == 1
    save(window)
    assert "Theirs" in [f.text for f in find_postmortem(window, "PM-0001").contributing_factors]
