"""Seen before: earlier reviews like the one being written, with their actions' state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pmdesk.domain.actions import new_action_item
from pmdesk.domain.related import SimilarityIndex, draft_query, words_of
from pmdesk.models import ActionStatus, ContributingFactor, WhyNode
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem, find_postmortem
from pmdesk.store.related import related_reviews

TODAY = date(2026, 12, 3)
START = datetime(2026, 6, 1, tzinfo=UTC)


def cause(text: str) -> WhyNode:
    return WhyNode(text=text, is_root_cause=True)


def fill(db: Database) -> None:
    with db.transaction() as session:
        pooler = create_postmortem(
            session, "Checkout errors after failover", services=["checkout", "pgbouncer"],
            created_at=START,
        )  # fmt: skip
        pooler.why_nodes = [cause("PgBouncer kept the old primary address after the failover")]
        reload = new_action_item(title="Add pooler reload")
        reload.due_on = date(2026, 7, 1)
        done = new_action_item(title="Document the failover")
        done.status, done.position = ActionStatus.DONE, 1
        pooler.action_items = [reload, done]
        certificate = create_postmortem(
            session, "Certificate expiry", services=["edge"], created_at=START + timedelta(1)
        )
        certificate.why_nodes = [cause("Certificates were renewed by hand and one was forgotten")]
        search = create_postmortem(
            session, "Slow search", services=["search", "checkout"], tags=["latency"],
            created_at=START + timedelta(2),
        )  # fmt: skip
        search.why_nodes = [cause("An index rebuild ran during peak hours")]
        draft = create_postmortem(
            session, "Payments failing", services=["payments", "checkout"],
            created_at=START + timedelta(30),
        )  # fmt: skip
        draft.why_nodes = [cause("After the failover PgBouncer still pointed at the old primary")]
        draft.contributing_factors = [ContributingFactor(text="No alert on pooler errors")]
        # Written after the draft: not "seen before".
        later = create_postmortem(
            session, "Pooler again", services=["pgbouncer"], created_at=START + timedelta(60)
        )
        later.why_nodes = [cause("PgBouncer kept the old primary address after the failover")]


def test_identifiers_stay_whole_and_filler_words_go() -> None:
    assert words_of("The pg_wal volume of db-01 was full, and it's 2.3 GB") == [
        "pg_wal",
        "volume",
        "db-01",
        "full",
    ]


def test_cosine_similarity_ranks_the_closer_text_first() -> None:
    index = SimilarityIndex(
        {1: "pooler kept the old primary address", 2: "certificate renewed by hand", 3: ""}
    )
    scores = index.query("the pooler pointed at the old primary")
    assert set(scores) == {1}
    assert 0.4 < scores[1] < 1.0
    assert index.query("") == {}


def test_earlier_reviews_with_a_similar_cause_come_first_with_their_actions(
    db: Database,
) -> None:
    fill(db)
    with db.reading() as session:
        query = draft_query(find_postmortem(session, "PM-0004"))

    related = related_reviews(db, query, TODAY)

    assert [r.key for r in related] == ["PM-0001", "PM-0003"]
    pooler, search = related
    assert pooler.has_similar_cause
    assert pooler.matching_cause == "PgBouncer kept the old primary address after the failover"
    assert pooler.shared_services == ("checkout",)
    assert pooler.summary() == (
        "PM-0001 had a similar root cause; its action 'Add pooler reload' is still open "
        "and overdue."
    )
    assert not search.has_similar_cause
    assert search.summary() == "PM-0003 shared checkout; it has no action items."


def test_the_index_follows_changes_to_the_library(db: Database) -> None:
    fill(db)
    with db.reading() as session:
        query = draft_query(find_postmortem(session, "PM-0004"))
    assert related_reviews(db, query, TODAY)[0].has_similar_cause
    with db.transaction() as session:
        (node,) = find_postmortem(session, "PM-0001").why_nodes
        node.text = "A disk filled up with debug logs"
    pooler = next(r for r in related_reviews(db, query, TODAY) if r.key == "PM-0001")
    assert not pooler.has_similar_cause
    assert pooler.summary().startswith("PM-0001 shared checkout;")


def test_related_reviews_are_in_the_internal_appendix_only(db: Database) -> None:
    from pmdesk.domain.pseudonyms import ExportProfile
    from pmdesk.exporters.html import ExportOptions, render_html
    from pmdesk.exporters.related import related_for_export

    fill(db)
    with db.reading() as session:
        pm = find_postmortem(session, "PM-0004")
        internal, public = (
            render_html(
                pm,
                options=ExportOptions(
                    profile=profile, related_reviews=related_for_export(db, pm, profile, TODAY)
                ),
            )
            for profile in (ExportProfile.INTERNAL, ExportProfile.PUBLIC)
        )
    appendix = internal.split("<h3>Related reviews</h3>", 1)[1].split("</ul>", 1)[0]
    assert "<strong>PM-0001</strong> · Checkout errors after failover: PM-0001 had a similar" in (
        appendix
    )
    assert "Related reviews" not in public
    assert "Checkout errors after failover" not in public
