"""The data roles pmdesk's item models and item widgets add to Qt's own, and the index
type their methods take.

One definition for all of them, so no two roles share a number by accident.
"""

from __future__ import annotations

from enum import IntEnum, auto

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

__all__ = ["AnyIndex", "Role"]

# What Qt passes to a model's or a delegate's methods.
AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Roles after `Qt.ItemDataRole.UserRole`."""

    # The object a row stands for: an event, a why, an action item, a post-mortem's
    # library row, a finding's location, a publishing problem, a name…
    ITEM = int(Qt.ItemDataRole.UserRole)
    # Where a library search matched (list[Snippet]), for the "Found in" column's delegate.
    SNIPPETS = auto()
    # A why's: whether it is a root cause, the words that suggest its chain stops at a
    # person (only on a chain's last why), its evidence count, depth and root-cause category.
    IS_ROOT_CAUSE = auto()
    PERSON_CUE = auto()
    EVIDENCE_COUNT = auto()
    DEPTH = auto()
    CATEGORY = auto()
