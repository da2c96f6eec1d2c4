"""The Action items page and the Lessons page, driven like a user would."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot

from pmdesk.domain.location import Location
from pmdesk.models import (
    ActionItem,
    ActionStatus,
    ActionType,
    LessonKind,
    Postmortem,
    Priority,
    WhyNode,
)
from pmdesk.store import Database
from pmdesk.ui.dialogs.root_cause_picker import RootCausePicker
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.action_table_model import ActionItemTableModel
from pmdesk.ui.steps.actions_step import ActionItemsStep
from pmdesk.ui.steps.lessons_step import LessonsStep
from pmdesk.ui.widgets.date_edits import DayEdit

COLUMN = ActionItemTableModel


@pytest.fixture
def actions(qtbot: QtBot, document: PostmortemDocument) -> ActionItemsStep:
    page = ActionItemsStep(document)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


@pytest.fixture
def lessons(qtbot: QtBot, document: PostmortemDocument) -> LessonsStep:
    page = LessonsStep(document)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def stored_actions(db: Database, postmortem_id: int) -> list[tuple[Any, ...]]:
    """(title, type, owner, priority, due_on, status, root-cause texts) as stored now."""
    with db.sessions() as session:
        pm = session.get(Postmortem, postmortem_id)
        assert pm is not None
        return [
            (
                item.title,
                item.type,
                item.owner,
                item.priority,
                item.due_on,
                item.status,
                [node.text for node in item.root_causes],
            )
            for item in pm.action_items
        ]


def stored_lessons(db: Database, postmortem_id: int) -> list[tuple[LessonKind, str]]:
    with db.sessions() as session:
        pm = session.get(Postmortem, postmortem_id)
        assert pm is not None
        return [(lesson.kind, lesson.text) for lesson in pm.lessons]


def root_cause(document: PostmortemDocument, starts_with: str) -> WhyNode:
    return next(n for n in document.postmortem.root_causes if n.text.startswith(starts_with))


def open_editor(page: ActionItemsStep, row: int, column: int) -> Any:
    index = page.model.index(row, column)
    page.table.setCurrentIndex(index)
    assert page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert editor is not None
    return editor


# -- Action items ------------------------------------------------------------------------------


def test_table_shows_the_sample(actions: ActionItemsStep, qtmodeltester: Any) -> None:
    qtmodeltester.check(actions.model)
    model = actions.model
    assert model.rowCount() == 5
    assert model.index(0, COLUMN.TYPE).data() == "Code change"
    assert model.index(0, COLUMN.PRIORITY).data() == "P1"
    assert model.index(0, COLUMN.STATUS).data() == "In progress"
    assert model.index(0, COLUMN.TRACKER).data() == "OPS-410"
    assert model.index(0, COLUMN.ROOT_CAUSES).data().startswith("The failover automation")
    # Every root cause of the sample has an action: no warm banner, a calm confirmation.
    assert actions.banner.isHidden()
    assert "Every root cause has an action item" in actions.all_covered_label.text()


def test_add_with_shortcut_and_edit_every_column(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    model = actions.model
    actions.table.setFocus()
    actions.table.setCurrentIndex(model.index(4, COLUMN.TITLE))
    qtbot.keyClick(actions.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 6
    assert actions.table.currentIndex().row() == 5
    title_editor = actions.table.indexWidget(model.index(5, COLUMN.TITLE))
    assert isinstance(title_editor, QLineEdit)
    qtbot.keyClicks(title_editor, "Page on WAL archive failures")
    qtbot.keyClick(title_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(5, COLUMN.TITLE).data() == "Page on WAL archive failures")
    # The new item has no owner and no date yet: it is marked.
    assert model.headerData(5, Qt.Orientation.Vertical) == "6 !"
    assert "an owner or a due date" in actions.missing_label.text()

    type_editor = open_editor(actions, 5, COLUMN.TYPE)
    assert isinstance(type_editor, QComboBox)
    type_editor.setCurrentIndex(list(ActionType).index(ActionType.MONITORING))
    type_editor.activated.emit(type_editor.currentIndex())
    assert model.index(5, COLUMN.TYPE).data() == "Monitoring"

    owner_editor = open_editor(actions, 5, COLUMN.OWNER)
    assert isinstance(owner_editor, QLineEdit)
    completions = owner_editor.completer().model()
    suggestions = [completions.index(r, 0).data() for r in range(completions.rowCount())]
    assert "SRE team" in suggestions
    assert "Incident commander" in suggestions
    assert "Priya Raman" not in suggestions  # owners are teams or roles, not people
    qtbot.keyClicks(owner_editor, "SRE team")
    qtbot.keyClick(owner_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(5, COLUMN.OWNER).data() == "SRE team")

    priority_editor = open_editor(actions, 5, COLUMN.PRIORITY)
    priority_editor.setCurrentIndex(list(Priority).index(Priority.P1))
    priority_editor.activated.emit(priority_editor.currentIndex())

    due_editor = open_editor(actions, 5, COLUMN.DUE)
    assert isinstance(due_editor, DayEdit)
    assert due_editor.text() == ""
    qtbot.keyClicks(due_editor, "2026-12-01")
    qtbot.keyClick(due_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(5, COLUMN.DUE).data() == "2026-12-01")
    assert model.headerData(5, Qt.Orientation.Vertical) == "6"

    status_editor = open_editor(actions, 5, COLUMN.STATUS)
    status_editor.setCurrentIndex(list(ActionStatus).index(ActionStatus.IN_PROGRESS))
    status_editor.activated.emit(status_editor.currentIndex())

    def saved() -> None:
        rows = stored_actions(db, document.postmortem.id)
        assert len(rows) == 6
        assert rows[5] == (
            "Page on WAL archive failures",
            ActionType.MONITORING,
            "SRE team",
            Priority.P1,
            date(2026, 12, 1),
            ActionStatus.IN_PROGRESS,
            [],
        )

    qtbot.waitUntil(saved, timeout=3000)


def test_root_cause_banner_follows_links_and_undo(
    actions: ActionItemsStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archiver = root_cause(document, "Archiver failures")
    pooler = root_cause(document, "The failover automation")
    model = actions.model
    # Unlink the archiver root cause from both of its actions (row 2 and row 4).
    choices: list[list[WhyNode]] = [[], [pooler]]
    asked: list[Sequence[WhyNode]] = []

    def ask(
        _parent: object, candidates: Sequence[WhyNode], selected: Sequence[WhyNode]
    ) -> list[WhyNode]:
        asked.append(candidates)
        return choices.pop(0)

    monkeypatch.setattr(RootCausePicker, "ask", ask)
    actions.table.setCurrentIndex(model.index(2, COLUMN.TITLE))
    qtbot.mouseClick(actions.root_causes_button, Qt.MouseButton.LeftButton)
    assert actions.banner.isHidden()  # row 4 still addresses it
    actions.table.setCurrentIndex(model.index(4, COLUMN.ROOT_CAUSES))
    actions.table.setFocus()
    qtbot.keyClick(actions.table, Qt.Key.Key_F2)  # F2 on the column opens the picker
    assert len(asked) == 2
    assert {id(n) for n in asked[0]} == {id(n) for n in document.postmortem.root_causes}
    assert not actions.banner.isHidden()
    assert actions.banner.title_label.text() == "1 root cause has no action item"
    assert model.index(4, COLUMN.ROOT_CAUSES).data().startswith("The failover automation")

    def unlinked() -> None:
        assert stored_actions(db, document.postmortem.id)[4][6] == [pooler.text]

    qtbot.waitUntil(unlinked, timeout=3000)

    document.undo_stack.undo()
    assert actions.banner.isHidden()
    document.undo_stack.redo()
    assert not actions.banner.isHidden()

    # "Add action for this" creates a linked action and starts editing its title.
    assert len(actions.banner.add_buttons) == 1
    qtbot.mouseClick(actions.banner.add_buttons[0], Qt.MouseButton.LeftButton)
    assert model.rowCount() == 6
    new_item: ActionItem = model.item(5)
    assert new_item.root_causes == [archiver]
    assert actions.banner.isHidden()
    editor = actions.table.indexWidget(model.index(5, COLUMN.TITLE))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Alert on archiver failures")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    def linked() -> None:
        rows = stored_actions(db, document.postmortem.id)
        assert len(rows) == 6
        row = rows[5]
        assert row[0] == "Alert on archiver failures"
        assert row[6] == [archiver.text]

    qtbot.waitUntil(linked, timeout=3000)


def test_root_cause_picker_lists_and_returns_checked_items(qtbot: QtBot) -> None:
    first = WhyNode(text="First root cause", is_root_cause=True)
    second = WhyNode(text="Second root cause", is_root_cause=True)
    picker = RootCausePicker([first, second], [second])
    qtbot.addWidget(picker)
    assert picker.chosen() == [second]
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert picker.chosen() == [first, second]


def test_cancelled_picker_changes_nothing(
    actions: ActionItemsStep, document: PostmortemDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RootCausePicker, "ask", lambda *_a: None)
    actions.edit_root_causes(0)
    assert document.undo_stack.count() == 0


def test_delete_reorder_and_undo(
    actions: ActionItemsStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    qtmodeltester: Any,
) -> None:
    model = actions.model
    qtmodeltester.check(model)  # and it watches the structural signals that follow
    titles = [model.index(r, 0).data() for r in range(5)]
    actions.table.setFocus()
    actions.table.setCurrentIndex(model.index(0, COLUMN.TITLE))
    qtbot.keyClick(actions.table, Qt.Key.Key_Delete)
    assert model.rowCount() == 4
    assert model.index(0, 0).data() == titles[1]
    qtbot.waitUntil(lambda: len(stored_actions(db, document.postmortem.id)) == 4)
    document.undo_stack.undo()
    assert [model.index(r, 0).data() for r in range(5)] == titles
    qtbot.waitUntil(lambda: len(stored_actions(db, document.postmortem.id)) == 5)

    actions.table.setCurrentIndex(model.index(0, COLUMN.TITLE))
    qtbot.keyClick(
        actions.table,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert model.index(1, 0).data() == titles[0]
    assert actions.table.currentIndex().row() == 1
    qtbot.waitUntil(
        lambda: (
            [row[0] for row in stored_actions(db, document.postmortem.id)][:2]
            == [titles[1], titles[0]]
        )
    )
    document.undo_stack.undo()
    assert model.index(0, 0).data() == titles[0]


def test_tracker_link_opens_only_on_ctrl_click(
    actions: ActionItemsStep, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    index = actions.model.index(0, COLUMN.TRACKER)
    position = actions.table.visualRect(index).center()
    qtbot.mouseClick(actions.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert opened == []
    qtbot.mouseClick(
        actions.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        position,
    )
    assert [url.toString() for url in opened] == ["https://tracker.example.com/browse/OPS-410"]
    # Only web links are opened.
    actions.open_link("file:///etc/passwd")
    assert len(opened) == 1


def test_focus_location_selects_the_action(
    actions: ActionItemsStep, document: PostmortemDocument
) -> None:
    item = document.postmortem.action_items[3]
    assert actions.focus_location(Location.parse(f"action:{item.id}.owner"))
    assert actions.table.currentIndex().row() == 3
    assert actions.table.currentIndex().column() == COLUMN.OWNER
    assert actions.focus_location(Location.parse("action[1].due_on"))
    assert actions.table.currentIndex().row() == 1
    assert actions.table.currentIndex().column() == COLUMN.DUE
    assert not actions.focus_location(Location.parse("action:99999"))
    assert not actions.focus_location(Location.parse("lesson:1"))


# -- Lessons -----------------------------------------------------------------------------------


def test_lessons_are_shown_by_kind(lessons: LessonsStep, qtmodeltester: Any) -> None:
    for model in [*lessons.models.values(), lessons.factor_model]:
        qtmodeltester.check(model)
    assert lessons.models[LessonKind.WENT_WELL].rowCount() == 3
    assert lessons.models[LessonKind.WENT_WRONG].rowCount() == 2
    assert lessons.models[LessonKind.LUCKY].rowCount() == 2
    assert lessons.factor_model.rowCount() == 3


def test_enter_on_the_last_lesson_adds_the_next(
    lessons: LessonsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    section = lessons.sections[LessonKind.LUCKY]
    model = section.model
    section.view.setFocus()
    section.view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert model.rowCount() == 3
    editor = section.view.indexWidget(model.index(2, 0))
    assert isinstance(editor, QLineEdit)
    # The new row is not stored until it has text.
    assert len(lessons_of(document, LessonKind.LUCKY)) == 2
    qtbot.keyClicks(editor, "The incident happened in business hours.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(2, 0).data() == "The incident happened in business hours.")
    # Enter in the last item's editor starts another one, left empty until typed into.
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert len(lessons_of(document, LessonKind.LUCKY)) == 3

    def saved() -> None:
        kinds = stored_lessons(db, document.postmortem.id)
        assert (LessonKind.LUCKY, "The incident happened in business hours.") in kinds
        assert all(text.strip() for _kind, text in kinds)  # no blank lesson
        # Lessons stay grouped by kind in the stored order.
        assert [k for k, _ in kinds] == sorted((k for k, _ in kinds), key=list(LessonKind).index)

    qtbot.waitUntil(saved, timeout=3000)
    # Enter on the empty new item ends adding: nothing blank is kept.
    qtbot.keyClick(section.view.indexWidget(model.index(3, 0)), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert section.view.state() != QAbstractItemView.State.EditingState
    assert len(lessons_of(document, LessonKind.LUCKY)) == 3


def test_edit_delete_and_reorder_lessons_and_factors(
    lessons: LessonsStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    qtmodeltester: Any,
) -> None:
    wrong = lessons.sections[LessonKind.WENT_WRONG]
    qtmodeltester.check(wrong.model)
    first = wrong.model.index(0, 0).data()
    wrong.model.setData(wrong.model.index(1, 0), "Archiver failures reached nobody.")
    wrong.view.setFocus()
    wrong.view.setCurrentIndex(wrong.model.index(0, 0))
    qtbot.keyClick(
        wrong.view,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [wrong.model.index(r, 0).data() for r in range(2)] == [
        "Archiver failures reached nobody.",
        first,
    ]
    qtbot.mouseClick(wrong.delete_button, Qt.MouseButton.LeftButton)
    assert wrong.model.rowCount() == 1

    factors = lessons.factor_section
    factors.view.setFocus()
    factors.view.setCurrentIndex(factors.model.index(0, 0))
    qtbot.keyClick(factors.view, Qt.Key.Key_Delete)
    assert factors.model.rowCount() == 2

    def saved() -> None:
        kinds = stored_lessons(db, document.postmortem.id)
        assert [t for k, t in kinds if k is LessonKind.WENT_WRONG] == [
            "Archiver failures reached nobody."
        ]
        with db.sessions() as session:
            pm = session.get(Postmortem, document.postmortem.id)
            assert pm is not None
            assert len(pm.contributing_factors) == 2

    qtbot.waitUntil(saved, timeout=3000)
    document.undo_stack.undo()  # the factor comes back
    assert factors.model.rowCount() == 3
    document.undo_stack.undo()  # the lesson comes back, below the moved one
    assert [wrong.model.index(r, 0).data() for r in range(2)] == [
        "Archiver failures reached nobody.",
        first,
    ]


def lessons_of(document: PostmortemDocument, kind: LessonKind) -> list[str]:
    return [lesson.text for lesson in document.postmortem.lessons if lesson.kind is kind]


def empty_lucky(lessons: LessonsStep) -> Any:
    """The "where we got lucky" section, with its two sample lessons deleted."""
    lucky = lessons.sections[LessonKind.LUCKY]
    for _ in range(2):
        lucky.view.setCurrentIndex(lucky.model.index(0, 0))
        lucky.delete_current()
    assert lucky.model.rowCount() == 0
    return lucky


def test_add_lesson_to_an_empty_kind(
    lessons: LessonsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    lucky = empty_lucky(lessons)
    steps = document.undo_stack.count()
    qtbot.mouseClick(lucky.add_button, Qt.MouseButton.LeftButton)
    assert lucky.model.rowCount() == 1
    assert lessons_of(document, LessonKind.LUCKY) == []  # nothing stored yet
    # A second Add while the new one is empty does not pile up blank items.
    lucky.add_after_current()
    assert lucky.model.rowCount() == 1
    editor = lucky.view.indexWidget(lucky.model.index(0, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "A database engineer was already online.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            lessons_of(document, LessonKind.LUCKY) == ["A database engineer was already online."]
        )
    )
    assert document.postmortem.lessons[-1].kind is LessonKind.LUCKY
    assert document.undo_stack.count() == steps + 1  # added with its text in one step
    qtbot.waitUntil(
        lambda: (
            (LessonKind.LUCKY, "A database engineer was already online.")
            in stored_lessons(db, document.postmortem.id)
        ),
        timeout=3000,
    )


@pytest.mark.parametrize("section_name", ["lucky", "factors"])
def test_typing_into_an_empty_list_starts_the_first_item(
    lessons: LessonsStep,
    qtbot: QtBot,
    db: Database,
    document: PostmortemDocument,
    section_name: str,
) -> None:
    if section_name == "lucky":
        section = empty_lucky(lessons)

        def stored_texts() -> list[str]:
            return [
                t for k, t in stored_lessons(db, document.postmortem.id) if k is LessonKind.LUCKY
            ]

        def texts() -> list[str]:
            return lessons_of(document, LessonKind.LUCKY)
    else:
        section = lessons.factor_section
        for _ in range(3):
            section.view.setCurrentIndex(section.model.index(0, 0))
            section.delete_current()

        def stored_texts() -> list[str]:
            with db.sessions() as session:
                pm = session.get(Postmortem, document.postmortem.id)
                assert pm is not None
                return [factor.text for factor in pm.contributing_factors]

        def texts() -> list[str]:
            return [factor.text for factor in document.postmortem.contributing_factors]

    assert texts() == []
    steps = document.undo_stack.count()
    view = section.view
    view.setFocus()
    # The first key starts the first item and is its first letter.
    qtbot.keyClicks(view, "N")
    editor = view.indexWidget(section.model.index(0, 0))
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "N"
    qtbot.keyClicks(editor, "obody was paged at night.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts() == ["Nobody was paged at night."])
    assert section.model.index(0, 0).data() == "Nobody was paged at night."
    # Enter on the last item starts the next; typing into it adds the second.
    qtbot.waitUntil(lambda: view.indexWidget(section.model.index(1, 0)) is not None)
    editor = view.indexWidget(section.model.index(1, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "The fix was a config reload.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: texts() == ["Nobody was paged at night.", "The fix was a config reload."]
    )
    # The third stays empty: Esc drops it, nothing blank is stored.
    qtbot.waitUntil(lambda: view.indexWidget(section.model.index(2, 0)) is not None)
    editor = view.indexWidget(section.model.index(2, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    assert document.undo_stack.count() == steps + 2  # one step per item, text included
    assert document.save()
    assert stored_texts() == ["Nobody was paged at night.", "The fix was a config reload."]
    document.undo_stack.undo()
    assert texts() == ["Nobody was paged at night."]


def test_enter_in_an_empty_list_and_leaving_stores_no_blank_lesson(
    lessons: LessonsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    lucky = empty_lucky(lessons)
    steps = document.undo_stack.count()
    lucky.view.setFocus()
    qtbot.keyClick(lucky.view, Qt.Key.Key_Return)
    assert lucky.model.rowCount() == 1
    editor = lucky.view.indexWidget(lucky.model.index(0, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "   ")
    # The person clicks into another list: the blank new item is not kept.
    wrong = lessons.sections[LessonKind.WENT_WRONG]
    qtbot.mouseClick(
        wrong.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=wrong.view.visualRect(wrong.model.index(0, 0)).center(),
    )
    qtbot.waitUntil(lambda: lucky.model.rowCount() == 0)
    assert document.undo_stack.count() == steps
    assert document.save()
    assert all(text.strip() for _kind, text in stored_lessons(db, document.postmortem.id))
    assert LessonKind.LUCKY not in {k for k, _ in stored_lessons(db, document.postmortem.id)}


def test_emptying_a_lesson_deletes_it(
    lessons: LessonsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    wrong = lessons.sections[LessonKind.WENT_WRONG]
    first, second = lessons_of(document, LessonKind.WENT_WRONG)
    wrong.view.setFocus()
    wrong.view.setCurrentIndex(wrong.model.index(0, 0))
    qtbot.keyClick(wrong.view, Qt.Key.Key_Return)  # not the last item: edits it
    editor = wrong.view.indexWidget(wrong.model.index(0, 0))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lessons_of(document, LessonKind.WENT_WRONG) == [second])
    assert wrong.model.rowCount() == 1
    assert document.save()
    assert [
        t for k, t in stored_lessons(db, document.postmortem.id) if k is LessonKind.WENT_WRONG
    ] == [second]
    document.undo_stack.undo()
    assert lessons_of(document, LessonKind.WENT_WRONG) == [first, second]


def test_focus_location_finds_lessons_and_factors(
    lessons: LessonsStep, document: PostmortemDocument
) -> None:
    lesson = document.postmortem.lessons[4]
    assert lessons.focus_location(Location.parse(f"lesson:{lesson.id}"))
    section = lessons.sections[lesson.kind]
    assert section.model.item(section.view.currentIndex().row()) is lesson
    factor = document.postmortem.contributing_factors[2]
    assert lessons.focus_location(Location.parse(f"factor:{factor.id}"))
    assert lessons.factor_section.view.currentIndex().row() == 2
    assert not lessons.focus_location(Location.parse("action:1"))


def test_enter_edits_the_current_cell(actions: ActionItemsStep, qtbot: QtBot) -> None:
    index = actions.model.index(1, COLUMN.OWNER)
    actions.table.setFocus()
    actions.table.setCurrentIndex(index)
    qtbot.keyClick(actions.table, Qt.Key.Key_Return)
    editor = actions.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "SRE team"


def test_tab_after_choosing_a_type_moves_to_the_next_cell(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    with qtbot.waitActive(actions):
        actions.activateWindow()
    actions.table.setFocus()
    actions.table.setCurrentIndex(actions.model.index(1, COLUMN.TYPE))
    qtbot.keyClick(actions.table, Qt.Key.Key_Return)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    chosen = combo.currentIndex() + 1
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next type
    qtbot.keyClick(combo, Qt.Key.Key_Tab)

    assert actions.table.currentIndex() == actions.model.index(1, COLUMN.OWNER)
    owner = QApplication.focusWidget()
    assert isinstance(owner, QLineEdit)
    assert owner is actions.table.indexWidget(actions.model.index(1, COLUMN.OWNER))
    owner.selectAll()
    qtbot.keyClicks(owner, "Platform team")
    qtbot.keyClick(owner, Qt.Key.Key_Return)

    item = document.postmortem.action_items[1]
    assert item.type is list(ActionType)[chosen]
    qtbot.waitUntil(lambda: item.owner == "Platform team")
    assert item.description == ""
    qtbot.waitUntil(
        lambda: (
            stored_actions(db, document.postmortem.id)[1][1:3]
            == (list(ActionType)[chosen], "Platform team")
        ),
        timeout=3000,
    )


def test_ctrl_delete_clears_the_due_date(actions: ActionItemsStep, qtbot: QtBot) -> None:
    editor = open_editor(actions, 0, COLUMN.DUE)
    assert isinstance(editor, DayEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == ""
    assert editor.placeholderText() == "No due date"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.model.item(0).due_on is None)
    assert actions.model.headerData(0, Qt.Orientation.Vertical) == "1 !"


# -- typed due dates: exactly what was typed, pasted or picked, or refused --------------------


def stored_due(db: Database, document: PostmortemDocument) -> date | None:
    """The first action item's due date as saved (a fresh session)."""
    assert document.save()
    with db.sessions() as session:
        pm = session.get(Postmortem, document.postmortem.id)
        assert pm is not None
        return pm.action_items[0].due_on


