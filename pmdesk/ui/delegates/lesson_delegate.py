"""The items of the lessons and contributing-factor lists: roomy, their text linted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSize
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QWidget

from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import ContributingFactor, Lesson
from pmdesk.ui.delegates.linted_text_delegate import LintedTextDelegate
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import AnyIndex, Role

__all__ = ["RoomyDelegate"]


def _lesson_text(index: AnyIndex) -> tuple[Location | None, str, str] | None:
    item = index.data(Role.ITEM)
    if isinstance(item, Lesson):
        kind, section = LocationKind.LESSON, "lesson"
    elif isinstance(item, ContributingFactor):
        kind, section = LocationKind.FACTOR, "prose"
    else:
        return None
    # A new item is stored once it has text: until then it has no location to keep at.
    location = Location.of_part(kind, item.id) if item.id is not None else None
    return location, item.text or "", section


class RoomyDelegate(LintedTextDelegate):
    """Gives each item some air: lessons are sentences, read aloud in a meeting.

    Attributes:
        committed: the object whose editor last committed its text.
    """

    def __init__(self, view: QAbstractItemView, document: PostmortemDocument) -> None:
        super().__init__(view, document, _lesson_text)
        self.committed: Any = None

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        self.committed = index.data(Role.ITEM)
        super().setModelData(editor, model, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 10)
