"""Full-text search: what is indexed of a post-mortem, the queries, and snippets.

Every part of a post-mortem is indexed in one row of `search_index`, one column per
kind of part (`FIELDS`), one line per item (a timeline event, a why, an action…), so
that a match can say where it is: "Timeline, event 3". The database's own engine does
the matching and the ranking:

- SQLite: an FTS5 table with the trigram tokenizer, so that any part of a word or an
  identifier (`pg_wal`, `ailov`) matches, case-blind beyond ASCII. Words of one or two
  characters are too short for trigrams and are looked up with LIKE.
- PostgreSQL: a `tsvector` per post-mortem, stemmed in the post-mortem's language
  (English or German), behind a GIN index; every word matches as a prefix. Matches
  are ranked by a smaller vector of the fields that weigh most.

Snippets are cut here from the indexed text, the same way for both databases.
This module imports neither SQLAlchemy nor Qt: the library window searches an SQLite
file with the stdlib driver before the ORM is loaded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "FIELDS",
    "LANGUAGE_BRANCHES",
    "SEARCH_TABLE",
    "Execute",
    "SearchField",
    "Snippet",
    "match_sql",
    "search_words",
    "snippets_for",
]

SEARCH_TABLE = "search_index"
# PostgreSQL: the text search configuration of the post-mortems each condition selects
# (a query is one branch a language, each answered by its own partial GIN index).
LANGUAGE_BRANCHES = (("german", "language = 'de'"), ("english", "language <> 'de'"))

# Runs one SQL statement with named parameters (":name") and returns its rows: a
# sqlite3 connection's `execute` or a SQLAlchemy connection's, wrapped.
Execute = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]


@dataclass(frozen=True)
class SearchField:
    """One column of the index: which step of the wizard shows it, what one line is,
    and how much a match in it counts for the ranking."""

    column: str
    step: str
    label: str
    weight: float
    # Whether a line is one of several items ("Action item 2") or the whole field.
    numbered: bool = False


# In the order snippets prefer them. Steps are `pmdesk.domain.flow.Step` values.
FIELDS: tuple[SearchField, ...] = (
    SearchField("key", "incident", "Key", 10.0),
    SearchField("title", "incident", "Title", 10.0),
    SearchField("summary", "incident", "Summary", 3.0),
    SearchField("impact", "incident", "Customer impact", 2.0),
    SearchField("root_causes", "whys", "Root cause", 3.0, numbered=True),
    SearchField("whys", "whys", "Why", 1.0, numbered=True),
    SearchField("factors", "lessons", "Contributing factor", 1.5, numbered=True),
    SearchField("actions", "actions", "Action item", 1.5, numbered=True),
    SearchField("lessons", "lessons", "Lesson", 1.0, numbered=True),
    SearchField("timeline", "timeline", "Timeline event", 1.0, numbered=True),
    SearchField("tags", "incident", "Tag", 5.0, numbered=True),
    SearchField("services", "incident", "Service", 5.0, numbered=True),
    SearchField("facilitator", "incident", "Facilitator", 2.0),
)
FIELD_BY_COLUMN = {field.column: field for field in FIELDS}
# Trigrams need three characters; shorter words are matched with LIKE.
_TRIGRAM = 3
_SNIPPET_CHARS = 120


def fold(text: str) -> str:
    """`text` case-blind, one character for one, so that offsets stay valid."""
    folded = text.casefold()
    if len(folded) == len(text):
        # Nearly always: no "ß" or ligature changed the length (the fast path).
        return folded
    return "".join(
        folded if len(folded := char.casefold()) == 1 else char.lower()[:1] or char for char in text
    )


def search_words(search: str) -> list[str]:
    """The words of a search, normalised and folded; quotes are not syntax."""
    text = unicodedata.normalize("NFC", search).replace('"', " ")
    return [fold(word) for word in text.split()]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _tsquery_terms(word: str) -> str:
    # A word like "pg_wal" is several tokens for PostgreSQL's parser: each one a
    # prefix, in that order.
    tokens = [token for token in re.split(r"[^\w]+|_", word) if token]
    return " <-> ".join("'" + token.replace("'", "''") + "':*" for token in tokens)


def match_sql(dialect: str, words: Sequence[str]) -> tuple[str, str, dict[str, Any]]:
    """(FROM/WHERE clause, rank expression, parameters) selecting the post-mortems
    whose index row contains every word; the clause yields `id` and `rank` (lower is
    better)."""
    params: dict[str, Any] = {}
    if dialect == "postgresql":
        terms = [term for term in (_tsquery_terms(word) for word in words) if term]
        if not terms:
            return f"SELECT postmortem_id AS id, 0 AS rank FROM {SEARCH_TABLE}", "0", params
        params["tsquery"] = " & ".join(f"({term})" for term in terms)
        # Ranked by the small `ranking` vector (see search_index.create_ranking_vector).
        clause = " UNION ALL ".join(
            f"SELECT postmortem_id AS id, -ts_rank(ranking, to_tsquery('{config}', :tsquery)) "
            f"AS rank FROM {SEARCH_TABLE} WHERE {language} "
            f"AND document @@ to_tsquery('{config}', :tsquery)"
            for config, language in LANGUAGE_BRANCHES
        )
        return clause, "rank", params
    long_words = [word for word in words if len(word) >= _TRIGRAM]
    short_words = [word for word in words if len(word) < _TRIGRAM]
    conditions = []
    if long_words:
        params["fts"] = " AND ".join(_fts_phrase(word) for word in long_words)
        conditions.append(f"{SEARCH_TABLE} MATCH :fts")
    for index, word in enumerate(short_words):
        name = f"short{index}"
        params[name] = (
            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        conditions.append(
            "(" + " OR ".join(f"{field.column} LIKE :{name} ESCAPE '\\'" for field in FIELDS) + ")"
        )
    weights = ", ".join(str(field.weight) for field in FIELDS)
    rank = f"bm25({SEARCH_TABLE}, {weights})" if long_words else "0"
    where = " AND ".join(conditions) or "1"
    clause = f"SELECT rowid AS id, {rank} AS rank FROM {SEARCH_TABLE} WHERE {where}"
    return clause, "rank", params


@dataclass(frozen=True)
class Snippet:
    """Where a search matched one post-mortem, and the text around it.

    `spans` are (start, end) offsets of the matched words in `text`; `item` is the
    1-based number of the item (event, why, action…) in a numbered field.
    `cut_before`/`cut_after` say that `text` was cut out of a longer line.
    """

    column: str
    item: int | None
    text: str
    spans: tuple[tuple[int, int], ...]
    cut_before: bool = False
    cut_after: bool = False

    @property
    def field(self) -> SearchField:
        return FIELD_BY_COLUMN[self.column]

    @property
    def location(self) -> str:
        """Where the match is, in English: "Action item 2", "Summary"."""
        label = self.field.label
        return f"{label} {self.item}" if self.item is not None else label

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each match between `before` and `after` (for a terminal)."""
        parts: list[str] = ["…" if self.cut_before else ""]
        position = 0
        for start, end in self.spans:
            parts += [self.text[position:start], before, self.text[start:end], after]
            position = end
        parts += [self.text[position:], "…" if self.cut_after else ""]
        return "".join(parts)


