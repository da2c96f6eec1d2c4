"""The HTML export passes axe-core's accessibility checks in a real browser (Debian's
Chromium, driven by Playwright), in English and in German, internal and public."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, sync_playwright

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.exporters import ExportOptions, export_html_file

from .conftest import FIXED_TIME, LoadPostmortem

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            yield launched
        finally:
            launched.close()


def _violations(browser: Browser, path: Path) -> list[dict[str, Any]]:
    page = browser.new_page()
    try:
        page.goto(path.as_uri())
        results = Axe().run(page)
    finally:
        page.close()
    violations: list[dict[str, Any]] = results.response["violations"]
    return violations


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("profile", [ExportProfile.INTERNAL, ExportProfile.PUBLIC])
def test_the_html_report_has_no_serious_accessibility_problems(
    browser: Browser,
    load_pm: LoadPostmortem,
    tmp_path: Path,
    language: str,
    profile: ExportProfile,
) -> None:
    def in_language(data: dict[str, Any]) -> None:
        data["language"] = language

    html = export_html_file(
        load_pm(in_language), options=ExportOptions(generated_at=FIXED_TIME, profile=profile)
    )
    assert f'<html lang="{language}">' in html
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")

    serious = [
        (v["impact"], v["id"], [node["target"] for node in v["nodes"]][:5])
        for v in _violations(browser, path)
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
