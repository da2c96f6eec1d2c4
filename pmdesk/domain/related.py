"""Seen before: which earlier post-mortems resemble this one, and how their actions fare.

"The same failure happens again three months later" is visible only across reviews. A
draft's root causes and contributing factors are compared with every earlier review's
by TF-IDF cosine similarity over their words (identifiers such as `pg_wal` kept whole);
shared services and tags add to the score. It is plain Python: an inverted index over
the library answers a query by walking only the postings of the draft's own words, so
ten thousand reviews take milliseconds once the index is built (the store caches it).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from pmdesk.models import ActionStatus, Postmortem

__all__ = [
    "DraftQuery",
    "RelatedAction",
    "RelatedReview",
    "SimilarityIndex",
    "best_matching",
    "draft_query",
    "words_of",
]

_WORD = re.compile(r"[^\W\d][\w.-]*[\w]|[^\W\d]", re.UNICODE)
# Words that say nothing about a cause, in the two languages pmdesk writes.
_STOP_WORDS = frozenset(
    """
    the and for was were are not but with that this from into onto when then than
    had has have its it's our their there which while would could should been being
    after before because did does didn't don't nobody none only also all any each
    der die das und oder nicht mit für von den dem des ein eine einer eines war waren
    ist sind wurde wurden hat hatte weil als auch nur kein keine beim zum zur
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# How much one shared service or tag adds to a text similarity (0..1).
SERVICE_WEIGHT = 0.15
TAG_WEIGHT = 0.1
# From this text similarity on, a cause is "similar"; from the next, "the same".
SIMILAR_CAUSE = 0.2
SAME_CAUSE = 0.6


def words_of(text: str) -> list[str]:
    """The words of `text` that can tell causes apart, lower-cased."""
    found = (word.lower() for word in _WORD.findall(text))
    return [word for word in found if len(word) > 2 and word not in _STOP_WORDS]


class SimilarityIndex:
    """TF-IDF vectors of many documents, queried by cosine similarity."""

    def __init__(self, documents: Mapping[int, str]) -> None:
        counts = {ident: Counter(words_of(text)) for ident, text in documents.items()}
        frequency: Counter[str] = Counter()
        for words in counts.values():
            frequency.update(words.keys())
        total = max(len(counts), 1)
        # Smoothed, so a word in every document still counts a little.
        self.idf = {word: math.log((1 + total) / (1 + n)) + 1 for word, n in frequency.items()}
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for ident, words in counts.items():
            weights = {w: (1 + math.log(n)) * self.idf[w] for w, n in words.items()}
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            for word, weight in weights.items():
                self.postings[word].append((ident, weight / norm))

    def query(self, text: str) -> dict[int, float]:
        """Cosine similarity (0..1) of `text` with each document sharing a word."""
        words = Counter(words_of(text))
        weights = {w: (1 + math.log(n)) * self.idf[w] for w, n in words.items() if w in self.idf}
        norm = math.sqrt(sum(v * v for v in weights.values()))
        if not norm:
            return {}
        scores: dict[int, float] = defaultdict(float)
        for word, weight in weights.items():
            for ident, other in self.postings[word]:
                scores[ident] += weight / norm * other
        return dict(scores)


@dataclass(frozen=True)
class RelatedAction:
    title: str
    status: ActionStatus
    due_on: date | None
    is_overdue: bool


@dataclass(frozen=True)
class RelatedReview:
    """An earlier post-mortem that resembles the one being written."""

    postmortem_id: int
    key: str
    title: str
    cause_similarity: float
    # The earlier review's root cause that resembles this one's most ("" if none does).
    matching_cause: str
    shared_services: tuple[str, ...]
    shared_tags: tuple[str, ...]
    actions: tuple[RelatedAction, ...]

    @property
    def score(self) -> float:
        return self.score_of(
            self.cause_similarity, len(self.shared_services), len(self.shared_tags)
        )

    @staticmethod
    def score_of(cause_similarity: float, shared_services: int, shared_tags: int) -> float:
        """How related a review is: its causes' similarity, plus a little for each
        service and tag it shares."""
        return cause_similarity + SERVICE_WEIGHT * shared_services + TAG_WEIGHT * shared_tags

    @property
    def has_similar_cause(self) -> bool:
        return self.cause_similarity >= SIMILAR_CAUSE

    @property
    def has_same_cause(self) -> bool:
        return self.cause_similarity >= SAME_CAUSE

    @property
    def unfinished_actions(self) -> tuple[RelatedAction, ...]:
        return tuple(
            a for a in self.actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        )

    def summary(self) -> str:
        """One English sentence: why it is related, and how its actions stand."""
        if self.has_same_cause:
            why = "had the same root cause"
        elif self.has_similar_cause:
            why = "had a similar root cause"
        else:
            shared = [*self.shared_services, *self.shared_tags]
            why = "shared " + ", ".join(shared)
        unfinished = self.unfinished_actions
        if not self.actions:
            follow = "it has no action items"
        elif not unfinished:
            follow = "all its action items are closed"
        elif len(unfinished) == 1:
            late = " and overdue" if unfinished[0].is_overdue else ""
            follow = f"its action '{unfinished[0].title}' is still open{late}"
        else:
            overdue = sum(1 for a in unfinished if a.is_overdue)
            follow = f"{len(unfinished)} of its action items are still open" + (
                f" ({overdue} overdue)" if overdue else ""
            )
        return f"{self.key} {why}; {follow}."


@dataclass(frozen=True)
class DraftQuery:
    """What the search for earlier reviews needs of a post-mortem, as plain values (so
    it can run off the UI thread while the draft is edited)."""

    postmortem_id: int | None
    created_at: datetime | None
    cause_text: str
    services: frozenset[str]
    tags: frozenset[str]


def draft_query(pm: Postmortem) -> DraftQuery:
    """`pm` as it is now (a draft perhaps): its root causes and contributing factors,
    services and tags (names compared without regard to case)."""
    text = "\n".join(
        [n.text or "" for n in pm.root_causes] + [f.text or "" for f in pm.contributing_factors]
    )
    return DraftQuery(
        pm.id,
        pm.created_at,
        text,
        frozenset(name.casefold() for name in pm.services),
        frozenset(name.casefold() for name in pm.tags),
    )


def best_matching(causes: Iterable[str], text: str) -> str:
    """The one of `causes` that shares the most words with `text` ("" if none shares)."""
    wanted = set(words_of(text))
    best, best_shared = "", 0
    for cause in causes:
        shared = len(wanted & set(words_of(cause)))
        if shared > best_shared:
            best, best_shared = cause, shared
    return best
