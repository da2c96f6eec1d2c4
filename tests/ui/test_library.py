"""The library window: search as you type, snippets, filters, sorting, saved searches,
and a list that reads its rows only as they are shown."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from pmdesk.models import ActionItem, ActionStatus, WhyNode
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem
from pmdesk.store.sample import ensure_sample
from pmdesk.store.search import Snippet
from pmdesk.ui.delegates.snippet_delegate import SnippetDelegate, shortened, snippet_html
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths) -> MainWindow:
    with db.transaction() as session:
        ensure_sample(session)
        cache = create_postmortem(
            session,
            "Cache stampede after deploy",
            severity=3,
            tags=["deploy"],
            services=["redis-cache"],
            facilitator="Ben Ode",
            incident_start=datetime(2026, 11, 2, 9, tzinfo=UTC),
        )
        cause = WhyNode(text="The warm-up job ran <b>after</b> the cut-over", is_root_cause=True)
        cache.why_nodes = [cause]
        cache.action_items = [
            ActionItem(title="Stagger the cache expiry with jitter", status=ActionStatus.OPEN)
        ]
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    main.show()
    return main


def search_for(qtbot: QtBot, main: MainWindow, text: str) -> None:
    """Select what is in the search box and type `text` over it, then wait for the
    pause after typing to search."""
    main.search.setFocus()
    qtbot.keyClick(main.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(main.search, text)
    else:
        qtbot.keyClick(main.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not main.is_searching, timeout=3000)


def shown(main: MainWindow, column: int = 1) -> list[str]:
    model = main.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_typing_finds_a_word_of_an_action_item_and_shows_where(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.table.isColumnHidden(2)  # no search: no "Found in"
    search_for(qtbot, window, "jitter")
    assert shown(window) == ["Cache stampede after deploy"]
    assert not window.table.isColumnHidden(2)
    assert shown(window, 2) == ["Action item 1: Stagger the cache expiry with jitter"]
    (snippet,) = window.model.index(0, 2).data(Role.SNIPPETS)
    assert snippet.text[slice(*snippet.spans[0])] == "jitter"
    assert window.count_label.text() == "1 post-mortem found"

    # A why, found by part of a word; the sample by its timeline.
    search_for(qtbot, window, "warm-up")
    assert shown(window, 2) == ["Root cause 1: The warm-up job ran <b>after</b> the cut-over"]
    search_for(qtbot, window, "xlogtemp")
    assert shown(window) == ["Checkout partially unavailable after a database failover"]
    assert shown(window, 2)[0].startswith("Timeline event 2: ")


def test_snippets_are_drawn_from_escaped_text_with_the_matches_marked() -> None:
    text = "The warm-up job ran <img src=/dev/zero> after the cut-over"
    snippet = Snippet("root_causes", 1, text, ((4, 11),))
    html = snippet_html("Root cause 1", snippet, "yellow", "grey")
    assert "<img" not in html
    assert "&lt;img src=/dev/zero&gt;" in html
    assert "<b style='background-color:yellow'>warm-up</b>" in html


def test_a_snippet_too_long_for_its_column_ends_in_an_ellipsis() -> None:
    snippet = Snippet(
        "whys", 4, "Nobody reloads the pooler when the primary moves", ((7, 13), (19, 25))
    )
    cut = shortened(snippet, 22)
    assert (cut.text, cut.spans, cut.cut_after) == (
        "Nobody reloads the poo",
        ((7, 13), (19, 22)),
        True,
    )
    assert snippet_html("Why 4", cut, "yellow", "grey").endswith("poo</b>…</span>")
    assert shortened(snippet, 200) is snippet


def test_every_part_shown_while_typing_the_window_paints_snippets(
    window: MainWindow, qtbot: QtBot
) -> None:
    search_for(qtbot, window, "pgbouncer reload")
    assert shown(window) == ["Checkout partially unavailable after a database failover"]
    # The delegate paints the highlighted snippet (an error in paint fails the test).
    assert isinstance(window.table.itemDelegateForColumn(2), SnippetDelegate)
    window.table.viewport().repaint()
    pixmap = window.grab()
    assert not pixmap.isNull()


def test_no_matches_says_so_and_clearing_brings_everything_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    search_for(qtbot, window, "zeppelin")
    assert shown(window) == []
    assert window.placeholder.isVisible()
    assert window.placeholder.text().startswith("No post-mortem matches “zeppelin”.")
    assert window.count_label.text() == "0 post-mortems found"
    search_for(qtbot, window, "")
    assert len(shown(window)) == 2
    assert window.placeholder.isHidden()
    assert window.count_label.text() == "2 post-mortems"


def test_filters_narrow_the_list(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.filters_button, Qt.MouseButton.LeftButton)
    bar = window.filter_bar
    assert bar is not None
    assert bar.isVisible()
    # The tag box offers the tags in use.
    tags = [bar.tag.itemText(i) for i in range(bar.tag.count())]
    assert tags == ["", "checkout", "database", "deploy", "failover"]

    bar.severity.setFocus()
    qtbot.keyClick(bar.severity, Qt.Key.Key_Down)  # SEV 1
    qtbot.keyClick(bar.severity, Qt.Key.Key_Down)  # SEV 2
    qtbot.waitUntil(lambda: not window.is_searching, timeout=3000)
    assert shown(window) == ["Checkout partially unavailable after a database failover"]

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_searching, timeout=3000)
    assert len(shown(window)) == 2

    bar.open_actions.setFocus()
    qtbot.keyClick(bar.open_actions, Qt.Key.Key_Down)  # with open action items
    qtbot.keyClicks(bar.service.lineEdit(), "redis-cache")
    qtbot.waitUntil(lambda: not window.is_searching, timeout=3000)
    assert shown(window) == ["Cache stampede after deploy"]

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.since, "2026-11-01")
    qtbot.waitUntil(lambda: not window.is_searching, timeout=3000)
    assert shown(window) == ["Cache stampede after deploy"]
    qtbot.keyClicks(bar.facilitator.lineEdit(), "Alex Morgan")
    qtbot.waitUntil(lambda: not window.is_searching, timeout=3000)
    assert shown(window) == []
    assert window.placeholder.text().startswith("No post-mortem matches these filters.")


def test_clicking_a_column_header_sorts_by_it(window: MainWindow, qtbot: QtBot) -> None:
    header = window.table.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    newest_first = shown(window)
    assert newest_first == [
        "Cache stampede after deploy",
        "Checkout partially unavailable after a database failover",
    ]
    click_header(0)  # key, ascending
    assert shown(window, 0) == ["PM-0001", "PM-0002"]
    click_header(0)
    assert shown(window, 0) == ["PM-0002", "PM-0001"]
    click_header(3)  # severity: SEV 2 before SEV 3
    assert shown(window, 3) == ["SEV 2", "SEV 3"]


def test_the_list_reads_rows_only_as_they_are_scrolled_to(
    qtbot: QtBot, db: Database, paths: Paths, qtmodeltester: object
) -> None:
    with db.transaction() as session:
        for number in range(250):
            create_postmortem(session, f"Incident {number:03d}", summary="queue backlog")
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    main.show()
    model = main.model
    assert model.match_count == 250
    assert model.rowCount() == 100
    assert main.count_label.text() == "250 post-mortems"
    main.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 100)
    assert model.rowCount() == 200
    search_for(qtbot, main, "backlog")
    assert model.match_count == 250
    assert model.rowCount() == 100
    # The model tester fetches everything, checking each batch on the way.
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 250


def test_a_saved_search_comes_back_from_the_menu(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    search_for(qtbot, window, "jitter")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Cache work", True))

    def menu_action(menu: QMenu, text: str) -> None:
        menu.popup(window.mapToGlobal(QPoint(0, 0)))
        qtbot.waitUntil(menu.isVisible)
        (action,) = [a for a in menu.actions() if a.text() == text]
        action.trigger()
        menu.hide()

    menu_action(window.saved_menu, "Save this search…")
    search_for(qtbot, window, "")
    assert len(shown(window)) == 2
    menu_action(window.saved_menu, "Cache work")
    assert window.search.text() == "jitter"
    assert shown(window) == ["Cache stampede after deploy"]
    # Kept for the next start of the app.
    reopened = MainWindow(window.db, window.paths)
    qtbot.addWidget(reopened)
    assert list(reopened.saved_searches()) == ["Cache work"]
    QApplication.processEvents()


def test_the_incident_step_completes_tags_from_the_library(
    qtbot: QtBot, db: Database, sample_id: int
) -> None:
    from pmdesk.models import Postmortem
    from pmdesk.ui.document import PostmortemDocument
    from pmdesk.ui.steps.incident_step import IncidentStep

    with db.transaction() as session:
        create_postmortem(session, "Ledger lag", tags=["payments-db"], services=["ledger-export"])
    document = PostmortemDocument(db, sample_id)
    page = IncidentStep(document)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.tags_edit.setFocus()
    qtbot.waitUntil(page.tags_edit.hasFocus)
    page.tags_edit.end(False)
    qtbot.keyClicks(page.tags_edit, ", paym")
    popup = page.tags_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "payments-db"
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.tags_edit.text() == "database, failover, checkout, payments-db"

    def stored() -> None:
        with db.sessions() as session:
            postmortem = session.get(Postmortem, sample_id)
            assert postmortem is not None
            assert postmortem.tags == ["database", "failover", "checkout", "payments-db"]

    qtbot.waitUntil(stored, timeout=3000)
    document.close()


def test_a_tag_is_merged_into_another_from_the_library(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from pmdesk.models import Postmortem
    from pmdesk.store.vocabulary import NameKind
    from pmdesk.ui.dialogs.vocabulary_dialog import VocabularyDialog

    opened: list[VocabularyDialog] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, VocabularyDialog)
        opened.append(dialog)
        tags = dialog.lists[NameKind.TAGS]
        assert [tags.item(r).text() for r in range(tags.count())] == [
            "checkout  (1)",
            "database  (1)",
            "deploy  (1)",
            "failover  (1)",
        ]
        tags.setCurrentRow(2)  # deploy
        qtbot.mouseClick(dialog.rename_buttons[NameKind.TAGS], Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(VocabularyDialog, "exec", run)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("database", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.vocabulary_action.trigger()
    (dialog,) = opened
    tags = dialog.lists[NameKind.TAGS]
    assert [tags.item(r).text() for r in range(tags.count())] == [
        "checkout  (1)",
        "database  (2)",
        "failover  (1)",
    ]
    with db.sessions() as session:
        titles = {pm.title: pm.tags for pm in session.query(Postmortem)}
    assert titles["Cache stampede after deploy"] == ["database"]
    search_for(qtbot, window, "deploy")  # the title still says it; the tag is gone
    assert window.model.index(0, 2).data() == "Title: Cache stampede after deploy"


def test_the_library_window_searches_an_sqlite_file_without_loading_the_orm(
    db: Database, paths: Paths
) -> None:
    """Start-up time: the first window and a search need neither SQLAlchemy nor the
    models (they are loaded in the background once the window is up)."""
    import subprocess
    import sys

    with db.transaction() as session:
        ensure_sample(session)
    db.close()
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pmdesk.settings import Paths
from pmdesk.store import open_database
from pmdesk.ui.main_window import MainWindow
from pathlib import Path
root = Path({str(paths.data_dir.parent)!r})
folders = Paths(root / "d", root / "c", root / "l")
window = MainWindow(open_database({paths.database_url!r}), folders)
window.show()
window.search.setText("xlogtemp")
window.refresh()
print(window.model.rowCount(), window.model.index(0, 2).data())
print(sorted(m for m in sys.modules if m.startswith("sqlalchemy")))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.splitlines() == [
        '1 Timeline event 2: postgres — could not write to file "pg_wal/xlogtemp.3187": '
        "No space left on device",
        "[]",
    ]


def test_typing_and_undo_in_a_post_mortem_keep_the_library_search_in_step(
    qtbot: QtBot, db: Database, paths: Paths, sample_id: int
) -> None:
    from pmdesk.store.library import library_rows
    from pmdesk.ui.document import PostmortemDocument
    from pmdesk.ui.steps.incident_step import IncidentStep

    document = PostmortemDocument(db, sample_id)
    page = IncidentStep(document)
    qtbot.addWidget(page)
    page.show()
    page.impact_edit.moveCursor(page.impact_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.impact_edit, " Quokkas were sad.")
    qtbot.waitUntil(lambda: [r.key for r in library_rows(db, "quokkas")] == ["PM-0001"])

    document.undo_stack.undo()
    qtbot.waitUntil(lambda: library_rows(db, "quokkas") == [])
    # What was written before is still found.
    assert [r.key for r in library_rows(db, "merchants")] == ["PM-0001"]
    document.close()