def test_typing_a_due_date_into_the_cell_stores_exactly_it(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    index = actions.model.index(0, COLUMN.DUE)
    assert index.data() == "2026-11-04"
    actions.table.setFocus()
    actions.table.setCurrentIndex(index)
    # Starting to type opens the editor, and the first key replaces the old date.
    qtbot.keyClick(actions.table, Qt.Key.Key_2)
    editor = actions.table.indexWidget(index)
    assert isinstance(editor, DayEdit)
    assert editor.text() == "2"
    qtbot.keyClicks(editor, "026-12-18")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: actions.table.indexWidget(index) is None)
    assert document.postmortem.action_items[0].due_on == date(2026, 12, 18)
    assert index.data() == "2026-12-18"
    assert stored_due(db, document) == date(2026, 12, 18)


def test_typing_over_a_due_date_replaces_it(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    editor = open_editor(actions, 0, COLUMN.DUE)
    assert editor.text() == "2026-11-04"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "2026-1-9")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab moves on, as in every cell
    assert document.postmortem.action_items[0].due_on == date(2026, 1, 9)
    assert stored_due(db, document) == date(2026, 1, 9)


def test_pasting_a_due_date_stores_it(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    QApplication.clipboard().setText("2026-12-18")
    editor = open_editor(actions, 0, COLUMN.DUE)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.postmortem.action_items[0].due_on == date(2026, 12, 18))
    assert stored_due(db, document) == date(2026, 12, 18)


