"""`pmdesk site`: the static site of the published post-mortems, in a real browser.

Debian's Chromium, driven by Playwright: the site is opened from the file system (the
search box then matches words in search-data.js) and served by Python's http.server on
127.0.0.1 (the search box then uses Pagefind's index, which browsers do not load from
file:). Every request the browser makes is recorded; none may leave the site.
"""

from __future__ import annotations

import functools
import http.server
import io
import json
import re
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from pmdesk.cli import run
from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.errors import UserFacingError
from pmdesk.exporters.html import ExportOptions, render_html
from pmdesk.exporters.site import MANIFEST_NAME, build_site
from pmdesk.store import Database, open_database
from pmdesk.store.publications import latest_publication, publish
from pmdesk.store.queries import find_postmortem
from tests.site_library import add_published

ROOT_CAUSE_WORD = "zanzibarquux"
SERVICES = (["checkout-api", "pgbouncer"], ["search"], ["payments"])
TODAY = date(2026, 11, 20)


def _vary(number: int, data: dict[str, Any]) -> None:
    """Each copy its own services, severity and year; number 2 has a root cause with a
    word found nowhere else."""
    data["services"] = SERVICES[number % 3]
    data["tags"] = ["database"] if number % 2 else ["network"]
    data["severity"] = 1 + number % 3
    year = 2024 + number % 3
    data["incident_start"] = f"{year}-10-14T09:02:31Z"
    data["incident_end"] = f"{year}-10-14T10:16:04Z"
    if number == 2:
        root = _root_cause(data["why_chains"])
        root["text"] += f" The {ROOT_CAUSE_WORD} runbook was never written."


def _root_cause(chains: list[dict[str, Any]]) -> dict[str, Any]:
    for node in chains:
        if node["is_root_cause"]:
            return node
        found = _root_cause(node["children"]) if node["children"] else None
        if found is not None:
            return found
    raise AssertionError("the sample has a root cause")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'library.sqlite'}")
    add_published(db, 4, edit=_vary)
    # A post-mortem that was never published is not on the site.
    add_published(db, 1, start=9, published=False)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        yield chromium
        chromium.close()


class Visit:
    """A browser page that records every request and every console error."""

    def __init__(self, browser: Browser) -> None:
        self.page: Page = browser.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", self._console)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def search(self, words: str) -> None:
        # The page sets "searching" as the words are typed and "ready" once it shows
        # what they find. (Waiting on a script of the test's own would break the site's
        # Content-Security-Policy, which allows no eval.)
        self.page.fill("#search", words)
        self.page.wait_for_selector('body[data-search-state="ready"]')

    def shown_titles(self) -> list[str]:
        return self.page.locator("#results li:not([hidden]) h2").all_inner_texts()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    opened = Visit(browser)
    yield opened
    opened.page.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The site's folder, served on 127.0.0.1 (any free port)."""
    folder = tmp_path / "site"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_search_over_http_uses_pagefind_and_finds_a_root_cause_word(
    library: Database, served: tuple[Path, str], visit: Visit
) -> None:
    folder, base = served
    build_site(library, folder, today=TODAY)
    visit.page.goto(base + "index.html")
    visit.page.wait_for_selector("body[data-search-engine]")
    assert visit.page.get_attribute("body", "data-search-engine") == "pagefind"
    assert visit.page.inner_text("#count") == "4 post-mortems"

    visit.search(ROOT_CAUSE_WORD)
    assert visit.shown_titles() == [
        "Checkout partially unavailable after a database failover (review 2)"
    ]
    assert visit.page.inner_text("#count") == "1 of 4 post-mortems"
    # Pagefind filters too: every copy names PgBouncer, one runs the payments service.
    visit.search("pgbouncer")
    assert visit.page.inner_text("#count") == "4 of 4 post-mortems"
    visit.page.select_option("#filter-service", "payments")
    visit.page.wait_for_selector('body[data-search-state="ready"]')
    assert visit.page.inner_text("#count") == "1 of 4 post-mortems"
    visit.page.select_option("#filter-service", "")
    visit.search(ROOT_CAUSE_WORD)
    visit.page.click("#results li:not([hidden]) h2 a")
    visit.page.wait_for_url("**/postmortems/PM-0002.html")
    assert "(review 2)" in visit.page.locator("h1").first.inner_text()
    assert f"The {ROOT_CAUSE_WORD} runbook was never written." in visit.page.inner_text("body")
    visit.page.click("text=← All post-mortems")
    visit.page.wait_for_url("**/index.html")

    assert any("/pagefind/" in url for url in visit.requests), "the search used Pagefind"
    # The index is in parts, merged in the browser: the match came from one of them.
    parts = {
        url.split("/pagefind/")[1].split("/")[0] for url in visit.requests if "/pagefind/" in url
    }
    assert len(parts) > 1
    assert visit.requests, "the browser was watched"
    assert all(url.startswith(base) for url in visit.requests), visit.requests
    assert visit.errors == []


