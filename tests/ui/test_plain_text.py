"""Post-mortem text is shown literally: `<img src=…>` in it never makes Qt open a file.

Qt shows a tooltip, message box or auto-format label as HTML when the text looks like
HTML, and loads every image it names. The bait: a PNG whose access time would change
when read, and a FIFO that a watcher process would see opened (Qt would block on it
for ever without the watcher; with it, Qt reads an empty file and the test fails).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pmdesk.errors import UserFacingError
from pmdesk.models import LessonKind, WhyNode
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.ui.dialogs.evidence_picker import EvidencePicker
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_TEXT
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.steps.actions_step import ActionItemsStep
from pmdesk.ui.steps.lessons_step import LessonsStep
from pmdesk.ui.steps.publish_step import PublishStep
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.steps.whys_step import WhysStep

# Opens the FIFO for writing without blocking, which succeeds only while a reader
# (Qt) has it open; marks that in the flag file and lets the reader go on.
_WATCHER = """
import errno, os, sys, time
fifo, flag = sys.argv[1], sys.argv[2]
while True:
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            raise
        time.sleep(0.005)
        continue
    open(flag, "w").close()
    os.close(fd)
"""


# Short enough to survive where a text is shortened for a message.
SHORT_BAIT = '<img src="fifo">'


@dataclass(frozen=True)
class Bait:
    payload: str
    sentinel: Path
    fifo_opened_flag: Path
    sentinel_atime_ns: int

    def assert_untouched(self) -> None:
        assert not self.fifo_opened_flag.exists(), "Qt opened the FIFO named in user text"
        assert self.sentinel.stat().st_atime_ns == self.sentinel_atime_ns, (
            "Qt read the image named in user text"
        )


@pytest.fixture
def bait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Bait]:
    folder = tmp_path / "bait"
    folder.mkdir()
    sentinel = folder / "sentinel.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(sentinel), "PNG")
    # An access time older than the modification time: any read updates it (relatime).
    stat = sentinel.stat()
    os.utime(sentinel, ns=(stat.st_mtime_ns - 86_400 * 10**9, stat.st_mtime_ns))
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    flag = folder / "fifo-was-opened"
    # Relative sources resolve against the working folder.
    monkeypatch.chdir(folder)
    watcher = subprocess.Popen([sys.executable, "-c", _WATCHER, str(fifo), str(flag)])
    payload = (
        f'{SHORT_BAIT} <img src="sentinel.png"> <img src="{fifo}"> <img src="{sentinel}">'
        " <b>not bold</b>"
    )
    try:
        yield Bait(payload, sentinel, flag, sentinel.stat().st_atime_ns)
    finally:
        watcher.kill()
        watcher.wait()
        QToolTip.hideText()


@pytest.fixture
def sample_document(sample_document: dict[str, Any], bait: Bait) -> dict[str, Any]:
    """The sample with the bait in its title, a why with evidence, the last why of a
    chain (which names a person), a timeline event, an action item and a lesson."""
    document = copy.deepcopy(sample_document)
    pm = document["postmortem"]
    pm["title"] = f"Checkout outage {bait.payload}"
    cited = pm["why_chains"][0]["children"][0]
    cited["text"] = f"Hosts kept old connections {bait.payload}"
    leaf = cited["children"][0]["children"][0]
    leaf["text"] = f"Human error {bait.payload}"
    evidence_ref = cited["evidence"][0]
    event = next(e for e in pm["timeline"] if e["ref"] == evidence_ref)
    event["text"] = f"Connections to db-01 kept failing {bait.payload}"
    # No owner: the Publish step's checklist names the action by its title.
    pm["action_items"][0]["title"] = f"{bait.payload} Reload PgBouncer"
    pm["action_items"][0]["owner"] = ""
    pm["lessons"][0]["text"] = f"Promotion was fast {bait.payload}"
    return document


# --- what a person sees ---------------------------------------------------------------------


def shown(text: str) -> str:
    """What Qt shows for a tooltip or message-box text: HTML when it guesses HTML."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def hover(widget: QWidget, pos: QPoint) -> str:
    """Rest the pointer at `pos` until Qt asks for the tooltip; returns the text shown."""
    QToolTip.hideText()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    assert QToolTip.isVisible()
    return QToolTip.text()


def hover_cell(view: QAbstractItemView, index: QModelIndex) -> str:
    return hover(view.viewport(), view.visualRect(index).center())


def assert_literal(bait: Bait, tooltip: str) -> None:
    bait.assert_untouched()
    assert bait.payload in shown(tooltip)


def assert_plain_label(bait: Bait, label: QLabel) -> None:
    assert not label.grab().isNull()
    bait.assert_untouched()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert bait.payload in label.text()


def answer_message_box(check: Callable[[QMessageBox], None]) -> None:
    """When the next message box is up: check it, then close it with Cancel or OK."""

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inspect)
            return
        try:
            check(box)
        finally:
            box.reject() if box.button(QMessageBox.StandardButton.Cancel) else box.accept()

    QTimer.singleShot(0, inspect)


def why_node(document: PostmortemDocument, start: str) -> WhyNode:
    return next(n for n in document.postmortem.why_nodes if n.text.startswith(start))


def shown_page(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)


# --- the tests ------------------------------------------------------------------------------


