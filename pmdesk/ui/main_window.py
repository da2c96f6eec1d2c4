"""The library window: every post-mortem in the database, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.desktop import INTERCHANGE_SUFFIX
from pmdesk.settings import Paths
from pmdesk.store.database import Database
from pmdesk.store.library import LibraryRow, library_rows
from pmdesk.ui.errors import show_error
from pmdesk.ui.richtext import plain_html, plain_tooltip
from pmdesk.ui.theme import apply_theme

__all__ = ["MainWindow", "PostmortemListModel"]

ItemRole = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {"draft": "Draft", "in_review": "In review", "published": "Published"}
VERDICT_LABELS = {
    "mandatory": "Mandatory",
    "recommended": "Recommended",
    "not_required": "Not required",
}


class PostmortemListModel(QAbstractTableModel):
    """Table model over a list of `LibraryRow`."""

    HEADERS = ("Key", "Title", "Severity", "Status", "Post-mortem", "Created", "Updated")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ItemRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            match index.column():
                case 0:
                    return row.key
                case 1:
                    return row.title or self.tr("(untitled)")
                case 2:
                    return f"SEV {row.severity}" if row.severity else "—"
                case 3:
                    return self.tr(STATUS_LABELS.get(row.status, row.status))
                case 4:
                    return self.tr(VERDICT_LABELS.get(row.verdict or "", "Not assessed"))
                case 5:
                    return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
                case 6:
                    return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return plain_tooltip(row.title)
        return None


class MainWindow(QMainWindow):
    """Lists post-mortems and opens them.

    Signals:
        postmortem_opened(int): a post-mortem window was opened for this id.
    """

    postmortem_opened = Signal(int)

    def __init__(self, db: Database, paths: Paths) -> None:
        super().__init__()
        self.db = db
        self.paths = paths
        self._open_windows: dict[int, QMainWindow] = {}
        self.setWindowTitle("pmdesk")
        self.setObjectName("mainWindow")

        self.model = PostmortemListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search post-mortems (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search post-mortems"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Post-mortems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())

        self.empty_label = QLabel(
            self.tr("No post-mortems yet. Start one with New (Ctrl+N)."), self
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        self.setCentralWidget(central)

        self._build_actions()
        geometry = QSettings().value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 620)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Post-mortems"), self)
        toolbar.setObjectName("libraryToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Any, tip: str
        ) -> QAction:
            act = QAction(self.tr(text), self)
            act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(f"{self.tr(tip)} ({QKeySequence(shortcut).toString()})")
            act.triggered.connect(slot)
            toolbar.addAction(act)
            return act

        self.new_action = action(
            "New", QKeySequence.StandardKey.New, self.new_postmortem, "Start a new post-mortem"
        )
        self.open_action = action(
            "Open",
            QKeySequence.StandardKey.Open,
            self.open_selected,
            "Open the selected post-mortem",
        )
        self.delete_action = action(
            "Delete",
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            "Delete the selected post-mortem",
        )
        self.import_action = action(
            "Import…",
            QKeySequence("Ctrl+I"),
            self.import_file,
            "Add a post-mortem from a pmdesk file (.pmdesk.json)",
        )
        self.export_action = action(
            "Export…",
            QKeySequence("Ctrl+E"),
            self.export_selected,
            "Write the selected post-mortem to a pmdesk file, complete, to move or keep it",
        )
        toolbar.addSeparator()
        self.preferences_action = action(
            "Preferences…",
            QKeySequence("Ctrl+,"),
            self.edit_preferences,
            "Organisation, logo and colour for reports; meeting agenda; language",
        )
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        self.addAction(find)

    def edit_preferences(self) -> None:
        from pmdesk.settings import load_preferences, save_preferences
        from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog

        current, _notice = load_preferences(self.paths.preferences_file)
        chosen = PreferencesDialog.ask(self, current)
        if chosen is None:
            return
        save_preferences(self.paths.preferences_file, chosen)
        apply_theme(chosen.theme)
        for window in self._open_windows.values():
            apply = getattr(window, "apply_preferences", None)
            if apply is not None:
                apply(chosen)

    def refresh(self) -> None:
        rows = library_rows(self.db)
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_row(self) -> LibraryRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.proxy.data(indexes[0], ItemRole)
        return row if isinstance(row, LibraryRow) else None

    def new_postmortem(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New post-mortem"), self.tr("What happened? (a short title)")
        )
        if not ok or not title.strip():
            return
        from pmdesk.store.queries import create_postmortem

        with self.db.transaction() as session:
            new_id = create_postmortem(session, title.strip()).id
        self.refresh()
        self.open_postmortem(new_id)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_postmortem(row.id)

    def open_postmortem(self, postmortem_id: int) -> None:
        existing = self._open_windows.get(postmortem_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        from pmdesk.ui.postmortem_window import PostmortemWindow

        try:
            window = PostmortemWindow(self.db, postmortem_id, self.paths)
        except Exception as exc:  # the UI error boundary
            show_error(self, self.db.explain(exc) or exc)
            return
        window.closed.connect(lambda: self._window_closed(postmortem_id))
        self._open_windows[postmortem_id] = window
        window.show()
        self.postmortem_opened.emit(postmortem_id)

    def _window_closed(self, postmortem_id: int) -> None:
        self._open_windows.pop(postmortem_id, None)
        self.refresh()

    def import_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a post-mortem"), str(Path.home()), self._file_filter()
        )
        if name:
            self.open_interchange_file(Path(name))

    def open_interchange_file(self, path: Path, *, ask: bool = True) -> None:
        """Open the post-mortem in the interchange file `path`: add it to the library, or
        open the library's copy of it (the same UUID).

        The library's copy is replaced by the file's version only when the user says so:
        the file may be older than what was written here since. With `ask` false
        (unattended starts) nothing is asked, the library's copy is opened, and problems
        are raised instead of shown.

        Raises:
            UserFacingError: with `ask` false, the file or the database could not be used.
        """
        from pmdesk.store.interchange_check import read_document

        try:
            document = read_document(path)
            postmortem_id = self._bring_in(document, ask=ask)
        except Exception as exc:  # the UI error boundary
            problem = self.db.explain(exc)
            if not ask:
                if problem is None:
                    raise
                raise problem from exc
            show_error(self, problem or exc)
            return
        if postmortem_id is not None:
            self.refresh()
            self.open_postmortem(postmortem_id)

    def _bring_in(self, document: dict[str, Any], *, ask: bool) -> int | None:
        """The id of the post-mortem `document` holds, once it is in the library."""
        import json

        from sqlalchemy import select

        from pmdesk.models import Postmortem
        from pmdesk.store.interchange import dumps, load_postmortem

        with self.db.reading() as session:
            held = session.scalar(
                select(Postmortem).where(Postmortem.uuid == document["postmortem"]["uuid"])
            )
            if held is not None:
                if json.loads(dumps(held)) == document or not ask:
                    return held.id
                held_id, key, title = held.id, held.key, held.title
        if held is not None:
            if not self._replace_wanted(key, title):
                return held_id
            window = self._open_windows.get(held_id)
            if window is not None and not window.close():
                return None
        with self.db.transaction() as session:
            postmortem, _created = load_postmortem(session, document)
            return postmortem.id

    def _replace_wanted(self, key: str, title: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open post-mortem"))
        box.setText(
            plain_html(
                self.tr(
                    "{key} “{title}” is already in the library, and the file holds a "
                    "different version of it."
                ).format(key=key, title=title)
            )
        )
        box.setInformativeText(
            self.tr("Replacing it puts the file's version in place of the library's.")
        )
        keep = box.addButton(
            self.tr("Open the library's version"), QMessageBox.ButtonRole.AcceptRole
        )
        replace = box.addButton(
            self.tr("Replace with the file's version"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def export_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from pmdesk.ui.postmortem_window import safe_file_stem

        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a post-mortem"),
            str(Path.home() / f"{safe_file_stem(row.key)}{INTERCHANGE_SUFFIX}"),
            self._file_filter(),
        )
        if not name:
            return
        path = Path(name)
        if not path.name.lower().endswith(".json"):
            path = path.with_name(path.name + INTERCHANGE_SUFFIX)
        from pmdesk.exporters.pdf import write_atomically
        from pmdesk.models import Postmortem
        from pmdesk.store.interchange import dumps

        try:
            with self.db.reading() as session:
                postmortem = session.get(Postmortem, row.id)
                if postmortem is None:
                    return
                text = dumps(postmortem)
            write_atomically(path, text)
        except Exception as exc:  # the UI error boundary
            show_error(self, self.db.explain(exc) or exc)
            return
        self.statusBar().showMessage(
            self.tr("{key} was exported to {path}.").format(key=row.key, path=path), 10_000
        )

    def _file_filter(self) -> str:
        return self.tr("pmdesk post-mortems (*.pmdesk.json *.json)")

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete post-mortem"),
            plain_html(
                self.tr(
                    "Delete {key} “{title}” with its timeline, analysis and action items? "
                    "This cannot be undone."
                ).format(key=row.key, title=row.title)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = self._open_windows.pop(row.id, None)
        if window is not None:
            window.close()
        from pmdesk.models import Postmortem

        with self.db.transaction() as session:
            pm = session.get(Postmortem, row.id)
            if pm is not None:
                session.delete(pm)
        self.refresh()