def test_from_the_file_system_search_filters_and_links_work(
    library: Database, tmp_path: Path, visit: Visit
) -> None:
    folder = tmp_path / "site"
    build_site(library, folder, today=TODAY)
    visit.page.goto((folder / "index.html").as_uri())
    visit.page.wait_for_selector("body[data-search-engine]")
    assert visit.page.get_attribute("body", "data-search-engine") == "local"
    # Published ones only, newest incident first.
    assert [title.rsplit("(", 1)[1] for title in visit.shown_titles()] == [
        "review 2)",
        "review 4)",
        "review 1)",
        "review 3)",
    ]

    visit.search(ROOT_CAUSE_WORD)
    assert visit.page.inner_text("#count") == "1 of 4 post-mortems"
    assert visit.shown_titles()[0].endswith("(review 2)")
    visit.search("")
    assert visit.page.inner_text("#count") == "4 post-mortems"

    # Filters, alone and together.
    visit.page.select_option("#filter-service", "payments")
    assert visit.page.inner_text("#count") == "1 of 4 post-mortems"
    assert visit.shown_titles()[0].endswith("(review 2)")
    visit.page.select_option("#filter-service", "")
    visit.page.select_option("#filter-tag", "database")
    assert sorted(t[-3:-1] for t in visit.shown_titles()) == [" 1", " 3"]
    visit.page.select_option("#filter-year", "2025")
    assert [t[-3:-1] for t in visit.shown_titles()] == [" 1"]
    visit.page.select_option("#filter-severity", "3")
    assert visit.shown_titles() == []
    assert visit.page.is_visible("#no-match")

    for name in ("index.html", "actions.html", "trends.html"):
        visit.page.goto((folder / name).as_uri())
        hrefs = visit.page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        assert hrefs
        for href in hrefs:
            parts = urlsplit(href)
            assert parts.scheme == "file", href
            target = Path(unquote(parts.path))
            assert target.is_file(), f"{name} links to {href}, which is missing"
            if parts.fragment:
                text = target.read_text(encoding="utf-8")
                assert f'id="{parts.fragment}"' in text, href

    visit.page.goto((folder / "actions.html").as_uri())
    rows = visit.page.locator("table.actions tbody tr")
    assert rows.count() > 0
    assert visit.page.locator("tr.overdue").count() > 0
    visit.page.goto((folder / "trends.html").as_uri())
    assert visit.page.locator("svg.chart").count() >= 3

    assert all(url.startswith("file://") for url in visit.requests), visit.requests
    assert visit.errors == []


def _site_text(folder: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in folder.rglob("*")
        if path.is_file() and path.suffix in (".html", ".js", ".json")
    )