def test_picking_a_due_date_in_the_calendar_stores_it(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    editor = open_editor(actions, 0, COLUMN.DUE)
    assert isinstance(editor, DayEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.calendar_popup()
    assert calendar is not None
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 11, 4)
    # Opening the calendar does not end editing the cell.
    assert actions.table.indexWidget(actions.model.index(0, COLUMN.DUE)) is editor
    days = calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Down)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    # The picked day is the answer: stored, and the cell is done.
    qtbot.waitUntil(lambda: actions.table.indexWidget(actions.model.index(0, COLUMN.DUE)) is None)
    assert document.postmortem.action_items[0].due_on == date(2026, 11, 11)
    assert stored_due(db, document) == date(2026, 11, 11)


def test_the_calendar_opens_two_weeks_ahead_without_a_due_date(
    actions: ActionItemsStep, qtbot: QtBot
) -> None:
    editor = open_editor(actions, 0, COLUMN.DUE)
    qtbot.keyClick(editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_F4)
    calendar = editor.calendar_popup()
    assert calendar is not None
    assert calendar.selectedDate() == QDate.currentDate().addDays(14)


def test_an_unreadable_due_date_is_refused_and_the_stored_one_kept(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    index = actions.model.index(0, COLUMN.DUE)
    editor = open_editor(actions, 0, COLUMN.DUE)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "2026-02-30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Enter does not take it: the editor stays open, framed in red, and says why.
    assert actions.table.indexWidget(index) is editor
    assert editor.text() == "2026-02-30"
    problem = editor.problem()
    assert problem == "“2026-02-30” is not a date: type it like 2026-12-18 (year-month-day)."
    assert editor.toolTip() == problem
    assert "#c62828" in editor.styleSheet()
    assert actions.problem_label.isVisibleTo(actions)
    assert actions.problem_label.text() == f"{problem} The due date is unchanged."
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: actions.table.indexWidget(index) is None)
    assert document.postmortem.action_items[0].due_on == date(2026, 11, 4)
    assert document.undo_stack.count() == 0
    assert stored_due(db, document) == date(2026, 11, 4)