def _stem_fallback(word: str) -> str:
    # PostgreSQL matches stems ("failing" finds "failed"): look for the common start.
    return word[: max(_TRIGRAM, len(word) - 3)]


def _occurrences(folded_line: str, word: str) -> list[tuple[int, int]]:
    found = []
    start = folded_line.find(word)
    while start >= 0 and word:
        found.append((start, start + len(word)))
        start = folded_line.find(word, start + len(word))
    return found


def _cut(line: str, spans: list[tuple[int, int]], column: str, item: int | None) -> Snippet:
    first = spans[0][0]
    start = 0
    if len(line) > _SNIPPET_CHARS:
        # Little before the match: a narrow column must still show it.
        start = max(0, min(first - _SNIPPET_CHARS // 6, len(line) - _SNIPPET_CHARS))
        # Begin at a word: never in the middle of one.
        space = line.rfind(" ", 0, start + 1)
        if space > 0 and start - space < 20:
            start = space + 1
    end = min(len(line), start + _SNIPPET_CHARS)
    kept = tuple(
        (max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start
    )
    return Snippet(column, item, line[start:end], kept, start > 0, end < len(line))


def snippets_for(
    columns: Mapping[str, str], words: Sequence[str], *, limit: int = 3
) -> list[Snippet]:
    """Up to `limit` snippets of one indexed post-mortem (`columns`: its index row)
    that together show as many of `words` as possible, best fields first."""
    wanted = [word for word in dict.fromkeys(words) if word]
    whole = fold("\n".join(columns.get(field.column) or "" for field in FIELDS))
    # What to look for: the word itself, or where only its stem matched, the stem.
    looked_for = {word: word if word in whole else _stem_fallback(word) for word in wanted}
    candidates: list[tuple[set[str], Snippet]] = []
    for field in FIELDS:
        for number, line in enumerate((columns.get(field.column) or "").split("\n"), 1):
            if not line.strip():
                continue
            folded = fold(line)
            spans: list[tuple[int, int]] = []
            found: set[str] = set()
            for word in wanted:
                hits = _occurrences(folded, looked_for[word])
                if hits:
                    found.add(word)
                    spans += hits
            if found:
                merged = _merge(sorted(spans))
                item = number if field.numbered else None
                candidates.append((found, _cut(line, merged, field.column, item)))
    chosen: list[Snippet] = []
    shown: set[str] = set()
    # Greedy: each next snippet shows the most words not shown yet.
    while candidates and len(chosen) < limit:
        best = max(candidates, key=lambda candidate: len(candidate[0] - shown))
        if chosen and not best[0] - shown:
            break
        chosen.append(best[1])
        shown |= best[0]
        candidates.remove(best)
    return chosen


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
