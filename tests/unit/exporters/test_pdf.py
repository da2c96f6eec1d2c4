"""PDF export: the URL fetcher refuses everything but bundled resources and the logo,
and the sample renders with its sections in order."""

from __future__ import annotations

import io
import re
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from pmdesk.exporters import ExportOptions, render_html, write_pdf
from pmdesk.exporters import pdf as pdf_module
from pmdesk.exporters.html import TEMPLATES_DIR
from pmdesk.exporters.pdf import RefusedUrlError, SafeUrlPolicy, render_pdf_bytes
from pmdesk.models import Postmortem
from tests.conftest import RenderSpy

from .conftest import FIXED_TIME, LoadPostmortem, add_event


def _png_1px() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(bytes([0, 0x2F, 0x5D, 0x8A, 0xFF]))
    signature = bytes([0x89]) + b"PNG" + bytes([13, 10, 26, 10])
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG_1PX = _png_1px()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Any attempt to open a connection is recorded and fails."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _image_count(pdf: bytes) -> int:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return sum(len(page.images) for page in reader.pages)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-CONTENT root:x:0:0\n", encoding="utf-8")
    return path


def test_fetcher_refuses_files_network_and_other_schemes(
    secret_file: Path, tmp_path: Path, no_network: list[Any]
) -> None:
    secret_url = secret_file.as_uri()
    html = f"""<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="{secret_url}">
      <link rel="stylesheet" href="https://fonts.example.com/x.css">
      <style>
        @import url("{secret_url}");
        @import url("http://evil.example/import.css");
        body {{ background: url("{secret_url}"); }}
        p::after {{ content: url("https://evil.example/after.png"); }}
      </style></head><body>
      <p>Visible text</p>
      <img src="file:///etc/passwd" alt="">
      <img src="{secret_url}" alt="">
      <img src="https://evil.example/remote.png" alt="">
      <img src="ftp://evil.example/x.png" alt="">
      <img src="../../../../../../etc/passwd" alt="">
      <img src="fonts/../../samples/database-failover.json" alt="">
      <img src="data:text/html;base64,PGgxPkhpPC9oMT4=" alt="">
      <iframe src="{secret_url}"></iframe>
      <object data="{secret_url}"></object>
      <embed src="{secret_url}">
      <svg width="10" height="10"><image href="{secret_url}" width="10" height="10"/></svg>
    </body></html>"""
    policy = SafeUrlPolicy()
    dest = tmp_path / "out.pdf"
    write_pdf(html, dest, policy=policy)
    pdf = dest.read_bytes()
    text = _text(pdf)
    assert "Visible text" in text
    assert "TOP-SECRET" not in text
    assert "root:x" not in text
    assert b"TOP-SECRET" not in pdf
    assert _image_count(pdf) == 0
    assert no_network == []
    refused = " ".join(policy.refused)
    for needle in (
        secret_url,
        "https://fonts.example.com",
        "http://evil.example/import.css",
        "https://evil.example/remote.png",
        "ftp://",
        "data:text/html",
        "/etc/passwd",
        "database-failover.json",
    ):
        assert needle in refused, needle


def test_policy_allows_only_bundled_files_and_the_logo(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_1PX)
    other = tmp_path / "other.png"
    other.write_bytes(PNG_1PX)
    policy = SafeUrlPolicy(allowed_files=(logo,))
    assert policy.resolve(logo.as_uri()) == (logo.resolve(), "image/png")
    assert policy.resolve("data:image/png;base64,iVBORw0KGgo=")[0] is None
    css = next(TEMPLATES_DIR.glob("*.j2"))
    for refused in (
        other.as_uri(),
        css.as_uri(),  # templates are not a type a document loads
        "file://evil.example/share/logo.png",
        "http://localhost/logo.png",
        "https://example.com/logo.png",
        "gopher://x/",
        "javascript:alert(1)",
        "data:text/css,body{}",
    ):
        with pytest.raises(RefusedUrlError):
            policy.resolve(refused)


def test_symlink_out_of_the_templates_folder_is_refused(tmp_path: Path, secret_file: Path) -> None:
    root = tmp_path / "templates"
    root.mkdir()
    (root / "escape.png").symlink_to(secret_file)
    with pytest.raises(RefusedUrlError):
        SafeUrlPolicy(allowed_roots=(root,)).resolve((root / "escape.png").as_uri())


