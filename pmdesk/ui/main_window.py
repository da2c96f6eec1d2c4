"""The library window: every post-mortem in the database, found as you type."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.desktop import INTERCHANGE_SUFFIX
from pmdesk.domain.limits import TITLE_MAX_CHARS, elide
from pmdesk.domain.location import Location, LocationKind
from pmdesk.settings import Paths
from pmdesk.store.database import Database
from pmdesk.store.library import LibraryFilter, LibraryQuery, LibraryRow, open_reader
from pmdesk.ui.background import BackgroundOp
from pmdesk.ui.dialogs.new_postmortem_dialog import NewPostmortemDialog
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.library_model import (
    LibraryPage,
    PostmortemListModel,
    read_first_page,
)
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.richtext import plain_html
from pmdesk.ui.theme import apply_theme

if TYPE_CHECKING:
    from pmdesk.archive.batch import LoadSummary
    from pmdesk.ui.build_site import SiteBuilder
    from pmdesk.ui.dialogs.import_archive_dialog import ArchiveImport
    from pmdesk.ui.document import PostmortemDocument
    from pmdesk.ui.postmortem_window import PostmortemWindow
    from pmdesk.ui.widgets.library_filters import LibraryFilterBar

__all__ = ["MainWindow"]

# Typing pauses this long before the library is searched: one query per pause, not
# one per key.
SEARCH_DELAY_MS = 200
_SAVED_SEARCHES = "library/savedSearches"


def _filter_to_json(wanted: LibraryFilter) -> dict[str, Any]:
    return {
        "severities": sorted(wanted.severities),
        "statuses": sorted(wanted.statuses),
        "verdicts": sorted(wanted.verdicts),
        "tags": sorted(wanted.tags),
        "services": sorted(wanted.services),
        "facilitator": wanted.facilitator,
        "since": wanted.since.isoformat() if wanted.since else None,
        "until": wanted.until.isoformat() if wanted.until else None,
        "has_open_actions": wanted.has_open_actions,
    }


def _filter_from_json(data: dict[str, Any]) -> LibraryFilter:
    def day(value: Any) -> date | None:
        return date.fromisoformat(value) if isinstance(value, str) else None

    actions = data.get("has_open_actions")
    return LibraryFilter(
        severities=frozenset(int(v) for v in data.get("severities", [])),
        statuses=frozenset(str(v) for v in data.get("statuses", [])),
        verdicts=frozenset(str(v) for v in data.get("verdicts", [])),
        tags=frozenset(str(v) for v in data.get("tags", [])),
        services=frozenset(str(v) for v in data.get("services", [])),
        facilitator=str(data.get("facilitator", "")),
        since=day(data.get("since")),
        until=day(data.get("until")),
        has_open_actions=actions if isinstance(actions, bool) else None,
    )


def _local_today() -> date:
    # Today where the user is (as `domain.followup.local_today`, whose models this
    # start-up path does not import).
    return datetime.now(UTC).astimezone().date()


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
        self._site_builder: SiteBuilder | None = None
        self._archive_import: ArchiveImport | None = None
        # Files and folders dropped on the window are imported.
        self.setAcceptDrops(True)
        self.setWindowTitle("pmdesk")
        self.setObjectName("mainWindow")
        self.model = PostmortemListModel(db, self)
        self._build_search()
        # Each reading of the list gets the next number; only the latest is shown, so
        # a slow search that ends after a newer one never replaces its results.
        self._generation = 0
        self._searching_generation: int | None = None
        self._build_filter_buttons()
        self._build_list()
        self._lay_out()
        self._build_actions()
        self._restore_geometry()
        self._connect_signals()
        self.refresh()
        # Counted after the first paint, on a worker thread: the count is one more
        # query over every action item, not needed to start.
        self._overdue_counts = 0
        QTimer.singleShot(0, self._count_overdue_in_background)

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search post-mortems (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search post-mortems"))
        self.search.setToolTip(
            self.tr(
                "Finds post-mortems that contain every word, or part of a word, anywhere: "
                "title, summary, impact, timeline, whys, root causes, action items, "
                "lessons, tags and services."
            )
        )
        # The core decides what matches (store.library), as for the CLI; typing waits
        # for a pause, Enter searches at once. The query runs on a worker thread: a
        # word found everywhere in a big library must not freeze the window.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _build_filter_buttons(self) -> None:
        self.filters_button = QToolButton(self)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setToolTip(
            self.tr("Filter by severity, status, verdict, tags, services, dates…")
        )
        self.saved_button = QToolButton(self)
        self.saved_button.setText(self.tr("Saved searches"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved_button)
        self.saved_button.setMenu(self.saved_menu)

        # Made when first shown: its date editors load the time-zone data.
        self.filter_bar: LibraryFilterBar | None = None

    def _build_list(self) -> None:
        """The post-mortems found, their count, and what an empty list means."""
        self.count_label = QLabel(self)
        self.count_label.setObjectName("library_count")
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Post-mortems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            PostmortemListModel.SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        header.setHighlightSections(False)
        # Columns fit what is on screen and a little more, not every row fetched.
        header.setResizeContentsPrecision(40)
        # No column is sorted until one is clicked: best match first, else newest.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        # Shown over the empty list: why it is empty and what to do.
        self.placeholder = QLabel(self.table.viewport())
        self.placeholder.setObjectName("library_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setContentsMargins(24, 24, 24, 24)
        self.table.viewport().installEventFilter(self)

    def _lay_out(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filters_button)
        search_row.addWidget(self.saved_button)
        layout.addLayout(search_row)
        self._filters_slot = QVBoxLayout()
        self._filters_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filters_slot)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 620)

    def _connect_signals(self) -> None:
        self._search_timer.timeout.connect(self.search_in_background)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.search_in_background)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.filters_button.toggled.connect(self._show_filters)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self.team.disconnect_team()
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
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey,
            slot: Any,
            tip: str,
            menu: QMenu | None = None,
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
            act.triggered.connect(slot)
            if menu is None:
                toolbar.addAction(act)
            else:
                menu.addAction(act)
                self.addAction(act)  # its shortcut works while the menu is closed
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
        self.import_action = action(
            self.tr("Import…"),
            QKeySequence("Ctrl+I"),
            self.import_file,
            self.tr(
                "Add post-mortems from files: pmdesk files, or Markdown and HTML written "
                "with the common templates; several at once"
            ),
        )
        self.import_folder_action = QAction(self.tr("Import a folder…"), self)
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_folder_action.triggered.connect(self.import_folder)
        self.addAction(self.import_folder_action)
        # Import… opens the file dialog; its arrow offers the folder too.
        import_menu = QMenu(self)
        import_menu.addAction(self.import_action)
        import_menu.addAction(self.import_folder_action)
        import_button = toolbar.widgetForAction(self.import_action)
        assert isinstance(import_button, QToolButton)
        import_button.setMenu(import_menu)
        import_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_action = action(
            self.tr("Export…"),
            QKeySequence("Ctrl+E"),
            self.export_selected,
            self.tr(
                "Write the selected post-mortem to a pmdesk file, complete, to move or keep it"
            ),
        )
        from pmdesk.ui.team_sharing import TeamSharing

        self.team = TeamSharing(self)
        toolbar.addWidget(self.team.button)
        toolbar.addSeparator()
        self.actions_action = action(
            self.tr("Actions"),
            QKeySequence("Ctrl+Shift+A"),
            self.show_actions,
            self.tr("Action items of all post-mortems, overdue first"),
        )
        self.trends_action = action(
            self.tr("Trends"),
            QKeySequence("Ctrl+Shift+R"),
            self.show_trends,
            self.tr("Post-mortems, detection and resolution times, actions done on time"),
        )
        # Commands on the whole library used now and then share one button, so that the
        # toolbar fits a narrow window in every language (and an overdue count beside
        # Actions), without Qt's » overflow menu.
        library_menu = QMenu(self)
        library_menu.setToolTipsVisible(True)
        self.vocabulary_action = action(
            self.tr("Tags and services…"),
            QKeySequence("Ctrl+Shift+T"),
            self.edit_vocabulary,
            self.tr("Rename or merge tags and services in every post-mortem"),
            library_menu,
        )
        self.build_site_action = action(
            self.tr("Build site…"),
            QKeySequence("Ctrl+Shift+B"),
            self.build_site,
            self.tr(
                "Write every published post-mortem as a website with search, open actions "
                "and trends, which opens from a folder or any web server"
            ),
            library_menu,
        )
        self.library_button = QToolButton(self)
        self.library_button.setText(self.tr("Library"))
        self.library_button.setToolTip(
            self.tr("Tags and services of every post-mortem; the library as a website")
        )
        self.library_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.library_button.setMenu(library_menu)
        toolbar.addWidget(self.library_button)
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

    def edit_vocabulary(self) -> None:
        from pmdesk.ui.dialogs.vocabulary_dialog import VocabularyDialog

        dialog = VocabularyDialog(self.db, self)
        dialog.renamed.connect(self.refresh)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

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

    def current_query(self) -> LibraryQuery:
        """What the search box, the filters and the sorted column ask for."""
        return LibraryQuery(
            self.search.text().strip(),
            self.filter_bar.current() if self.filter_bar is not None else LibraryFilter(),
            self.model.query.sort,
            self.model.query.descending,
        )

    def refresh(self) -> None:
        """List the post-mortems that match the search and filters, keeping the
        selection (at once, on this thread)."""
        self._search_timer.stop()
        self._generation += 1
        self._searching_generation = None
        self._show_page(read_first_page(self.db, self.current_query(), PostmortemListModel.BATCH))

    def search_in_background(self) -> None:
        """Like `refresh`, with the query run on a worker thread: the window stays
        responsive, and the list changes when the results are in."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._searching_generation = self._generation
        query = self.current_query()
        db = self.db

        def shown(page: LibraryPage) -> None:
            if generation != self._generation:
                return  # a newer reading is under way or shown
            self._searching_generation = None
            if (page.query.sort, page.query.descending) != (
                self.model.query.sort,
                self.model.query.descending,
            ):
                # Sorted by another column meanwhile: read again in that order.
                self.search_in_background()
                return
            self._show_page(page)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._searching_generation = None
                show_error(self, db.explain(error) or error)

        BackgroundOp(
            self, lambda _context: read_first_page(db, query, PostmortemListModel.BATCH)
        ).success(shown).failure(failed).run_in_background()

    @property
    def is_searching(self) -> bool:
        """Whether a search is waiting for a pause in typing or under way."""
        return self._search_timer.isActive() or self._searching_generation is not None

    def _show_page(self, page: LibraryPage) -> None:
        selected = self.selected_row()
        query = page.query
        # A view scrolled to its end fetches more rows as soon as it has them: a new
        # list starts at the top, with one batch.
        self.table.verticalScrollBar().setValue(0)
        self.model.show_page(page)
        searching = bool(query.search)
        if searching:
            self._paint_snippets()
        self.table.setColumnHidden(PostmortemListModel.SNIPPET_COLUMN, not searching)
        count = self.model.match_count
        self.count_label.setText(self._count_text(count, searching or not query.filters.is_empty))
        if searching:
            self.placeholder.setText(
                self.tr(
                    "No post-mortem matches “{search}”.\n\nThe search looks at every part "
                    "of every post-mortem; try fewer words or part of a word."
                ).format(search=query.search)
            )
        elif not query.filters.is_empty:
            self.placeholder.setText(
                self.tr("No post-mortem matches these filters.\n\nClear some of them.")
            )
        else:
            self.placeholder.setText(self.tr("No post-mortems yet. Start one with New (Ctrl+N)."))
        self.placeholder.setVisible(count == 0)
        row = self.model.row_of(selected.id) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif count:
            self.table.selectRow(0)

    def _paint_snippets(self) -> None:
        # Set up with the first search: the start of the app shows no snippets.
        column = PostmortemListModel.SNIPPET_COLUMN
        if self.table.itemDelegateForColumn(column) is None:
            from pmdesk.ui.delegates.snippet_delegate import SnippetDelegate

            delegate = SnippetDelegate(Role.SNIPPETS, self.model.location, self.table)
            self.table.setItemDelegateForColumn(column, delegate)

    def _count_text(self, count: int, found: bool) -> str:
        number = QLocale().toString(count)
        if found:
            if count == 1:
                return self.tr("1 post-mortem found")
            return self.tr("{count} post-mortems found").format(count=number)
        if count == 1:
            return self.tr("1 post-mortem")
        return self.tr("{count} post-mortems").format(count=number)

    def _show_filters(self, shown: bool) -> None:
        if shown:
            with open_reader(self.db) as reader:
                self.filters().set_facets(reader.facets())
        if self.filter_bar is not None:
            self.filter_bar.setVisible(shown)

    def filters(self) -> LibraryFilterBar:
        """The filter bar, made on first use."""
        if self.filter_bar is None:
            from pmdesk.ui.widgets.library_filters import LibraryFilterBar

            self.filter_bar = LibraryFilterBar(self)
            self.filter_bar.hide()
            self.filter_bar.changed.connect(self._search_timer.start)
            self._filters_slot.addWidget(self.filter_bar)
        return self.filter_bar

    # -- saved searches -------------------------------------------------------------
    def saved_searches(self) -> dict[str, dict[str, Any]]:
        """Saved searches by name: {"search": …, "filters": …}."""
        stored = QSettings().value(_SAVED_SEARCHES, "{}")
        try:
            saved = json.loads(str(stored))
        except ValueError:
            return {}
        return saved if isinstance(saved, dict) else {}

    def save_search(self, name: str) -> None:
        query = self.current_query()
        saved = self.saved_searches()
        saved[name] = {"search": query.search, "filters": _filter_to_json(query.filters)}
        QSettings().setValue(_SAVED_SEARCHES, json.dumps(saved, ensure_ascii=False))

    def apply_saved_search(self, name: str) -> None:
        entry = self.saved_searches().get(name)
        if entry is None:
            return
        wanted = _filter_from_json(entry.get("filters", {}))
        self.search.setText(str(entry.get("search", "")))
        self.filters().apply(wanted)
        if not wanted.is_empty:
            self.filters_button.setChecked(True)
        self.refresh()

    def delete_saved_search(self, name: str) -> None:
        saved = self.saved_searches()
        saved.pop(name, None)
        QSettings().setValue(_SAVED_SEARCHES, json.dumps(saved, ensure_ascii=False))

    def _ask_to_save_search(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("Save search"), self.tr("Name of this search:")
        )
        if accepted and name.strip():
            self.save_search(name.strip())

    def _fill_saved_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(self.tr("Save this search…"))
        save.triggered.connect(self._ask_to_save_search)
        saved = sorted(self.saved_searches(), key=str.casefold)
        if not saved:
            return
        menu.addSeparator()
        for name in saved:
            # A name is the user's text: set as the action's plain text, never markup.
            action = menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, n=name: self.apply_saved_search(n))
        forget = menu.addMenu(self.tr("Delete a saved search"))
        for name in saved:
            action = forget.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, n=name: self.delete_saved_search(n))

    @property
    def open_windows(self) -> dict[int, PostmortemWindow]:
        """The post-mortems open in their own windows, by id."""
        return self._open_windows

    def select_postmortem(self, key: str) -> None:
        """Select the post-mortem `key` in the list, if the list shows it."""
        for row in range(self.model.rowCount()):
            found = self.model.data(self.model.index(row, 0), Role.ITEM)
            if isinstance(found, LibraryRow) and found.key == key:
                self.table.selectRow(row)
                return

    def selected_row(self) -> LibraryRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = self.model.data(indexes[0], Role.ITEM)
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

        self._overdue_counts += 1
        self._show_overdue_count(overdue_count(self.db, _local_today()))

    def _count_overdue_in_background(self) -> None:
        from pmdesk.store.overdue import overdue_count

        self._overdue_counts += 1
        counted = self._overdue_counts
        db, today = self.db, _local_today()

        def show(count: int) -> None:
            if counted == self._overdue_counts:  # not counted again meanwhile
                self._show_overdue_count(count)

        BackgroundOp(self, lambda _context: overdue_count(db, today)).success(
            show
        ).run_in_background()

    def _show_overdue_count(self, count: int) -> None:
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

    def build_site(self) -> None:
        """Ask for a folder and a version, and build the static site there."""
        from pmdesk.ui.build_site import SiteBuilder

        if self._site_builder is None:
            self._site_builder = SiteBuilder(self, self.db, self.paths)
        self._site_builder.start()

    def _document_of(self, postmortem_id: int) -> PostmortemDocument | None:
        window = self._open_windows.get(postmortem_id)
        return window.document if window is not None else None

    def show_action(self, postmortem_id: int, action_id: int) -> None:
        """Open post-mortem `postmortem_id` at its action item `action_id`."""
        self.open_postmortem(postmortem_id)
        window = self._open_windows.get(postmortem_id)
        if window is not None:
            window.go_to_location(Location.of_part(LocationKind.ACTION, action_id))

    @property
    def archive_import(self) -> ArchiveImport:
        """Imports many files and folders; made when first needed (it loads the
        archive readers)."""
        if self._archive_import is None:
            from pmdesk.ui.dialogs.import_archive_dialog import ArchiveImport

            self._archive_import = ArchiveImport(self, self.db)
            self._archive_import.imported.connect(self._archive_imported)
            self._archive_import.open_requested.connect(self._open_by_uuid)
        return self._archive_import

    def import_file(self) -> None:
        """Ask for files and import them (Import…)."""
        self.import_paths(self.archive_import.ask_for_files())

    def import_folder(self) -> None:
        """Ask for a folder and import the post-mortems in it (Import a folder…)."""
        self.import_paths(self.archive_import.ask_for_folder())

    def import_paths(self, paths: list[Path]) -> None:
        """Bring files and folders into the library: one pmdesk file is opened as a
        double-click opens it; anything else is imported with a summary."""
        if len(paths) == 1 and paths[0].is_file() and paths[0].suffix.lower() == ".json":
            self.open_interchange_file(paths[0])
        else:
            self.archive_import.start(paths)

    def _archive_imported(self, summary: LoadSummary) -> None:
        self.refresh()
        from pmdesk.archive.batch import Outcome

        loaded = (Outcome.CREATED, Outcome.UPDATED)
        first = next((r for r in summary.files if r.outcome in loaded), None)
        if first is None:
            return
        row = self.model.row_of(self._id_of(first.uuid))
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _open_by_uuid(self, uuid: str) -> None:
        self.open_postmortem(self._id_of(uuid))

    def _id_of(self, uuid: str) -> int:
        from pmdesk.store.queries import find_postmortem

        with self.db.reading() as session:
            return find_postmortem(session, uuid).id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # After the drop ends: the source application is not kept waiting.
            QTimer.singleShot(0, lambda: self.import_paths(paths))

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
        from pmdesk.exporters.export import file_slug

        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a post-mortem"),
            str(Path.home() / f"{file_slug(row.key) or 'postmortem'}{INTERCHANGE_SUFFIX}"),
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
