"""Fixtures for the wizard's pages: the sample post-mortem open as a document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.document import PostmortemDocument


@pytest.fixture(autouse=True)
def _default_window_layout() -> None:
    """Each test's post-mortem windows open at the default size and splitter: the
    layout an earlier test's window saved, restored into the small offscreen screen,
    would squeeze the step list and move what the test clicks."""
    QSettings().remove("postmortemWindow")


@pytest.fixture
def sample_id(db: Database, sample_document: dict[str, Any]) -> int:
    """The sample post-mortem, stored; its database id."""
    with db.transaction() as session:
        postmortem, _created = load_postmortem(session, sample_document)
        session.flush()
        return postmortem.id


@pytest.fixture
def document(db: Database, sample_id: int) -> Iterator[PostmortemDocument]:
    """The sample post-mortem open for editing, as a post-mortem window holds it."""
    doc = PostmortemDocument(db, sample_id)
    yield doc
    # Save what is left without raising: some tests make saves fail on purpose.
    doc.save()
    doc.session.close()


@pytest.fixture(autouse=True)
def _no_errors_in_qt_overrides(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    """PySide prints exceptions raised in Python overrides of Qt methods (paint,
    data, eventFilter…) instead of raising them, so pytest-qt never sees them: fail
    the test when one was printed."""
    yield
    _out, err = capfd.readouterr()
    assert "Error calling Python override" not in err, err