def test_logo_is_loaded(load_pm: LoadPostmortem, tmp_path: Path, no_network: list[Any]) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_1PX)
    html = render_html(load_pm(), options=ExportOptions(logo_path=logo, generated_at=FIXED_TIME))
    assert f'src="{logo.resolve().as_uri()}"' in html
    # The cover is enough to show the logo; the rest would only slow the test down.
    cover = html[: html.index("<main>")] + "</body></html>"
    pdf = render_pdf_bytes(cover, allowed_files=(logo,))
    assert _image_count(pdf) > 0  # WeasyPrint shares the resources between pages
    assert no_network == []


def test_hostile_postmortem_exports_without_leaks(
    load_pm: LoadPostmortem, secret_file: Path, no_network: list[Any]
) -> None:
    url = secret_file.as_uri()

    def hostile(data: dict[str, Any]) -> None:
        data["summary"] = (
            f'![leak]({url}) <img src="{url}"> <iframe src="{url}"></iframe> '
            f'<script>document.write("x")</script> <style>@import url("{url}");</style> '
            "![remote](https://evil.example/x.png)"
        )
        add_event(data, f'<object data="{url}"></object> see ![x](file:///etc/passwd)')

    html = render_html(load_pm(hostile))
    # The cover (with the summary) and the timeline hold the hostile texts.
    start = html.index('<section id="timeline"')
    end = html.index("</section>", start)
    pdf = render_pdf_bytes(html[: html.index("<main>") + 6] + html[start:end] + "</section></main>")
    text = _text(pdf)
    assert "TOP-SECRET" not in text
    assert "root:x" not in text
    assert "document.write" not in text
    assert _image_count(pdf) == 0
    assert no_network == []


SECTIONS = [
    "Checkout partially unavailable after a database failover",
    "Summary",
    "Contents",
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


def test_sample_pdf_has_the_sections_in_order(sample_pm: Postmortem, tmp_path: Path) -> None:
    options = ExportOptions(organisation_name="Northwind Payments", generated_at=FIXED_TIME)
    dest = tmp_path / "sample.pdf"
    write_pdf(render_html(sample_pm, options=options), dest)
    assert not list(tmp_path.glob("*.partial"))
    reader = pypdf.PdfReader(dest)
    assert len(reader.pages) >= 5
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages).lower()
    positions = [text.find(title.lower()) for title in SECTIONS]
    assert all(p >= 0 for p in positions), dict(zip(SECTIONS, positions, strict=True))
    body = text.split("appendix", 1)[1]  # after the table of contents
    order = [body.find(title.lower()) for title in SECTIONS[3:]]
    assert order == sorted(order), dict(zip(SECTIONS[3:], order, strict=True))
    assert order[0] >= 0
    # Running header with title and version, page numbers, organisation in the footer.
    assert "PM-0001 · Version 1" in pages[1]
    assert re.search(r"Page 2 of \d+", pages[1])
    assert "Northwind Payments" in pages[-1]
    # The table of contents has real page numbers.
    assert re.search(r"Timeline\s*\.*\s*\d", pages[0])
    # Each root cause is marked, and every action item is in the table.
    squeezed = text.replace(" ", "").replace("\n", "")
    for label in ("rootcauserc1", "rootcauserc2", "rootcauserc3", "a5"):
        assert label in squeezed
    # Facilitator notes are never exported.
    assert "credential rotation calendar" not in text


def test_missing_weasyprint_is_a_user_facing_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from pmdesk.errors import UserFacingError

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "weasyprint":
            raise ImportError("no weasyprint")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(UserFacingError, match="WeasyPrint"):
        render_pdf_bytes("<p>x</p>")


def test_unwritable_destination(tmp_path: Path) -> None:
    from pmdesk.errors import UserFacingError

    with pytest.raises(UserFacingError, match="could not be written"):
        write_pdf("<p>x</p>", tmp_path / "missing-folder" / "x.pdf")


def test_svg_logo_cannot_pull_in_other_files(
    tmp_path: Path, secret_file: Path, no_network: list[Any]
) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="40" height="20"><rect width="40" height="20" fill="#2f5d8a"/>'
        f'<image xlink:href="{secret_file.as_uri()}" width="40" height="20"/>'
        '<image href="https://evil.example/x.png" width="40" height="20"/></svg>',
        encoding="utf-8",
    )
    policy = SafeUrlPolicy(allowed_files=(logo,))
    pdf = render_pdf_bytes(f'<p>Logo</p><img src="{logo.as_uri()}">', policy=policy)
    assert b"TOP-SECRET" not in pdf
    assert secret_file.as_uri() in policy.refused
    assert "https://evil.example/x.png" in policy.refused
    assert no_network == []


