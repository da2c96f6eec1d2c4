"""Publish to repository…, as a facilitator does it: the button, the folder picker, a
branch typed in, and a commit in the docs repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pmdesk.models import Status
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.steps.publish_step import PublishStep
from tests.unit.exporters.git_repository import git, isolate_git, make_docs_repository, subjects

TITLE = "Checkout partially unavailable after a database failover"
PAGE = "docs/postmortems/PM-0001-checkout-partially-unavailable-after-a-database-failover.md"


def test_publish_to_repository_commits_the_report(
    qtbot: QtBot,
    document: PostmortemDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    isolate_git(monkeypatch, tmp_path / "home")
    repo = make_docs_repository(tmp_path / "handbook")
    picked: list[str] = []

    def pick_folder(parent: object, caption: str, start: str) -> str:
        picked.append(caption)
        return str(repo)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick_folder))
    page = PublishStep(document)
    qtbot.addWidget(page)
    page.show()

    qtbot.mouseClick(page.repository_button, Qt.MouseButton.LeftButton)
    dialog = page.repository_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.publish_button.isEnabled()  # no repository yet
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert picked == ["Folder of the repository"]
    assert dialog.repository.text() == str(repo)
    assert dialog.folder.placeholderText() == "docs/postmortems"  # an MkDocs site
    qtbot.keyClicks(dialog.branch, "postmortems")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "commit" in page.progress_label.text(), timeout=30_000)
    head = git(repo, "rev-parse", "--short=7", "postmortems").strip()
    assert page.progress_label.text() == (
        f"Published version 1 to {PAGE}: commit {head} on postmortems. Pushing it is up to you."
    )
    assert subjects(repo, "postmortems")[0] == f"Publish PM-0001 v1: {TITLE}"
    assert subjects(repo, "main") == ["Start the handbook"]
    assert (repo / PAGE).read_text(encoding="utf-8").startswith("---\ntitle: ")
    # Recorded like an export, and shown in the history.
    document.session.expire_all()
    assert [p.formats for p in document.postmortem.publications] == [["md"]]
    assert document.postmortem.status is Status.PUBLISHED
    assert page.history.item(0).text().startswith("Version 1 · ")
    assert page.repository_button.isEnabled()

    # The next time, the dialog remembers where.
    qtbot.mouseClick(page.repository_button, Qt.MouseButton.LeftButton)
    again = page.repository_dialog
    assert again is not None
    assert again is not dialog
    qtbot.waitUntil(again.isVisible)
    assert (again.repository.text(), again.branch.text()) == (str(repo), "postmortems")
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
