"""Export file names are built from a slug of the key, never from the raw field."""

from __future__ import annotations

import pytest

from pmdesk.exporters.export import export_file_name


@pytest.mark.parametrize(
    ("key", "profile", "fmt", "expected"),
    [
        ("PM-0001", "internal", "pdf", "PM-0001-internal.pdf"),
        ("PM-0001", "public", "actions-csv", "PM-0001-public.csv"),
        ("../../x", "internal", "md", "x-internal.md"),
        ("/etc/cron.d/job", "internal", "html", "etc-cron-d-job-internal.html"),
        ("C:\\Windows\\evil", "public", "md", "C-Windows-evil-public.md"),
        ("..", "internal", "md", "postmortem-internal.md"),
        ("", "internal", "md", "postmortem-internal.md"),
        (".hidden", "internal", "md", "hidden-internal.md"),
        ("Störung 7", "internal", "md", "Storung-7-internal.md"),
        ("../x", "../../y", "md", "x-y.md"),
    ],
)
def test_export_file_names_are_slugs(key: str, profile: str, fmt: str, expected: str) -> None:
    assert export_file_name(key, profile, fmt) == expected


def test_a_long_key_gives_a_file_name_of_reasonable_length() -> None:
    name = export_file_name("PM-" + "9" * 500, "internal", "pdf")
    assert len(name) < 120
    assert name.endswith("-internal.pdf")
