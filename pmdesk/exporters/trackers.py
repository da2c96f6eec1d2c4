"""Action items in the forms that the issue trackers' importers take as they are.

- **Jira** (`export_jira_csv`): Jira's CSV import (System → External system import →
  CSV). Columns Summary, Description, Issue Type (always Task), Priority (Jira's names
  Highest, High, Medium, Low), Due date, Assignee, and one `Labels` column per label,
  the header repeated as often as the row with the most labels needs (Jira's way of
  taking several values). **In the wizard, set the date format to `yyyy-MM-dd`**
  (`JIRA_DATE_FORMAT`): the Due date column is written as 2026-11-04. Assignee is an
  e-mail address, as Jira matches users by it: the owner's own address, or one of the
  handles of the participant the owner names; a team or anyone without an address
  leaves it empty (never a team name), and the public profile leaves it empty too.
- **GitLab** (`export_gitlab_csv`): GitLab's issue import (Issues → Import CSV), which
  needs a header row naming `title` and `description` and takes `due_date` as
  YYYY-MM-DD. No byte-order mark: GitLab reads the file as UTF-8 and checks the raw
  first line for the header names. A line of the description that starts with "/"
  would run as a quick action on import, so its slash is escaped ("\\/", which Markdown
  shows as "/").
- **GitHub** (`export_github_json`, `export_github_script`): a JSON list of issues
  ({"title", "body", "labels"}) for scripts and the REST API, and a POSIX shell script
  that creates them with the GitHub CLI (`gh issue create`). Every value in the script
  is quoted with `shlex.quote` and bodies go through standard input, so no title or
  body can run a command. GitHub issues have no due date and GitHub assigns only
  GitHub logins, which pmdesk does not know: the due date and the owner are in the body.

Only work still to be done (open or in progress) becomes an issue. Actions that
already have a tracker link are left out unless `include_tracked` is set: importing
them again would make duplicates. Every form reads the post-mortem
through the export profile (`build_document`), so the public profile's pseudonyms and
redaction apply as in every other export, and the CSV cells are defused against
spreadsheet formulas as in `actions_csv`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from collections.abc import Iterator
from typing import Protocol, TypedDict

from pmdesk.domain.followup import UNFINISHED
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters._document import ActionView, ExportDocument, build_document
from pmdesk.exporters.actions_csv import (
    JIRA_PRIORITIES,
    action_description,
    defuse_formula,
    label_of,
)
from pmdesk.models import ActionItem, Postmortem

__all__ = [
    "GITLAB_HEADER",
    "JIRA_DATE_FORMAT",
    "TRACKER_EXPORTERS",
    "GitHubIssue",
    "TrackerExporter",
    "export_github_json",
    "export_github_script",
    "export_gitlab_csv",
    "export_jira_csv",
    "issue_text",
    "owner_email",
    "tracked_open_actions",
]

JIRA_DATE_FORMAT = "yyyy-MM-dd"  # what to type into the Jira import wizard
JIRA_COLUMNS = ("Summary", "Description", "Issue Type", "Priority", "Due date", "Assignee")
GITLAB_HEADER = ("title", "description", "due_date")
# Jira, GitLab and GitHub cut or refuse longer titles.
MAX_TITLE = 255
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_QUICK_ACTION = re.compile(r"^(\s*)/", re.MULTILINE)


class GitHubIssue(TypedDict):
    title: str
    body: str
    labels: list[str]


def owner_email(pm: Postmortem, owner: str) -> str:
    """The e-mail address of an action's owner, or "" when pmdesk does not know one.

    The owner may be an address itself, or name a participant (by name or handle)
    who has an address among their handles. A team's name gives "".
    """
    wanted = owner.strip()
    if _EMAIL.match(wanted):
        return wanted
    for participant in pm.participants:
        names = {participant.name, *participant.handles}
        if wanted and wanted.casefold() in {name.strip().casefold() for name in names}:
            return next((h.strip() for h in participant.handles if _EMAIL.match(h.strip())), "")
    return ""


def tracked_open_actions(pm: Postmortem) -> list[ActionItem]:
    """The open actions that already have a tracker link: the tracker files leave them
    out unless asked to include them."""
    return [item for item in pm.action_items if item.status in UNFINISHED and _is_tracked(item)]


def _is_tracked(item: ActionItem) -> bool:
    return bool(item.tracker_url.strip())


def _actions(
    pm: Postmortem, profile: ExportProfile | str, include_tracked: bool
) -> tuple[ExportDocument, list[tuple[ActionItem, ActionView]]]:
    doc = build_document(pm, ExportProfile(profile))
    # build_document keeps the order of pm.action_items.
    pairs = [
        (item, view)
        for item, view in zip(pm.action_items, doc.actions, strict=True)
        if item.status in UNFINISHED and (include_tracked or not _is_tracked(item))
    ]
    return doc, pairs


def _title(action: ActionView) -> str:
    # Every tracker refuses an issue without a title.
    title = " ".join(action.title.split()) or f"Action {action.label}"
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"


def _labels(doc: ExportDocument, action: ActionView) -> list[str]:
    return ["postmortem", label_of(doc.key), label_of(action.type)]


def issue_text(doc: ExportDocument, action: ActionView, *, with_due_date: bool) -> str:
    """What to say about an action in a tracker or calendar: where it comes from, who
    owns it, how to tell it worked, and (where there is no due-date field) when it is
    due."""
    parts = action_description(doc, action)
    if action.owner:
        parts.append(f"Owner: {action.owner}")
    if with_due_date and action.due_on:
        parts.append(f"Due: {action.due_on.isoformat()}")
    if action.success_criterion:
        parts.append(f"How we will know it worked: {action.success_criterion}")
    if action.tracker_url:
        parts.append(f"Already tracked at: {action.tracker_url}")
    return "\n\n".join(parts)


def _csv(header: tuple[str, ...] | list[str], rows: Iterator[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        # Every cell, not only the free texts: a loaded key can start with "=".
        writer.writerow([defuse_formula(value) for value in row])
    return buffer.getvalue()


def export_jira_csv(
    pm: Postmortem,
    *,
    profile: ExportProfile | str = ExportProfile.INTERNAL,
    include_tracked: bool = False,
) -> str:
    """The action items for Jira's CSV import (see the module docstring)."""
    doc, actions = _actions(pm, profile, include_tracked)
    is_internal = doc.profile is ExportProfile.INTERNAL
    rows = []
    for item, action in actions:
        rows.append(
            [
                _title(action),
                issue_text(doc, action, with_due_date=False),
                "Task",
                JIRA_PRIORITIES.get(action.priority, action.priority),
                action.due_on.isoformat() if action.due_on else "",
                # An address names a person: the public version names nobody.
                owner_email(pm, item.owner) if is_internal else "",
                *_labels(doc, action),
            ]
        )
    label_columns = max((len(row) - len(JIRA_COLUMNS) for row in rows), default=1)
    header = [*JIRA_COLUMNS, *["Labels"] * label_columns]
    return _csv(header, (row + [""] * (len(header) - len(row)) for row in rows))


