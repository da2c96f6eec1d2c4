"""The history of one post-mortem: who changed what, newest first (View ▸ History…).

Each revision is a row (when, who, what); unfold it for every change, old → new. The
filter narrows it to a field or a part ("summary", "Event 09:14", a name). It follows
the post-mortem: every save and every merge of what others saved adds to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.store.revisions import LINK_FIELDS, field_label, history, part_label

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = ["HistoryDialog", "change_text", "field_name", "part_name", "value_text"]

# The names of fields and parts (store.revisions), for the German catalogue.
_NAMES = (
    QT_TRANSLATE_NOOP("Fields", "Title"),
    QT_TRANSLATE_NOOP("Fields", "Summary"),
    QT_TRANSLATE_NOOP("Fields", "Customer impact"),
    QT_TRANSLATE_NOOP("Fields", "Severity"),
    QT_TRANSLATE_NOOP("Fields", "Incident start"),
    QT_TRANSLATE_NOOP("Fields", "Incident end"),
    QT_TRANSLATE_NOOP("Fields", "Review meeting"),
    QT_TRANSLATE_NOOP("Fields", "Status"),
    QT_TRANSLATE_NOOP("Fields", "Facilitator"),
    QT_TRANSLATE_NOOP("Fields", "Language"),
    QT_TRANSLATE_NOOP("Fields", "Tags"),
    QT_TRANSLATE_NOOP("Fields", "Services"),
    QT_TRANSLATE_NOOP("Fields", "Facilitator notes"),
    QT_TRANSLATE_NOOP("Fields", "Name"),
    QT_TRANSLATE_NOOP("Fields", "Role"),
    QT_TRANSLATE_NOOP("Fields", "Team"),
    QT_TRANSLATE_NOOP("Fields", "Handles"),
    QT_TRANSLATE_NOOP("Fields", "Order"),
    QT_TRANSLATE_NOOP("Fields", "Time"),
    QT_TRANSLATE_NOOP("Fields", "Text"),
    QT_TRANSLATE_NOOP("Fields", "Original time"),
    QT_TRANSLATE_NOOP("Fields", "Source time zone"),
    QT_TRANSLATE_NOOP("Fields", "Source"),
    QT_TRANSLATE_NOOP("Fields", "Author"),
    QT_TRANSLATE_NOOP("Fields", "Kind"),
    QT_TRANSLATE_NOOP("Fields", "Key moment"),
    QT_TRANSLATE_NOOP("Fields", "Flags"),
    QT_TRANSLATE_NOOP("Fields", "Internal only"),
    QT_TRANSLATE_NOOP("Fields", "Import"),
    QT_TRANSLATE_NOOP("Fields", "Parent why"),
    QT_TRANSLATE_NOOP("Fields", "Root cause"),
    QT_TRANSLATE_NOOP("Fields", "Category"),
    QT_TRANSLATE_NOOP("Fields", "Evidence"),
    QT_TRANSLATE_NOOP("Fields", "Description"),
    QT_TRANSLATE_NOOP("Fields", "Type"),
    QT_TRANSLATE_NOOP("Fields", "Owner"),
    QT_TRANSLATE_NOOP("Fields", "Priority"),
    QT_TRANSLATE_NOOP("Fields", "Due date"),
    QT_TRANSLATE_NOOP("Fields", "Tracker link"),
    QT_TRANSLATE_NOOP("Fields", "Root causes"),
    QT_TRANSLATE_NOOP("Fields", "Data loss"),
    QT_TRANSLATE_NOOP("Fields", "Outage minutes"),
    QT_TRANSLATE_NOOP("Fields", "Customers affected"),
    QT_TRANSLATE_NOOP("Fields", "Security impact"),
    QT_TRANSLATE_NOOP("Fields", "SLO budget burned"),
    QT_TRANSLATE_NOOP("Fields", "Verdict"),
    QT_TRANSLATE_NOOP("Fields", "Reasons"),
    QT_TRANSLATE_NOOP("Fields", "Overridden verdict"),
    QT_TRANSLATE_NOOP("Fields", "Reason for the override"),
    QT_TRANSLATE_NOOP("Fields", "Rule"),
    QT_TRANSLATE_NOOP("Fields", "Location"),
    QT_TRANSLATE_NOOP("Fields", "Excerpt"),
    QT_TRANSLATE_NOOP("Fields", "Reason"),
    QT_TRANSLATE_NOOP("Fields", "Fingerprint"),
    QT_TRANSLATE_NOOP("Fields", "File"),
    QT_TRANSLATE_NOOP("Fields", "Format"),
    QT_TRANSLATE_NOOP("Fields", "Post-mortem"),
    QT_TRANSLATE_NOOP("Fields", "Participant"),
    QT_TRANSLATE_NOOP("Fields", "Event"),
    QT_TRANSLATE_NOOP("Fields", "Why"),
    QT_TRANSLATE_NOOP("Fields", "Action item"),
    QT_TRANSLATE_NOOP("Fields", "Lesson"),
    QT_TRANSLATE_NOOP("Fields", "Contributing factor"),
    QT_TRANSLATE_NOOP("Fields", "Trigger check"),
    QT_TRANSLATE_NOOP("Fields", "Kept finding"),
    QT_TRANSLATE_NOOP("Fields", "Publication"),
)


# What a change says, for the German catalogue.
_EMPTY = str(QT_TRANSLATE_NOOP("HistoryDialog", "(empty)"))
_YES = str(QT_TRANSLATE_NOOP("HistoryDialog", "yes"))
_NO = str(QT_TRANSLATE_NOOP("HistoryDialog", "no"))
_CREATED = str(QT_TRANSLATE_NOOP("HistoryDialog", "Created {part}"))
_ADDED = str(QT_TRANSLATE_NOOP("HistoryDialog", "Added {part}"))
_REMOVED = str(QT_TRANSLATE_NOOP("HistoryDialog", "Removed {part}"))
_PRIVATE = str(
    QT_TRANSLATE_NOOP("HistoryDialog", "{part}: {field} changed (private, not recorded)")
)
_LINKED = str(QT_TRANSLATE_NOOP("HistoryDialog", "{part}: {field} {old} → {new} linked"))
_CHANGED = str(QT_TRANSLATE_NOOP("HistoryDialog", "{part}: {field} {old} → {new}"))
_NO_NET_CHANGE = str(QT_TRANSLATE_NOOP("HistoryDialog", "(no net change)"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def field_name(field: str) -> str:
    return QCoreApplication.translate("Fields", field_label(field))


def part_name(entry: Mapping[str, Any]) -> str:
    """The part a change is about, in the UI's language ("Ereignis 09:14")."""
    english = part_label(entry["part"])
    label = str(entry.get("label") or english)
    translated = QCoreApplication.translate("Fields", english)
    # The label is the kind of part, then what tells it apart ("Event 09:14").
    return translated + label[len(english) :] if label.startswith(english) else label


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return _tr(_EMPTY)
    if isinstance(value, bool):
        return _tr(_YES) if value else _tr(_NO)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, str):
        line = " ".join(value.split())
        return f"“{line[:79]}…”" if len(line) > 80 else f"“{line}”"
    return str(value)


