"""Small editors bound to one attribute of a domain object.

Each editor shows `target.attribute`, turns the user's changes into `SetValue` edits
pushed on the document (typing merges into one undo step), and refreshes itself from
`document.edited` without echoing the change back (QSignalBlocker, compare first).

A target is either an object or a callable returning one (or None, when the object
does not exist yet, such as a trigger assessment before the first answer). A
`make_edit` hook lets a page wrap the change in a bigger edit (the trigger page also
stores the new verdict in the same step).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.edits import Edit, SetValue
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.widgets.date_edits import MomentEdit
from pmdesk.ui.widgets.text_limits import LimitedPlainTextEdit, limit_line_edit

__all__ = [
    "BoundComboBox",
    "BoundDateTimeEdit",
    "BoundDoubleSpinBox",
    "BoundLineEdit",
    "BoundListEdit",
    "BoundPlainTextEdit",
    "BoundSpinBox",
    "FieldBinding",
    "join_list",
    "split_list",
]

Target = object | Callable[[], object | None]
EditFactory = Callable[[object, str, Any], Edit]


def split_list(text: str) -> list[str]:
    """'db, checkout ,, api' -> ['db', 'checkout', 'api'] (order kept, duplicates dropped)."""
    seen: list[str] = []
    for part in text.split(","):
        value = part.strip()
        if value and value not in seen:
            seen.append(value)
    return seen


def join_list(values: Sequence[str]) -> str:
    return ", ".join(values)


class FieldBinding:
    """Reads one attribute and pushes changes to it as edits.

    Args:
        document: the open post-mortem.
        target: the object, or a callable giving it (None while it does not exist).
        attribute: the attribute's name.
        label: the undo step's name ("Edit summary").
        make_edit: builds the edit for a new value; the default is a mergeable SetValue.
        mergeable: whether consecutive changes merge into one undo step.
    """

    def __init__(
        self,
        document: PostmortemDocument,
        target: Target,
        attribute: str,
        label: str,
        *,
        make_edit: EditFactory | None = None,
        mergeable: bool = True,
    ) -> None:
        self.document = document
        self._target = target
        self.attribute = attribute
        self.label = label
        self._make_edit = make_edit
        self.mergeable = mergeable

    @property
    def target(self) -> object | None:
        if callable(self._target):
            return self._target()
        return self._target

    def value(self) -> Any:
        target = self.target
        return None if target is None else getattr(target, self.attribute)

    def set_value(self, value: Any) -> None:
        """Push an edit that sets the attribute to `value`, unless it already has it."""
        target = self.target
        if target is not None and getattr(target, self.attribute) == value:
            return
        if self._make_edit is not None:
            edit = self._make_edit(target, self.attribute, value)
        else:
            if target is None:
                return
            edit = SetValue(target, self.attribute, value, self.label, mergeable=self.mergeable)
        self.document.push(edit)

    def concerns(self, touched: tuple[object, ...]) -> bool:
        """Whether an edit of `touched` may have changed what this field shows."""
        if callable(self._target):
            return True  # the object itself may have been created or removed
        return any(obj is self._target for obj in touched)


class _FollowsBinding:
    """Refreshes a bound editor when an edit touches its field, or a failed save rolled
    the session back. The slots are bound methods of the widget, so Qt disconnects
    them when it is deleted."""

    binding: FieldBinding

    def refresh(self) -> None:
        raise NotImplementedError

    def _follow(self, binding: FieldBinding) -> None:
        binding.document.edited.connect(self._edited)

    def _edited(self, touched: tuple[object, ...]) -> None:
        if self.binding.concerns(touched):
            self.refresh()


class BoundLineEdit(_FollowsBinding, QLineEdit):
    """A one-line text bound to a `str` attribute, of at most `max_chars` characters
    (longer input is refused with a note, see `text_limits`)."""

    def __init__(
        self, binding: FieldBinding, parent: QWidget | None = None, *, max_chars: int
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        limit_line_edit(self, max_chars)
        self.refresh()
        self.textEdited.connect(self.binding.set_value)
        self._follow(binding)

    def refresh(self) -> None:
        value = self.binding.value() or ""
        if self.text() == value:
            return
        cursor = self.cursorPosition()
        with QSignalBlocker(self):
            self.setText(value)
            self.setCursorPosition(min(cursor, len(value)))


class BoundListEdit(_FollowsBinding, QLineEdit):
    """A comma-separated line bound to a `list[str]` attribute (tags, services)."""

    def __init__(self, binding: FieldBinding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = binding
        self.refresh()
        self.textEdited.connect(self._text_edited)
        self._follow(binding)

    def _text_edited(self, text: str) -> None:
        self.binding.set_value(split_list(text))

    def refresh(self) -> None:
        values = list(self.binding.value() or [])
        # "db, " while typing means ["db"]: leave the half-typed text alone.
        if split_list(self.text()) == values:
            return
        text = join_list(values)
        cursor = self.cursorPosition()
        with QSignalBlocker(self):
            self.setText(text)
            self.setCursorPosition(min(cursor, len(text)))


class BoundPlainTextEdit(_FollowsBinding, LimitedPlainTextEdit):
    """Multi-line (Markdown) text bound to a `str` attribute, of at most
    `TEXT_MAX_CHARS` characters (longer input is refused with a note).

    Its own undo is off: Ctrl+Z goes to the post-mortem's undo stack.
    """

    def __init__(self, binding: FieldBinding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = binding
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.refresh()
        self.textChanged.connect(self._text_changed)
        self._follow(binding)

    def _text_changed(self) -> None:
        self.binding.set_value(self.toPlainText())

    def refresh(self) -> None:
        value = self.binding.value() or ""
        if self.toPlainText() == value:
            return
        position = self.textCursor().position()
        with QSignalBlocker(self):
            self.setPlainText(value)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(value)))
            self.setTextCursor(cursor)


class BoundSpinBox(_FollowsBinding, QSpinBox):
    """A whole number bound to an `int | None` attribute; the lowest value means "not set".

    Args:
        unset_text: shown instead of the lowest value (e.g. "Not answered").
    """

    def __init__(
        self,
        binding: FieldBinding,
        minimum: int,
        maximum: int,
        unset_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        # One below the real minimum stands for None.
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText(unset_text)
        self.refresh()
        self.valueChanged.connect(self._value_changed)
        self._follow(binding)

    def stored_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def _value_changed(self, _value: int) -> None:
        self.binding.set_value(self.stored_value())

    def refresh(self) -> None:
        value = self.binding.value()
        shown = self.minimum() if value is None else int(value)
        if self.value() != shown:
            with QSignalBlocker(self):
                self.setValue(shown)


class BoundDoubleSpinBox(_FollowsBinding, QDoubleSpinBox):
    """A number bound to a `float | None` attribute; the lowest value means "not set"."""

    def __init__(
        self,
        binding: FieldBinding,
        minimum: float,
        maximum: float,
        unset_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        self.setDecimals(1)
        self.setRange(minimum - 1.0, maximum)
        self.setSpecialValueText(unset_text)
        self.refresh()
        self.valueChanged.connect(self._value_changed)
        self._follow(binding)

    def stored_value(self) -> float | None:
        return None if self.value() <= self.minimum() else self.value()

    def _value_changed(self, _value: float) -> None:
        self.binding.set_value(self.stored_value())

    def refresh(self) -> None:
        value = self.binding.value()
        shown = self.minimum() if value is None else float(value)
        if abs(self.value() - shown) > 1e-9:
            with QSignalBlocker(self):
                self.setValue(shown)


class BoundComboBox(_FollowsBinding, QComboBox):
    """A choice bound to an attribute; `choices` pairs each label with its stored value."""

    def __init__(
        self,
        binding: FieldBinding,
        choices: Sequence[tuple[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        self.values: list[Any] = []
        for label, value in choices:
            self.addItem(label)
            self.values.append(value)
        self.refresh()
        self.currentIndexChanged.connect(self._index_changed)
        self._follow(binding)

    def current_value(self) -> Any:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def select_value(self, value: Any) -> None:
        """Choose the entry for `value`, as the user would (pushes an edit)."""
        self.setCurrentIndex(self.values.index(value))

    def _index_changed(self, _index: int) -> None:
        self.binding.set_value(self.current_value())

    def refresh(self) -> None:
        value = self.binding.value()
        index = self.values.index(value) if value in self.values else -1
        if index != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(index)


# "Nothing shown yet" (None is a real value: not set).
_NOTHING = object()


class BoundDateTimeEdit(_FollowsBinding, QWidget):
    """A moment in UTC bound to a `datetime | None` attribute, with a Clear button.

    The stored value is aware UTC; the editor shows and reads UTC wall-clock time
    ("2026-11-30 13:58"). A readable value is stored as soon as it is typed (one undo
    step for the whole typing); empty text stores None. Unreadable text is never
    stored: when the user leaves it, the line below says so and what is still stored,
    and Esc shows the stored value again.
    """

    def __init__(
        self,
        binding: FieldBinding,
        start: Callable[[], datetime],
        unset_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.binding = binding
        self.unset_text = unset_text
        self.editor = MomentEdit(
            "UTC", lambda: self.binding.value() or start(), self, allow_empty=True
        )
        self.editor.setPlaceholderText(unset_text)
        self.editor.installEventFilter(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("date_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.hide()
        # The editor keeps a readable size; the complaint below may use the full width.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.editor)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        self.setFocusProxy(self.editor)
        self._shown: object = _NOTHING
        self.refresh()
        self.editor.entered.connect(self._entered)
        self.editor.refused.connect(self._refused)
        self.editor.textChanged.connect(self._text_changed)
        self._follow(binding)

    def set_moment(self, value: datetime | None) -> None:
        """Show `value` as if the user had entered it (pushes an edit)."""
        self.editor.set_value(value)
        self._entered(value)

    def clear(self) -> None:
        self.set_moment(None)

    def _entered(self, value: datetime | None) -> None:
        # What is shown is stored: refresh must not rewrite the text being typed.
        self._shown = value
        self.clear_button.setEnabled(value is not None)
        self.binding.set_value(value)

    def _refused(self, message: str) -> None:
        value: datetime | None = self.binding.value()
        stored = self.unset_text if value is None else self.editor.format(value)
        self.problem_label.setText(
            self.tr("{problem} Still stored: {value} (Esc shows it again).").format(
                problem=message, value=stored
            )
        )
        self.problem_label.show()

    def _text_changed(self, _text: str) -> None:
        if self.editor.problem() is None:
            self.problem_label.hide()

    def refresh(self) -> None:
        value: datetime | None = self.binding.value()
        # Comparing with the last value shown is cheap; this runs after every edit.
        if self._shown is not _NOTHING and self._shown == value:
            return
        self._show(value)

    def _show(self, value: datetime | None) -> None:
        self._shown = value
        self.clear_button.setEnabled(value is not None)
        self.problem_label.hide()
        if self.editor.text() != self._text_of(value):
            self.editor.set_value(value)

    def _text_of(self, value: datetime | None) -> str:
        return "" if value is None else self.editor.format(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc gives up what was typed and shows the stored value again. (Qt may still deliver
        # events to a field whose Python side the garbage collector has cleared: no editor.)
        if (
            watched is self.__dict__.get("editor")
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.editor.text() != self._text_of(self.binding.value())
        ):
            self._show(self.binding.value())
            return True
        return super().eventFilter(watched, event)
