"""Action items as one CSV for spreadsheets: every field of every action.

Column names follow Jira's importer (Summary, Description, Issue Type, Priority,
Assignee, Due Date, Labels), so the columns read familiar; Labels repeats as several
columns, which is how Jira takes multi-value fields. Cells that a spreadsheet would
run as a formula are defused with a leading apostrophe. The files that the trackers'
importers take as they are (Jira, GitLab, GitHub) are in `pmdesk.exporters.trackers`,
built from the same pieces.
"""

from __future__ import annotations

import csv
import io

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters._document import ActionView, ExportDocument, build_document
from pmdesk.models import Postmortem

__all__ = [
    "CSV_HEADER",
    "JIRA_PRIORITIES",
    "action_description",
    "defuse_formula",
    "export_actions_csv",
    "label_of",
]

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


def defuse_formula(value: str) -> str:
    """`value`, with an apostrophe in front if a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def label_of(value: str) -> str:
    """`value` as a label: lower case, words joined by "-" (Jira labels cannot hold
    spaces)."""
    return "-".join(value.lower().split())


def action_description(doc: ExportDocument, action: ActionView) -> list[str]:
    """The paragraphs of an action's description in an issue tracker: its own text,
    the root causes it addresses, and the post-mortem it comes from (key and title)."""
    causes = {cause.label: cause.text for cause in doc.root_causes}
    parts = [action.description.strip()] if action.description.strip() else []
    for label in action.root_causes:
        parts.append(f"Addresses root cause {label}: {' '.join(causes[label].split())}")
    parts.append(f"From post-mortem {doc.key}: {' '.join(doc.title.split())}")
    return parts


def export_actions_csv(
    pm: Postmortem, *, profile: ExportProfile | str = ExportProfile.INTERNAL
) -> str:
    """One row per action item, with a header row; RFC 4180 quoting, CRLF line ends."""
    doc = build_document(pm, ExportProfile(profile))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for action in doc.actions:
        row = [
            " ".join(action.title.split()),
            "\n\n".join(action_description(doc, action)),
            "Task",
            JIRA_PRIORITIES.get(action.priority, action.priority),
            action.owner,
            action.due_on.isoformat() if action.due_on else "",
            action.status,
            "postmortem",
            label_of(doc.key),
            label_of(action.type),
            action.type,
            " ".join(action.root_causes),
            doc.key,
            f"{doc.key}-{action.label}",
            action.tracker_url,
        ]
        # Every cell, not only the free texts: a loaded key or URL can start with "=".
        writer.writerow([defuse_formula(value) for value in row])
    return buffer.getvalue()