def test_public_site_leaves_out_what_the_public_export_redacts(
    tmp_path: Path, visit: Visit
) -> None:
    secret_event = "internal-only detail about the vault token"

    def private(number: int, data: dict[str, Any]) -> None:
        data["facilitator_notes"] = "Private: ask Jonas Becker about the calendar."
        data["timeline"][3]["is_internal_only"] = True
        data["timeline"][3]["text"] = secret_event

    db = open_database(f"sqlite:///{tmp_path / 'library.sqlite'}")
    try:
        add_published(db, 2, edit=private, profile="public")
        folder = tmp_path / "site"
        build_site(db, folder, profile=ExportProfile.PUBLIC, today=TODAY)
        text = _site_text(folder)
        for name in ("Priya Raman", "Alex Morgan", "Jonas Becker", "Mei Lin", "Tomás Ortega"):
            assert name not in text
        assert "Private: ask" not in text
        assert secret_event not in text

        # Each page is the public export of the post-mortem, as `pmdesk export` makes it.
        with db.reading() as session:
            pm = find_postmortem(session, "PM-0001")
            publication = latest_publication(session, pm)
            assert publication is not None
            exported = render_html(
                pm,
                options=ExportOptions(
                    profile=ExportProfile.PUBLIC,
                    generated_at=publication.published_at,
                    version=publication.version,
                    is_publication=True,
                ),
                embed_resources=True,
            )
        page = (folder / "postmortems" / "PM-0001.html").read_text(encoding="utf-8")
        assert _without_site_header(page) == exported

        visit.page.goto((folder / "index.html").as_uri())
        assert "public version" in visit.page.inner_text("footer")
        internal = tmp_path / "internal"
        build_site(db, internal, profile=ExportProfile.INTERNAL, today=TODAY)
        assert "Priya Raman" in _site_text(internal)
    finally:
        db.close()


def _without_site_header(page: str) -> str:
    page = page.replace('<link rel="icon" href="data:,">\n', "", 1)
    page = re.sub(r'<meta data-pagefind-filter="[a-z]+\[content\]" content="[^"]*">\n', "", page)
    return re.sub(r'<nav class="pmdesk-site-nav".*?</nav>', "", page, count=1, flags=re.S)


def test_rebuild_renders_only_what_changed(library: Database, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    first = build_site(library, folder, today=TODAY)
    assert (first.postmortems, first.rendered, first.kept) == (4, 4, 0)
    pages = folder / "postmortems"
    stamps = {path.name: path.stat().st_mtime_ns for path in pages.iterdir()}

    again = build_site(library, folder, today=TODAY)
    assert (again.rendered, again.kept, again.removed) == (0, 4, 0)

    # PM-0003 is published again with a new title; PM-0004 is deleted.
    with library.transaction() as session:
        pm = find_postmortem(session, "PM-0003")
        pm.title = "Search index rebuilt twice"
        session.flush()
        publish(session, pm, formats=["html"], profile="internal", content_hash="0" * 64)
        session.delete(find_postmortem(session, "PM-0004"))
    search_stamps = {
        path.parent.name: path.stat().st_mtime_ns
        for path in (folder / "pagefind").glob("part*/pagefind-entry.json")
    }
    changed = build_site(library, folder, today=TODAY)
    assert (changed.postmortems, changed.rendered, changed.kept, changed.removed) == (3, 1, 2, 1)
    # Only the parts of the search index that held PM-0003 or PM-0004 were indexed again.
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    parts_now = {
        path.parent.name: path.stat().st_mtime_ns
        for path in (folder / "pagefind").glob("part*/pagefind-entry.json")
    }
    assert sorted(parts_now) == sorted(manifest["search_parts"])
    kept_parts = [name for name in parts_now if parts_now[name] == search_stamps.get(name)]
    assert kept_parts, "every part of the search index was built again"
    assert not (pages / "PM-0004.html").exists()
    for name in ("PM-0001.html", "PM-0002.html"):
        assert (pages / name).stat().st_mtime_ns == stamps[name]
    assert "Search index rebuilt twice" in (pages / "PM-0003.html").read_text(encoding="utf-8")
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "Search index rebuilt twice" in index
    assert "PM-0004" not in index
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["postmortems"]) == ["PM-0001", "PM-0002", "PM-0003"]

    # Another profile: every page again.
    public = build_site(library, folder, profile=ExportProfile.PUBLIC, today=TODAY)
    assert (public.rendered, public.kept) == (3, 0)


