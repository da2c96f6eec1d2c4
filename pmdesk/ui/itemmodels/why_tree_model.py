"""The why-trees of a post-mortem as a Qt tree model.

A thin adapter over the `WhyNode` objects: each index points at its node, and the
model keeps only the tree's *shape* as last announced to views, so that after any
edit (or its undo) it can tell views exactly which rows were inserted, removed or
moved, in that order, before it shows the new shape.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from pmdesk.domain import whys
from pmdesk.models import TimelineEvent, WhyNode
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.roles import AnyIndex, Role
from pmdesk.ui.mime import TIMELINE_EVENTS_MIME
from pmdesk.ui.richtext import plain_tooltip

log = logging.getLogger(__name__)

__all__ = [
    "WHY_NODES_MIME",
    "WhyTreeModel",
    "person_prompt",
    "short_person_prompt",
]

# Whys dragged within this model: a JSON list of the model's own keys for them.
WHY_NODES_MIME = "application/x-pmdesk-why-nodes"


def person_prompt() -> str:
    """The gentle prompt beside a chain that ends at a person (translated)."""
    # Spelled out (not whys.PERSON_PROMPT) so that lupdate finds it.
    return QCoreApplication.translate(
        "WhyTreeModel",
        "This chain ends with a person. What in the system made that action possible or "
        "likely? Ask one more why.",
    )


def short_person_prompt() -> str:
    """The same prompt, short enough for a line under the why in the tree."""
    return QCoreApplication.translate(
        "WhyTreeModel", "Ask one more why: what in the system made this possible?"
    )


Key = WhyNode | None  # None: the invisible root above the chains


class WhyTreeModel(QAbstractItemModel):
    """The chains as top-level rows, each why's next whys as its children.

    Edits go through `document.push`; the model follows `document.edited`.

    Signals:
        tree_synced: the model now shows the document's current trees.
    """

    tree_synced = Signal()

    def __init__(self, document: PostmortemDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: dict[Key, list[WhyNode]] = {}
        self._parent_of: dict[WhyNode, Key] = {}
        self._person_cues: dict[WhyNode, str] = {}
        self._build()
        document.edited.connect(self._document_edited)

    # --- shape -------------------------------------------------------------------

    def _current_shape(self) -> dict[Key, list[WhyNode]]:
        shape: dict[Key, list[WhyNode]] = {None: self.document.postmortem.why_chains}
        stack = list(shape[None])
        while stack:
            node = stack.pop()
            children = list(node.children)
            shape[node] = children
            stack.extend(children)
        return shape

    def _build(self) -> None:
        shape = self._current_shape()
        self._rows = {key: list(items) for key, items in shape.items()}
        self._parent_of = {node: key for key, items in shape.items() for node in items}
        self._person_cues = self._compute_person_cues()

    def _compute_person_cues(self) -> dict[WhyNode, str]:
        return {
            ending.leaf: ending.cue
            for ending in whys.chains_ending_at_a_person(self.document.postmortem)
        }

    def reset(self) -> None:
        """Show the document afresh (after a failed save rolled it back)."""
        self.beginResetModel()
        self._build()
        self.endResetModel()
        self.tree_synced.emit()

    def _document_edited(self, touched: Sequence[object]) -> None:
        if whys.concerns_whys(self.document.postmortem, touched):
            self.sync(touched)

    def sync(self, touched: Sequence[object] = ()) -> None:
        """Bring views from the shape they show to the document's, row by row."""
        shape = self._current_shape()
        changed: set[WhyNode] = {obj for obj in touched if isinstance(obj, WhyNode)}
        try:
            changed |= self._remove_dead(None, shape)
            changed |= self._arrange(shape)
        except _OutOfStep:
            log.warning("The why tree went out of step with its view; showing it afresh")
            self.reset()
            return
        cues = self._compute_person_cues()
        for node in set(cues) ^ set(self._person_cues):
            changed.add(node)
        for node, cue in cues.items():
            if self._person_cues.get(node) != cue:
                changed.add(node)
        self._person_cues = cues
        for node in changed:
            if node in self._parent_of:
                index = self.index_of(node)
                self.dataChanged.emit(index, index)
        self.tree_synced.emit()

    def _drop_cached(self, node: WhyNode) -> None:
        for child in self._rows.pop(node, []):
            self._drop_cached(child)
        self._parent_of.pop(node, None)

    def _remove_dead(self, key: Key, shape: dict[Key, list[WhyNode]]) -> set[WhyNode]:
        changed: set[WhyNode] = set()
        rows = self._rows.get(key, [])
        for row in reversed(range(len(rows))):
            node = rows[row]
            if node in shape:
                changed |= self._remove_dead(node, shape)
                continue
            self.beginRemoveRows(self._index_of_key(key), row, row)
            del rows[row]
            self._drop_cached(node)
            self.endRemoveRows()
            if key is not None:
                changed.add(key)
        return changed

    def _arrange(self, shape: dict[Key, list[WhyNode]]) -> set[WhyNode]:
        changed: set[WhyNode] = set()
        queue: list[Key] = [None]
        while queue:
            key = queue.pop(0)
            target = shape[key]
            cached = self._rows.setdefault(key, [])
            for row, node in enumerate(target):
                if row < len(cached) and cached[row] is node:
                    continue
                if key is not None:
                    changed.add(key)
                if node in self._parent_of:
                    source_key = self._parent_of[node]
                    source_rows = self._rows[source_key]
                    source_row = _index_by_identity(source_rows, node)
                    if source_key is not None:
                        changed.add(source_key)
                    if not self.beginMoveRows(
                        self._index_of_key(source_key),
                        source_row,
                        source_row,
                        self._index_of_key(key),
                        row,
                    ):
                        raise _OutOfStep
                    del source_rows[source_row]
                    cached.insert(row, node)
                    self._parent_of[node] = key
                    self.endMoveRows()
                else:
                    self.beginInsertRows(self._index_of_key(key), row, row)
                    cached.insert(row, node)
                    self._parent_of[node] = key
                    self._rows[node] = []
                    self.endInsertRows()
            queue.extend(target)
        # Rows left over were waiting to move under a parent arranged later; by now
        # every list must match.
        for key, target in shape.items():
            cached = self._rows.get(key, [])
            if len(cached) != len(target) or any(
                a is not b for a, b in zip(cached, target, strict=True)
            ):
                raise _OutOfStep
        return changed

    # --- lookups -----------------------------------------------------------------

    def node(self, index: AnyIndex) -> WhyNode | None:
        if not index.isValid():
            return None
        return cast(WhyNode, index.internalPointer())

    def index_of(self, node: WhyNode) -> QModelIndex:
        """The index showing `node` (invalid when the model does not show it)."""
        if node not in self._parent_of:
            return QModelIndex()
        return self._index_of_key(node)

    def _index_of_key(self, key: Key) -> QModelIndex:
        if key is None:
            return QModelIndex()
        rows = self._rows[self._parent_of[key]]
        return self.createIndex(_index_by_identity(rows, key), 0, key)

    def find(self, why_id: int) -> WhyNode | None:
        return next((node for node in self._parent_of if node.id == why_id), None)

    def nodes(self) -> list[WhyNode]:
        """Every shown why, in tree order."""
        found: list[WhyNode] = []

        def walk(key: Key) -> None:
            for node in self._rows.get(key, []):
                found.append(node)
                walk(node)

        walk(None)
        return found

    def person_cue(self, node: WhyNode) -> str | None:
        return self._person_cues.get(node)

    # --- QAbstractItemModel ------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        key = self.node(parent) if parent.isValid() else None
        rows = self._rows.get(key, [])
        if row >= len(rows):
            return QModelIndex()
        return self.createIndex(row, 0, rows[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node not in self._parent_of:
            return QModelIndex()
        return self._index_of_key(self._parent_of[node])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        key = self.node(parent) if parent.isValid() else None
        return len(self._rows.get(key, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Why?")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return node.text
        if role == Role.ITEM:
            return node
        if role == Role.IS_ROOT_CAUSE:
            return bool(node.is_root_cause)
        if role == Role.PERSON_CUE:
            return self._person_cues.get(node)
        if role == Role.EVIDENCE_COUNT:
            return len(node.evidence)
        if role == Role.DEPTH:
            return whys.depth_of(node)
        if role == Role.CATEGORY:
            return node.category
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(node))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            parts = []
            if node.is_root_cause:
                parts.append(self.tr("Root cause"))
            if node.evidence:
                parts.append(self.tr("Evidence: {count}").format(count=len(node.evidence)))
            return ", ".join(parts)
        return None

    def _tooltip(self, node: WhyNode) -> str:
        lines = [node.text or self.tr("(empty why)")]
        if node.is_root_cause:
            lines.append(self.tr("Marked as a root cause."))
            if node.category:
                lines.append(self.tr("Category: {category}").format(category=node.category))
        if node.evidence:
            lines.append(self.tr("Timeline events cited: {count}").format(count=len(node.evidence)))
        if node in self._person_cues:
            lines.append(person_prompt())
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        edit = whys.set_why_text(node, str(value).strip())
        if edit is not None:
            self.document.push(edit)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # --- drag and drop -----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [WHY_NODES_MIME, TIMELINE_EVENTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        keys = [id(node) for index in indexes if (node := self.node(index)) is not None]
        data.setData(WHY_NODES_MIME, QByteArray(json.dumps(keys).encode()))
        return data

    def _dragged_nodes(self, data: QMimeData) -> list[WhyNode]:
        try:
            keys = json.loads(bytes(data.data(WHY_NODES_MIME).data()).decode())
        except ValueError:
            return []
        by_key = {id(node): node for node in self._parent_of}
        return [by_key[key] for key in keys if isinstance(key, int) and key in by_key]

    def dropped_events(self, data: QMimeData) -> list[TimelineEvent]:
        """The post-mortem's timeline events named by a TIMELINE_EVENTS_MIME drag."""
        try:
            ids = json.loads(bytes(data.data(TIMELINE_EVENTS_MIME).data()).decode())
        except ValueError:
            return []
        if not isinstance(ids, list):
            return []
        wanted = {i for i in ids if isinstance(i, int)}
        return [e for e in self.document.postmortem.timeline_events if e.id in wanted]

    def _drop_target(self, row: int, parent: AnyIndex) -> WhyNode | None:
        # Evidence dropped between rows belongs to the why above the gap.
        if row < 0:
            return self.node(parent)
        if row > 0:
            return self.node(self.index(row - 1, 0, parent))
        return self.node(parent)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if data.hasFormat(TIMELINE_EVENTS_MIME):
            return self._drop_target(row, parent) is not None and bool(self.dropped_events(data))
        if data.hasFormat(WHY_NODES_MIME):
            target = self.node(parent)
            nodes = self._dragged_nodes(data)
            return bool(nodes) and not any(
                target is not None and any(n is target for n in whys.subtree(node))
                for node in nodes
            )
        return False

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        pm = self.document.postmortem
        if data.hasFormat(TIMELINE_EVENTS_MIME):
            target = self._drop_target(row, parent)
            assert target is not None
            edit = whys.link_evidence(target, self.dropped_events(data))
            if edit is not None:
                self.document.push(edit)
            return True
        target_parent = self.node(parent)
        nodes = self._dragged_nodes(data)
        if len(nodes) != 1:
            # One why at a time keeps the meaning of a drop obvious.
            nodes = nodes[:1]
        node = nodes[0]
        index = row if row >= 0 else len(whys.siblings_of(pm, target_parent))
        move = whys.move_why(pm, node, target_parent, index)
        if move is not None:
            self.document.push(move)
        # The model has already moved the rows; it has no removeRows(), so a view that
        # tries to remove the dragged rows after a move drop changes nothing.
        return True


class _OutOfStep(Exception):
    """The cached shape cannot be brought to the document's shape row by row."""


def _index_by_identity(items: Sequence[object], item: object) -> int:
    return next(i for i, candidate in enumerate(items) if candidate is item)