def _without_quick_actions(text: str) -> str:
    return _QUICK_ACTION.sub(r"\1\\/", text)


def export_gitlab_csv(
    pm: Postmortem,
    *,
    profile: ExportProfile | str = ExportProfile.INTERNAL,
    include_tracked: bool = False,
) -> str:
    """The action items for GitLab's issue CSV import (see the module docstring)."""
    doc, actions = _actions(pm, profile, include_tracked)
    return _csv(
        GITLAB_HEADER,
        (
            [
                _title(action),
                _without_quick_actions(issue_text(doc, action, with_due_date=False)),
                action.due_on.isoformat() if action.due_on else "",
            ]
            for _item, action in actions
        ),
    )


def _github_issues(
    pm: Postmortem, profile: ExportProfile | str, include_tracked: bool
) -> list[GitHubIssue]:
    doc, actions = _actions(pm, profile, include_tracked)
    return [
        GitHubIssue(
            title=_title(action),
            body=issue_text(doc, action, with_due_date=True),
            labels=_labels(doc, action),
        )
        for _item, action in actions
    ]


def export_github_json(
    pm: Postmortem,
    *,
    profile: ExportProfile | str = ExportProfile.INTERNAL,
    include_tracked: bool = False,
) -> str:
    """The action items as a JSON list of GitHub issues: {"title", "body", "labels"}."""
    issues = _github_issues(pm, profile, include_tracked)
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _shell_word(text: str) -> str:
    # A NUL cannot be part of a shell word; everything else shlex.quote makes literal.
    return shlex.quote(text.replace("\0", ""))


def export_github_script(
    pm: Postmortem,
    *,
    profile: ExportProfile | str = ExportProfile.INTERNAL,
    include_tracked: bool = False,
) -> str:
    """A POSIX shell script that creates the action items as GitHub issues with `gh`.

    Run it in a clone of the repository, or name the repository: `sh FILE --repo
    OWNER/NAME` (its arguments go to every `gh` call). It first creates the labels the
    issues use (`gh issue create` refuses unknown labels; existing ones stay as they
    are), then one issue per action, its body read from standard input.
    """
    issues = _github_issues(pm, profile, include_tracked)
    key = " ".join(pm.key.split())
    lines = [
        "#!/bin/sh",
        f"# The action items of post-mortem {key} as GitHub issues, made with the GitHub CLI.",
        "# Run it in a clone of the repository, or: sh THIS_FILE --repo OWNER/NAME",
        "set -eu",
    ]
    labels = dict.fromkeys(label for issue in issues for label in issue["labels"])
    for label in labels:
        lines.append(f'gh label create {_shell_word(label)} "$@" >/dev/null 2>&1 || true')
    for issue in issues:
        options = " ".join(f"--label {_shell_word(label)}" for label in issue["labels"])
        lines.append(
            f"printf '%s' {_shell_word(issue['body'])} | gh issue create \"$@\" "
            f"--title {_shell_word(issue['title'])} --body-file - {options}"
        )
    return "\n".join(lines) + "\n"


class TrackerExporter(Protocol):
    def __call__(
        self, pm: Postmortem, *, profile: ExportProfile | str = ..., include_tracked: bool = ...
    ) -> str: ...


# The export formats of this module (`pmdesk export --format`), by name.
TRACKER_EXPORTERS: dict[str, TrackerExporter] = {
    "jira-csv": export_jira_csv,
    "gitlab-csv": export_gitlab_csv,
    "github-json": export_github_json,
    "github-sh": export_github_script,
}