def test_library_tooltip_and_delete_question_show_the_title_literally(
    qtbot: QtBot, db: Database, paths: Paths, sample_document: dict[str, Any], bait: Bait
) -> None:
    with db.transaction() as session:
        load_postmortem(session, sample_document)
    window = MainWindow(db, paths)
    shown_page(qtbot, window)
    title_cell = window.model.index(0, 1)
    assert_literal(bait, hover_cell(window.table, title_cell))

    questions: list[str] = []

    def check(box: QMessageBox) -> None:
        questions.append(shown(box.text()))
        assert not box.grab().isNull()

    answer_message_box(check)
    window.table.selectRow(0)
    window.delete_action.trigger()
    assert len(questions) == 1
    assert bait.payload in questions[0]
    bait.assert_untouched()
    assert window.model.rowCount() == 1, "cancelled: nothing deleted"


def test_why_tooltips_cited_for_and_prompt_card_show_whys_literally(
    qtbot: QtBot, document: PostmortemDocument, bait: Bait
) -> None:
    page = WhysStep(document)
    shown_page(qtbot, page)
    cited = why_node(document, "Hosts kept old connections")
    index = page.model.index_of(cited)
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center()
    )
    assert page.current_why() is cited
    assert_literal(bait, hover_cell(page.tree, index))

    # The side panel: "Cited for: …" and the evidence chips' tooltips.
    assert_plain_label(bait, page.evidence_title)
    chip = page.chips.chips[0]
    assert_literal(bait, hover(chip.button, chip.button.rect().center()))
    # The chips drawn under the current why in the tree.
    qtbot.waitUntil(lambda: page.tree.visualRect(index).height() > 40)
    option = QStyleOptionViewItem()
    option.font = page.tree.font()
    chip_rect, _event = page.delegate.chip_rects(option, index, page.tree.visualRect(index))[0]
    assert_literal(bait, hover(page.tree.viewport(), chip_rect.center()))

    # The card that asks one more why about a chain ending at a person.
    leaf = why_node(document, "Human error")
    assert [card.ending.leaf for card in page.prompt_cards] == [leaf]
    quote = page.prompt_cards[0].findChildren(QLabel)[0]
    assert_plain_label(bait, quote)

    picker = EvidencePicker(document, cited, page)
    qtbot.addWidget(picker)
    picker.show()
    assert_plain_label(bait, picker.findChildren(QLabel)[0])


def test_timeline_tooltips_show_events_literally(
    qtbot: QtBot, document: PostmortemDocument, bait: Bait
) -> None:
    page = TimelineStep(document)
    shown_page(qtbot, page)
    event = next(e for e in document.postmortem.timeline_events if bait.payload in e.text)
    row = page.model.row_of(event)
    assert row is not None
    index = page.model.index(row, COLUMN_TEXT)
    page.table.scrollTo(index)
    assert_literal(bait, hover_cell(page.table, index))

    x = round(page.strip._x_of(event.occurred_at.timestamp()))
    assert page.strip.event_near(x) is event
    tooltip = hover(page.strip, QPoint(x, page.strip.height() // 2))
    # The strip shortens long texts; the start of the bait is there, literally.
    assert SHORT_BAIT in shown(tooltip)
    bait.assert_untouched()


def test_action_and_lesson_tooltips_show_their_texts_literally(
    qtbot: QtBot, document: PostmortemDocument, bait: Bait
) -> None:
    actions = ActionItemsStep(document)
    shown_page(qtbot, actions)
    model = actions.table.model()
    title = model.index(0, 0)
    assert_literal(bait, hover_cell(actions.table, title))
    root_causes = model.index(0, model.columnCount() - 1)
    actions.table.scrollTo(root_causes)
    assert_literal(bait, hover_cell(actions.table, root_causes))

    lessons = LessonsStep(document)
    shown_page(qtbot, lessons)
    went_well = lessons.sections[LessonKind.WENT_WELL]
    first = went_well.model.index(0, 0)
    assert bait.payload in first.data()
    assert_literal(bait, hover_cell(went_well.view, first))


def test_publish_checklist_and_error_boxes_show_texts_literally(
    qtbot: QtBot, document: PostmortemDocument, bait: Bait
) -> None:
    page = PublishStep(document)
    shown_page(qtbot, page)
    page.refresh()
    gates = [page.checklist.topLevelItem(n) for n in range(page.checklist.topLevelItemCount())]
    item = next(
        gate.child(i)
        for gate in gates
        for i in range(gate.childCount())
        if SHORT_BAIT in gate.child(i).text(0)
    )
    page.checklist.scrollToItem(item)
    centre = page.checklist.visualItemRect(item).center()
    tooltip = hover(page.checklist.viewport(), centre)
    bait.assert_untouched()
    assert SHORT_BAIT in shown(tooltip)

    texts: list[str] = []

    def check(box: QMessageBox) -> None:
        texts.extend((shown(box.text()), shown(box.informativeText())))
        assert not box.grab().isNull()

    answer_message_box(check)
    show_error(page, UserFacingError(f"Cannot use {bait.payload}", f"Rename {bait.payload}"))
    assert texts == [f"Cannot use {bait.payload}", f"Rename {bait.payload}"]
    bait.assert_untouched()


def test_the_bait_catches_a_label_that_guesses_html(qtbot: QtBot, bait: Bait) -> None:
    """The check itself works: a label left to guess the format opens both files."""
    label = QLabel(f"Checkout outage {bait.payload}")
    qtbot.addWidget(label)
    label.show()
    assert not label.grab().isNull()
    qtbot.waitUntil(bait.fifo_opened_flag.exists, timeout=3000)
    assert bait.sentinel.stat().st_atime_ns != bait.sentinel_atime_ns
