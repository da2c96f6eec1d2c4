"""Every field of a post-mortem carries raw HTML, script links, remote images and a
spreadsheet formula; no export format lets any of them through.

Markdown is rendered as a wiki would (raw HTML passed through, images fetched) and the
result is held to the same rules as the HTML export.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from typing import Any

import markdown
import pypdf
import pytest
import yaml

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters import ExportOptions
from pmdesk.exporters.export import render_export
from pmdesk.models import Postmortem

from .conftest import FIXED_TIME, LoadPostmortem

BAIT = (
    '=HYPERLINK("https://evil.example/") <script>alert(1)</script>'
    " <img src=http://evil.example/pixel.png> [x](javascript:alert(1))"
    " ![x](https://remote.example/img.png)"
)


def _plant(data: dict[str, Any]) -> None:
    """BAIT in every text field of the interchange data."""
    data["title"] = BAIT
    data["summary"] = data["customer_impact"] = BAIT
    data["facilitator"] = BAIT
    data["tags"] = [BAIT, "database"]
    data["services"] = [BAIT]
    for person in data["participants"]:
        person.update(name=f"{BAIT} {person['name']}", role=BAIT, team=BAIT)
    trigger = data["trigger_assessment"]
    trigger["reasons"] = [BAIT]
    trigger.update(override_verdict="recommended", override_reason=BAIT)
    for event in data["timeline"]:
        event.update(text=BAIT, source=BAIT, author=BAIT)

    def why(node: dict[str, Any]) -> None:
        node["text"] = BAIT
        if node["is_root_cause"]:
            node["category"] = BAIT
        for child in node["children"]:
            why(child)

    for chain in data["why_chains"]:
        why(chain)
    for item in data["action_items"]:
        item.update(title=BAIT, description=BAIT, owner=BAIT)
    data["action_items"][0]["tracker_url"] = "javascript:alert(1)"
    data["action_items"][1]["tracker_url"] = 'https://t.example/<script>")|x'
    data["action_items"][2]["tracker_url"] = '=HYPERLINK("https://evil.example/")'
    for entry in (*data["lessons"], *data["contributing_factors"]):
        entry["text"] = BAIT


@pytest.fixture
def hostile_pm(load_pm: LoadPostmortem) -> Postmortem:
    return load_pm(_plant)


class _Harm(HTMLParser):
    """Collects what a browser would run, fetch or follow somewhere unsafe."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_head = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.in_head = False
        banned = {"script", "iframe", "object", "embed", "form", "svg", "link", "base", "meta"}
        if tag in banned - ({"meta"} if self.in_head else set()) or (
            tag == "style" and not self.in_head
        ):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("on") or (name == "style" and "url(" in value):
                self.found.append(f"{tag} {name}={value}")
            if name in ("src", "srcset") and not value.startswith("data:image/"):
                self.found.append(f"{tag} {name}={value}")
            if name == "href" and not re.match(r"(https?://|mailto:|#)", value, re.I):
                self.found.append(f"{tag} href={value}")


def assert_harmless_html(html: str) -> None:
    parser = _Harm()
    parser.feed(html)
    assert parser.found == []


def _front_matter(text: str) -> dict[str, Any]:
    match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    assert match
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict)
    return data


def _render(pm: Postmortem, fmt: str, profile: ExportProfile) -> bytes:
    options = ExportOptions(profile=profile, generated_at=FIXED_TIME)
    return render_export(pm, fmt, options).data


@pytest.mark.parametrize("profile", list(ExportProfile))
def test_markdown_rendered_by_a_wiki_runs_and_fetches_nothing(
    hostile_pm: Postmortem, profile: ExportProfile
) -> None:
    text = _render(hostile_pm, "md", profile).decode("utf-8")
    assert "<script" not in text
    assert "<img src=" not in text
    # As a wiki renders it: raw HTML kept, links and images live.
    body = text.split("\n---\n", 1)[1]
    assert_harmless_html(markdown.markdown(body, extensions=["tables"]))
    # Sites put front-matter values into their pages, often unescaped.
    data = _front_matter(text)
    values = [data["title"], data["id"], *data["tags"], *data["services"]]
    values += [data["facilitator"]] if profile is ExportProfile.INTERNAL else []
    for value in values:
        assert_harmless_html(markdown.markdown(str(value)))
        assert "<script" not in str(value)
    # The text is still there to read.
    assert "alert(1)" in body
    assert "remote.example/img.png" in body


@pytest.mark.parametrize("profile", list(ExportProfile))
def test_html_export_runs_and_fetches_nothing(
    hostile_pm: Postmortem, profile: ExportProfile
) -> None:
    html = _render(hostile_pm, "html", profile).decode("utf-8")
    assert_harmless_html(html)


def test_pdf_has_no_script_no_foreign_links_and_no_fetched_images(hostile_pm: Postmortem) -> None:
    reader = pypdf.PdfReader(io.BytesIO(_render(hostile_pm, "pdf", ExportProfile.INTERNAL)))
    links: list[str] = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            assert action.get("/S") in (None, "/URI", "/GoTo"), action
            if "/URI" in action:
                links.append(str(action["/URI"]))
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert images == []
    assert all(re.match(r"(https?://|mailto:)", link) for link in links), links
    assert "/JavaScript" not in reader.trailer["/Root"].get("/Names", {})
    assert "/OpenAction" not in reader.trailer["/Root"]
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Root-cause analysis" in text


@pytest.mark.parametrize("profile", list(ExportProfile))
def test_csv_cells_never_start_a_formula(hostile_pm: Postmortem, profile: ExportProfile) -> None:
    text = _render(hostile_pm, "actions-csv", profile).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + len(hostile_pm.action_items)
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    if profile is ExportProfile.INTERNAL:
        assert rows[1][0].startswith("'=HYPERLINK")


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Outage\x85 after\u2028deploy\u2029", "deploy"),
        ("Escape \x1b[31mred\x1b[0m and \x07 bell", "red"),
        ("---\n...\n--- # not: a [document]", "document"),
        ("<script>alert(1)</script>: 'quoted' \"twice\"", "'quoted' \"twice\""),
    ],
)
def test_front_matter_is_valid_yaml_whatever_the_title(
    load_pm: LoadPostmortem, title: str, kept: str
) -> None:
    pm = load_pm(lambda data: data.update(title=title))
    data = _front_matter(_render(pm, "md", ExportProfile.INTERNAL).decode("utf-8"))
    shown = str(data["title"])
    assert kept in shown
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", shown)
    assert "<script" not in shown
