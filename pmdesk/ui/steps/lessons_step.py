"""Lessons: what went well, what went wrong, where we got lucky; contributing factors."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.edits import Edit, InsertItem, MoveItem, RemoveItem
from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import ContributingFactor, Lesson, LessonKind
from pmdesk.ui.delegates.lesson_delegate import RoomyDelegate
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.text_list_model import TextListModel
from pmdesk.ui.steps import StepPage
from pmdesk.ui.widgets.flow_layout import flow_row

__all__ = ["LessonListView", "LessonsStep", "new_factor", "new_lesson"]


def new_lesson(kind: LessonKind) -> Lesson:
    """A blank lesson of `kind`, not stored yet."""
    return Lesson(kind=kind, text="", position=0, is_internal_only=False)


def new_factor() -> ContributingFactor:
    """A blank contributing factor, not stored yet."""
    return ContributingFactor(text="", position=0, is_internal_only=False)


class LessonListView(QListView):
    """A list where Enter on the last item adds a new one, and typing into an empty
    list starts the first.

    Signals:
        add_requested: the user pressed Enter on the last item (or an empty list).
        typing_started(QKeyEvent): the user typed with no item to type into; the
            key belongs in a new item.
    """

    add_requested = Signal()
    typing_started = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        text = event.text()
        if (
            not self.currentIndex().isValid()
            and text
            and text.isprintable()
            and not text.isspace()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.typing_started.emit(event)
            event.accept()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            current = self.currentIndex()
            model = self.model()
            if not current.isValid() or current.row() == model.rowCount() - 1:
                self.add_requested.emit()
            else:
                self.edit(current)
            event.accept()
            return
        super().keyPressEvent(event)


class _Section(QWidget):
    """A heading, a list and its buttons, for one kind of lesson or the factors."""

    def __init__(
        self,
        title: str,
        hint: str,
        model: TextListModel,
        move: Callable[[Any, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._move = move
        self._build_view(title)
        self._add_shortcuts()
        self._lay_out(title, hint)
        self._connect_signals()

    def _build_view(self, title: str) -> None:
        self.view = LessonListView(self)
        self.delegate = RoomyDelegate(self.view, self.model.document)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        plain_title = title.replace("&", "")
        self.view.setObjectName("list_" + plain_title.lower().replace(" ", "_"))
        self.view.setAccessibleName(plain_title)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def _connect_signals(self) -> None:
        self.view.add_requested.connect(self.add_after_current)
        self.view.typing_started.connect(self._typing_started)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.add_button.clicked.connect(self.add_after_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

    def _build_buttons(self) -> QWidget:
        self.add_button = self._tool_button(
            self.tr("Add"), self.tr("Add an item (Insert, or Enter on the last item)")
        )
        self.delete_button = self._tool_button(
            self.tr("Delete"), self.tr("Delete the selected item (Delete)")
        )
        self.up_button = self._tool_button(self.tr("Up"), self.tr("Move up (Ctrl+Shift+Up)"))
        self.down_button = self._tool_button(
            self.tr("Down"), self.tr("Move down (Ctrl+Shift+Down)")
        )
        return flow_row(
            self, (self.add_button, self.delete_button, self.up_button, self.down_button)
        )

    def _add_shortcuts(self) -> None:
        for key, slot in (
            ("Insert", self.add_after_current),
            ("Delete", self.delete_current),
            ("Ctrl+Shift+Up", lambda: self.move_current(-1)),
            ("Ctrl+Shift+Down", lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=slot: s())

    def _lay_out(self, title: str, hint: str) -> None:
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setBuddy(self.view)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._build_buttons())

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(f"{text} — {self.view.accessibleName()}")
        button.setAutoRaise(True)
        return button

    def current_item(self) -> Any:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def add_after_current(self) -> None:
        """Start typing a new item after the selected one (at the end without one).

        The item is stored once it has text. An empty item already there is edited
        instead of adding another.
        """
        row = self.model.new_row()
        if row < 0:
            # End any other edit first: an item emptied there goes away.
            self.view.setFocus()
            current = self.view.currentIndex()
            row = current.row() if current.isValid() else self.model.rowCount() - 1
            if row < 0 or (self.model.item(row).text or "").strip():
                row = self.model.start_new(row + 1).row()
        self.edit_row(row)

    def _typing_started(self, event: QKeyEvent) -> None:
        # The key starts a new item at the end and is its first character.
        index = self.model.start_new(self.model.rowCount())
        self.view.setCurrentIndex(index)
        self.view.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)

    def delete_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.view.currentIndex().row()
        self.model.remove(item)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def move_current(self, delta: int) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        target = current.row() + delta
        if not 0 <= target < self.model.rowCount():
            return
        self._move(self.model.item(current.row()), target)
        self.view.setCurrentIndex(self.model.index(target, 0))

    def edit_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        editor = self.view.indexWidget(index)
        if editor is not None:  # already being edited: keep typing there
            editor.setFocus()
            return
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        committed, self.delegate.committed = self.delegate.committed, None
        # A new item left without text (Esc, or nothing typed) is not kept.
        self.model.discard_new()
        # Enter in the editor of the last item, with text, starts the next one.
        if (
            hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
            and committed is not None
            and self.model.row_of(committed) == self.model.rowCount() - 1
            and (committed.text or "").strip()
        ):
            self.add_after_current()


class LessonsStep(StepPage):
    """Three lists of lessons, and the contributing factors."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._build_sections()
        self._lay_out()
        self._set_tab_order()

    def _build_sections(self) -> None:
        """A list for each kind of lesson, and one for the contributing factors."""
        pm = self.document.postmortem
        titles = {
            LessonKind.WENT_WELL: (
                self.tr("What went &well"),
                self.tr("What helped: keep doing it."),
            ),
            LessonKind.WENT_WRONG: (
                self.tr("What went w&rong"),
                self.tr("What made it worse or slower."),
            ),
            LessonKind.LUCKY: (
                self.tr("Where we got &lucky"),
                self.tr("What saved us by chance: tomorrow it may not."),
            ),
        }
        self.models: dict[LessonKind, TextListModel] = {}
        self.sections: dict[LessonKind, _Section] = {}
        for kind, (title, hint) in titles.items():
            model = TextListModel(
                self.document,
                partial(self._lessons_of, kind),
                partial(new_lesson, kind),
                self.insert_lesson,
                self.delete_lesson,
                self.tr("Edit lesson"),
                self,
            )
            self.models[kind] = model
            self.sections[kind] = _Section(title, hint, model, self.move_lesson, self)
        self.factor_model = TextListModel(
            self.document,
            lambda: pm.contributing_factors,
            new_factor,
            self.insert_factor,
            self.delete_factor,
            self.tr("Edit contributing factor"),
            self,
        )
        self.factor_section = _Section(
            self.tr("&Contributing factors"),
            self.tr("Conditions that made the incident more likely or worse."),
            self.factor_model,
            self.move_factor,
            self,
        )

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Double-click or start typing to edit. Enter on the last item adds the next; "
                "Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        grid.addWidget(self.sections[LessonKind.WENT_WELL], 0, 0)
        grid.addWidget(self.sections[LessonKind.WENT_WRONG], 0, 1)
        grid.addWidget(self.sections[LessonKind.LUCKY], 1, 0)
        grid.addWidget(self.factor_section, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)

    def _set_tab_order(self) -> None:
        order = [
            self.sections[LessonKind.WENT_WELL],
            self.sections[LessonKind.WENT_WRONG],
            self.sections[LessonKind.LUCKY],
            self.factor_section,
        ]
        previous: QWidget | None = None
        for section in order:
            for widget in (
                section.view,
                section.add_button,
                section.delete_button,
                section.up_button,
                section.down_button,
            ):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    # -- lessons ---------------------------------------------------------------------------
    def _lessons_of(self, kind: LessonKind) -> list[Lesson]:
        return [lesson for lesson in self.document.postmortem.lessons if lesson.kind == kind]

    def insert_lesson(self, lesson: Lesson, row: int) -> None:
        """Store `lesson` at `row` of the list of its kind."""
        kind = lesson.kind
        lessons = self.document.postmortem.lessons
        same_kind = self._lessons_of(kind)
        if row < len(same_kind):
            index = lessons.index(same_kind[row])
        elif same_kind:
            index = lessons.index(same_kind[-1]) + 1
        else:
            # Keep the kinds in the order they are read: well, wrong, lucky.
            order = list(LessonKind)
            index = sum(1 for other in lessons if order.index(other.kind) < order.index(kind))
        self._push(
            InsertItem(self.document.postmortem, "lessons", lesson, index, self.tr("Add lesson"))
        )

    def delete_lesson(self, lesson: Lesson) -> None:
        self._push(
            RemoveItem(self.document.postmortem, "lessons", lesson, self.tr("Delete lesson"))
        )

    def move_lesson(self, lesson: Lesson, row: int) -> None:
        neighbour = self._lessons_of(lesson.kind)[row]
        index = self.document.postmortem.lessons.index(neighbour)
        self._push(
            MoveItem(self.document.postmortem, "lessons", lesson, index, self.tr("Move lesson"))
        )

    # -- contributing factors -----------------------------------------------------------------
    def insert_factor(self, factor: ContributingFactor, row: int) -> None:
        """Store `factor` at `row` of the contributing factors."""
        self._push(
            InsertItem(
                self.document.postmortem,
                "contributing_factors",
                factor,
                row,
                self.tr("Add contributing factor"),
            )
        )

    def delete_factor(self, factor: ContributingFactor) -> None:
        self._push(
            RemoveItem(
                self.document.postmortem,
                "contributing_factors",
                factor,
                self.tr("Delete contributing factor"),
            )
        )

    def move_factor(self, factor: ContributingFactor, row: int) -> None:
        self._push(
            MoveItem(
                self.document.postmortem,
                "contributing_factors",
                factor,
                row,
                self.tr("Move contributing factor"),
            )
        )

    def _push(self, edit: Edit) -> None:
        self.document.push(edit)

    # -- the step contract ---------------------------------------------------------------------
    def focus_location(self, location: Location) -> bool:
        """Handles lessons and contributing factors, by id."""
        sections: list[_Section]
        if location.kind is LocationKind.LESSON:
            sections = list(self.sections.values())
        elif location.kind is LocationKind.FACTOR:
            sections = [self.factor_section]
        else:
            return False
        for section in sections:
            for row in range(section.model.rowCount()):
                if location.ident is not None and section.model.item(row).id == location.ident:
                    index = section.model.index(row, 0)
                    section.view.setFocus()
                    section.view.setCurrentIndex(index)
                    section.view.scrollTo(index)
                    return True
        return False
