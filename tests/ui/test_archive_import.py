"""Import… brings an archive into the library: many files and folders at once, of every
kind `pmdesk load` reads, in the background with Cancel, then a summary per file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QProgressDialog,
    QPushButton,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pmdesk.models import Postmortem
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import dumps
from pmdesk.store.sample import ensure_sample
from pmdesk.ui.dialogs.import_archive_dialog import ImportSummaryDialog
from pmdesk.ui.main_window import MainWindow

ARCHIVE = Path(__file__).parent.parent / "data" / "archive"
GOOGLE = ARCHIVE / "google-sre-example-postmortem.md"
DFDS_2019 = ARCHIVE / "dfds-pm2019-009-ip-starvation.md"
CONFLUENCE = ARCHIVE / "dfds-pm2021-004-adfs-outage.confluence.html"


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths) -> MainWindow:
    with db.transaction() as session:
        ensure_sample(session)
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


def pick_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The file dialog answers with `paths`, as if the person had selected them."""
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_args, **_kwargs: ([str(p) for p in paths], "")),
    )


def pick_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kwargs: str(folder))
    )


def summary_shown(qtbot: QtBot, window: MainWindow) -> ImportSummaryDialog:
    def shown() -> None:
        dialog = window.archive_import.summary_dialog
        assert dialog is not None
        assert dialog.isVisible()

    qtbot.waitUntil(shown, timeout=30_000)
    dialog = window.archive_import.summary_dialog
    assert dialog is not None
    return dialog


