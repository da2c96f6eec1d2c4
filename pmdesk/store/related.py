"""Seen before, read from the library: earlier post-mortems like the one being written.

The similarity index over every review's root causes and contributing factors is built
once and kept per database until the library changes (its count or latest change
moves), so a draft's panel refreshes in milliseconds while the text is typed.
"""

from __future__ import annotations

import dataclasses
import heapq
import json
import threading
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pmdesk.domain.followup import is_overdue
from pmdesk.domain.related import (
    SIMILAR_CAUSE,
    DraftQuery,
    RelatedAction,
    RelatedReview,
    SimilarityIndex,
    best_matching,
)
from pmdesk.models import ActionStatus
from pmdesk.store.database import Database
from pmdesk.store.overdue import SIGNATURE_SQL, read_day, row_reader

__all__ = ["related_reviews"]

POSTMORTEMS_SQL = (
    "SELECT id, key, title, CAST(tags AS TEXT), CAST(services AS TEXT), created_at FROM postmortems"
)
CAUSES_SQL = "SELECT postmortem_id, text FROM why_nodes WHERE is_root_cause"
FACTORS_SQL = "SELECT postmortem_id, text FROM contributing_factors"


def _names(value: Any) -> frozenset[str]:
    names = json.loads(value) if isinstance(value, str) else value
    return frozenset(str(name).casefold() for name in names or ())


def _moment(value: Any) -> datetime:
    # Naive UTC as stored: compared only with each other.
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class _Review:
    key: str
    title: str
    tags: frozenset[str]
    services: frozenset[str]
    created_at: datetime
    causes: tuple[str, ...]


@dataclass(frozen=True)
class _LibraryIndex:
    signature: tuple[Any, ...]
    reviews: dict[int, _Review]
    texts: SimilarityIndex


# One index per database URL, replaced when the library changes.
_CACHE: dict[str, _LibraryIndex] = {}
_CACHE_LOCK = threading.Lock()


def _library_index(db: Database) -> _LibraryIndex:
    with row_reader(db) as read:
        signature = tuple(read(SIGNATURE_SQL, None)[0])
        cached = _CACHE.get(db.url)
        if cached is not None and cached.signature == signature:
            return cached
        causes: dict[int, list[str]] = defaultdict(list)
        texts: dict[int, list[str]] = defaultdict(list)
        for ident, text in read(CAUSES_SQL, None):
            causes[ident].append(text or "")
            texts[ident].append(text or "")
        for ident, text in read(FACTORS_SQL, None):
            texts[ident].append(text or "")
        reviews = {
            ident: _Review(
                key, title or "", _names(tags), _names(services), _moment(created),
                tuple(causes.get(ident, ())),
            )
            for ident, key, title, tags, services, created in read(POSTMORTEMS_SQL, None)
        }  # fmt: skip
    index = _LibraryIndex(
        signature, reviews, SimilarityIndex({i: "\n".join(t) for i, t in texts.items()})
    )
    # Kept for a database with a lasting name only: two in-memory databases share
    # their URL.
    if db.sqlite_file is not None or not db.url.startswith("sqlite"):
        with _CACHE_LOCK:
            _CACHE[db.url] = index
    return index


def related_reviews(
    db: Database, draft: DraftQuery, today: date, limit: int = 5
) -> list[RelatedReview]:
    """The post-mortems written before `draft` that are most like it, best first: a
    similar root cause or contributing factor, or a shared service or tag; each with
    its action items and their state on `today`."""
    index = _library_index(db)
    similarity = index.texts.query(draft.cause_text) if draft.cause_text.strip() else {}
    created = draft.created_at.replace(tzinfo=None) if draft.created_at else None
    candidates: list[tuple[float, str, int, float, tuple[str, ...], tuple[str, ...]]] = []
    for ident, review in index.reviews.items():
        if ident == draft.postmortem_id or (created is not None and review.created_at >= created):
            continue
        cause = round(similarity.get(ident, 0.0), 3)
        shared_services = tuple(sorted(draft.services & review.services))
        shared_tags = tuple(sorted(draft.tags & review.tags))
        if cause < SIMILAR_CAUSE and not shared_services and not shared_tags:
            continue
        score = RelatedReview.score_of(cause, len(shared_services), len(shared_tags))
        candidates.append((-score, review.key, ident, cause, shared_services, shared_tags))
    best = [
        RelatedReview(
            ident, key, index.reviews[ident].title, cause, "",
            services, tags, (),
        )
        for _score, key, ident, cause, services, tags in heapq.nsmallest(limit, candidates)
    ]  # fmt: skip
    actions = _actions_of(db, [r.postmortem_id for r in best], today)
    return [
        dataclasses.replace(
            r,
            matching_cause=best_matching(index.reviews[r.postmortem_id].causes, draft.cause_text)
            if r.has_similar_cause
            else "",
            actions=tuple(actions.get(r.postmortem_id, ())),
        )
        for r in best
    ]


def _actions_of(db: Database, ids: list[int], today: date) -> dict[int, list[RelatedAction]]:
    if not ids:
        return {}
    listed = ", ".join(str(int(ident)) for ident in ids)
    sql = (
        "SELECT postmortem_id, title, status, due_on FROM action_items "
        f"WHERE postmortem_id IN ({listed}) ORDER BY postmortem_id, position"
    )
    actions: dict[int, list[RelatedAction]] = defaultdict(list)
    with row_reader(db) as read:
        for ident, title, status, due in read(sql, None):
            state, due_on = ActionStatus(status), read_day(due)
            actions[ident].append(
                RelatedAction(title or "", state, due_on, is_overdue(state, due_on, today))
            )
    return actions
