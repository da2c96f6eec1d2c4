"""Action items as CSV, ready for Jira's CSV import or a GitHub issues import script.

Column names follow Jira's importer (Summary, Description, Issue Type, Priority,
Assignee, Due Date, Labels), so the mapping step is mostly automatic; Labels repeats
as several columns, which is how Jira takes multi-value fields. Cells that a
spreadsheet would run as a formula are defused with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters._document import build_document
from pmdesk.models import Postmortem

__all__ = ["CSV_HEADER", "export_actions_csv"]

CSV_HEADER = (
    "Summary",
    "Description",
    "Issue Type",
    "Priority",
    "Assignee",
    "Due Date",
    "Status",
    "Labels",
    "Labels",
    "Labels",
    "Action Type",
    "Root Causes",
    "Post-mortem",
    "External ID",
    "Tracker URL",
)
JIRA_PRIORITIES = {"P0": "Highest", "P1": "High", "P2": "Medium", "P3": "Low"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _label(value: str) -> str:
    # Jira labels cannot contain spaces.
    return "-".join(value.lower().split())


def export_actions_csv(
    pm: Postmortem, *, profile: ExportProfile | str = ExportProfile.INTERNAL
) -> str:
    """One row per action item, with a header row; RFC 4180 quoting, CRLF line ends."""
    doc = build_document(pm, ExportProfile(profile))
    causes = {cause.label: cause.text for cause in doc.root_causes}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for action in doc.actions:
        parts = [action.description.strip()] if action.description.strip() else []
        for label in action.root_causes:
            parts.append(f"Addresses root cause {label}: {' '.join(causes[label].split())}")
        parts.append(f"From post-mortem {doc.key}: {' '.join(doc.title.split())}")
        row = [
            " ".join(action.title.split()),
            "\n\n".join(parts),
            "Task",
            JIRA_PRIORITIES.get(action.priority, action.priority),
            action.owner,
            action.due_on.isoformat() if action.due_on else "",
            action.status,
            "postmortem",
            _label(doc.key),
            _label(action.type),
            action.type,
            " ".join(action.root_causes),
            doc.key,
            f"{doc.key}-{action.label}",
            action.tracker_url,
        ]
        # Every cell, not only the free texts: a loaded key or URL can start with "=".
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()
