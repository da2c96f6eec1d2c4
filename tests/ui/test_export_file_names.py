"""Publish writes its files into the chosen folder, whatever the post-mortem's key says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.dialogs.publish_dialogs import ExportFolderDialog, OverrideGatesDialog
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.steps.publish_step import PublishStep

# A key that climbs out of the export folder, and one that is an absolute path; both
# may come in with a loaded interchange file.
HOSTILE_KEYS = ["../../escaped", "ABSOLUTE"]


@pytest.fixture(params=HOSTILE_KEYS)
def hostile_key(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    key = str(request.param)
    if key == "ABSOLUTE":
        elsewhere = tmp_path / "root" / "elsewhere"
        elsewhere.mkdir(parents=True)
        return str(elsewhere / "escaped")
    return key


@pytest.fixture
def sample_id(db: Database, sample_document: dict[str, Any], hostile_key: str) -> int:
    """The sample, stored with a hostile key (as a database from before keys were
    checked on load may hold one)."""
    with db.transaction() as session:
        postmortem, _created = load_postmortem(session, sample_document)
        postmortem.key = hostile_key
        session.flush()
        return postmortem.id


def test_publish_writes_only_into_the_chosen_folder(
    qtbot: QtBot,
    document: PostmortemDocument,
    hostile_key: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert document.postmortem.key == hostile_key
    root = tmp_path / "root"
    folder = root / "reports" / "2026"
    folder.mkdir(parents=True)
    page = PublishStep(document)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(
        OverrideGatesDialog, "ask", classmethod(lambda cls, parent, failing: "Needed today")
    )
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, start: folder))
    page.format_boxes["pdf"].setChecked(False)
    page.format_boxes["md"].setChecked(True)
    page.format_boxes["actions-csv"].setChecked(True)
    page.export_button.click()
    qtbot.waitUntil(lambda: page.open_folder_button.isEnabled(), timeout=30_000)

    written = sorted(p for p in root.rglob("*") if p.is_file())
    assert [p.parent for p in written] == [folder, folder]
    assert [p.suffix for p in written] == [".csv", ".md"]
    assert all(p.stem.endswith("-internal") for p in written)
    assert written[1].read_text(encoding="utf-8").startswith("---")
    assert written[1].name in page.progress_label.text()
