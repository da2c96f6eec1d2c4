"""Publication records: what went out, when, with which profile and gate overrides.

A publication is history: once stored it cannot be changed (the model refuses), and
each publish adds the next version (1, 2, …). The caller owns the session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem, Publication, Status
from pmdesk.store.publication_formats import FORMATS, PROFILES

__all__ = [
    "FORMATS",
    "PROFILES",
    "latest_publication",
    "list_publications",
    "next_publication_version",
    "publish",
]

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def next_publication_version(session: Session, pm: Postmortem) -> int:
    """The version the next publish of `pm` gets."""
    if pm.id is None:
        return max((p.version for p in pm.publications), default=0) + 1
    highest = session.scalar(
        select(func.max(Publication.version)).where(Publication.postmortem_id == pm.id)
    )
    return int(highest or 0) + 1


def publish(
    session: Session,
    pm: Postmortem,
    *,
    formats: Iterable[str],
    profile: str,
    content_hash: str,
    overrides: Sequence[Mapping[str, str]] = (),
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Publication:
    """Record a publish of `pm` and mark it published.

    Args:
        formats: what was written (see `FORMATS`).
        profile: "internal" or "public".
        content_hash: sha256 (hex) of the rendered export (see `exporters.content_hash`).
        overrides: the gates that failed and were overridden, each {"gate", "reason"}
            (from `domain.gates.resolve_overrides`).

    Returns:
        The new, immutable publication.

    Raises:
        UserFacingError: an unknown format or profile, a malformed hash, or an
            override without a reason.
    """
    chosen = list(dict.fromkeys(formats))
    unknown = [f for f in chosen if f not in FORMATS]
    if not chosen or unknown:
        raise UserFacingError(
            f"Unknown export format {', '.join(unknown) or '(none)'}.",
            f"The formats are: {', '.join(FORMATS)}.",
        )
    if profile not in PROFILES:
        raise UserFacingError(f"Unknown export profile {profile!r}.", "Use internal or public.")
    if not _SHA256.match(content_hash):
        raise ValueError("content_hash must be a lower-case hex sha256")
    records: list[dict[str, str]] = []
    for override in overrides:
        gate = str(override.get("gate", "")).strip()
        reason = " ".join(str(override.get("reason", "")).split())
        if not gate or not reason:
            raise UserFacingError(
                "A gate can be overridden only with a reason.",
                "Say why the post-mortem should be published anyway.",
            )
        records.append({"gate": gate, "reason": reason})

    publication = Publication(
        version=next_publication_version(session, pm),
        postmortem_version=pm.version,
        formats=chosen,
        profile=profile,
        content_hash=content_hash,
        published_at=now(),
        gate_overrides=records,
    )
    pm.publications.append(publication)
    pm.status = Status.PUBLISHED
    session.flush()
    return publication


def list_publications(session: Session, pm: Postmortem) -> list[Publication]:
    """The publications of `pm`, oldest first."""
    return list(
        session.scalars(
            select(Publication)
            .where(Publication.postmortem_id == pm.id)
            .order_by(Publication.version)
        )
    )


def latest_publication(session: Session, pm: Postmortem) -> Publication | None:
    return session.scalars(
        select(Publication)
        .where(Publication.postmortem_id == pm.id)
        .order_by(Publication.version.desc())
        .limit(1)
    ).first()