def test_a_page_shows_the_post_mortem_as_published_not_as_edited_since(
    library: Database, tmp_path: Path
) -> None:
    with library.transaction() as session:
        pm = find_postmortem(session, "PM-0002")
        root = next(node for node in pm.why_nodes if node.is_root_cause)
        root.text = "Rewritten after publishing: not on the site yet."
        pm.title = "A new title nobody published"
    folder = tmp_path / "site"
    build_site(library, folder, today=TODAY)
    page = (folder / "postmortems" / "PM-0002.html").read_text(encoding="utf-8")
    assert ROOT_CAUSE_WORD in page
    assert "Rewritten after publishing" not in page
    assert "A new title nobody published" not in (folder / "index.html").read_text("utf-8")
    # Nothing was written to the library while building.
    with library.reading() as session:
        pm = find_postmortem(session, "PM-0002")
        assert pm.title == "A new title nobody published"
        assert any(n.text.startswith("Rewritten") for n in pm.why_nodes if n.is_root_cause)


def test_a_folder_with_other_files_is_refused(library: Database, tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.docx").write_text("mine", encoding="utf-8")
    with pytest.raises(UserFacingError, match="not empty and holds no pmdesk site"):
        build_site(library, folder, today=TODAY)
    assert [path.name for path in folder.iterdir()] == ["thesis.docx"]


def test_cli_builds_the_site(library: Database, tmp_path: Path, paths: Any) -> None:
    folder = tmp_path / "out"
    out, err = io.StringIO(), io.StringIO()
    status = run(
        ["--database", str(library.url), "site", str(folder), "--profile", "public", "--json"],
        paths=paths,
        stdout=out,
        stderr=err,
    )
    assert (status, err.getvalue()) == (0, "")
    result = json.loads(out.getvalue())
    assert result["postmortems"] == 4
    assert result["index"] == str(folder.resolve() / "index.html")
    assert list((folder / "pagefind").glob("part*/pagefind.js"))
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["profile"] == "public"

    out = io.StringIO()
    assert run(["--database", str(library.url), "site", str(folder)], paths=paths, stdout=out) == 0
    assert "Built the internal site of 4 published post-mortem(s)" in out.getvalue()

    err = io.StringIO()
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("x", encoding="utf-8")
    status = run(["--database", str(library.url), "site", str(occupied)], paths=paths, stderr=err)
    assert status == 2
    assert err.getvalue().startswith("pmdesk: The folder")
    assert "Traceback" not in err.getvalue()


def test_a_library_with_nothing_published_gets_a_site_that_says_so(
    tmp_path: Path, visit: Visit
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'library.sqlite'}")
    try:
        add_published(db, 1, published=False)
        folder = tmp_path / "site"
        result = build_site(db, folder, today=TODAY)
    finally:
        db.close()
    assert (result.postmortems, result.rendered) == (0, 0)
    visit.page.goto((folder / "index.html").as_uri())
    visit.page.wait_for_selector("body[data-search-engine]")
    assert "Nothing is published yet" in visit.page.inner_text("main")
    assert visit.page.inner_text("#count") == "0 post-mortems"
    assert list((folder / "postmortems").iterdir()) == []
    assert visit.errors == []


def test_trends_tell_only_of_published_post_mortems(library: Database, tmp_path: Path) -> None:
    def unpublished_service(_number: int, data: dict[str, Any]) -> None:
        data["services"] = ["ledger-reconciliation"]

    add_published(library, 1, start=20, published=False, edit=unpublished_service)
    folder = tmp_path / "site"
    build_site(library, folder, today=TODAY)
    trends = (folder / "trends.html").read_text(encoding="utf-8")
    assert "ledger-reconciliation" not in trends
    assert "payments" in trends
