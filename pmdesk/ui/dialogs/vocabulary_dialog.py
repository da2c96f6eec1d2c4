"""The library's tags and services: how often each is used, renamed or merged in every
post-mortem at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from pmdesk.store.database import Database
from pmdesk.store.vocabulary import NameKind, names_in_use, rename
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.richtext import plain_html

__all__ = ["VocabularyDialog"]


class VocabularyDialog(QDialog):
    """Lists the tags and the services in use; renames or merges the chosen one.

    Signals:
        renamed(): post-mortems were changed.
    """

    renamed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Tags and services"))
        layout = QGridLayout(self)
        self.lists: dict[NameKind, QListWidget] = {}
        self.rename_buttons: dict[NameKind, QPushButton] = {}
        titles = {NameKind.TAGS: self.tr("Tags"), NameKind.SERVICES: self.tr("Services")}
        for column, kind in enumerate(NameKind):
            names = QListWidget(self)
            names.setAccessibleName(titles[kind])
            names.itemActivated.connect(lambda _item, k=kind: self.rename_chosen(k))
            button = QPushButton(self.tr("Rename or merge…"), self)
            button.clicked.connect(lambda _checked=False, k=kind: self.rename_chosen(k))
            layout.addWidget(QLabel(titles[kind], self), 0, column)
            layout.addWidget(names, 1, column)
            layout.addWidget(button, 2, column)
            self.lists[kind] = names
            self.rename_buttons[kind] = button
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 3, 0, 1, 2)
        self.resize(560, 420)
        self.reload()

    def reload(self) -> None:
        with self.db.reading() as session:
            found = {kind: names_in_use(session, kind) for kind in NameKind}
        for kind, names in found.items():
            widget = self.lists[kind]
            widget.clear()
            for name, count in names:
                # Item texts are plain: QListWidget never reads them as markup.
                item = QListWidgetItem(self.tr("{name}  ({count})").format(name=name, count=count))
                item.setData(Role.ITEM, name)
                widget.addItem(item)
            self.rename_buttons[kind].setEnabled(bool(names))
            if names:
                widget.setCurrentRow(0)

    def rename_chosen(self, kind: NameKind) -> None:
        item = self.lists[kind].currentItem()
        if item is None:
            return
        old = str(item.data(Role.ITEM))
        new, accepted = QInputDialog.getText(
            self,
            self.tr("Rename or merge"),
            self.tr("New name (a name in use merges the two):"),
            text=old,
        )
        new = " ".join(new.split())
        if not accepted or not new or new == old:
            return
        in_use = {
            str(self.lists[kind].item(row).data(Role.ITEM))
            for row in range(self.lists[kind].count())
        }
        if new in in_use:
            answer = QMessageBox.question(
                self,
                self.tr("Merge"),
                plain_html(
                    self.tr("“{old}” becomes “{new}” in every post-mortem. Merge them?").format(
                        old=old, new=new
                    )
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.db.transaction() as session:
                rename(session, kind, old, new)
        except Exception as exc:  # the UI error boundary
            show_error(self, self.db.explain(exc) or exc)
            return
        self.reload()
        self.renamed.emit()
