"""The library window's "Build site…": a folder, a version, the site built in the
background, and the offer to open it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pmdesk.exporters.site import MANIFEST_NAME
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.ui.main_window import MainWindow
from tests.site_library import add_published
from tests.ui.test_library_files import Answer


@pytest.fixture
def window(qtbot: QtBot, db: Database, paths: Paths) -> MainWindow:
    add_published(db, 2)
    main = MainWindow(db, paths)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


def click(qtbot: QtBot, label: str, seen_texts: list[str]) -> Callable[[QMessageBox], None]:
    def answer(box: QMessageBox) -> None:
        seen_texts.append(f"{box.text()}\n{box.informativeText()}")
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return answer


def choose_folder(
    monkeypatch: pytest.MonkeyPatch, folder: Path | None, asked: list[tuple[Any, ...]]
) -> None:
    def get_existing_directory(*args: Any, **_kwargs: Any) -> str:
        asked.append(args)
        return "" if folder is None else str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_existing_directory))


def test_build_site_writes_the_chosen_version_and_offers_to_open_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    asked: list[tuple[Any, ...]] = []
    choose_folder(monkeypatch, folder, asked)
    texts: list[str] = []
    question = Answer(QMessageBox, click(qtbot, "Public version", texts))
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked, "Ctrl+Shift+B asked for no folder"
    assert question.seen, "the version was not asked for"
    assert "Which version" in texts[0]

    done = Answer(QMessageBox, click(qtbot, "Close", texts))
    qtbot.waitUntil(lambda: bool(done.seen), timeout=60_000)
    assert "The site of 2 published post-mortem(s) is in" in texts[1]
    assert str(folder) in texts[1]
    assert "2 page(s) written, 0 unchanged" in texts[1]

    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["profile"] == "public"
    assert sorted(manifest["postmortems"]) == ["PM-0001", "PM-0002"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "(review 1)" in index
    assert "(review 2)" in index
    assert list((folder / "pagefind").glob("part*/pagefind.js"))
    page = (folder / "postmortems" / "PM-0001.html").read_text(encoding="utf-8")
    assert "Priya Raman" not in page


def test_build_site_does_nothing_when_no_folder_is_chosen(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Any, ...]] = []
    choose_folder(monkeypatch, None, asked)
    window.build_site_action.trigger()
    assert asked
    assert window._site_builder is not None
    assert window._site_builder.op is None


def test_a_folder_with_other_files_is_refused_in_one_sentence(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.odt").write_text("mine", encoding="utf-8")
    choose_folder(monkeypatch, folder, [])
    texts: list[str] = []
    question = Answer(QMessageBox, click(qtbot, "Internal version", texts))
    window.build_site_action.trigger()
    assert question.seen
    refused = Answer(QMessageBox, click(qtbot, "OK", texts))
    qtbot.waitUntil(lambda: bool(refused.seen), timeout=60_000)
    assert "is not empty and holds no pmdesk site" in texts[1]
    assert [path.name for path in folder.iterdir()] == ["thesis.odt"]
