"""Raw HTML in a Markdown field cannot inject anything into an export."""

from __future__ import annotations

import pytest

from pmdesk.exporters import export_html_file, render_html
from pmdesk.exporters._markup import markdown_to_html, markdown_to_inline_html

from .conftest import LoadPostmortem, add_event

HOSTILE = [
    "<script>alert(1)</script>",
    '<iframe src="https://evil.example/"></iframe>',
    '<img src="file:///etc/passwd">',
    '<img src="https://evil.example/pixel.png">',
    "![x](https://evil.example/track.png)",
    "![x](file:///etc/passwd)",
    '<style>@import url("file:///etc/passwd");</style>',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    '<p onclick="alert(1)" style="background:url(https://evil.example/)">hi</p>',
    '<object data="file:///etc/passwd"></object><embed src="x"><form action="x"><input></form>',
    '<svg><image href="https://evil.example/x.png"/></svg>',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
]
FORBIDDEN = [
    "<script", "<iframe", "<style", "<object", "<embed", "<form", "<svg", "<link", "<meta",
    "<base", "javascript:", "onclick", "style=", "file:", "evil.example/track", "evil.example/x",
    "evil.example/pixel", "alert(1)</",
]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_output_is_sanitised(text: str) -> None:
    for rendered in (markdown_to_html(text), markdown_to_inline_html(text)):
        lowered = rendered.lower()
        for needle in FORBIDDEN:
            assert needle not in lowered, (needle, rendered)


def test_markdown_still_renders() -> None:
    html = markdown_to_html("**bold** and `code`\n\n- one\n- two\n\n[tracker](https://t.example/1)")
    assert "<strong>bold</strong>" in html
    assert "<code>code</code>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://t.example/1" rel="noopener noreferrer nofollow">tracker</a>' in html
    assert markdown_to_inline_html("a < b & c") == "a &lt; b &amp; c"


def test_embedded_data_images_survive_other_images_do_not() -> None:
    pixel = "data:image/png;base64,iVBORw0KGgo="
    assert f'src="{pixel}"' in markdown_to_html(f"![dot]({pixel})")
    assert "src=" not in markdown_to_html("![svg](data:image/svg+xml;base64,PHN2Zz4=)")
    assert "src=" not in markdown_to_html("![html](data:text/html;base64,PGgxPg==)")


def test_hostile_fields_in_a_whole_document(load_pm: LoadPostmortem) -> None:
    def hostile(data: dict[str, object]) -> None:
        data["summary"] = "\n\n".join(HOSTILE)
        for text in HOSTILE:
            add_event(data, text)

    pm = load_pm(hostile)
    for html in (render_html(pm), export_html_file(pm)):
        body = html.split("</style>", 1)[1].lower()
        for needle in FORBIDDEN:
            assert needle not in body, needle


def test_organisation_name_and_accent_cannot_break_out(load_pm: LoadPostmortem) -> None:
    from pmdesk.exporters import ExportOptions

    options = ExportOptions(
        organisation_name='ACME"; } @import url(file:///etc/passwd); <script>x</script>',
        accent_color="red; } body { background: url(https://evil.example/) ",
    )
    html = render_html(load_pm(), options=options)
    assert "<script>x" not in html
    assert "evil.example" not in html
    assert "@import url(file:///etc/passwd); <script>" not in html
    assert "#2f5d8a" in html  # invalid accent falls back to the default
