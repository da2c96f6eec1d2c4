"""Item models over a post-mortem's lists, and the participants table.

`CollectionTableModel` is the thin adapter the list-shaped steps share: it shows one
collection of the open post-mortem, sends every change through `document.push`, and
follows `document.edited` with the right structural signals (insert, remove, move,
or a reset for anything bigger), so selections and editors survive ordinary edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)

from pmdesk.domain.edits import SetValue
from pmdesk.models import Participant
from pmdesk.ui.itemmodels.roles import AnyIndex, Role

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["CollectionTableModel", "ParticipantTableModel", "new_participant"]


class CollectionTableModel(QAbstractTableModel):
    """Rows are the objects of one list of the post-mortem (never copies of them).

    Subclasses give `items()`, `columnCount`, `data`, and `setData` (which pushes an
    edit). The model keeps the list of objects it last announced, so that on
    `document.edited` it can tell views exactly what changed.
    """

    def __init__(self, document: PostmortemDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[Any] = list(self.items())
        document.edited.connect(self._edited)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Every cell of these lists is editable in place.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # -- what subclasses provide -------------------------------------------------
    def items(self) -> Sequence[Any]:
        """The objects to show, in order, as they are now."""
        raise NotImplementedError

    def columns_depending_on(self, touched: tuple[object, ...]) -> list[int]:
        """Columns of every row that show other objects among `touched`."""
        return []

    # -- access -------------------------------------------------------------------
    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item: object) -> int:
        """The row of `item`, or -1."""
        return next((row for row, candidate in enumerate(self._rows) if candidate is item), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    # -- following the document -----------------------------------------------------
    def _edited(self, touched: tuple[object, ...]) -> None:
        # Structural edits always touch the collection's owner (the post-mortem); this
        # runs on every keystroke anywhere, so skip the comparison when it was not touched.
        owner = self.document.postmortem
        if any(obj is owner for obj in touched):
            self.sync()
        last_column = self.columnCount() - 1
        if last_column < 0 or not self._rows:
            return
        touched_ids = {id(obj) for obj in touched}
        changed = False
        for row, item in enumerate(self._rows):
            if id(item) in touched_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
                changed = True
        for column in self.columns_depending_on(touched):
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))
            changed = True
        if changed:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def sync(self) -> None:
        """Bring the announced rows in line with the collection."""
        old = self._rows
        new = list(self.items())
        if len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True)):
            return
        if len(new) == len(old) + 1:
            row = _single_difference(old, new)
            if row is not None:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows = new
                self.endInsertRows()
                return
        if len(new) + 1 == len(old):
            row = _single_difference(new, old)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._rows = new
                self.endRemoveRows()
                return
        if len(old) == len(new) and {id(x) for x in old} == {id(x) for x in new}:
            self.layoutAboutToBeChanged.emit()
            moved_from: list[QModelIndex] = []
            moved_to: list[QModelIndex] = []
            new_rows = {id(item): row for row, item in enumerate(new)}
            for index in self.persistentIndexList():
                if index.isValid():
                    moved_from.append(index)
                    moved_to.append(
                        self.index(new_rows[id(old[index.row()])], index.column(), index.parent())
                    )
            self._rows = new
            self.changePersistentIndexList(moved_from, moved_to)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()


def _single_difference(shorter: list[Any], longer: list[Any]) -> int | None:
    """The row at which `longer` has one extra object, if that is the only difference."""
    for row, item in enumerate(longer):
        if row == len(shorter) or shorter[row] is not item:
            rest_equal = all(a is b for a, b in zip(shorter[row:], longer[row + 1 :], strict=True))
            return row if rest_equal else None
    return None


def new_participant(name: str = "", role: str = "", team: str = "") -> Participant:
    """A participant with every field set (column defaults apply only on insert)."""
    return Participant(name=name, role=role, team=team, handles=[], position=0)


class ParticipantTableModel(CollectionTableModel):
    """The post-mortem's participants: name, role, team and chat handles; edited inline.

    Handles are shown and typed comma-separated ("lena, lena.fischer").
    """

    COLUMNS = ("name", "role", "team", "handles")
    NAME, ROLE, TEAM, HANDLES = range(4)

    def items(self) -> Sequence[Participant]:
        return self.document.postmortem.participants

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("Name"), self.tr("Role"), self.tr("Team"), self.tr("Handles"))
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        participant: Participant = self._rows[index.row()]
        if role == Role.ITEM:
            return participant
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == self.HANDLES:
                return ", ".join(participant.handles or [])
            return getattr(participant, self.COLUMNS[index.column()]) or ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return self.tr("Names stay in this list; the report's text should describe roles.")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.HANDLES:
            return self.tr(
                "Chat handles and author names of this person, separated by commas; "
                "the public version shows the role instead."
            )
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        participant: Participant = self._rows[index.row()]
        attribute = self.COLUMNS[index.column()]
        text = str(value or "").strip()
        new_value: str | list[str] = text
        if index.column() == self.HANDLES:
            handles = (h.strip().lstrip("@") for h in text.split(","))
            new_value = list(dict.fromkeys(h for h in handles if h))
        if getattr(participant, attribute) == new_value:
            return False
        labels = {
            "name": self.tr("Edit participant name"),
            "role": self.tr("Edit participant role"),
            "team": self.tr("Edit participant team"),
            "handles": self.tr("Edit participant handles"),
        }
        self.document.push(SetValue(participant, attribute, new_value, labels[attribute]))
        return True
