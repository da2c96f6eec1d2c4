"""Every lintable place offers the same things about a finding: the wavy underline, the
finding's message on hover, and "Replace with suggestion" and "Keep, with a reason…" in
the context menu, by mouse on the word and by keyboard (Menu key, Shift+F10), in text
fields, in cells and in a cell's open editor. Checked in the view and in the database."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QImage, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pmdesk.domain.flow import Step
from pmdesk.domain.location import Location
from pmdesk.lint import Finding
from pmdesk.models import AcknowledgementKind, TimelineEvent, WhyNode
from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import find_postmortem
from pmdesk.ui.dialogs.reason_dialog import ReasonDialog
from pmdesk.ui.itemmodels.action_table_model import ActionItemTableModel
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.itemmodels.timeline_table_model import COLUMN_TEXT
from pmdesk.ui.lint_actions import CellLinting, LintActions, LintedText
from pmdesk.ui.lint_highlighter import CATEGORY_COLORS
from pmdesk.ui.postmortem_window import PostmortemWindow
from pmdesk.ui.steps.actions_step import ActionItemsStep
from pmdesk.ui.steps.incident_step import IncidentStep
from pmdesk.ui.steps.lessons_step import LessonsStep
from pmdesk.ui.steps.timeline_step import TimelineStep
from pmdesk.ui.steps.whys_step import WhysStep
from tests.ui.test_full_loop import type_into_editor
from tests.ui.test_reason_dialogs import when_shown
from tests.ui.test_wizard import open_window

SHIFT = Qt.KeyboardModifier.ShiftModifier
REPLACE = "Replace with suggestion"
KEEP = "Keep, with a reason…"

TITLE = "Checkout outage caused by human error"
SUMMARY = "Obviously the on-call engineer did not read the alert text."
EVENT = "Priya blindly restarted the primary."
# Long enough that the cell's "…" hides where the blame is.
LONG_EVENT = (
    "Checkout errors rose to 38 % on three of six app hosts while the load balancer kept "
    "routing queries to db-01 and the pooler held its old connections; at last Priya "
    "blindly restarted the primary."
)
WHY = "Luca simply forgot to renew the certificate."
ACTION = "Review why the form invites operator error."
LESSON = "The outage was caused by human error."
FACTOR = "The on-call engineer carelessly skipped step 4."


# --- fixtures and helpers ---------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, paths: Paths, sample_document: dict[str, Any]
) -> Iterator[PostmortemWindow]:
    data = copy.deepcopy(sample_document)
    pm = data["postmortem"]
    pm["title"] = TITLE
    pm["summary"] = SUMMARY
    pm["timeline"][9]["text"] = EVENT
    pm["timeline"][10]["text"] = LONG_EVENT
    pm["why_chains"][0]["children"][0]["text"] = WHY
    pm["action_items"][0]["title"] = ACTION
    pm["lessons"][0]["text"] = LESSON
    pm["contributing_factors"][0]["text"] = FACTOR
    with db.transaction() as session:
        postmortem_id = load_postmortem(session, data)[0].id
    shown = open_window(qtbot, db, paths, postmortem_id)
    shown.resize(1400, 900)
    yield shown
    if shiboken6.isValid(shown):
        shown.close()


def show_page(window: PostmortemWindow, step: Step) -> Any:
    page = window.page_for[step]
    window.go_to_location(Location.parse(f"step:{step.value}"))
    QApplication.processEvents()
    return page


def stored(db: Database) -> Any:
    """The post-mortem as saved, detached (read in one short transaction)."""
    with db.transaction() as session:
        pm = find_postmortem(session, "PM-0001")
        return {
            "title": pm.title,
            "summary": pm.summary,
            "events": [e.text for e in pm.timeline_events],
            "whys": [n.text for n in pm.why_nodes],
            "actions": [a.title for a in pm.action_items],
            "descriptions": [a.description for a in pm.action_items],
            "lessons": [lesson.text for lesson in pm.lessons],
            "factors": [f.text for f in pm.contributing_factors],
            "kept": [(a.kind, a.location, a.reason) for a in pm.acknowledgements],
        }


def right_click(widget: QWidget, point: QPoint) -> None:
    """A right-click as Qt delivers it: the press, then the context-menu event (QTest's
    clicks send no context-menu event)."""
    QTest.mousePress(widget, Qt.MouseButton.RightButton, pos=point)
    QTest.mouseRelease(widget, Qt.MouseButton.RightButton, pos=point)
    QApplication.sendEvent(
        widget,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point)),
    )


def menu_key(widget: QWidget) -> None:
    """The Menu key: Qt sends the focus widget a keyboard context-menu event."""
    QApplication.sendEvent(
        widget,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))
        ),
    )


def hover_text(widget: QWidget, point: QPoint) -> str:
    QToolTip.hideText()
    QApplication.sendEvent(
        widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    )
    return QToolTip.text()


def choose(
    qtbot: QtBot, text: str, seen: list[str], then: Callable[[], None] | None = None
) -> None:
    """Pick `text` in the context menu about to open (with the keyboard, as a person
    would); `seen` gets the texts of the menu's actions."""

    def pick(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        seen.extend(action.text() for action in menu.actions())
        action = next(a for a in menu.actions() if a.text() == text)
        assert action.isEnabled(), action.toolTip()
        if then is not None:
            then()
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    when_shown(qtbot, QMenu, pick)


def give_reason(qtbot: QtBot, reason: str) -> Callable[[], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.editor, reason)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)

    return lambda: when_shown(qtbot, ReasonDialog, answer)


