"""'Did it work?' in the exports: the criterion, the review date and the answer."""

from __future__ import annotations

from typing import Any

import pytest

from pmdesk.exporters.html import render_html
from pmdesk.exporters.markdown import export_markdown
from pmdesk.models import Postmortem
from tests.unit.exporters.conftest import LoadPostmortem


def with_follow_up(pm: dict[str, Any]) -> None:
    first, second = pm["action_items"][2], pm["action_items"][1]
    first["success_criterion"] = "Archiving lag pages within 5 minutes"
    first["review_on"] = "2026-12-01"
    first["review"] = {
        "outcome": "did_not_hold",
        "note": "Lag went unnoticed for 40 minutes",
        "reviewed_by": "lena.fischer",
        "reviewed_at": "2026-12-03T09:30:00Z",
    }
    second["success_criterion"] = "A drill passes without paging anyone"
    second["review_on"] = "2027-02-01"


@pytest.fixture
def followed(load_pm: LoadPostmortem) -> Postmortem:
    return load_pm(with_follow_up)


def test_markdown_lists_what_should_show_that_it_worked(followed: Postmortem) -> None:
    text = export_markdown(followed)
    section = text.split("**Did it work?**", 1)[1].split("## Appendix", 1)[0]
    lines = [line for line in section.splitlines() if line.strip()]
    assert lines == [
        "- A2: worked if A drill passes without paging anyone — review on 1 Feb 2027",
        "- A3: worked if Archiving lag pages within 5 minutes — **Did not hold** "
        "(3 Dec 2026 by lena.fischer): Lag went unnoticed for 40 minutes",
    ]


def test_the_public_version_does_not_name_who_answered(followed: Postmortem) -> None:
    markdown = export_markdown(followed, profile="public")
    html = render_html(followed, profile="public")
    for text in (markdown, html):
        assert "Archiving lag pages within 5 minutes" in text
        assert "lena.fischer" not in text
    assert "**Did not hold** (3 Dec 2026): Lag went unnoticed" in markdown


def test_html_shows_the_criterion_and_the_answer_in_the_action_table(
    followed: Postmortem,
) -> None:
    html = render_html(followed)
    row = html.split('<tr id="a3">', 1)[1].split("</tr>", 1)[0]
    assert "Worked if:</span> Archiving lag pages within 5 minutes" in row
    assert 'class="review review-did_not_hold"' in row
    assert "(3 Dec 2026 by lena.fischer): Lag went unnoticed for 40 minutes" in row
    upcoming = html.split('<tr id="a2">', 1)[1].split("</tr>", 1)[0]
    assert "Review on</span> 1 Feb 2027" in upcoming


def test_without_follow_up_the_action_table_is_as_before(sample_pm: Postmortem) -> None:
    assert "Did it work?" not in export_markdown(sample_pm)
    assert "follow-up" not in render_html(sample_pm).split('<section id="actions"', 1)[1]
