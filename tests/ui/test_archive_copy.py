"""Publish: the "Archive copy" box makes the PDF a PDF/A-3b that carries the data."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.ui.dialogs.publish_dialogs import ExportFolderDialog, OverrideGatesDialog
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.steps.publish_step import PublishStep


@pytest.fixture(autouse=True)
def no_garbage_of_earlier_tests() -> None:
    """Widgets of earlier tests that only reference cycles keep are collected now, not
    by a collection in the middle of Qt's event loop: that deleted a publish page whose
    timer then fired, and the interpreter crashed (seen after test_export_file_names)."""
    gc.collect()


def test_the_archive_copy_is_pdf_a_with_the_postmortem_inside(
    qtbot: QtBot, document: PostmortemDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = PublishStep(document)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(
        OverrideGatesDialog, "ask", classmethod(lambda cls, parent, failing: "Needed today")
    )
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, start: tmp_path))
    assert page.archive_box.isEnabled()
    assert not page.archive_box.isChecked()
    page.format_boxes["md"].setChecked(False)
    qtbot.mouseClick(page.archive_box, Qt.MouseButton.LeftButton)
    assert page.archive_box.isChecked()
    page.export_button.click()
    qtbot.waitUntil(lambda: page.open_folder_button.isEnabled(), timeout=60_000)

    [written] = tmp_path.glob("*.pdf")
    with pikepdf.open(written) as pdf:
        with pdf.open_metadata() as xmp:
            assert xmp["pdfaid:part"] == "3"
            assert xmp["pdfaid:conformance"] == "B"
        [data] = pdf.attachments.values()
        embedded = json.loads(data.get_file().read_bytes())
    assert embedded["postmortem"]["uuid"] == document.postmortem.uuid


def test_the_public_version_has_no_archive_copy(qtbot: QtBot, document: PostmortemDocument) -> None:
    page = PublishStep(document)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.archive_box, Qt.MouseButton.LeftButton)
    page.profile.setFocus()
    qtbot.keyClick(page.profile, Qt.Key.Key_Down)
    assert page.profile.currentData() == "public"
    assert not page.archive_box.isEnabled()
    assert not page.export_options().archive
    # Nor without a PDF.
    qtbot.keyClick(page.profile, Qt.Key.Key_Up)
    assert page.archive_box.isEnabled()
    qtbot.mouseClick(page.format_boxes["pdf"], Qt.MouseButton.LeftButton)
    assert not page.archive_box.isEnabled()
