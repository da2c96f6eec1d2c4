"""Long Markdown tables in a post-mortem's texts are cut in every export."""

from __future__ import annotations

from typing import Any

from pmdesk.exporters import ExportOptions, export_markdown, render_html
from pmdesk.exporters._markup import MAX_TABLE_ROWS, shorten_long_tables

from .conftest import FIXED_TIME, LoadPostmortem

NOTE = "more rows not shown in this report; see the post-mortem in pmdesk"


def table(rows: int, *, indent: str = "") -> list[str]:
    lines = [f"{indent}| Host | Errors |", f"{indent}| --- | ---: |"]
    return lines + [f"{indent}| db-{i:04d} | {i} |" for i in range(rows)]


def test_a_table_over_the_limit_keeps_its_first_rows_and_says_how_many_are_left() -> None:
    text = "\n".join(["Before.", "", *table(3000), "", "After."])
    shortened = shorten_long_tables(text)
    lines = shortened.split("\n")
    assert lines[:4] == ["Before.", "", "| Host | Errors |", "| --- | ---: |"]
    assert lines[4 + MAX_TABLE_ROWS - 1] == "| db-0199 | 199 |"
    assert lines[4 + MAX_TABLE_ROWS :] == [
        "",
        f"*… 2,800 {NOTE}.*",
        "",
        "After.",
    ]


def test_short_tables_code_and_other_text_are_left_alone() -> None:
    fenced = "\n".join(["```", *table(500), "```"])
    assert shorten_long_tables(fenced) == fenced
    exactly = "\n".join(table(MAX_TABLE_ROWS))
    assert shorten_long_tables(exactly) == exactly
    # Not at the start of a block: Markdown renders it as a paragraph, not a table.
    paragraph = "\n".join(["Some text", *table(500)])
    assert shorten_long_tables(paragraph) == paragraph
    lines = "\n".join(f"line {i}" for i in range(1000))
    assert shorten_long_tables(lines) == lines


def test_two_long_tables_are_both_cut() -> None:
    text = "\n".join([*table(250), "", "Between.", "", *table(201)])
    shortened = shorten_long_tables(text)
    assert f"*… 50 {NOTE}.*" in shortened
    assert f"*… 1 {NOTE}.*" in shortened
    assert "Between." in shortened


def test_markdown_and_html_exports_cut_long_tables(load_pm: LoadPostmortem) -> None:
    def pasted_tables(data: dict[str, Any]) -> None:
        data["summary"] = "Hosts:\n\n" + "\n".join(table(3000))
        data["action_items"][0]["description"] = "\n".join(table(300))

    pm = load_pm(pasted_tables)
    markdown = export_markdown(pm, generated_at=FIXED_TIME)
    assert "| db-0199 | 199 |" in markdown
    assert "| db-0200 | 200 |" not in markdown
    assert f"*… 2,800 {NOTE}.*" in markdown
    html = render_html(pm, options=ExportOptions(generated_at=FIXED_TIME))
    assert "<td>db-0199</td>" in html
    assert "<td>db-0200</td>" not in html
    assert f"<em>… 2,800 {NOTE}.</em>" in html
    assert f"<em>… 100 {NOTE}.</em>" in html
