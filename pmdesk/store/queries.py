"""Small queries that several places need. The caller owns the session."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import case, func, select, text, update
from sqlalchemy.orm import Session, selectinload

from pmdesk.errors import UserFacingError
from pmdesk.models import KeyCounter, Postmortem, TriggerAssessment, WhyNode
from pmdesk.store.library import LibraryQuery, matching_ids

# Loader options that read a whole post-mortem, every part, in one query each: for a
# window that shows all of it, and for rendering it.
WHOLE_POSTMORTEM = (
    selectinload(Postmortem.participants),
    selectinload(Postmortem.trigger_assessment),
    selectinload(Postmortem.timeline_events),
    selectinload(Postmortem.import_batches),
    selectinload(Postmortem.why_nodes).selectinload(WhyNode.evidence),
    selectinload(Postmortem.why_nodes).selectinload(WhyNode.children),
    selectinload(Postmortem.action_items),
    selectinload(Postmortem.lessons),
    selectinload(Postmortem.contributing_factors),
    selectinload(Postmortem.acknowledgements),
    selectinload(Postmortem.publications),
)

__all__ = ["allocate_key", "create_postmortem", "find_postmortem", "list_postmortems"]

_KEY_PATTERN = re.compile(r"^PM-(\d+)$")
_POSTMORTEM_KEYS = "postmortem"


def allocate_key(session: Session, wanted: str = "") -> str:
    """The human key for a new post-mortem, e.g. "PM-0007".

    One more than any key this database ever handed out, deleted post-mortems'
    included, so a key never names two reviews. `wanted` (a loaded file's own key)
    is kept when this database never handed it out. The count is taken in the
    caller's transaction: on PostgreSQL its row stays locked until the commit, so two
    people adding post-mortems at once never get the same key.
    """
    match = _KEY_PATTERN.match(wanted)
    # Not one of ours ("INC-42"): kept unless another post-mortem has it.
    if (
        wanted
        and match is None
        and session.scalar(select(Postmortem.id).where(Postmortem.key == wanted)) is None
    ):
        return wanted
    floor = int(match.group(1)) if match else 0
    last = KeyCounter.last_value
    session.execute(
        update(KeyCounter)
        .where(KeyCounter.name == _POSTMORTEM_KEYS)
        .values(last_value=case((last < floor, floor), else_=last + 1))
        .execution_options(synchronize_session=False)
    )
    number = session.scalar(select(last).where(KeyCounter.name == _POSTMORTEM_KEYS))
    if number is None:  # a schema made without the migrations (tests of pure logic)
        number = max(_highest_key_number(session) + 1, floor)
        session.add(KeyCounter(name=_POSTMORTEM_KEYS, last_value=number))
        session.flush()
    return wanted if number == floor else f"PM-{number:04d}"


def _highest_key_number(session: Session) -> int:
    numbers = (_KEY_PATTERN.match(key) for key in session.scalars(select(Postmortem.key)))
    return max((int(match.group(1)) for match in numbers if match), default=0)


def create_postmortem(session: Session, title: str, **fields: object) -> Postmortem:
    """Add a new draft post-mortem with an empty trigger assessment."""
    postmortem = Postmortem(key=allocate_key(session), title=title, **fields)
    postmortem.trigger_assessment = TriggerAssessment()
    session.add(postmortem)
    session.flush()
    return postmortem


def list_postmortems(session: Session, search: str = "") -> Sequence[Postmortem]:
    """Post-mortems that match `search` as the library's search does, best match first
    (newest first without a search; see `pmdesk.store.library.matching_ids`)."""
    ids = matching_ids(
        lambda sql, params: session.execute(text(sql), dict(params)),
        session.get_bind().dialect.name,
        LibraryQuery(search),
    )
    found = session.scalars(
        select(Postmortem)
        .where(Postmortem.id.in_(ids))
        .options(selectinload(Postmortem.trigger_assessment))
    ).all()
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
