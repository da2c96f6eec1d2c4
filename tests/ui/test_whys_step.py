"""The 5 Whys step, driven with keys and clicks; checked in the view and in the database."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.edits import SetValue
from pmdesk.domain.location import Location
from pmdesk.models import Postmortem, TimelineEvent, WhyNode
from pmdesk.store import Database
from pmdesk.store.queries import create_postmortem
from pmdesk.ui.dialogs.evidence_picker import EvidencePicker
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.itemmodels.why_tree_model import (
    WhyTreeModel,
)
from pmdesk.ui.mime import TIMELINE_EVENTS_MIME
from pmdesk.ui.steps.whys_step import WhysStep

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# --- fixtures and helpers ---------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, document: PostmortemDocument) -> WhysStep:
    step = WhysStep(document)
    qtbot.addWidget(step)
    step.resize(1200, 800)
    step.show()
    qtbot.waitExposed(step)
    return step


def why(document: PostmortemDocument, start: str) -> WhyNode:
    return next(n for n in document.postmortem.why_nodes if n.text.startswith(start))


def tree_in_document(document: PostmortemDocument) -> list[Any]:
    def walk(node: WhyNode) -> Any:
        return (node.text, [walk(c) for c in node.children])

    return [walk(chain) for chain in document.postmortem.why_chains]


def tree_in_view(model: WhyTreeModel, parent: QModelIndex | None = None) -> list[Any]:
    parent = parent or QModelIndex()
    shown = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        shown.append((index.data(), tree_in_view(model, index)))
    return shown


def stored(db: Database, document: PostmortemDocument) -> dict[str, Any]:
    """What the database holds: the trees (texts, flags, evidence texts) and action links."""
    with db.transaction() as session:
        pm = session.get_one(Postmortem, document.postmortem.id)

        def walk(node: WhyNode) -> Any:
            return {
                "text": node.text,
                "root_cause": node.is_root_cause,
                "evidence": [e.text for e in node.evidence],
                "children": [walk(c) for c in node.children],
            }

        return {
            "chains": [walk(chain) for chain in pm.why_chains],
            "links": {a.title: sorted(n.text for n in a.root_causes) for a in pm.action_items},
        }


def wait_saved(qtbot: QtBot, document: PostmortemDocument) -> None:
    qtbot.waitUntil(lambda: not document.is_dirty, timeout=3000)


# pytest-qt's input helpers are untyped; these typed wrappers keep mypy strict happy.
def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Any = None) -> None:
    modifier = modifier or Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, key, modifier)  # type: ignore[no-untyped-call]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.keyClicks(widget, text)  # type: ignore[no-untyped-call]


def click(qtbot: QtBot, widget: QWidget, position: QPoint, *, double: bool = False) -> None:
    if double:
        qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=position)  # type: ignore[no-untyped-call]
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=position)  # type: ignore[no-untyped-call]


def open_editor(page: WhysStep) -> QLineEdit:
    editors = [e for e in page.tree.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "exactly one why is being edited"
    return editors[0]


def type_why(qtbot: QtBot, page: WhysStep, text: str) -> None:
    editor = open_editor(page)
    type_text(qtbot, editor, text)
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tree.state() != page.tree.State.EditingState)


def key(qtbot: QtBot, page: WhysStep, key: Qt.Key, modifier: Any = None) -> None:
    press(qtbot, page.tree, key, modifier)


# --- adding -------------------------------------------------------------------------------


def test_enter_adds_the_next_why_and_typing_fills_it(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    pgbouncer = why(document, "PgBouncer resolves")
    page.select(pgbouncer)
    key(qtbot, page, Qt.Key.Key_Return)
    type_why(qtbot, page, "Its pool config is generated once at deploy time.")

    new = pgbouncer.children[0]
    assert new.text == "Its pool config is generated once at deploy time."
    # The Enter that closed the editor did not add yet another why.
    assert len(document.postmortem.why_nodes) == 11
    assert page.current_why() is new
    assert page.model.index_of(new).data() == new.text

    def saved() -> None:
        chain = stored(db, document)["chains"][0]
        texts = [c["text"] for c in chain["children"][0]["children"][0]["children"]]
        assert texts == [
            new.text,
            "The failover automation (Patroni) has no callback that "
            "reloads connection poolers on a role change, and the failover was "
            "never exercised with poolers in the loop.",
        ]

    qtbot.waitUntil(saved, timeout=3000)
    assert tree_in_view(page.model) == tree_in_document(document)


def test_the_keyboard_alone_builds_a_chain_from_nothing(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as session:
        postmortem_id = create_postmortem(session, "Disk full").id
    doc = PostmortemDocument(db, postmortem_id)
    step = WhysStep(doc)
    qtbot.addWidget(step)
    step.show()
    key(qtbot, step, Qt.Key.Key_Return)
    type_why(qtbot, step, "Why did the build agents stop?")
    key(qtbot, step, Qt.Key.Key_Return)
    type_why(qtbot, step, "The disk filled with cached layers.")
    key(qtbot, step, Qt.Key.Key_Return)
    type_why(qtbot, step, "Nothing prunes the cache.")
    key(qtbot, step, Qt.Key.Key_R, CTRL)
    assert tree_in_view(step.model) == [
        (
            "Why did the build agents stop?",
            [("The disk filled with cached layers.", [("Nothing prunes the cache.", [])])],
        )
    ]

    def saved() -> None:
        chains = stored(db, doc)["chains"]
        assert [c["text"] for c in chains] == ["Why did the build agents stop?"]
        assert len(chains[0]["children"]) == 1
        assert len(chains[0]["children"][0]["children"]) == 1
        leaf = chains[0]["children"][0]["children"][0]
        assert leaf["text"] == "Nothing prunes the cache."
        assert leaf["root_cause"]

    qtbot.waitUntil(saved, timeout=3000)
    doc.close()


def test_ctrl_enter_adds_a_branch(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    page.select(why(document, "Three of six"))
    key(qtbot, page, Qt.Key.Key_Return, CTRL)
    type_why(qtbot, page, "Clients retried without backoff.")

    def saved() -> None:
        chain = stored(db, document)["chains"][0]
        assert [c["text"][:20] for c in chain["children"]] == [
            "Three of six app hos",
            "Clients retried with",
            "Why did db-01 stop a",
        ]

    qtbot.waitUntil(saved, timeout=3000)
    assert tree_in_view(page.model) == tree_in_document(document)


def test_escape_on_a_new_empty_why_takes_it_back(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument
) -> None:
    before = tree_in_document(document)
    page.select(why(document, "The checkout 5xx"))
    key(qtbot, page, Qt.Key.Key_Return)
    assert len(document.postmortem.why_nodes) == 11
    press(qtbot, open_editor(page), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(document.postmortem.why_nodes) == 10)
    assert tree_in_document(document) == before
    assert tree_in_view(page.model) == before
    assert page.current_why() is why(document, "The checkout 5xx")


def test_new_chain_button_starts_a_chain(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    page.new_chain_action.trigger()
    type_why(qtbot, page, "Why was there no automated backup?")
    key(qtbot, page, Qt.Key.Key_Return, CTRL | SHIFT)
    assert page.model.rowCount() == 4
    press(qtbot, open_editor(page), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(
        lambda: stored(db, document)["chains"][-1]["text"] == "Why was there no automated backup?",
        timeout=3000,
    )
    assert page.model.rowCount() == 3


# --- shaping ------------------------------------------------------------------------------


def test_tab_indents_and_shift_tab_outdents(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    db01 = why(document, "Why did db-01")
    page.select(db01)
    key(qtbot, page, Qt.Key.Key_Tab)
    assert db01.parent is why(document, "Three of six")
    assert page.current_why() is db01

    def indented() -> None:
        first = stored(db, document)["chains"][0]
        assert len(first["children"]) == 1
        assert first["children"][0]["children"][1]["text"] == "Why did db-01 stop accepting writes?"

    qtbot.waitUntil(indented, timeout=3000)
    key(qtbot, page, Qt.Key.Key_Backtab, SHIFT)
    assert db01.parent is why(document, "Why did 38")
    key(qtbot, page, Qt.Key.Key_Right, CTRL)
    assert db01.parent is why(document, "Three of six")
    key(qtbot, page, Qt.Key.Key_Left, CTRL)
    qtbot.waitUntil(lambda: len(stored(db, document)["chains"][0]["children"]) == 2, timeout=3000)
    assert tree_in_view(page.model) == tree_in_document(document)


def test_alt_arrows_move_among_siblings(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    page.select(why(document, "Why did db-01"))
    key(qtbot, page, Qt.Key.Key_Up, ALT)

    def moved() -> None:
        first = stored(db, document)["chains"][0]
        assert first["children"][0]["text"] == "Why did db-01 stop accepting writes?"

    qtbot.waitUntil(moved, timeout=3000)
    assert tree_in_view(page.model) == tree_in_document(document)
    key(qtbot, page, Qt.Key.Key_Down, ALT)
    assert why(document, "Why did 38").children[1] is why(document, "Why did db-01")


def test_drag_reorders_within_and_across_chains(
    page: WhysStep, document: PostmortemDocument
) -> None:
    model = page.model
    db01 = why(document, "Why did db-01")
    data = model.mimeData([model.index_of(db01)])
    assert db01.parent is not None
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(db01.parent))
    assert why(document, "Why did 38").children[0] is db01
    other_chain = why(document, "Why did the first page")
    data = model.mimeData([model.index_of(db01)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(other_chain))
    assert db01.parent is other_chain
    # Never under itself.
    data = model.mimeData([model.index_of(other_chain)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(db01))
    assert tree_in_view(model) == tree_in_document(document)


def test_dropping_a_dragged_why_on_another_why_in_the_view(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    db01 = why(document, "Why did db-01")
    target = why(document, "The checkout 5xx")
    data = page.model.mimeData([page.model.index_of(db01)])
    position = page.tree.visualRect(page.model.index_of(target)).center()
    viewport = page.tree.viewport()
    move = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(position, move, data, buttons, none))
    QApplication.sendEvent(viewport, QDragMoveEvent(position, move, data, buttons, none))
    QApplication.sendEvent(viewport, QDropEvent(position.toPointF(), move, data, buttons, none))
    assert db01.parent is target
    assert tree_in_view(page.model) == tree_in_document(document)

    def saved() -> None:
        second = stored(db, document)["chains"][1]
        texts = [c["text"][:12] for c in second["children"][0]["children"]]
        assert texts == ["The window a", "Why did db-0"]

    qtbot.waitUntil(saved, timeout=3000)


# --- deleting and undo ----------------------------------------------------------------------


def test_delete_removes_the_subtree_and_undo_restores_every_link(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    wait_saved(qtbot, document)
    before = stored(db, document)
    page.select(why(document, "Three of six"))
    key(qtbot, page, Qt.Key.Key_Delete)

    def deleted() -> None:
        now = stored(db, document)
        assert [c["text"][:12] for c in now["chains"][0]["children"]] == ["Why did db-0"]
        assert now["links"]["Reload PgBouncer from a Patroni on_role_change callback"] == []

    qtbot.waitUntil(deleted, timeout=3000)
    assert len(document.postmortem.why_nodes) == 7
    assert tree_in_view(page.model) == tree_in_document(document)
    assert page.current_why() is why(document, "Why did db-01")

    # Undo after the delete was saved: rows, evidence and action links come back.
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: stored(db, document) == before, timeout=3000)
    assert tree_in_view(page.model) == tree_in_document(document)
    restored = why(document, "Three of six")
    page.select(restored)
    assert [chip.timeline_event for chip in page.chips.chips] == list(restored.evidence)
    assert len(page.chips.chips) == 2

    document.undo_stack.redo()
    qtbot.waitUntil(deleted, timeout=3000)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: stored(db, document) == before, timeout=3000)
    assert tree_in_view(page.model) == tree_in_document(document)


def test_ctrl_r_toggles_root_cause(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    node = why(document, "PgBouncer resolves")
    page.select(node)
    key(qtbot, page, Qt.Key.Key_R, CTRL)
    assert page.model.index_of(node).data(Role.IS_ROOT_CAUSE) is True
    assert page.actions_by_name["root_cause"].isChecked()
    qtbot.waitUntil(
        lambda: stored(db, document)["chains"][0]["children"][0]["children"][0]["root_cause"],
        timeout=3000,
    )
    key(qtbot, page, Qt.Key.Key_R, CTRL)
    assert not node.is_root_cause
    assert not page.actions_by_name["root_cause"].isChecked()


def choose_from_context_menu(qtbot: QtBot, page: WhysStep, path: list[str]) -> None:
    """Open the current why's context menu as the Menu key does and choose `path`
    ("Category", "Monitoring") from it and its submenus with the keyboard."""
    remaining = list(path)
    problems: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):  # the submenu is still opening
            QTimer.singleShot(10, choose)
            return
        actions = {a.text().replace("&", ""): a for a in menu.actions()}
        action = actions.get(remaining[0])
        if action is None or not action.isEnabled():
            problems.append(f"{remaining[0]!r} is not a choice in {list(actions)}")
            menu.close()  # never leave a menu running in a test
            return
        remaining.pop(0)
        menu.setActiveAction(action)
        if remaining:
            QTimer.singleShot(0, choose)
            press(qtbot, menu, Qt.Key.Key_Right)  # opens the submenu
        else:
            press(qtbot, menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    # What Qt sends for the Menu key (QTest's key events do not make it); the menu runs
    # until a choice closes it.
    viewport = page.tree.viewport()
    at = page.tree.visualRect(page.tree.currentIndex()).center()
    QApplication.sendEvent(
        viewport,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, viewport.mapToGlobal(at)),
    )
    assert problems == []
    assert remaining == []


def test_the_context_menu_files_a_root_cause_under_a_category(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    node = why(document, "The window and threshold")
    assert node.is_root_cause
    assert node.category == "monitoring"
    page.tree.setFocus()
    while page.current_why() is not node:  # to the root cause, with the arrow keys
        key(qtbot, page, Qt.Key.Key_Down)
    choose_from_context_menu(qtbot, page, ["Category", "Capacity"])
    assert node.category == "capacity"
    assert page.category_actions["capacity"].isChecked()

    def stored_category() -> str | None:
        with db.transaction() as session:
            return session.get_one(WhyNode, node.id).category

    qtbot.waitUntil(lambda: stored_category() == "capacity", timeout=3000)
    choose_from_context_menu(qtbot, page, ["Category", "No category"])
    qtbot.waitUntil(lambda: stored_category() is None, timeout=3000)
    document.undo_stack.undo()
    assert node.category == "capacity"
    # A why that is not a root cause has no category to choose.
    page.select(why(document, "PgBouncer resolves"))
    assert not page.category_action.isEnabled()


def test_undo_and_redo_across_several_edits(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    wait_saved(qtbot, document)
    before = stored(db, document)
    page.select(why(document, "The checkout 5xx"))
    key(qtbot, page, Qt.Key.Key_Return, CTRL)
    type_why(qtbot, page, "The alert fired only on the canary.")
    key(qtbot, page, Qt.Key.Key_Tab)
    key(qtbot, page, Qt.Key.Key_R, CTRL)
    key(qtbot, page, Qt.Key.Key_Up, ALT)
    after = tree_in_document(document)
    wait_saved(qtbot, document)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        assert tree_in_view(page.model) == tree_in_document(document)
    qtbot.waitUntil(lambda: stored(db, document) == before, timeout=3000)
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
        assert tree_in_view(page.model) == tree_in_document(document)
    assert tree_in_document(document) == after
    canary = why(document, "The alert fired only")
    assert canary.is_root_cause
    assert canary.parent is why(document, "The checkout 5xx")


# --- evidence -------------------------------------------------------------------------------


def events_mime(events: list[TimelineEvent]) -> QMimeData:
    data = QMimeData()
    data.setData(TIMELINE_EVENTS_MIME, QByteArray(json.dumps([e.id for e in events]).encode()))
    return data


def test_dropping_timeline_events_on_a_why_links_them(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    target = why(document, "The checkout 5xx")
    events = document.postmortem.timeline_events[3:5]
    data = events_mime(events)
    rect = page.tree.visualRect(page.model.index_of(target))
    position = rect.center()
    viewport = page.tree.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position, actions, data, buttons, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(position, actions, data, buttons, none)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(position.toPointF(), actions, data, buttons, none))
    assert list(target.evidence) == events

    def saved() -> None:
        chain = stored(db, document)["chains"][1]
        assert chain["children"][0]["evidence"] == [e.text for e in events]

    qtbot.waitUntil(saved, timeout=3000)
    # Dropping the same events again changes nothing.
    assert page.model.dropMimeData(
        data, Qt.DropAction.CopyAction, -1, 0, page.model.index_of(target)
    )
    assert list(target.evidence) == events
    document.undo_stack.undo()
    assert list(target.evidence) == []


def test_dropping_timeline_events_on_the_evidence_panel(
    page: WhysStep, document: PostmortemDocument
) -> None:
    target = why(document, "The window and threshold")
    page.select(target)
    events = document.postmortem.timeline_events[:2]
    data = events_mime(events)
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    panel = page.chips.parentWidget()
    assert panel is not None
    enter = QDragEnterEvent(QPoint(5, 5), actions, data, buttons, none)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(5, 5).toPointF(), actions, data, buttons, none)
    QApplication.sendEvent(panel, drop)
    assert list(target.evidence) == events
    assert len(page.chips.chips) == 2


def test_dropping_timeline_events_on_a_box_in_the_diagram(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument
) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.diagram.isVisible())
    target = why(document, "The window and threshold")
    center = page.diagram.box_center(target)
    assert center is not None
    events = document.postmortem.timeline_events[-1:]
    data = events_mime(events)
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    position = center.toPoint()
    QApplication.sendEvent(page.diagram, QDragEnterEvent(position, actions, data, buttons, none))
    move = QDragMoveEvent(position, actions, data, buttons, none)
    QApplication.sendEvent(page.diagram, move)
    assert move.isAccepted()
    QApplication.sendEvent(page.diagram, QDropEvent(center, actions, data, buttons, none))
    assert list(target.evidence) == events


def test_a_failed_save_leaves_the_tree_as_it_is(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, db: Database
) -> None:
    page.tree.expandAll()
    file = db.sqlite_file
    assert file is not None
    blocker = sqlite3.connect(file, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    try:
        document.push(SetValue(document.postmortem, "title", "Typed while locked"))
        with qtbot.waitSignal(document.save_failed, timeout=0):
            document.save()
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    # Nothing was taken back, so nothing is rebuilt: open branches stay open.
    assert resets == []
    assert tree_in_view(page.model) == tree_in_document(document)
    assert page.tree.isExpanded(page.model.index(0, 0))
    assert document.postmortem.title == "Typed while locked"


def test_picker_links_and_unlinks_evidence(
    qtbot: QtBot,
    page: WhysStep,
    document: PostmortemDocument,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = why(document, "Three of six")
    first, second = target.evidence
    extra = document.postmortem.timeline_events[0]
    asked: list[WhyNode] = []

    def ask(parent: object, doc: PostmortemDocument, node: WhyNode) -> list[TimelineEvent]:
        asked.append(node)
        return [extra, second]

    monkeypatch.setattr(EvidencePicker, "ask", ask)
    page.select(target)
    key(qtbot, page, Qt.Key.Key_E, CTRL)
    assert asked == [target]
    assert list(target.evidence) == [extra, second]
    assert [chip.timeline_event for chip in page.chips.chips] == [extra, second]
    qtbot.waitUntil(
        lambda: (
            stored(db, document)["chains"][0]["children"][0]["evidence"]
            == [extra.text, second.text]
        ),
        timeout=3000,
    )
    monkeypatch.setattr(EvidencePicker, "ask", lambda *_args: None)
    page.link_button.click()
    assert list(target.evidence) == [extra, second]
    document.undo_stack.undo()
    assert list(target.evidence) == [first, second]


def test_picker_lists_and_filters_the_timeline(qtbot: QtBot, document: PostmortemDocument) -> None:
    node = why(document, "Three of six")
    picker = EvidencePicker(document, node)
    qtbot.addWidget(picker)
    assert picker.proxy.rowCount() == len(document.postmortem.timeline_events)
    assert picker.model.checked_events() == list(node.evidence)
    picker.filter_edit.setText("pgbouncer")
    assert 0 < picker.proxy.rowCount() < len(document.postmortem.timeline_events)
    index = picker.proxy.index(0, 0)
    picker.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert index.data(Role.ITEM) in picker.model.checked_events()


def test_chips_jump_to_the_event_and_can_be_removed(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument
) -> None:
    target = why(document, "Three of six")
    page.select(target)
    first = target.evidence[0]
    with qtbot.waitSignal(page.jump_requested, timeout=0) as jumped:
        page.chips.chips[0].button.click()
    assert jumped.args == [Location.parse(f"event:{first.id}")]
    page.chips.chips[0].remove_button.click()
    assert first not in target.evidence
    assert len(page.chips.chips) == 1
    document.undo_stack.undo()
    assert target.evidence[0] is first
    assert len(page.chips.chips) == 2


def test_chips_under_the_current_why_in_the_tree_jump_too(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument
) -> None:
    target = why(document, "Three of six")
    page.select(target)
    index = page.model.index_of(target)
    qtbot.waitUntil(lambda: page.tree.visualRect(index).height() > 40)
    option = QStyleOptionViewItem()
    option.font = page.tree.font()
    chips = page.delegate.chip_rects(option, index, page.tree.visualRect(index))
    assert [event for _rect, event in chips] == list(target.evidence)
    with qtbot.waitSignal(page.jump_requested, timeout=0) as jumped:
        click(qtbot, page.tree.viewport(), chips[1][0].center())
    assert jumped.args == [Location.parse(f"event:{target.evidence[1].id}")]
    # Other whys show no chips, only their count.
    other = page.model.index_of(why(document, "Why did db-01"))
    assert page.delegate.chip_rects(option, other, page.tree.visualRect(other)) == []


# --- the person prompt ----------------------------------------------------------------------


def test_a_chain_ending_at_a_person_gets_a_gentle_prompt(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument
) -> None:
    assert page.prompt_cards == []
    assert page.prompts_title.isHidden()
    page.new_chain_action.trigger()
    type_why(qtbot, page, "Why was there no automated backup?")
    key(qtbot, page, Qt.Key.Key_Return)
    type_why(qtbot, page, "Human error")
    leaf = why(document, "Human error")
    assert [card.ending.leaf for card in page.prompt_cards] == [leaf]
    assert (
        "What in the system"
        in page.prompt_cards[0].findChildren(type(page.prompts_title))[1].text()
    )
    assert page.model.index_of(leaf).data(Role.PERSON_CUE) == "Human error"
    assert "Ask one more why" in page.model.index_of(leaf).data(Qt.ItemDataRole.ToolTipRole)

    # A participant's name is a person too.
    page.select(leaf)
    press(qtbot, page.tree, Qt.Key.Key_F2)
    editor = open_editor(page)
    editor.selectAll()
    type_text(qtbot, editor, "Jonas Becker skipped the backup setup")
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: leaf.text.startswith("Jonas"))
    assert [card.ending.leaf for card in page.prompt_cards] == [leaf]

    # Asking one more why about the system clears the prompt.
    page.prompt_cards[0].ask_button.click()
    type_why(qtbot, page, "The provisioning template has no backup step.")
    assert page.prompt_cards == []
    assert page.model.index_of(leaf).data(Role.PERSON_CUE) is None


def test_system_statements_get_no_prompt(page: WhysStep, document: PostmortemDocument) -> None:
    assert page.prompt_cards == []
    for node in document.postmortem.why_nodes:
        assert page.model.index_of(node).data(Role.PERSON_CUE) is None


# --- model, diagram, navigation -------------------------------------------------------------


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument, qtmodeltester: Any
) -> None:
    qtmodeltester.check(page.model)
    page.select(why(document, "Why did db-01"))
    key(qtbot, page, Qt.Key.Key_Tab)
    key(qtbot, page, Qt.Key.Key_Delete)
    document.undo_stack.undo()
    qtmodeltester.check(page.model)
    node = page.model.index(0, 0).data(Role.ITEM)
    assert node is document.postmortem.why_chains[0]


def test_the_diagram_paints_and_selects(
    qtbot: QtBot, page: WhysStep, document: PostmortemDocument
) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.diagram.isVisible())
    image = page.diagram.grab().toImage()
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5
    target = why(document, "The checkout 5xx")
    center = page.diagram.box_center(target)
    assert center is not None
    click(qtbot, page.diagram, center.toPoint())
    assert page.current_why() is target
    page.diagram.set_zoom(2.0)
    assert page.diagram.minimumWidth() > page.diagram.content_size().width()
    page.diagram.fit()
    assert page.diagram.minimumWidth() < page.diagram.content_size().width()
    fitted = page.diagram.scale()
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(10, 10),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page.diagram, wheel)
    assert page.diagram.scale() > fitted
    press(qtbot, page.diagram, Qt.Key.Key_0)
    assert page.diagram.is_fitted
    click(qtbot, page.diagram, QPoint(1, 1), double=True)


def test_ctrl_tab_leaves_the_tree(qtbot: QtBot, page: WhysStep) -> None:
    with qtbot.waitActive(page):
        page.activateWindow()
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)
    press(qtbot, page.tree, Qt.Key.Key_Tab, CTRL)
    qtbot.waitUntil(lambda: not page.tree.hasFocus())


def test_ctrl_shift_d_switches_between_editor_and_diagram(page: WhysStep) -> None:
    page.toggle_view_shortcut.activated.emit()
    assert page.tabs.currentIndex() == 1
    page.toggle_view_shortcut.activated.emit()
    assert page.tabs.currentIndex() == 0


def test_focus_location_selects_and_reveals(page: WhysStep, document: PostmortemDocument) -> None:
    page.tabs.setCurrentIndex(1)
    node = why(document, "Archiver failures")
    page.tree.collapseAll()
    assert page.focus_location(Location.parse(f"why:{node.id}"))
    assert page.current_why() is node
    assert page.tabs.currentIndex() == 0
    assert page.tree.isExpanded(page.model.index_of(node).parent())
    assert not page.focus_location(Location.parse("event:1"))
    assert not page.focus_location(Location.parse("why:99999"))


def test_presenter_mode_enlarges_the_tree(page: WhysStep) -> None:
    size = page.tree.font().pointSizeF()
    page.set_presenter_mode(True)
    assert page.tree.font().pointSizeF() > size
    assert page.diagram.presenter_mode
    page.set_presenter_mode(False)
    assert QFont(page.tree.font()).pointSizeF() == pytest.approx(size)
