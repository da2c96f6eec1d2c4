"""Small queries that several places need. The caller owns the session."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem, TriggerAssessment
from pmdesk.store.library import search_library

__all__ = ["create_postmortem", "find_postmortem", "list_postmortems", "next_key"]

_KEY_PATTERN = re.compile(r"^PM-(\d+)$")


def next_key(session: Session) -> str:
    """The next free human key, e.g. "PM-0007"."""
    highest = 0
    for (key,) in session.execute(select(Postmortem.key)):
        match = _KEY_PATTERN.match(key)
        if match:
            highest = max(highest, int(match.group(1)))
    return f"PM-{highest + 1:04d}"


def create_postmortem(session: Session, title: str, **fields: object) -> Postmortem:
    """Add a new draft post-mortem with an empty trigger assessment."""
    postmortem = Postmortem(key=next_key(session), title=title, **fields)
    postmortem.trigger_assessment = TriggerAssessment()
    session.add(postmortem)
    session.flush()
    return postmortem


def list_postmortems(session: Session, search: str = "") -> Sequence[Postmortem]:
    """Post-mortems, newest first, that match `search` as the library's search does
    (see `pmdesk.store.library.search_library`)."""
    ids = [row.id for row in search_library(lambda sql: session.execute(text(sql)), search)]
    found = session.scalars(select(Postmortem).where(Postmortem.id.in_(ids))).all()
    by_id = {postmortem.id: postmortem for postmortem in found}
    return [by_id[ident] for ident in ids]


def find_postmortem(session: Session, ident: str) -> Postmortem:
    """Resolve a UUID, a unique prefix of one, or a human key (any case).

    Raises:
        UserFacingError: nothing matches, or a prefix matches several.
    """
    ident = ident.strip()
    if not ident:
        raise UserFacingError("No post-mortem was named.", "Give its key, e.g. PM-0001, or UUID.")
    by_key = session.scalars(
        select(Postmortem).where(func.upper(Postmortem.key) == ident.upper())
    ).first()
    if by_key is not None:
        return by_key
    matches = session.scalars(
        select(Postmortem).where(Postmortem.uuid.like(f"{ident.lower()}%")).limit(2)
    ).all()
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise UserFacingError(
            f"More than one post-mortem's UUID starts with {ident!r}.",
            "Give more characters of the UUID, or the key.",
        )
    raise UserFacingError(
        f"No post-mortem has the key or UUID {ident!r}.",
        "Run 'pmdesk list' to see the post-mortems in this database.",
    )