def test_leaving_an_unreadable_due_date_keeps_the_stored_one_and_says_so(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    index = actions.model.index(0, COLUMN.DUE)
    editor = open_editor(actions, 0, COLUMN.DUE)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "next Friday")
    # The person clicks into the description below the table.
    qtbot.mouseClick(actions.description_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.table.indexWidget(index) is None)
    assert "“next Friday” is not a date" in actions.problem_label.text()
    assert actions.problem_label.isVisibleTo(actions)
    assert document.postmortem.action_items[0].due_on == date(2026, 11, 4)
    assert stored_due(db, document) == date(2026, 11, 4)


def test_description_of_the_selected_action(
    actions: ActionItemsStep, qtbot: QtBot, db: Database, document: PostmortemDocument
) -> None:
    assert not actions.description_edit.isEnabled()
    actions.table.setCurrentIndex(actions.model.index(2, COLUMN.TITLE))
    assert actions.description_edit.isEnabled()
    assert "action 3" in actions.description_label.text()
    qtbot.keyClicks(actions.description_edit, "Alert after 3 failures in 15 minutes.")
    item = document.postmortem.action_items[2]
    assert item.description == "Alert after 3 failures in 15 minutes."
    actions.table.setCurrentIndex(actions.model.index(0, COLUMN.TITLE))
    assert actions.description_edit.toPlainText() == ""

    def saved() -> None:
        with db.sessions() as session:
            stored = session.get(ActionItem, item.id)
            assert stored is not None
            assert stored.description == "Alert after 3 failures in 15 minutes."

    qtbot.waitUntil(saved, timeout=3000)


def test_show_in_five_whys_asks_to_jump(
    actions: ActionItemsStep, qtbot: QtBot, document: PostmortemDocument
) -> None:
    archiver = root_cause(document, "Archiver failures")
    for item in document.postmortem.action_items:
        if any(node is archiver for node in item.root_causes):
            actions.model.setData(
                actions.model.index(actions.model.row_of(item), COLUMN.ROOT_CAUSES),
                [n for n in item.root_causes if n is not archiver],
            )
    assert len(actions.banner.show_buttons) == 1
    with qtbot.waitSignal(actions.jump_requested, timeout=0) as jump:
        qtbot.mouseClick(actions.banner.show_buttons[0], Qt.MouseButton.LeftButton)
    assert jump.args == [Location.parse(f"why:{archiver.id}")]
