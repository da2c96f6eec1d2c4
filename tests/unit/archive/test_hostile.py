"""Hostile and malformed written post-mortems: one sentence each, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmdesk.archive import read_written
from pmdesk.archive.written import MAX_WRITTEN_BYTES
from pmdesk.errors import UserFacingError
from pmdesk.store.interchange_check import check_document


def refusal(path: Path) -> str:
    with pytest.raises(UserFacingError) as caught:
        read_written(path)
    message = str(caught.value)
    assert "\n" not in message
    assert "Traceback" not in message
    return message


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert refusal(path) == "image.md is not a text file. Choose Markdown or HTML."


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("# Ausfall\n\n## Zusammenfassung\n\nDie Datenbank fiel aus (Größe).".encode(
        "latin-1"
    ))  # fmt: skip
    assert refusal(path) == "latin1.md is not UTF-8 text. Save it as UTF-8 and load it again."


def test_a_file_too_large_to_be_a_post_mortem_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "dump.md"
    with path.open("wb") as file:
        file.truncate(MAX_WRITTEN_BYTES + 1)
    assert refusal(path).startswith("dump.md is 5 MB, too large to be a written post-mortem")


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.md") == f"There is no file {tmp_path / 'gone.md'}."


def test_markdown_without_a_post_mortem_in_it_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "shopping.md"
    path.write_text("# Shopping\n\n- milk\n- bread\n", encoding="utf-8")
    assert refusal(path).startswith("shopping.md has nothing pmdesk recognises as a post-mortem")


def test_html_whose_text_is_a_file_name_does_not_read_that_file(tmp_path: Path) -> None:
    # tinyhtml5 opens a short string naming an existing file: never give it one.
    secret = tmp_path / "secret.html"
    secret.write_text("<h2>Summary</h2><p>The secret recipe.</p>", encoding="utf-8")
    path = tmp_path / "pointer.html"
    path.write_text(str(secret), encoding="utf-8")
    assert "has nothing pmdesk recognises" in refusal(path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quotes.md", "## Summary\n\n" + "> " * 5_000 + "deep\n"),
        ("lists.md", "## Summary\n\n" + "".join("  " * i + "- x\n" for i in range(2_000))),
        ("divs.html", "<h2>Summary</h2>" + "<div>" * 50_000 + "deep" + "</div>" * 50_000),
        ("tables.html", "<h2>Timeline</h2>" + "<table><tr><td>" * 2_000 + "12:00 x"),
    ],
)
def test_deep_nesting_is_refused_before_a_parser_spends_minutes_on_it(
    name: str, content: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert refusal(path) == f"{name} nests its parts too deeply to be read as a post-mortem."


def test_nesting_a_person_writes_is_read(tmp_path: Path) -> None:
    path = tmp_path / "nested.md"
    path.write_text(
        "## Summary\n\n" + "".join("    " * i + f"- level {i}\n" for i in range(12)),
        encoding="utf-8",
    )
    assert "level 11" in read_written(path).document["postmortem"]["summary"]


def test_scripts_styles_and_markup_never_reach_the_post_mortem(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Outage</title><style>h2{color:red}</style></head><body>"
        "<h2>Summary</h2><p>Queue <b>stalled</b>.<script>alert('x')</script></p>"
        "<iframe src='https://evil.example'>frame text</iframe>"
        "<h2>Timeline (UTC)</h2><ul><li>2026-10-14 09:02 Queue <img src=x onerror=alert(1)>"
        "stalled</li></ul></body></html>",
        encoding="utf-8",
    )
    pm = read_written(path).document["postmortem"]
    assert pm["title"] == "Outage"
    assert pm["summary"] == "Queue **stalled**."  # pmdesk's texts are Markdown
    assert [event["text"] for event in pm["timeline"]] == ["Queue stalled"]
    text = json.dumps(pm)
    for trace in ("alert", "color:red", "evil.example", "frame text", "onerror"):
        assert trace not in text


def test_control_characters_and_nul_escapes_cannot_break_the_check(tmp_path: Path) -> None:
    path = tmp_path / "controls.html"
    path.write_text(
        "<h2>Summary</h2><p>Bell \x07 and &#0; and &#x1b;[31m red</p>", encoding="utf-8"
    )
    check_document(read_written(path).document)


def test_times_that_do_not_exist_are_kept_as_notes(tmp_path: Path) -> None:
    path = tmp_path / "times.md"
    path.write_text(
        "## Timeline\n\nAll times UTC.\n\n"
        "- 2026-02-30 10:00 A day that does not exist\n"
        "- 2026-10-14 25:61 An hour that does not exist\n"
        "- 0001-01-01 00:00 A year nobody means\n"
        "- 2026-10-14 09:02 A real one\n",
        encoding="utf-8",
    )
    pm = read_written(path).document["postmortem"]
    assert [event["text"] for event in pm["timeline"]] == ["A real one"]
    for kept in ("A day that does not exist", "An hour that does not exist", "nobody means"):
        assert kept in pm["facilitator_notes"]