def change_text(entry: Mapping[str, Any]) -> str:
    """One line for a change, in the UI's language."""
    part = part_name(entry)
    if "added" in entry:
        return _tr(_CREATED if entry["part"] == "postmortem" else _ADDED).format(part=part)
    if "removed" in entry:
        return _tr(_REMOVED).format(part=part)
    field = field_name(entry["field"])
    if entry.get("private"):
        return _tr(_PRIVATE).format(part=part, field=field)
    if entry["field"] in LINK_FIELDS:
        linked = {"old": len(entry["old"]), "new": len(entry["new"])}
        return _tr(_LINKED).format(part=part, field=field, **linked)
    values = {"old": value_text(entry["old"]), "new": value_text(entry["new"])}
    return _tr(_CHANGED).format(part=part, field=field, **values)


def _what(changes: list[dict[str, Any]]) -> str:
    """The gist of a revision: the fields and parts it touched."""
    names: dict[str, None] = {}
    for entry in changes:
        if "field" in entry and entry["part"] == "postmortem":
            names[field_name(entry["field"])] = None
        else:
            names[part_name(entry)] = None
    return ", ".join(names) or _tr(_NO_NET_CHANGE)


class HistoryDialog(QDialog):
    """Who changed what in one post-mortem, newest first."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("History of {key}").format(key=document.postmortem.key))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by field, part or person"))
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Revisions"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What changed")])
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No changes are recorded yet."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(760, 520)
        # Each revision's row, and the text the filter looks in.
        self._searched: list[tuple[QTreeWidgetItem, str]] = []
        self.refresh()
        # Bound methods: Qt drops them when the dialog is deleted.
        document.saved.connect(self.refresh)
        document.merged.connect(self.refresh)

    def refresh(self) -> None:
        """Read the history again (after a save, or a merge of what others saved)."""
        with self.document.db.reading() as session:
            revisions = history(session, self.document.postmortem.id)
            rows = [(r.updated_at, r.author, list(r.changes)) for r in revisions]
        self.tree.clear()
        self._searched = []
        for moment, author, changes in rows:
            item = QTreeWidgetItem([_local(moment), author, _what(changes)])
            lines = [author]
            for entry in changes:
                line = change_text(entry)
                lines.append(line)
                child = QTreeWidgetItem(["", "", line])
                child.setToolTip(2, line)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            self._searched.append((item, "\n".join(lines).casefold()))
        self.empty_label.setVisible(not rows)
        self._apply_filter(self.filter_edit.text())

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item, searched in self._searched:
            item.setHidden(wanted not in searched)


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