def close(qtbot: QtBot, dialog: ImportSummaryDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # The library window has the keyboard again (the offscreen platform does not give
    # it back by itself, as a desktop's window manager does).
    parent = dialog.parentWidget()
    assert parent is not None
    with qtbot.waitActive(parent):
        parent.activateWindow()


def row(dialog: ImportSummaryDialog, name: str) -> QTreeWidgetItem:
    found = dialog.files.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    assert len(found) == 1, f"{name} is not listed once in the summary"
    return found[0]


def details(item: QTreeWidgetItem) -> list[tuple[str, str]]:
    """The detail lines under a file, each with the label of its group (shown once)."""
    lines: list[tuple[str, str]] = []
    for i in range(item.childCount()):
        label = item.child(i).text(0) or lines[-1][0]
        lines.append((label, item.child(i).text(1)))
    return lines


def stored(db: Database) -> dict[str, dict[str, Any]]:
    """Every post-mortem in the library as its interchange document, by key."""
    with db.reading() as session:
        return {
            pm.key: json.loads(dumps(pm))["postmortem"]
            for pm in session.scalars(select(Postmortem))
        }


def test_several_files_then_a_folder_land_in_the_library_with_a_summary(
    window: MainWindow, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    pick_files(monkeypatch, GOOGLE, DFDS_2019, CONFLUENCE)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    op = window.archive_import.op
    assert op is not None
    progress = op._dialog
    assert isinstance(progress, QProgressDialog)
    assert progress.labelText() == "Importing post-mortems…"
    assert progress.windowModality() == Qt.WindowModality.WindowModal
    dialog = summary_shown(qtbot, window)

    library = stored(db)
    # Keys in the order the files were chosen; PM-0001 is the sample.
    google, dfds, confluence = library["PM-0002"], library["PM-0003"], library["PM-0004"]
    assert google["title"] == "Shakespeare Sonnet++ Postmortem (incident #465)"
    assert len(google["timeline"]) == 34
    assert len(google["action_items"]) == 9
    assert {lesson["kind"] for lesson in google["lessons"]} == {"went_well", "went_wrong", "lucky"}
    assert "Supporting information" in google["facilitator_notes"]
    assert dfds["title"] == "Kubernetes network infrastructure IP starvation"
    assert len(dfds["timeline"]) == 13
    assert len(dfds["contributing_factors"]) == 7
    assert confluence["title"] == "ADFS Outage"
    assert [a["status"] for a in confluence["action_items"]] == ["done", "open", "open"]

    assert dialog.headline.text() == (
        "Imported 3 new and updated 0; skipped 0; could not import 0."
    )
    assert not dialog.explanation.isVisible()
    assert dialog.files.topLevelItemCount() == 3
    shown = row(dialog, GOOGLE.name)
    assert shown.text(1) == "Imported as PM-0002: Shakespeare Sonnet++ Postmortem (incident #465)"
    assert ("Mapped", "Timeline: 34 events (from “Timeline”)") in details(shown)
    assert ("Mapped", "Action items: 9 action items (from “Action Items”)") in details(shown)
    assert (
        "Kept as notes",
        "“Status”, “Resolution”, “Detection”, “Supporting information”",
    ) in details(shown)
    assert row(dialog, CONFLUENCE.name).text(1) == "Imported as PM-0004: ADFS Outage"
    # The list shows them, the first one of the summary selected.
    assert window.model.match_count == 4
    selected = window.selected_row()
    assert selected is not None
    assert selected.key == "PM-0003"
    close(qtbot, dialog)

    # The whole folder: what is in the library already is skipped, with the reason.
    pick_folder(monkeypatch, ARCHIVE)
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = summary_shown(qtbot, window)
    new_files = [
        "dfds-pm2021-004-adfs-outage.md",
        "kubernetes-2019-03-26-boskos-outage.md",
        "kubernetes-2019-05-30-prow-flakiness.md",
    ]
    assert dialog.headline.text() == (
        f"Imported {len(new_files)} new and updated 0; skipped 5; could not import 0."
    )
    assert row(dialog, GOOGLE.name).text(1) == (
        "Skipped: Already in the library as PM-0002, loaded from this file before."
    )
    assert row(dialog, "README.md").text(1) == (
        "Skipped: A file about the folder, not a post-mortem."
    )
    assert row(dialog, "pagerduty-postmortem-template.md").text(1).startswith("Skipped: ")
    for number, name in enumerate(new_files, start=5):
        assert row(dialog, name).text(1).startswith(f"Imported as PM-{number:04d}: ")
    assert len(stored(db)) == 4 + len(new_files)

    # A double-click on a file opens its post-mortem, and the summary makes way for it.
    google = row(dialog, GOOGLE.name)
    dialog.files.scrollToItem(google)
    where = dialog.files.visualItemRect(google).center()
    viewport = dialog.files.viewport()
    with qtbot.waitSignal(window.postmortem_opened, timeout=10_000) as opened:
        # QTest's double-click is only the second click: the first one comes before it.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert not dialog.isVisible()
    opened_window = window.open_windows[opened.args[0]]
    qtbot.addWidget(opened_window)
    assert "Shakespeare Sonnet++ Postmortem (incident #465)" in opened_window.windowTitle()
    opened_window.close()


def test_a_malformed_file_is_one_sentence_and_the_others_are_imported(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.pmdesk.json"
    broken.write_text('{"format": "pmdesk.postmortem"', encoding="utf-8")
    pick_files(monkeypatch, broken, GOOGLE)
    window.import_action.trigger()
    dialog = summary_shown(qtbot, window)

    assert dialog.headline.text() == "Imported 1 new and updated 0; skipped 0; could not import 1."
    assert dialog.explanation.isVisible()
    assert "the other files are in the library" in dialog.explanation.text()
    refused = row(dialog, broken.name)
    assert refused.text(1) == (
        f"Not imported: {broken} could not be read as JSON (Expecting ',' delimiter: line 1 "
        "column 31 (char 30)). Choose a file written by 'pmdesk dump'."
    )
    assert details(refused) == []
    # Too long for its column: the whole sentence is shown under the list, chosen first.
    assert dialog.files.currentItem() is refused
    assert dialog.details.text() == refused.text(1)
    assert dialog.details.isVisible()
    assert sorted(stored(db)) == ["PM-0001", "PM-0002"]
    close(qtbot, dialog)


def test_cancel_mid_way_leaves_the_library_as_it_was(
    window: MainWindow,
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A folder large enough to be stopped half-way: the real files, each copy its own
    # post-mortem (the UUID of a written file comes from its bytes).
    folder = tmp_path / "archive"
    folder.mkdir()
    for copy in range(30):
        for source in (GOOGLE, DFDS_2019, CONFLUENCE):
            target = folder / f"{copy:02d}-{source.name}"
            shutil.copyfile(source, target)
            with target.open("a", encoding="utf-8") as written:
                written.write(f"\n<!-- copy {copy} -->\n")
    before = stored(db)
    pick_folder(monkeypatch, folder)
    window.import_folder_action.trigger()
    op = window.archive_import.op
    assert op is not None
    progress = op._dialog
    assert isinstance(progress, QProgressDialog)
    # Cancelled while the files are written, inside the transaction.
    qtbot.waitUntil(
        lambda: progress.isVisible() and progress.labelText().startswith("Importing file"),
        timeout=30_000,
    )
    assert progress.labelText().endswith(" of 90…")
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(op.finished, timeout=30_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    assert stored(db) == before
    assert window.archive_import.summary_dialog is None
    assert window.statusBar().currentMessage() == (
        "The import was cancelled; nothing was imported."
    )
    assert window.model.match_count == 1


def test_files_and_folders_dropped_on_the_library_are_imported(
    window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "reviews"
    folder.mkdir()
    shutil.copyfile(DFDS_2019, folder / DFDS_2019.name)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(GOOGLE)), QUrl.fromLocalFile(str(folder))])
    # Onto the list, where a person drops them; the window takes them.
    target = window.table.viewport()
    centre = target.rect().center()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        centre, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(QPoint(centre)),
        actions,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    dialog = summary_shown(qtbot, window)
    assert dialog.headline.text() == "Imported 2 new and updated 0; skipped 0; could not import 0."
    assert {pm["title"] for key, pm in stored(db).items() if key != "PM-0001"} == {
        "Shakespeare Sonnet++ Postmortem (incident #465)",
        "Kubernetes network infrastructure IP starvation",
    }
    close(qtbot, dialog)
