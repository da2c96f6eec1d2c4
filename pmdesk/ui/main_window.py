"""The library window: every post-mortem in the database, newest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from pmdesk.domain.limits import TITLE_MAX_CHARS, elide
from pmdesk.settings import Paths
from pmdesk.store.database import Database
from pmdesk.store.library import LibraryRow, library_rows
from pmdesk.ui.errors import show_error
from pmdesk.ui.richtext import plain_html, plain_tooltip
from pmdesk.ui.theme import apply_theme
from pmdesk.ui.widgets.text_limits import limit_line_edit

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument
    from pmdesk.ui.postmortem_window import PostmortemWindow

__all__ = ["MainWindow", "NewPostmortemDialog", "PostmortemListModel"]

ItemRole = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {"draft": "Draft", "in_review": "In review", "published": "Published"}
VERDICT_LABELS = {
    "mandatory": "Mandatory",
    "recommended": "Recommended",
    "not_required": "Not required",
}


class PostmortemListModel(QAbstractTableModel):
    """Table model over a list of `LibraryRow`.

    Titles are shown elided to `TITLE_MAX_CHARS`: a view lays out and measures the text
    it is given on every paint, and a title of megabytes froze the window for seconds.
    """

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
                    return elide(row.title, TITLE_MAX_CHARS) or self.tr("(untitled)")
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
            return plain_tooltip(elide(row.title, TITLE_MAX_CHARS))
        return None


class NewPostmortemDialog(QInputDialog):
    """Asks for the title of a new post-mortem (at most `TITLE_MAX_CHARS` characters:
    a longer paste is refused with a note, not cut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New post-mortem"))
        self.setLabelText(self.tr("What happened? (a short title)"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        title_edit = self.findChild(QLineEdit)
        assert title_edit is not None  # QInputDialog makes it for the text input mode
        self.title_edit: QLineEdit = title_edit
        limit_line_edit(self.title_edit, TITLE_MAX_CHARS)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The title typed, stripped; None when cancelled or left empty."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return dialog.textValue().strip() or None
        finally:
            dialog.deleteLater()


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
        self._open_windows: dict[int, PostmortemWindow] = {}
        # The Actions and Trends windows, while open.
        self._followup_windows: dict[str, QMainWindow] = {}
        self.setWindowTitle("pmdesk")
        self.setObjectName("mainWindow")

        self.model = PostmortemListModel(self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search post-mortems (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search post-mortems"))
        self.search.setToolTip(
            self.tr(
                "Finds post-mortems whose key, title, summary, facilitator, tags or "
                "services contain every word."
            )
        )
        # The core decides what matches (store.library.search_library), as for the CLI.
        self.search.textChanged.connect(lambda _text: self.refresh())

        self.table = QTableView(self)
        self.table.setModel(self.model)
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

        # Shown over the empty list: why it is empty and what to do.
        self.placeholder = QLabel(self.table.viewport())
        self.placeholder.setObjectName("library_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setContentsMargins(24, 24, 24, 24)
        self.table.viewport().installEventFilter(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self._build_actions()
        geometry = QSettings().value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 620)
        self.refresh()
        # After the first paint: the count is one more query, not needed to start.
        QTimer.singleShot(0, self.update_overdue_count)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.placeholder.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Post-mortems"), self)
        toolbar.setObjectName("libraryToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)

        def action(
            text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Any, tip: str
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
            act.triggered.connect(slot)
            toolbar.addAction(act)
            return act

        # Literal texts in self.tr() here, so that lupdate finds them.
        self.new_action = action(
            self.tr("New"),
            QKeySequence.StandardKey.New,
            self.new_postmortem,
            self.tr("Start a new post-mortem"),
        )
        self.open_action = action(
            self.tr("Open"),
            QKeySequence.StandardKey.Open,
            self.open_selected,
            self.tr("Open the selected post-mortem"),
        )
        self.delete_action = action(
            self.tr("Delete"),
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
            self.tr("Delete the selected post-mortem"),
        )
        toolbar.addSeparator()
        self.actions_action = action(
            self.tr("Actions"),
            QKeySequence("Ctrl+Shift+A"),
            self.show_actions,
            self.tr("Action items of all post-mortems, overdue first"),
        )
        self.trends_action = action(
            self.tr("Trends"),
            QKeySequence("Ctrl+Shift+T"),
            self.show_trends,
            self.tr("Post-mortems, detection and resolution times, actions done on time"),
        )
        toolbar.addSeparator()
        self.preferences_action = action(
            self.tr("Preferences…"),
            QKeySequence("Ctrl+,"),
            self.edit_preferences,
            self.tr("Organisation, logo and colour for reports; meeting agenda; language"),
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
        """List the post-mortems that match the search box, keeping the selection."""
        selected = self.selected_row()
        search = self.search.text().strip()
        rows = library_rows(self.db, search)
        self.model.set_rows(rows)
        if search:
            self.placeholder.setText(
                self.tr(
                    "No post-mortem matches “{search}”.\n\nThe search looks at keys, "
                    "titles, summaries, facilitators, tags and services."
                ).format(search=search)
            )
        else:
            self.placeholder.setText(self.tr("No post-mortems yet. Start one with New (Ctrl+N)."))
        self.placeholder.setVisible(not rows)
        ids = [row.id for row in rows]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif rows:
            self.table.selectRow(0)

    def selected_row(self) -> LibraryRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.data(indexes[0], ItemRole)
        return row if isinstance(row, LibraryRow) else None

    def new_postmortem(self) -> None:
        title = NewPostmortemDialog.ask(self)
        if title is None:
            return
        from pmdesk.store.queries import create_postmortem

        with self.db.transaction() as session:
            new_id = create_postmortem(session, title).id
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
        window.postmortem_requested.connect(self.open_postmortem)
        self._open_windows[postmortem_id] = window
        window.show()
        self.postmortem_opened.emit(postmortem_id)

    def _window_closed(self, postmortem_id: int) -> None:
        self._open_windows.pop(postmortem_id, None)
        self.refresh()
        self.update_overdue_count()
        actions = self._followup_windows.get("actions")
        if actions is not None:
            from pmdesk.ui.actions_window import ActionsWindow

            assert isinstance(actions, ActionsWindow)
            # The post-mortem's changes are saved now: show them.
            actions.refresh()

    def update_overdue_count(self) -> None:
        """Show on the Actions button how many action items are overdue."""
        from pmdesk.store.overdue import overdue_count

        # Today where the user is (as `domain.followup.local_today`, whose models this
        # start-up path does not import).
        count = overdue_count(self.db, datetime.now(UTC).astimezone().date())
        self.actions_action.setText(
            self.tr("Actions · {n} overdue").format(n=count) if count else self.tr("Actions")
        )

    def _show_followup(self, name: str, make: Callable[[], QMainWindow]) -> None:
        window = self._followup_windows.get(name)
        if window is None:
            try:
                window = make()
            except Exception as exc:  # the UI error boundary
                show_error(self, self.db.explain(exc) or exc)
                return
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda: self._followup_windows.pop(name, None))
            self._followup_windows[name] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def show_actions(self) -> None:
        """Open (or bring forward) the Actions window."""
        from pmdesk.ui.actions_window import ActionsWindow

        def make() -> ActionsWindow:
            window = ActionsWindow(self.db, self._document_of)
            window.open_requested.connect(self.show_action)
            window.actions_changed.connect(self.update_overdue_count)
            return window

        self._show_followup("actions", make)

    def show_trends(self) -> None:
        """Open (or bring forward) the Trends window."""
        from pmdesk.ui.trends_window import TrendsWindow

        self._show_followup("trends", lambda: TrendsWindow(self.db))

    def _document_of(self, postmortem_id: int) -> PostmortemDocument | None:
        window = self._open_windows.get(postmortem_id)
        return window.document if window is not None else None

    def show_action(self, postmortem_id: int, action_id: int) -> None:
        """Open post-mortem `postmortem_id` at its action item `action_id`."""
        self.open_postmortem(postmortem_id)
        window = self._open_windows.get(postmortem_id)
        if window is not None:
            window.go_to_location(f"action:{action_id}")

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
                ).format(key=row.key, title=elide(row.title, TITLE_MAX_CHARS))
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