def word_point(linting: CellLinting, index: QModelIndex, word: str) -> QPoint:
    """The middle of `word` where the cell draws it (viewport coordinates)."""
    cell = linting.cell(index)
    target = linting.target(index)
    assert cell is not None
    assert target is not None
    start = target.text.index(word)
    left, right, baseline = next(cell.visible_spans(start, start + len(word)))
    return QPoint(round((left + right) / 2), round(baseline) - 3)


def coloured(image: QImage, category: str) -> set[tuple[int, int]]:
    wanted = QColor(CATEGORY_COLORS[category])
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green()) < 60
                and abs(pixel.blue() - wanted.blue()) < 60
            ):
                found.add((x, y))
    return found


def open_findings(linting: CellLinting, index: QModelIndex) -> list[Finding]:
    return linting.actions.findings(linting.target(index))


# --- text fields --------------------------------------------------------------------------


def _summary(window: PostmortemWindow) -> QPlainTextEdit:
    page = show_page(window, Step.INCIDENT)
    assert isinstance(page, IncidentStep)
    return page.summary_edit


def _on_word(editor: QPlainTextEdit, word: str) -> QPoint:
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    editor.setTextCursor(cursor)
    return editor.cursorRect(cursor).center()


def _wavy(editor: QPlainTextEdit) -> list[tuple[int, int]]:
    layout = editor.document().firstBlock().layout()
    return [
        (f.start, f.start + f.length)
        for f in layout.formats()
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def test_right_click_on_a_word_in_a_text_field_offers_replace_and_saves_it(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    editor = _summary(window)
    qtbot.waitUntil(lambda: bool(_wavy(editor)))
    point = _on_word(editor, "Obviously")
    assert "presents a person" in hover_text(editor.viewport(), point)
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(editor.viewport(), point)  # where a right-click lands: the viewport
    assert seen[:2] == [REPLACE, KEEP]
    assert any("Copy" in text for text in seen)  # the standard edit actions stay
    assert editor.toPlainText() == "The on-call engineer did not read the alert text."
    qtbot.waitUntil(
        lambda: stored(db)["summary"] == "The on-call engineer did not read the alert text."
    )
    window.undo_action.trigger()
    assert editor.toPlainText() == SUMMARY


def test_replace_rewrites_the_whole_clause_around_a_failure_verb(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    # The issue's own example: the doer goes, what happened stays, as one undoable edit.
    editor = _summary(window)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "After the rollout, Bob forgot to renew the TLS certificate.")
    qtbot.waitUntil(lambda: bool(_wavy(editor)))
    point = _on_word(editor, "forgot")
    tip = hover_text(editor.viewport(), point)
    assert "“Bob forgot to renew the TLS certificate” becomes" in tip
    assert "“the TLS certificate was not renewed”" in tip
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(editor.viewport(), point)
    assert seen[:2] == [REPLACE, KEEP]
    fixed = "After the rollout, the TLS certificate was not renewed."
    assert editor.toPlainText() == fixed
    qtbot.waitUntil(lambda: stored(db)["summary"] == fixed)
    window.undo_action.trigger()
    assert editor.toPlainText() == "After the rollout, Bob forgot to renew the TLS certificate."


def test_shift_f10_in_a_text_field_keeps_the_finding_at_the_cursor(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    editor = _summary(window)
    qtbot.waitUntil(lambda: bool(_wavy(editor)))
    editor.setFocus()
    _on_word(editor, "Obviously")
    seen: list[str] = []
    choose(qtbot, KEEP, seen, give_reason(qtbot, "Quoted from the chat log."))
    qtbot.keyClick(editor, Qt.Key.Key_F10, SHIFT)
    assert seen[:2] == [REPLACE, KEEP]
    qtbot.waitUntil(
        lambda: (
            (AcknowledgementKind.LINT, "field:summary", "Quoted from the chat log.")
            in stored(db)["kept"]
        )
    )
    qtbot.waitUntil(lambda: all(start > 0 for start, _end in _wavy(editor)))


def test_the_title_field_is_linted_and_fixed_like_the_others(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = show_page(window, Step.INCIDENT)
    assert isinstance(page, IncidentStep)
    title = page.title_edit
    assert coloured(title.grab().toImage(), "human_error")
    title.setFocus()
    title.setCursorPosition(TITLE.index("human") + 2)
    point = title.cursorRect().center()
    assert "is a label, not an explanation" in hover_text(title, point)
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(title, point)
    assert seen[:2] == [REPLACE, KEEP]
    assert title.text() == "Checkout outage caused by human action"
    qtbot.waitUntil(lambda: stored(db)["title"] == "Checkout outage caused by human action")


# --- the 5 Whys --------------------------------------------------------------------------


def _whys(window: PostmortemWindow) -> tuple[WhysStep, QModelIndex, WhyNode]:
    page = show_page(window, Step.FIVE_WHYS)
    assert isinstance(page, WhysStep)
    node = next(n for n in window.document.postmortem.why_nodes if n.text == WHY)
    index = page.model.index_of(node)
    # Current first: the chips under the current why change the rows' heights.
    page.tree.setCurrentIndex(index)
    page.tree.scrollTo(index)
    page.tree.doItemsLayout()
    return page, index, node


def test_a_why_row_shows_the_finding_on_hover_and_replaces_it_from_a_right_click(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page, index, node = _whys(window)
    linting = page.delegate.linting
    assert [f.rule_id for f in open_findings(linting, index)] == ["minimizing.simply_failed"]
    point = word_point(linting, index, "simply")
    viewport = page.tree.viewport()
    # The finding, not the row's own tooltip.
    tip = hover_text(viewport, point)
    assert "presents the action as an easy thing" in tip
    assert "“simply forgot” becomes “forgot”" in tip
    # Beside the words: the row's tooltip again.
    badges = page.delegate.badge_width(index)
    beside = page.tree.visualRect(index).bottomRight() - QPoint(badges + 40, 8)
    assert "presents the action" not in hover_text(viewport, beside)

    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(viewport, point)
    assert seen[:2] == [REPLACE, KEEP]
    assert "Add why" in seen  # the tree's own commands stay in its menu
    assert node.text == "Luca forgot to renew the certificate."
    qtbot.waitUntil(lambda: "Luca forgot to renew the certificate." in stored(db)["whys"])


def test_the_menu_key_on_the_current_why_keeps_its_finding(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page, index, node = _whys(window)

    def row_image() -> QImage:
        page.tree.setCurrentIndex(page.model.index(0, 0))  # unselected: no highlight colour
        page.tree.doItemsLayout()
        return page.tree.viewport().grab(page.tree.visualRect(index)).toImage()

    assert coloured(row_image(), "minimizing")
    page.tree.setCurrentIndex(index)
    page.tree.setFocus()
    seen: list[str] = []
    choose(qtbot, KEEP, seen, give_reason(qtbot, "Luca asked for this wording."))
    menu_key(page.tree)
    assert seen[:2] == [REPLACE, KEEP]
    qtbot.waitUntil(
        lambda: (
            (AcknowledgementKind.LINT, f"why:{node.id}", "Luca asked for this wording.")
            in stored(db)["kept"]
        )
    )
    assert open_findings(page.delegate.linting, index) == []
    assert not coloured(row_image(), "minimizing")
    window.undo_action.trigger()  # the keep is one undo step; the wave comes back
    assert open_findings(page.delegate.linting, index)
    assert coloured(row_image(), "minimizing")


def test_a_why_typed_a_moment_ago_can_be_kept_at_once(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    # Right-clicking within the second before the autosave: the menu saves first, so the
    # new why has a place to keep its wording against (it said "Store the text first").
    page, _index, _node = _whys(window)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)  # a new why under the current one
    type_into_editor(qtbot, page.tree, "Someone simply ignored the disk alert.")
    new = next(n for n in window.document.postmortem.why_nodes if n.text.startswith("Someone"))
    assert new.id is None  # not saved yet
    new_index = page.model.index_of(new)
    page.tree.setCurrentIndex(new_index)
    page.tree.doItemsLayout()
    seen: list[str] = []
    choose(qtbot, KEEP, seen, give_reason(qtbot, "Quoted from the chat log."))
    right_click(page.tree.viewport(), word_point(page.delegate.linting, new_index, "simply"))
    assert seen[:2] == [REPLACE, KEEP]
    assert new.id is not None
    qtbot.waitUntil(
        lambda: (
            (AcknowledgementKind.LINT, f"why:{new.id}", "Quoted from the chat log.")
            in stored(db)["kept"]
        )
    )


def test_typing_in_a_why_underlines_live_and_its_editor_offers_the_actions(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page, index, node = _whys(window)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = page.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ravi simply missed the page.")
    # The wave is there while typing, before anything is stored.
    assert coloured(editor.grab().toImage(), "minimizing")
    assert node.text == WHY
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    for _ in range(len("Ravi si")):
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    point = editor.cursorRect().center()
    assert "presents the action as an easy thing" in hover_text(editor, point)

    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(editor, point)
    assert seen[:2] == [REPLACE, KEEP]
    assert any("Undo" in text for text in seen)
    assert any("Paste" in text for text in seen)
    assert editor.text() == "Ravi missed the page."
    assert not coloured(editor.grab().toImage(), "minimizing")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert node.text == "Ravi missed the page."
    qtbot.waitUntil(lambda: "Ravi missed the page." in stored(db)["whys"])


# --- the timeline -----------------------------------------------------------------------


def _timeline(window: PostmortemWindow, text: str) -> tuple[TimelineStep, QModelIndex, Any]:
    page = show_page(window, Step.TIMELINE)
    assert isinstance(page, TimelineStep)
    event = next(e for e in window.document.postmortem.timeline_events if e.text == text)
    page.select_event(event)
    index = page.model.index(page.model.row_of(event), COLUMN_TEXT)
    page.table.setCurrentIndex(index)
    linting = page.table.itemDelegate().linting
    return page, index, linting


def test_right_click_in_a_timeline_cell_replaces_the_wording(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page, index, linting = _timeline(window, EVENT)
    event: TimelineEvent = index.data(Role.ITEM)
    point = word_point(linting, index, "blindly")
    assert "imputes an attitude" in hover_text(page.table.viewport(), point)
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(page.table.viewport(), point)
    assert seen[:2] == [REPLACE, KEEP]
    assert "Add event" in seen  # the table's own menu stays
    assert event.text == "Priya restarted the primary."
    qtbot.waitUntil(lambda: "Priya restarted the primary." in stored(db)["events"])


def test_blame_hidden_by_the_ellipsis_is_marked_and_reachable(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page, index, linting = _timeline(window, LONG_EVENT)
    page.table.setCurrentIndex(page.model.index(0, COLUMN_TEXT))  # unselected
    cell = linting.cell(index)
    assert cell is not None
    assert cell.lines[-1].hidden is not None  # the "…" is there
    start = LONG_EVENT.index("blindly")
    assert list(cell.visible_spans(start, start + len("blindly"))) == []  # hidden
    left, right, baseline = next(cell.ellipses_hiding(start, start + len("blindly")))
    # A wave under the "…": the blame is signalled although its word is not shown.
    rect = page.table.visualRect(index)
    image = page.table.viewport().grab(rect).toImage()
    marks = coloured(image, "negligence")
    assert marks
    assert all(left - 1 <= rect.left() + x <= right + 1 for x, _y in marks)
    # Hover and the context menu reach the hidden finding at the "…".
    on_ellipsis = QPoint(round((left + right) / 2), round(baseline) - 3)
    assert "imputes an attitude" in hover_text(page.table.viewport(), on_ellipsis)
    seen: list[str] = []
    choose(qtbot, KEEP, seen, give_reason(qtbot, "Priya's own words in the chat."))
    right_click(page.table.viewport(), on_ellipsis)
    event: TimelineEvent = index.data(Role.ITEM)
    qtbot.waitUntil(
        lambda: (
            (AcknowledgementKind.LINT, f"event:{event.id}", "Priya's own words in the chat.")
            in stored(db)["kept"]
        )
    )
    page.table.setCurrentIndex(page.model.index(0, COLUMN_TEXT))
    assert not coloured(page.table.viewport().grab(rect).toImage(), "negligence")


def test_shift_f10_on_the_current_timeline_cell_opens_its_lint_actions(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page, index, _linting = _timeline(window, EVENT)
    page.table.setFocus()
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    qtbot.keyClick(page.table, Qt.Key.Key_F10, SHIFT)
    assert seen[:2] == [REPLACE, KEEP]
    assert index.data() == "Priya restarted the primary."


def test_shift_f10_without_a_finding_opens_the_tables_own_menu(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    page = show_page(window, Step.TIMELINE)
    page.table.setCurrentIndex(page.model.index(0, COLUMN_TEXT))
    page.table.setFocus()
    seen: list[str] = []
    choose(qtbot, "Add event", seen)
    qtbot.keyClick(page.table, Qt.Key.Key_F10, SHIFT)
    assert REPLACE not in seen
    assert KEEP not in seen


# --- action items, lessons, contributing factors ---------------------------------------


def test_an_action_title_cell_offers_replace(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = show_page(window, Step.ACTION_ITEMS)
    assert isinstance(page, ActionItemsStep)
    index = page.model.index(0, ActionItemTableModel.TITLE)
    linting = page.table.itemDelegateForColumn(ActionItemTableModel.TITLE).linting
    point = word_point(linting, index, "operator")
    assert "is a label, not an explanation" in hover_text(page.table.viewport(), point)
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(page.table.viewport(), point)
    assert seen == [REPLACE, KEEP]
    expected = "Review why the form invites operator action."
    assert window.document.postmortem.action_items[0].title == expected
    qtbot.waitUntil(lambda: expected in stored(db)["actions"])


def test_an_action_description_is_linted_and_fixed_for_the_selected_action(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = show_page(window, Step.ACTION_ITEMS)
    assert isinstance(page, ActionItemsStep)
    page.table.setCurrentIndex(page.model.index(1, ActionItemTableModel.TITLE))
    editor = page.description_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Luca simply forgot the reminder.")
    qtbot.waitUntil(lambda: bool(_wavy(editor)))
    point = _on_word(editor, "simply")
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(editor.viewport(), point)
    assert seen[:2] == [REPLACE, KEEP]
    item = window.document.postmortem.action_items[1]
    assert item.description == "Luca forgot the reminder."
    # The window's switch for underlines reaches this field too.
    window.underlines_action.trigger()
    editor.setPlainText("Dana simply forgot it.")
    assert not _wavy(editor)
    window.underlines_action.trigger()
    assert _wavy(editor)
    qtbot.waitUntil(lambda: stored(db)["descriptions"][1] == "Dana simply forgot it.")


def _lesson_views(window: PostmortemWindow) -> LessonsStep:
    page = show_page(window, Step.LESSONS)
    assert isinstance(page, LessonsStep)
    return page


def test_a_lesson_is_kept_with_a_reason_from_its_context_menu(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = _lesson_views(window)
    lesson = window.document.postmortem.lessons[0]
    section = page.sections[lesson.kind]
    index = section.model.index(section.model.row_of(lesson), 0)
    point = word_point(section.delegate.linting, index, "human")
    seen: list[str] = []
    choose(qtbot, KEEP, seen, give_reason(qtbot, "The vendor's statement, quoted."))
    right_click(section.view.viewport(), point)
    assert seen == [REPLACE, KEEP]
    qtbot.waitUntil(
        lambda: (
            (AcknowledgementKind.LINT, f"lesson:{lesson.id}", "The vendor's statement, quoted.")
            in stored(db)["kept"]
        )
    )
    assert open_findings(section.delegate.linting, index) == []


def test_a_contributing_factor_is_fixed_from_its_context_menu(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = _lesson_views(window)
    section = page.factor_section
    index = section.model.index(0, 0)
    point = word_point(section.delegate.linting, index, "carelessly")
    seen: list[str] = []
    choose(qtbot, REPLACE, seen)
    right_click(section.view.viewport(), point)
    expected = "The on-call engineer skipped step 4."
    assert window.document.postmortem.contributing_factors[0].text == expected
    qtbot.waitUntil(lambda: expected in stored(db)["factors"])


def test_a_new_lesson_is_linted_while_typed_but_kept_only_once_stored(
    window: PostmortemWindow, qtbot: QtBot, db: Database
) -> None:
    page = _lesson_views(window)
    section = next(iter(page.sections.values()))
    section.add_after_current()
    row = section.model.new_row()
    editor = section.view.indexWidget(section.model.index(row, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Root cause: human error.")
    assert coloured(editor.grab().toImage(), "human_error")
    qtbot.keyClick(editor, Qt.Key.Key_End)
    for _ in range(len("error.")):
        qtbot.keyClick(editor, Qt.Key.Key_Left)

    def keep_is_waiting(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        keep = next(a for a in menu.actions() if a.text() == KEEP)
        assert not keep.isEnabled()
        assert "Store the text first" in keep.toolTip()
        replace = next(a for a in menu.actions() if a.text() == REPLACE)
        menu.setActiveAction(replace)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    when_shown(qtbot, QMenu, keep_is_waiting)
    qtbot.keyClick(editor, Qt.Key.Key_F10, SHIFT)
    assert editor.text() == "Root cause: human action."
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Root cause: human action." in stored(db)["lessons"])


# --- the menu itself ---------------------------------------------------------------------


def test_several_findings_at_one_place_get_a_submenu_each(
    window: PostmortemWindow, qtbot: QtBot
) -> None:
    actions = LintActions(window.document)
    text = "Dana simply forgot the renewal; root cause: human error."
    target = LintedText(Location.of_field("summary"), text, "prose")
    findings = actions.findings(target)
    assert len(findings) >= 2
    menu = QMenu()
    menu.addAction("Copy")
    replaced: list[Finding] = []
    actions.add_to_menu(menu, target, findings, replaced.append, window)
    entries = menu.actions()
    submenus = [a.menu() for a in entries if a.menu() is not None]
    assert len(submenus) == len(findings)
    assert entries[-2].isSeparator()
    assert entries[-1].text() == "Copy"
    assert "“simply forgot”" in entries[0].text()
    first = submenus[0]
    assert isinstance(first, QMenu)
    assert [a.text() for a in first.actions()] == [REPLACE, KEEP]
    first.actions()[0].trigger()
    assert replaced == [findings[0]]
    menu.deleteLater()


def test_a_read_only_post_mortem_offers_the_actions_disabled(
    window: PostmortemWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As when the database file cannot be written (see test_saving): nothing may change.
    monkeypatch.setattr(window.document.db, "read_only_reason", "the folder is read-only")
    page, index, linting = _timeline(window, EVENT)
    point = word_point(linting, index, "blindly")

    def both_disabled(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        ours = [a for a in menu.actions() if a.text() in (REPLACE, KEEP)]
        assert [a.isEnabled() for a in ours] == [False, False]
        assert all("read-only" in a.toolTip() for a in ours)
        menu.close()

    when_shown(qtbot, QMenu, both_disabled)
    right_click(page.table.viewport(), point)
    assert index.data() == EVENT