def test_long_tables_repeat_their_header(load_pm: LoadPostmortem) -> None:
    def many_actions(data: dict[str, Any]) -> None:
        template = data["action_items"][0]
        data["action_items"] = [
            {**template, "title": f"Action number {i} " + "with a longer title " * 3}
            for i in range(45)
        ]

    html = render_html(load_pm(many_actions), options=ExportOptions(generated_at=FIXED_TIME))
    start = html.index('<section id="actions"')
    end = html.index("</section>", start)
    only_actions = (
        html[: html.index("<main>") + 6] + html[start:end] + "</section></main></body></html>"
    )
    reader = pypdf.PdfReader(io.BytesIO(render_pdf_bytes(only_actions)))
    pages = [page.extract_text() or "" for page in reader.pages]
    with_header = [p for p in pages if re.search(r"ACTION\s+TYPE\s+OWNER", p)]
    assert len(with_header) >= 2, "the action table's header is not repeated"


def test_accent_colour_is_applied(sample_pm: Postmortem) -> None:
    html = render_html(sample_pm, options=ExportOptions(accent_color="#aa3300"))
    assert "border-bottom: 1.2pt solid #aa3300" in html
    assert "#2f5d8a" not in html


def _boxes(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _laid_out_box(html: str, css_class: str) -> Any:
    """The first box of an element with `css_class` on the first page, as WeasyPrint
    lays it out (its page boxes are not public API, but nothing else tells where a
    rule is drawn)."""
    import weasyprint

    page = weasyprint.HTML(string=html, base_url=str(TEMPLATES_DIR)).render().pages[0]
    return next(
        box
        for box in _boxes(page._page_box)
        if getattr(box, "element", None) is not None
        and css_class in (box.element.get("class") or "").split()
    )


@pytest.mark.parametrize("organisation", ["", "Northwind Payments"])
def test_cover_label_sits_above_the_rule(load_pm: LoadPostmortem, organisation: str) -> None:
    html = render_html(
        load_pm(), options=ExportOptions(organisation_name=organisation, generated_at=FIXED_TIME)
    )
    cover = html[: html.index("<main>")] + "</body></html>"
    band = _laid_out_box(cover, "cover-band")
    label = _laid_out_box(cover, "doc-kind")
    rule_top = band.position_y + band.border_height() - band.border_bottom_width
    # Without an organisation name the band had no height of its own, and the rule ran
    # through "POST-INCIDENT REVIEW".
    assert label.position_y + label.margin_height() <= rule_top


def _hosts_table(rows: int) -> str:
    lines = ["| Host | Region | Errors | Note |", "| --- | --- | ---: | --- |"]
    lines += [
        f"| db-{i:04d} | eu-west-{i % 3} | {i * 7 % 1000} | connection refused on failover |"
        for i in range(rows)
    ]
    return "\n".join(lines)


def test_a_3000_row_table_is_cut_and_the_pdf_comes_quickly(load_pm: LoadPostmortem) -> None:
    def pasted_table(data: dict[str, Any]) -> None:
        data["summary"] = "Hosts affected:\n\n" + _hosts_table(3000) + "\n\nThat was all."

    pm = load_pm(pasted_table)
    # CPU time: the machine may be busy with other work; WeasyPrint uses one thread.
    began = time.process_time()
    pdf = render_pdf_bytes(render_html(pm, options=ExportOptions(generated_at=FIXED_TIME)))
    elapsed = time.process_time() - began
    text = _text(pdf)
    assert "db-0199" in text
    assert "db-0200" not in text
    squeezed = " ".join(text.split())
    assert "2,800 more rows not shown in this report; see the post-mortem in pmdesk" in squeezed
    assert "That was all." in squeezed
    # About 4 s; the whole table took 25 s (and 380 MB).
    assert elapsed < 12


@pytest.mark.usefixtures("cold_pdf_process")
def test_a_render_asked_for_during_the_warm_up_waits_for_it(
    sample_pm: Postmortem, render_spy: RenderSpy
) -> None:
    spy = render_spy
    html = render_html(sample_pm, options=ExportOptions(generated_at=FIXED_TIME))
    assert not pdf_module.is_warm()
    warming = threading.Thread(target=pdf_module.warm_up)
    warming.start()
    pdf = render_pdf_bytes(html)
    warming.join()
    assert "Why this review was held" in _text(pdf)
    assert spy.calls == 2
    assert spy.most_at_once == 1
    assert pdf_module.is_warm()


@pytest.mark.usefixtures("cold_pdf_process")
def test_warming_up_renders_once_per_process(render_spy: RenderSpy) -> None:
    spy = render_spy
    pdf_module.warm_up()
    pdf_module.warm_up()
    assert spy.calls == 1
    render_pdf_bytes("<p>x</p>")
    pdf_module.warm_up()
    assert spy.calls == 2
