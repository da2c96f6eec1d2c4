"""The library's table: the post-mortems a search and filters select, read lazily.

A query fetches only the ordered ids of what matches (ten thousand integers take a
few milliseconds); rows and snippets are read a batch at a time as the view scrolls
to them (`canFetchMore`/`fetchMore`), so the first window of a large library shows
as fast as that of a small one, and a view measuring its columns measures one batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.limits import TITLE_MAX_CHARS, elide
from pmdesk.store.database import Database
from pmdesk.store.library import LibraryQuery, LibraryReader, LibraryRow, Sort, open_reader
from pmdesk.store.search import Snippet
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.richtext import plain_tooltip

__all__ = ["LibraryPage", "PostmortemListModel", "read_first_page"]

_Index = QModelIndex | QPersistentModelIndex
# The roles `data` answers. A view asks for a dozen roles per cell on every paint
# (fonts, colours, alignment, …): those are turned away before anything is looked up.
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.ITEM, Role.SNIPPETS)
)

# Marked with their literal context, which is what lupdate reads.
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("PostmortemListModel", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("PostmortemListModel", "In review"),
    "published": QT_TRANSLATE_NOOP("PostmortemListModel", "Published"),
}
VERDICT_LABELS = {
    "mandatory": QT_TRANSLATE_NOOP("PostmortemListModel", "Mandatory"),
    "recommended": QT_TRANSLATE_NOOP("PostmortemListModel", "Recommended"),
    "not_required": QT_TRANSLATE_NOOP("PostmortemListModel", "Not required"),
    "": QT_TRANSLATE_NOOP("PostmortemListModel", "Not assessed"),
}
# What each column sorts by; the "Found in" column sorts by relevance.
_COLUMN_SORTS = (
    Sort.KEY,
    Sort.TITLE,
    Sort.RELEVANCE,
    Sort.SEVERITY,
    Sort.STATUS,
    Sort.VERDICT,
    Sort.CREATED,
    Sort.UPDATED,
)


@dataclass(frozen=True)
class LibraryPage:
    """What a query selects: every id, in order, and the first batch of rows with
    their snippets. Read without Qt, so a search can run off the UI thread."""

    query: LibraryQuery
    ids: list[int]
    rows: list[LibraryRow]
    snippets: dict[int, list[Snippet]]


def _read_batch(
    reader: LibraryReader, ids: list[int], start: int, search: str, size: int
) -> tuple[list[LibraryRow], dict[int, list[Snippet]]]:
    """The rows and snippets of `ids[start:start + size]`; ids of post-mortems deleted
    since they were read are dropped from `ids`."""
    wanted = ids[start : start + size]
    rows = reader.rows(wanted)
    if len(rows) < len(wanted):
        kept = {row.id for row in rows}
        ids[start : start + size] = [i for i in wanted if i in kept]
    return rows, reader.snippets([row.id for row in rows], search)


def read_first_page(db: Database, query: LibraryQuery, size: int) -> LibraryPage:
    """The ids `query` selects and the rows of the first `size` (safe on any thread:
    it reads over a connection of its own)."""
    with open_reader(db) as reader:
        ids = reader.ids(query)
        rows, snippets = _read_batch(reader, ids, 0, query.search, size)
    return LibraryPage(query, ids, rows, snippets)


class PostmortemListModel(QAbstractTableModel):
    """Table model over the post-mortems of one `LibraryQuery`, fetched on demand.

    Titles are shown elided to `TITLE_MAX_CHARS`: a view lays out and measures the text
    it is given on every paint, and a title of megabytes froze the window for seconds.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("PostmortemListModel", "Key"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Title"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Found in"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Severity"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Status"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Post-mortem"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Created"),
        QT_TRANSLATE_NOOP("PostmortemListModel", "Updated"),
    )
    SNIPPET_COLUMN = 2
    BATCH = 100

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = LibraryQuery()
        self._ids: list[int] = []
        self._rows: list[LibraryRow] = []
        self._snippets: dict[int, list[Snippet]] = {}

    # -- the query --------------------------------------------------------------
    @property
    def match_count(self) -> int:
        """How many post-mortems the query selects (also those not fetched yet)."""
        return len(self._ids)

    def set_query(self, query: LibraryQuery) -> None:
        """Select what `query` selects; the first batch is read at once."""
        self.show_page(read_first_page(self.db, query, self.BATCH))

    def show_page(self, page: LibraryPage) -> None:
        """Show what `read_first_page` read (on any thread) for a query."""
        self.beginResetModel()
        self.query = page.query
        self._ids, self._rows = list(page.ids), list(page.rows)
        self._snippets = dict(page.snippets)
        # The view may fetch more as the reset ends.
        self.endResetModel()

    def refresh(self) -> None:
        """Read the query again (after something was added, changed or deleted)."""
        self.set_query(self.query)

    def row_of(self, postmortem_id: int) -> int | None:
        """The row of a post-mortem the query selects, fetching up to it; None if it
        is not selected."""
        if postmortem_id not in self._ids:
            return None
        position = self._ids.index(postmortem_id)
        while len(self._rows) <= position and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        rows = [row.id for row in self._rows]
        return rows.index(postmortem_id) if postmortem_id in rows else None

    # -- lazy fetching ------------------------------------------------------------
    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        with open_reader(self.db) as reader:
            rows, snippets = _read_batch(reader, self._ids, start, self.query.search, self.BATCH)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._snippets.update(snippets)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = _COLUMN_SORTS[column] if 0 <= column < len(_COLUMN_SORTS) else Sort.RELEVANCE
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self.query.sort, self.query.descending):
            return
        # Read again in the new order (a reset): only the first batch is fetched.
        self.set_query(LibraryQuery(self.query.search, self.query.filters, sort, descending))

    # -- the table ----------------------------------------------------------------
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

    def snippets(self, postmortem_id: int) -> list[Snippet]:
        return self._snippets.get(postmortem_id, [])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Role.ITEM:
            return row
        if role == Role.SNIPPETS:
            return self.snippets(row.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1:
                return plain_tooltip(elide(row.title, TITLE_MAX_CHARS))
            if index.column() == self.SNIPPET_COLUMN:
                return plain_tooltip(
                    "\n".join(self.snippet_text(snippet) for snippet in self.snippets(row.id))
                )
        return None

    def location(self, snippet: Snippet) -> str:
        """Where a snippet matched, in the UI's language: "Action item 2"."""
        labels = {
            "key": self.tr("Key"),
            "title": self.tr("Title"),
            "summary": self.tr("Summary"),
            "impact": self.tr("Customer impact"),
            "root_causes": self.tr("Root cause {n}"),
            "whys": self.tr("Why {n}"),
            "factors": self.tr("Contributing factor {n}"),
            "actions": self.tr("Action item {n}"),
            "lessons": self.tr("Lesson {n}"),
            "timeline": self.tr("Timeline event {n}"),
            "tags": self.tr("Tag"),
            "services": self.tr("Service"),
            "facilitator": self.tr("Facilitator"),
        }
        return labels[snippet.column].format(n=snippet.item)

    def snippet_text(self, snippet: Snippet) -> str:
        """A snippet as one plain line: "Action item 2: …the pooler reload…"."""
        before = "…" if snippet.cut_before else ""
        after = "…" if snippet.cut_after else ""
        return f"{self.location(snippet)}: {before}{snippet.text}{after}"

    def _display(self, row: LibraryRow, column: int) -> str | None:
        match column:
            case 0:
                return row.key
            case 1:
                return elide(row.title, TITLE_MAX_CHARS) or self.tr("(untitled)")
            case 2:
                found = self.snippets(row.id)
                return self.snippet_text(found[0]) if found else ""
            case 3:
                return f"SEV {row.severity}" if row.severity else "—"
            case 4:
                return self.tr(STATUS_LABELS.get(row.status, row.status))
            case 5:
                return self.tr(VERDICT_LABELS.get(row.verdict or "", row.verdict or ""))
            case 6:
                return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            case 7:
                return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return None
