"""Tags and services as one vocabulary for the whole library.

The names in use are the vocabulary: offered for completion while a post-mortem is
written, so "postgres" is not typed as "Postgres" and "postgresql" by three people,
and renamed or merged in every post-mortem at once. Renaming goes through the ORM,
so each post-mortem it changes gets a new version and its full-text index row.
"""

from __future__ import annotations

import enum
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem

__all__ = ["NameKind", "names_in_use", "rename"]


class NameKind(enum.StrEnum):
    TAGS = "tags"
    SERVICES = "services"


def names_in_use(session: Session, kind: NameKind) -> list[tuple[str, int]]:
    """Each name of `kind` with the number of post-mortems that use it, by name."""
    counts: Counter[str] = Counter()
    for names in session.scalars(select(getattr(Postmortem, kind.value))):
        counts.update(set(names or ()))
    return sorted(counts.items(), key=lambda item: (item[0].casefold(), item[0]))


def rename(session: Session, kind: NameKind, old: str, new: str) -> int:
    """Call `old` `new` in every post-mortem; where one has both, they merge into one.

    Returns:
        How many post-mortems changed.

    Raises:
        UserFacingError: `new` is empty, or no post-mortem uses `old`.
    """
    new = " ".join(new.split())
    if not new:
        raise UserFacingError("The new name is empty.", "Type the name to use instead.")
    if old == new:
        return 0
    changed = 0
    for postmortem in session.scalars(select(Postmortem)):
        names: list[str] = list(getattr(postmortem, kind.value) or [])
        if old not in names:
            continue
        renamed: list[str] = []
        for name in names:
            name = new if name == old else name
            if name not in renamed:
                renamed.append(name)
        setattr(postmortem, kind.value, renamed)
        changed += 1
    if not changed:
        raise UserFacingError(
            f"No post-mortem uses the {kind.value[:-1]} {old!r}.",
            f"Run 'pmdesk {kind.value}' to see the names in use.",
        )
    return changed
