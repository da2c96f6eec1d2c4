"""How long a text may be, in one place.

A post-mortem's texts come from typing, pasting, timeline imports and `pmdesk load`.
Without a bound, one pasted log file or a 50 MB title freezes every view that shows it
and makes exports take minutes. The interchange schema
(resources/schema/postmortem.schema.json) enforces the same numbers for `pmdesk load`,
and a test checks that the two agree; the UI refuses longer input, the importers cut
longer event texts, and views show `elide`d text.
"""

from __future__ import annotations

__all__ = ["LINE_MAX_CHARS", "TEXT_MAX_CHARS", "TITLE_MAX_CHARS", "elide"]

# A post-mortem's title: one line of a report heading and of the library's list.
TITLE_MAX_CHARS = 500
# Every longer text: summaries, timeline entries, whys, action items, lessons.
TEXT_MAX_CHARS = 200_000
# Short database columns (VARCHAR(255)): facilitator, owner, participant fields.
LINE_MAX_CHARS = 255

_ELLIPSIS = "…"


def elide(text: str, max_chars: int) -> str:
    """`text` if it has at most `max_chars` characters, else its start and "…", which
    together make `max_chars` characters."""
    if len(text) <= max_chars:
        return text
    return text[: max_chars - len(_ELLIPSIS)] + _ELLIPSIS
