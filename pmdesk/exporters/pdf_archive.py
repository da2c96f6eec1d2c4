"""Which PDF an export writes: tagged PDF/UA-1, or the publication's archive copy.

The archive copy (`ExportOptions.archive`) is PDF/A-3b, the ISO standard for documents
kept for the long term, with the post-mortem's interchange JSON (`pmdesk.store.
interchange`) embedded, so that a program can read the archived review back in full
(`pmdesk load`). The facilitator's private notes are left out of it, as out of every
export; the JSON holds internal-only entries and real names, so only the internal
version has an archive copy.
"""

from __future__ import annotations

import json

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters.export import file_slug
from pmdesk.exporters.html import ExportOptions
from pmdesk.exporters.pdf import PDF_ACCESSIBLE, PDF_ARCHIVE, PdfAttachment, PdfOutput
from pmdesk.models import Postmortem
from pmdesk.store.interchange import dump_postmortem

__all__ = ["archive_data", "pdf_output"]


def archive_data(pm: Postmortem) -> bytes:
    """`pm` as interchange JSON, without the facilitator's private notes."""
    document = dump_postmortem(pm)
    document["postmortem"]["facilitator_notes"] = ""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def pdf_output(pm: Postmortem, options: ExportOptions) -> PdfOutput:
    """The PDF variant and attachments of `pm`'s export with `options`.

    Raises:
        UserFacingError: an archive copy of the public version was asked for.
    """
    if not options.archive:
        return PdfOutput(PDF_ACCESSIBLE)
    if options.profile is not ExportProfile.INTERNAL:
        raise UserFacingError(
            "The archive copy holds the post-mortem's complete data, so only the internal "
            "version can be archived.",
            "Export the internal version as the archive copy, or the public one without it.",
        )
    attachment = PdfAttachment(
        name=f"{file_slug(pm.key) or 'postmortem'}.pmdesk.json",
        data=archive_data(pm),
        description="The post-mortem's data (pmdesk interchange format)",
        created=options.generated_at,
    )
    return PdfOutput(PDF_ARCHIVE, (attachment,))
