"""Help › Keyboard shortcuts: every shortcut of a window, read from its QActions.

The list is generated, never written by hand, so it cannot drift from the keys that
work: each menu of the window's menu bar is a group (in menu order), and actions that
live in no menu are grouped by the named part of the window they belong to (a step
page, say), else under "Other". An action without text is an alternative key for a
named one and is left out; an action shows its keys in its own text after a tab
("No key moment\\tCtrl+0") when a widget handles the key itself, and that hint is used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ShortcutGroup", "ShortcutsDialog", "shortcut_groups"]

# (group title, [(command, keys)]), as shown.
ShortcutGroup = tuple[str, list[tuple[str, str]]]

_MNEMONIC = re.compile(r"&(.)")


def _plain(text: str) -> str:
    """Menu text as people read it: "&Next step" -> "Next step", "&&" -> "&"."""
    return _MNEMONIC.sub(r"\1", text).strip()


def _is_on_a_keyboard(sequence: QKeySequence) -> bool:
    # Standard keys also bind media and remote-control keys ("Close", "Zoom In");
    # listing those as keys to press would only puzzle people.
    media_keys = range(Qt.Key.Key_Back.value, Qt.Key.Key_unknown.value)
    keys = [sequence[index].key().value for index in range(sequence.count())]  # type: ignore[index]
    return bool(keys) and not any(key in media_keys for key in keys)


def _entry(action: QAction) -> tuple[str, str] | None:
    """(command, keys) for an action that has both, else None."""
    text, _tab, hint = action.text().partition("\t")
    keys = ", ".join(
        dict.fromkeys(  # a platform may bind the same keys twice (Redo: Ctrl+Y)
            sequence.toString(QKeySequence.SequenceFormat.NativeText)
            for sequence in action.shortcuts()
            if _is_on_a_keyboard(sequence)
        )
    )
    keys = keys or hint.strip()
    if action.isSeparator() or not text.strip() or not keys:
        return None
    return _plain(text), keys


def _menu_groups(menu: QMenu, title: str, seen: set[QAction]) -> list[ShortcutGroup]:
    rows: list[tuple[str, str]] = []
    submenus: list[ShortcutGroup] = []
    for action in menu.actions():
        seen.add(action)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            submenus += _menu_groups(submenu, f"{title} › {_plain(submenu.title())}", seen)
            continue
        entry = _entry(action)
        if entry is not None:
            rows.append(entry)
    return ([(title, rows)] if rows else []) + submenus


def _owner(action: QAction, parts: Sequence[tuple[str, QWidget]]) -> str | None:
    """The title of the part of the window that `action` belongs to."""
    candidates: list[QObject] = [*action.associatedObjects(), action]
    for candidate in candidates:
        node: QObject | None = candidate
        while node is not None:
            for title, widget in parts:
                if node is widget:
                    return title
            node = node.parent()
    return None


def shortcut_groups(
    window: QWidget, parts: Sequence[tuple[str, QWidget]] = ()
) -> list[ShortcutGroup]:
    """Every shortcut of `window`, grouped as the module docstring says.

    Args:
        window: a window; its menu bar (if any) gives the first groups.
        parts: (title, widget) for named parts whose other actions form a group each,
            in this order.
    """
    seen: set[QAction] = set()
    groups: list[ShortcutGroup] = []
    # findChild, not QMainWindow.menuBar(): that would give a window without one a bar.
    menu_bar = window.findChild(QMenuBar)
    if menu_bar is not None:
        for top in menu_bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                groups += _menu_groups(menu, _plain(menu.title()), seen)
    by_part: dict[str, list[tuple[str, str]]] = {title: [] for title, _widget in parts}
    other: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        if action in seen:
            continue
        seen.add(action)
        entry = _entry(action)
        if entry is None:
            continue
        owner = _owner(action, parts)
        rows = by_part[owner] if owner is not None else other
        if entry not in rows:
            rows.append(entry)
    groups += [(title, rows) for title, rows in by_part.items() if rows]
    if other:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Other"), other))
    return groups


class ShortcutsDialog(QDialog):
    """A filterable list of a window's keyboard shortcuts, grouped by menu."""

    def __init__(self, groups: Sequence[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcuts_dialog")

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by command or key"))
        self.filter_edit.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for title, rows in groups:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for command, keys in rows:
                item = QTreeWidgetItem(group, [command, keys])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.setFocus()

    @classmethod
    def show_for(
        cls, window: QWidget, parts: Sequence[tuple[str, QWidget]] = ()
    ) -> ShortcutsDialog:
        """Show the shortcuts of `window` beside it (not modal: keep it open while working);
        a second call brings the open list forward, rebuilt."""
        existing = window.findChild(ShortcutsDialog)
        if existing is not None:
            existing.close()
        dialog = cls(shortcut_groups(window, parts), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        groups = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            children = [group.child(row) for row in range(group.childCount())]
            groups.append((group, [child for child in children if child is not None]))
        return groups

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) of every row shown, in order."""
        return [
            (group.text(0), child.text(0), child.text(1))
            for group, children in self._groups()
            if not group.isHidden()
            for child in children
            if not child.isHidden()
        ]

    def apply_filter(self, text: str) -> None:
        """Show only the commands or keys that contain `text` (any case)."""
        needle = text.strip().casefold()
        for group, children in self._groups():
            for child in children:
                matches = not needle or any(
                    needle in child.text(column).casefold() for column in (0, 1)
                )
                child.setHidden(not matches)
            group.setHidden(all(child.isHidden() for child in children))
