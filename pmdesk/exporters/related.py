"""The "Related reviews" of an export's appendix: earlier post-mortems like this one."""

from __future__ import annotations

from datetime import date

from pmdesk.domain.followup import local_today
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.domain.related import RelatedReview, draft_query
from pmdesk.models import Postmortem
from pmdesk.store.database import Database

__all__ = ["related_for_export"]


def related_for_export(
    db: Database, pm: Postmortem, profile: ExportProfile, today: date | None = None
) -> tuple[RelatedReview, ...]:
    """The earlier reviews to list in `pm`'s export: none for the public profile, whose
    readers must not learn other reviews' titles."""
    if profile is not ExportProfile.INTERNAL:
        return ()
    from pmdesk.store.related import related_reviews

    return tuple(related_reviews(db, draft_query(pm), today or local_today()))
