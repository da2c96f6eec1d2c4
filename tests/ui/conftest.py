"""Fixtures for the wizard's pages: the sample post-mortem open as a document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.document import PostmortemDocument


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


@pytest.fixture(autouse=True)
def _hide_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """A window a test opened and left (a post-mortem opened from the library) must not
    take the focus from the next test's window. Hidden, not closed: closing saves."""
    # Window state (zoom, geometry, docks) is kept in QSettings between runs of the
    # app; between tests it would carry one test's zoom into the next.
    QSettings().clear()
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
