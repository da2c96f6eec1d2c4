"""Unit tests render PDFs in the test process, as the command line does (the desktop
app's helper process is tested on its own, in tests/unit/exporters/test_pdf_helper.py)."""

from __future__ import annotations

import sys

import pytest


@pytest.fixture(autouse=True)
def _render_pdfs_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only a UI test switches the helper on, and it had to import the module to do so.
    pdf = sys.modules.get("pmdesk.exporters.pdf")
    if pdf is not None:
        monkeypatch.setattr(pdf, "_use_helper", False)
