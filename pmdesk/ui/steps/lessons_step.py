"""Lessons: what went well, what went wrong, where we got lucky; contributing factors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.edits import Edit, InsertItem, MoveItem, RemoveItem, SetValue
from pmdesk.models import ContributingFactor, Lesson, LessonKind
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.participant_table_model import AnyIndex, CollectionTableModel, ItemRole
from pmdesk.ui.lint_paint import LintedTextDelegate
from pmdesk.ui.richtext import plain_tooltip
from pmdesk.ui.steps import StepPage

__all__ = ["LessonListView", "LessonsStep", "TextListModel"]


class TextListModel(CollectionTableModel):
    """One column of texts: the lessons of one kind, or the contributing factors.

    Args:
        items: gives the objects to show, in order.
        edit_label: the undo step's name for a text change.
    """

    def __init__(
        self,
        document: PostmortemDocument,
        items: Callable[[], Sequence[Any]],
        edit_label: str,
        parent: QObject | None = None,
    ) -> None:
        self._items = items
        self.edit_label = edit_label
        super().__init__(document, parent)

    def items(self) -> Sequence[Any]:
        return self._items()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item = self._rows[index.row()]
        text = str(value or "").strip()
        if item.text == text:
            return False
        self.document.push(SetValue(item, "text", text, self.edit_label))
        return True


def _lesson_text(index: AnyIndex) -> tuple[str, str, str] | None:
    item = index.data(ItemRole)
    if isinstance(item, Lesson) and item.text:
        return f"lesson:{item.id}", item.text, "lesson"
    if isinstance(item, ContributingFactor) and item.text:
        return f"factor:{item.id}", item.text, "prose"
    return None


class _RoomyDelegate(LintedTextDelegate):
    """Gives each item some air: lessons are sentences, read aloud in a meeting."""

    def __init__(self, view: QAbstractItemView, document: PostmortemDocument) -> None:
        super().__init__(view, document, _lesson_text)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 10)


class LessonListView(QListView):
    """A list where Enter on the last item adds a new one.

    Signals:
        add_requested: the user pressed Enter on the last item (or an empty list).
    """

    add_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
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
        add: Callable[[int], Any],
        delete: Callable[[Any], None],
        move: Callable[[Any, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._add = add
        self._delete = delete
        self._move = move
        self.view = LessonListView(self)
        self.view.setItemDelegate(_RoomyDelegate(self.view, model.document))
        self.view.setModel(model)
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
        self.view.add_requested.connect(self.add_after_current)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setBuddy(self.view)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        self.add_button = self._tool_button(
            self.tr("Add"), self.tr("Add an item (Insert, or Enter on the last item)")
        )
        self.add_button.clicked.connect(self.add_after_current)
        self.delete_button = self._tool_button(
            self.tr("Delete"), self.tr("Delete the selected item (Delete)")
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = self._tool_button(self.tr("Up"), self.tr("Move up (Ctrl+Shift+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = self._tool_button(
            self.tr("Down"), self.tr("Move down (Ctrl+Shift+Down)")
        )
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for key, slot in (
            ("Insert", self.add_after_current),
            ("Delete", self.delete_current),
            ("Ctrl+Shift+Up", lambda: self.move_current(-1)),
            ("Ctrl+Shift+Down", lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=slot: s())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

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
        """Add an empty item after the selected one and start editing it.

        An empty last item is edited instead of adding another blank one.
        """
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount() - 1
        if row >= 0 and not (self.model.item(row).text or "").strip():
            self.edit_row(row)
            return
        item = self._add(row + 1)
        self.edit_row(self.model.row_of(item))

    def delete_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.view.currentIndex().row()
        self._delete(item)
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
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter in the editor of the last, non-empty item starts the next one.
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            return
        current = self.view.currentIndex()
        if (
            current.isValid()
            and current.row() == self.model.rowCount() - 1
            and (self.model.item(current.row()).text or "").strip()
        ):
            self.add_after_current()


class LessonsStep(StepPage):
    """Three lists of lessons, and the contributing factors."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        pm = document.postmortem
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
                document,
                self._lessons_getter(kind),
                self.tr("Edit lesson"),
                self,
            )
            self.models[kind] = model
            self.sections[kind] = _Section(
                title,
                hint,
                model,
                self._lesson_adder(kind),
                self.delete_lesson,
                self.move_lesson,
                self,
            )
        self.factor_model = TextListModel(
            document, lambda: pm.contributing_factors, self.tr("Edit contributing factor"), self
        )
        self.factor_section = _Section(
            self.tr("&Contributing factors"),
            self.tr("Conditions that made the incident more likely or worse."),
            self.factor_model,
            self.add_factor,
            self.delete_factor,
            self.move_factor,
            self,
        )
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

    def _lessons_getter(self, kind: LessonKind) -> Callable[[], list[Lesson]]:
        return lambda: self._lessons_of(kind)

    def _lesson_adder(self, kind: LessonKind) -> Callable[[int], Lesson]:
        return lambda row: self.add_lesson(kind, row)

    # -- lessons ---------------------------------------------------------------------------
    def _lessons_of(self, kind: LessonKind) -> list[Lesson]:
        return [lesson for lesson in self.document.postmortem.lessons if lesson.kind == kind]

    def add_lesson(self, kind: LessonKind, row: int) -> Lesson:
        """Insert an empty lesson of `kind` at `row` of its list."""
        lessons = self.document.postmortem.lessons
        same_kind = self._lessons_of(kind)
        if row < len(same_kind):
            index = lessons.index(same_kind[row])
        elif same_kind:
            index = lessons.index(same_kind[-1]) + 1
        else:
            # Keep the kinds in the order they are read: well, wrong, lucky.
            order = list(LessonKind)
            index = sum(1 for lesson in lessons if order.index(lesson.kind) < order.index(kind))
        lesson = Lesson(kind=kind, text="", position=0, is_internal_only=False)
        self._push(
            InsertItem(self.document.postmortem, "lessons", lesson, index, self.tr("Add lesson"))
        )
        return lesson

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
    def add_factor(self, row: int) -> ContributingFactor:
        factor = ContributingFactor(text="", position=0, is_internal_only=False)
        self._push(
            InsertItem(
                self.document.postmortem,
                "contributing_factors",
                factor,
                row,
                self.tr("Add contributing factor"),
            )
        )
        return factor

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
    def focus_location(self, location: str) -> bool:
        """Handles "lesson:<id>" and "factor:<id>"."""
        kind, _, key = location.partition(":")
        sections: list[_Section]
        if kind == "lesson":
            sections = list(self.sections.values())
        elif kind == "factor":
            sections = [self.factor_section]
        else:
            return False
        for section in sections:
            for row in range(section.model.rowCount()):
                if str(section.model.item(row).id) == key:
                    index = section.model.index(row, 0)
                    section.view.setFocus()
                    section.view.setCurrentIndex(index)
                    section.view.scrollTo(index)
                    return True
        return False
