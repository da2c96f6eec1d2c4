"""Markdown with front matter, the self-contained HTML file, and the action-item CSV."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import yaml

from pmdesk.exporters import (
    ExportOptions,
    export_actions_csv,
    export_html_file,
    export_markdown,
    render_html,
)
from pmdesk.exporters.actions_csv import CSV_HEADER
from pmdesk.models import Postmortem

from .conftest import FIXED_TIME, LoadPostmortem, add_event

GOLDEN = Path(__file__).parents[2] / "data" / "export"


def _front_matter(text: str) -> dict[str, Any]:
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert match, text[:200]
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict)
    return data


def test_front_matter_parses(sample_pm: Postmortem) -> None:
    data = _front_matter(export_markdown(sample_pm, generated_at=FIXED_TIME))
    assert data["title"] == "Checkout partially unavailable after a database failover"
    assert data["date"] == "2026-10-14"
    assert data["severity"] == 2
    assert data["tags"] == ["database", "failover", "checkout"]
    assert data["version"] == 1
    assert data["generated"] == "2026-10-17T09:00:00Z"


def test_front_matter_survives_hostile_titles(load_pm: LoadPostmortem) -> None:
    title = 'Deploy: "rollback" --- \n#1 failed: {yes: no} & *alias'

    def edit(data: dict[str, Any]) -> None:
        data["title"] = title
        data["tags"] = ["yes", "null", "a: b"]

    data = _front_matter(export_markdown(load_pm(edit)))
    assert data["title"] == title
    assert data["tags"] == ["yes", "null", "a: b"]


def test_why_chains_are_nested_lists(sample_pm: Postmortem) -> None:
    text = export_markdown(sample_pm)
    chain = text.split("### Chain 1", 1)[1].split("### Chain 2", 1)[0]
    lines = [line for line in chain.splitlines() if line.strip()]
    assert lines[0].startswith("- **Problem:** Why did 38 % of checkout requests fail")
    # Four spaces a level: Python-Markdown (MkDocs) flattens anything less.
    assert lines[1].startswith("    - **Why 1:** Three of six app hosts")
    assert lines[3].startswith("            - **Why 3:** The failover automation")
    assert "*root cause RC1, automation*" in lines[3]
    assert lines[4].startswith("    - **Why 1:** Why did db-01 stop accepting writes?")


def test_markdown_sections_and_tables(sample_pm: Postmortem) -> None:
    text = export_markdown(sample_pm)
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == [
        "Summary",
        "Impact",
        "Why this review was held",
        "Key moments and metrics",
        "Timeline",
        "Root-cause analysis",
        "Contributing factors",
        "Lessons learned",
        "Action items",
        "Appendix",
    ]
    assert "| A1 | [Reload PgBouncer from a Patroni on_role_change callback]" in text
    assert "| 09:02:31 |  | nginx checkout-lb | **Impact start:** First HTTP 502" in text


def test_authors_are_the_facilitator_and_co_authors_not_every_participant(
    load_pm: LoadPostmortem,
) -> None:
    def add_co_author(data: dict[str, Any]) -> None:
        data["participants"].append({"name": "Sam Lee", "role": "Co-author", "team": "SRE team"})

    text = export_markdown(load_pm(add_co_author))
    assert "Authors: Alex Morgan, Sam Lee  \n" in text
    assert (
        "Participants: Priya Raman, Mei Lin, Jonas Becker, Tomás Ortega, Alex Morgan, Sam Lee"
        in (text)
    )
    html = render_html(load_pm(add_co_author))
    assert "<dt>Authors</dt><dd>Alex Morgan, Sam Lee</dd>" in html
    assert "<dt>Participants</dt><dd>Priya Raman, Mei Lin, Jonas Becker" in html


def test_the_report_ends_the_incident_at_its_resolved_moment(load_pm: LoadPostmortem) -> None:
    def end_typed_later(data: dict[str, Any]) -> None:
        data["incident_end"] = "2026-10-14T11:30:00Z"

    html = render_html(load_pm(end_typed_later))
    # The timeline marks "Resolved" at 10:16:04: that is the end, not what was typed.
    assert "Incident window: 14 Oct 2026 09:02 UTC to 14 Oct 2026 10:16 UTC" in html


def test_markdown_table_cells_cannot_break_tables(load_pm: LoadPostmortem) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["timeline"][0]["text"] = "a | b\nnext line <script>x</script>"

    text = export_markdown(load_pm(edit))
    row = next(line for line in text.splitlines() if line.startswith("| 08:41:12"))
    assert row.count(" | ") == 3
    assert "a \\| b next line" in row
    assert "<script>" not in text


def test_blank_lessons_and_factors_are_not_exported(load_pm: LoadPostmortem) -> None:
    # Older versions could store blank items; the report never shows them.
    def edit(data: dict[str, Any]) -> None:
        data["lessons"] = [
            {
                "kind": "went_well",
                "text": "Patroni promoted the replica.",
                "is_internal_only": False,
            },
            {"kind": "went_well", "text": "  ", "is_internal_only": False},
            {"kind": "lucky", "text": "", "is_internal_only": False},
        ]
        data["contributing_factors"] = [{"text": " ", "is_internal_only": False}]

    pm = load_pm(edit)
    text = export_markdown(pm)
    factors = text.split("## Contributing factors", 1)[1].split("\n## ", 1)[0]
    assert factors.strip() == "_None recorded._"
    went_well = text.split("### What went well", 1)[1].split("\n### ", 1)[0]
    assert went_well.strip() == "- Patroni promoted the replica."
    lucky = text.split("### Where we got lucky", 1)[1].split("\n## ", 1)[0]
    assert lucky.strip() == "_Nothing recorded._"
    html = render_html(pm)
    assert not re.search(r"<li>\s*</li>", html)
    assert html.count("Patroni promoted the replica.") == 1


def test_markdown_golden(sample_pm: Postmortem) -> None:
    text = export_markdown(sample_pm, generated_at=FIXED_TIME)
    golden = GOLDEN / "database-failover.md"
    if not golden.exists():  # first run writes it; review it like code
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_html_file_is_self_contained(sample_pm: Postmortem, tmp_path: Path) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    html = export_html_file(
        sample_pm, options=ExportOptions(logo_path=logo, generated_at=FIXED_TIME)
    )
    assert "<style>" in html
    assert "<link" not in html
    assert 'src="data:image/svg+xml;base64,' in html
    assert "file:" not in html
    assert not re.search(r'(?:src|href)="(?!data:|#|https://tracker\.example\.com)', html)
    assert "Content-Security-Policy" in html


def test_actions_csv_parses(sample_pm: Postmortem) -> None:
    rows = list(csv.reader(io.StringIO(export_actions_csv(sample_pm))))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == 1 + len(sample_pm.action_items)
    first = dict(zip(rows[0][:7], rows[1][:7], strict=True))
    assert first == {
        "Summary": "Reload PgBouncer from a Patroni on_role_change callback",
        "Description": first["Description"],
        "Issue Type": "Task",
        "Priority": "High",
        "Assignee": "Database platform team",
        "Due Date": "2026-11-04",
        "Status": "In progress",
    }
    assert "Addresses root cause RC1" in first["Description"]
    assert rows[1][7:10] == ["postmortem", "pm-0001", "code-change"]
    assert rows[5][11] == "RC1 RC2"


def test_actions_csv_defuses_formulas(load_pm: LoadPostmortem) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["action_items"][0]["title"] = '=HYPERLINK("https://evil.example","x")'
        data["action_items"][0]["owner"] = "@ops"

    rows = list(csv.reader(io.StringIO(export_actions_csv(load_pm(edit)))))
    assert rows[1][0].startswith("'=")
    assert rows[1][4] == "'@ops"


def test_public_csv_uses_pseudonyms(load_pm: LoadPostmortem) -> None:
    pm = load_pm(lambda d: d["action_items"][0].update(owner="Jonas Becker"))
    assert "Jonas" not in export_actions_csv(pm, profile="public")
    assert "Database engineer A" in export_actions_csv(pm, profile="public")


def test_long_timelines_get_day_separators_and_compact_rows(load_pm: LoadPostmortem) -> None:
    from pmdesk.exporters import render_html
    from pmdesk.exporters._document import build_document

    from .conftest import add_event

    def many(data: dict[str, Any]) -> None:
        for i in range(130):
            day = 15 + i // 65
            add_event(
                data,
                f"follow-up entry {i}",
                occurred_at=f"2026-10-{day}T{8 + (i % 65) // 6:02d}:{i % 60:02d}:00Z",
            )

    pm = load_pm(many)
    doc = build_document(pm)
    assert [day.label for day in doc.days] == [
        "Wednesday, 14 October 2026",
        "Thursday, 15 October 2026",
        "Friday, 16 October 2026",
    ]
    html = render_html(pm)
    assert '<div class="timeline compact">' in html
    assert html.count('<h3 class="day">') == 3


def test_render_export_reports_progress_and_hashes_the_html(sample_pm: Postmortem) -> None:
    from pmdesk.exporters import content_hash, render_export, render_html

    steps: list[str] = []
    options = ExportOptions(generated_at=FIXED_TIME)
    result = render_export(sample_pm, "html", options, progress=steps.append)
    assert result.content_hash == content_hash(
        render_html(sample_pm, options=options, embed_resources=True)
    )
    assert steps == ["Preparing the document"]
    markdown = render_export(sample_pm, "md", options)
    assert markdown.content_hash == content_hash(markdown.data.decode("utf-8"))


def test_a_moment_seen_by_several_sources_is_one_row_naming_them(
    load_pm: LoadPostmortem,
) -> None:
    def corroborated(data: dict[str, Any]) -> None:
        alert = next(e for e in data["timeline"] if e["text"].startswith("Triggered: Checkout"))
        add_event(
            data,
            "Triggered #4711: Checkout API 5xx rate above 5 % for 10 minutes",
            author="PagerDuty",
            occurred_at="2026-10-14T09:13:06Z",
            corroborates=alert["ref"],
        )
        data["why_chains"][0]["evidence"] = [data["timeline"][-1]["ref"], alert["ref"]]

    pm = load_pm(corroborated)
    text = export_markdown(pm)
    rows = [line for line in text.splitlines() if line.startswith("| 09:13:")]
    assert len(rows) == 1
    assert "| pagerduty, slack #inc-checkout |" in rows[0]
    assert "Triggered #4711" not in text
