"""What a publication can be written as, apart from the records (`publications`):
the command line's parser offers these without importing the ORM."""

from __future__ import annotations

__all__ = ["FORMATS", "PROFILES"]

FORMATS = (
    "pdf",
    "html",
    "md",
    "actions-csv",
    "jira-csv",
    "gitlab-csv",
    "github-json",
    "github-sh",
    "ics",
)
PROFILES = ("internal", "public")
