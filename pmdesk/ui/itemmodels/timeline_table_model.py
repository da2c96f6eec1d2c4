"""The timeline as a table: a thin, lazy adapter over ``postmortem.timeline_events``.

The model holds references to the domain objects (never copies) in display order:
sorted by time unless a header click chose another column, and narrowed by the
search text. Display strings are computed in `data()` on demand, so 100,000 events
cost nothing until they are scrolled into view; time formatting is cached per
(moment, zone).

Changes never happen here directly: `setData` turns an edit into an `Edit` and
pushes it through the document; the model updates itself from `document.edited`.

The edits themselves (`ReplaceTimelineEvents`, `delete_events_edit`…) are Qt-free and
live in `pmdesk.domain.timeline_edits`; times are formatted by `pmdesk.domain.moments`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QIcon, QPainter, QPen, QPixmap

from pmdesk.domain.corroboration import cluster_members, sources_of
from pmdesk.domain.edits import Edit, SetValue
from pmdesk.domain.limits import elide
from pmdesk.domain.moments import format_time, parse_display_time, zone_named
from pmdesk.domain.timeline import MOMENT_NAMES, MOMENTS_CONTEXT
from pmdesk.domain.timeline_edits import (
    MANUAL_SOURCE,
    field_edit,
)
from pmdesk.models import KeyMoment, TimelineEvent
from pmdesk.ui.itemmodels.roles import Role
from pmdesk.ui.mime import TIMELINE_EVENTS_MIME
from pmdesk.ui.richtext import CELL_MAX_CHARS, plain_tooltip

if TYPE_CHECKING:
    from pmdesk.ui.document import PostmortemDocument

__all__ = [
    "COLUMNS",
    "ERROR_LEVELS",
    "KEY_MOMENT_COLOURS",
    "TimelineTableModel",
    "key_moment_label",
    "level_label",
    "machine_zone_name",
    "monospace_font",
    "source_colour",
]

COLUMN_TIME, COLUMN_KEY_MOMENT, COLUMN_SOURCE, COLUMN_AUTHOR, COLUMN_LEVEL, COLUMN_TEXT = range(6)
COLUMNS = tuple(
    str(QT_TRANSLATE_NOOP("TimelineTableModel", name))
    for name in ("Time", "Key moment", "Source", "Author", "Level", "Text")
)

# The log levels timeline events store (see `pmdesk.importers`), as the table names them.
LEVEL_LABELS: dict[str, str] = {
    "trace": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Trace")),
    "debug": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Debug")),
    "info": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Info")),
    "notice": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Notice")),
    "warning": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Warning")),
    "error": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Error")),
    "critical": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Critical")),
    "alert": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Alert")),
    "emergency": str(QT_TRANSLATE_NOOP("TimelineTableModel", "Emergency")),
}
# "Errors only" keeps these: an error and everything more severe.
ERROR_LEVELS = frozenset(("error", "critical", "alert", "emergency"))
_LEVEL_ORDER = {level: rank for rank, level in enumerate(LEVEL_LABELS)}


def level_label(level: str | None) -> str:
    """The translated name of a log level ("" for events without one)."""
    if level is None:
        return ""
    return QCoreApplication.translate("TimelineTableModel", LEVEL_LABELS.get(level, level))


def key_moment_label(moment: KeyMoment) -> str:
    """The translated name of a key moment."""
    return QCoreApplication.translate(MOMENTS_CONTEXT, MOMENT_NAMES[moment])


# Mid-saturation hues, drawn translucent, so they read on light and dark palettes.
KEY_MOMENT_COLOURS: dict[KeyMoment, QColor] = {
    KeyMoment.IMPACT_START: QColor(220, 60, 60),
    KeyMoment.DETECTED: QColor(230, 140, 20),
    KeyMoment.ACKNOWLEDGED: QColor(200, 170, 0),
    KeyMoment.MITIGATED: QColor(40, 150, 220),
    KeyMoment.RESOLVED: QColor(40, 170, 90),
}
_KEY_MOMENT_ORDER = {moment: i for i, moment in enumerate(KeyMoment)}


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_ITEM = int(Role.ITEM)
_ANSWERED_ROLES = frozenset(
    (_DISPLAY, _EDIT, _BACKGROUND, _FONT, _DECORATION, _TOOLTIP, _ACCESSIBLE_TEXT, _ITEM)
)


# --- times ---------------------------------------------------------------------


def machine_zone_name() -> str:
    """This computer's IANA zone name, or "UTC" when it has none pmdesk can use."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zone_named(name)
    except (ValueError, KeyError):
        return "UTC"
    return name


# --- presentation helpers ------------------------------------------------------


def monospace_font() -> QFont:
    """A font that sets only a fixed-pitch family (size and weight come from elsewhere)."""
    font = QFont()
    font.setFamilies(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font


@lru_cache(maxsize=256)
def source_colour(source: str) -> QColor:
    """A stable colour per source family ("slack #x" and "slack #y" share one)."""
    family = source.split(" ", 1)[0].casefold()
    hue = int.from_bytes(family.encode("utf-8")[:8].ljust(8, b"\0"), "big") * 2654435761 % 360
    return QColor.fromHsv(hue, 150, 200)


@lru_cache(maxsize=512)
def _source_icon(source: str, imported: bool) -> QIcon:
    # Filled chip: came from an imported file; outlined: written or curated by hand.
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = source_colour(source)
    if imported:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(1, 1, 10, 10, 3, 3)
    else:
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(2, 2, 8, 8, 2, 2)
    painter.end()
    return QIcon(pixmap)


def _one_line(text: str) -> str:
    text = elide(text, CELL_MAX_CHARS)
    return text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ") if "\n" in text else text


def _haystack(event: TimelineEvent) -> tuple[str, str, str, str]:
    moment = event.key_moment.value if event.key_moment else ""
    return (
        (event.source or "").casefold(),
        (event.author or "").casefold(),
        (event.text or "").casefold(),
        moment,
    )


_FIELD_PREFIXES = {"source": 0, "author": 1, "text": 2, "key": 3}


def _parse_query(query: str) -> list[tuple[int | None, str]]:
    """ "source:slack db-01" → [(0, "slack"), (None, "db-01")]."""
    terms: list[tuple[int | None, str]] = []
    for word in query.casefold().split():
        field, sep, rest = word.partition(":")
        if sep and field in _FIELD_PREFIXES and rest:
            terms.append((_FIELD_PREFIXES[field], rest))
        else:
            terms.append((None, word))
    return terms


def _matches(hay: tuple[str, str, str, str], terms: list[tuple[int | None, str]]) -> bool:
    for field, needle in terms:
        if field is None:
            if needle not in hay[0] and needle not in hay[1] and needle not in hay[2]:
                return False
        elif needle not in hay[field]:
            return False
    return True


def _sort_key(column: int) -> Any:
    if column == COLUMN_KEY_MOMENT:
        return lambda e: _KEY_MOMENT_ORDER.get(e.key_moment, len(_KEY_MOMENT_ORDER))
    if column == COLUMN_SOURCE:
        return lambda e: (e.source or "").casefold()
    if column == COLUMN_AUTHOR:
        return lambda e: (e.author or "\uffff").casefold()
    if column == COLUMN_LEVEL:
        return lambda e: _LEVEL_ORDER.get(e.level, -1)
    if column == COLUMN_TEXT:
        return lambda e: (e.text or "").casefold()
    return attrgetter("occurred_at")


# --- the model -----------------------------------------------------------------


class TimelineTableModel(QAbstractTableModel):
    """Rows are timeline events; columns: time, key moment, source, author, level, text.

    Signals:
        edit_rejected(str): what the user typed could not be used (e.g. an unreadable time).
        rows_resynced: the set or order of rows changed (sort, filter, add, delete).
        time_format_changed: the time column started or stopped showing the date.
    """

    edit_rejected = Signal(str)
    rows_resynced = Signal()
    time_format_changed = Signal()

    def __init__(self, document: PostmortemDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.postmortem = document.postmortem
        self.zone_name = "UTC"
        self.sort_column = COLUMN_TIME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.query = ""
        self._terms: list[tuple[int | None, str]] = []
        self.errors_only = False
        # The events that corroborate each shown event (by id() of the shown one), and
        # the events whose corroborating evidence is shown as rows of their own.
        self._members: dict[int, list[TimelineEvent]] = {}
        self._expanded: set[int] = set()
        self._present: set[int] = set()
        self._linked: set[int] = set()
        # Events added while a search is active stay visible until the search changes.
        self._pinned: set[int] = set()
        self._haystacks: dict[int, tuple[TimelineEvent, tuple[str, str, str, str]]] = {}
        self._row_of: dict[int, int] | None = None
        # The date is shown only when the rows shown span more than one day.
        self.shows_date = True
        self._rows: list[TimelineEvent] = self._compute_rows()
        self.shows_date = self._spans_days()
        # Only the family (or weight) is set, so the view's size — and the window's
        # zoom — still apply: the delegate resolves these against the view's font.
        self._fixed_font = monospace_font()
        self._bold_font = QFont()
        self._bold_font.setBold(True)
        self._brushes = {
            moment: QBrush(QColor(c.red(), c.green(), c.blue(), 56))
            for moment, c in KEY_MOMENT_COLOURS.items()
        }
        document.edited.connect(self._document_edited)

    # --- Qt model interface --------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                if section == COLUMN_TIME:
                    return self.tr("Time ({zone})").format(zone=self.zone_name)
                return self.tr(COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == COLUMN_TIME:
                return self.tr("Shown in {zone}; stored in UTC").format(zone=self.zone_name)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # Hot path: a view asks ~10 roles per visible cell on every paint. Plain int
        # comparisons, and roles we never answer are turned away first.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        event = self._rows[index.row()]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE_TEXT):
            if column == COLUMN_TIME:
                text = format_time(event.occurred_at, self.zone_name)
                return text if self.shows_date else text[11:]
            if column == COLUMN_KEY_MOMENT:
                moment = event.key_moment
                return key_moment_label(moment) if moment else ""
            if column == COLUMN_SOURCE:
                return self._source_text(event)
            if column == COLUMN_AUTHOR:
                return event.author or ""
            if column == COLUMN_LEVEL:
                return level_label(event.level)
            return _one_line(event.text or "")
        if role == _BACKGROUND:
            moment = event.key_moment
            return self._brushes[moment] if moment else None
        if role == _FONT:
            if column == COLUMN_TIME:
                return self._fixed_font
            if column == COLUMN_KEY_MOMENT and event.key_moment:
                return self._bold_font
            return None
        if role == _DECORATION:
            if column != COLUMN_SOURCE:
                return None
            return _source_icon(event.source or "", event.import_batch is not None)
        if role == _EDIT:
            if column == COLUMN_TIME:
                return format_time(event.occurred_at, self.zone_name)
            if column == COLUMN_KEY_MOMENT:
                return event.key_moment.value if event.key_moment else ""
            if column == COLUMN_SOURCE:
                return event.source
            if column == COLUMN_AUTHOR:
                return event.author or ""
            if column == COLUMN_LEVEL:
                return event.level or ""
            return event.text or ""
        if role == _ITEM:
            return event
        return plain_tooltip(self._tooltip(event, column))  # the only role left: ToolTipRole

    def _tooltip(self, event: TimelineEvent, column: int) -> str | None:
        if column == COLUMN_TIME:
            utc = format_time(event.occurred_at, "UTC")
            original = event.original_time or utc
            return self.tr("Original time: {original} ({zone})\nUTC: {utc}").format(
                original=original, zone=event.source_zone or "UTC", utc=utc
            )
        if column == COLUMN_SOURCE and self._members.get(id(event)):
            members = self._members[id(event)]
            lines = [
                f"{format_time(m.occurred_at, self.zone_name)[11:]}  {m.source}: "
                + elide(m.text, 80)
                for m in members
            ]
            return "\n".join(
                [
                    self.tr("Seen by {count} sources: {sources}").format(
                        count=len(members) + 1, sources=", ".join(sources_of(event, members))
                    ),
                    *lines,
                    self.tr("Right-click to show them as rows or to split them off."),
                ]
            )
        primary = self.corroborated(event) if column == COLUMN_SOURCE else None
        if primary is not None:
            return self.tr("The same moment as “{text}”, seen by {source}").format(
                text=elide(primary.text, 80), source=event.source
            )
        if column == COLUMN_SOURCE:
            if event.import_batch is not None:
                return self.tr("Imported from {file} ({format})").format(
                    file=event.import_batch.file_name, format=event.import_batch.format
                )
            return self.tr("Added by hand") if event.source == MANUAL_SOURCE else event.source
        if column == COLUMN_TEXT and event.text and len(event.text) > 60:
            return event.text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        # The level is what the log said; key moments are marked through the page's actions.
        if index.column() not in (COLUMN_KEY_MOMENT, COLUMN_LEVEL):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        event = self._rows[index.row()]
        edit = self.edit_for(event, index.column(), value)
        if edit is None:
            return False
        self.document.push(edit)
        return True

    def edit_for(self, event: TimelineEvent, column: int, value: Any) -> Edit | None:
        """The edit that sets `column` of `event` to what the user entered (None: no change)."""
        pm = self.postmortem
        if column == COLUMN_TIME:
            text = str(value).strip()
            try:
                moment = parse_display_time(text, self.zone_name, event.occurred_at)
            except ValueError:
                self.edit_rejected.emit(
                    self.tr(
                        '"{text}" is not a time pmdesk can read. Type it like 09:13, '
                        "09:13:05 or 2026-10-14 09:13 ({zone})."
                    ).format(text=text, zone=self.zone_name)
                )
                return None
            if moment == event.occurred_at:
                return None
            return field_edit(pm, event, "occurred_at", moment, self.tr("Change time"))
        if column == COLUMN_KEY_MOMENT:
            moment_value = KeyMoment(value) if value else None
            if moment_value == event.key_moment:
                return None
            return SetValue(event, "key_moment", moment_value, self.tr("Mark key moment"))
        if column == COLUMN_LEVEL:
            return None  # what the log said, not for editing
        attribute = {COLUMN_SOURCE: "source", COLUMN_AUTHOR: "author", COLUMN_TEXT: "text"}[column]
        new: str | None = str(value)
        if attribute == "author":
            new = str(value).strip() or None
        elif attribute == "source":
            new = str(value).strip() or MANUAL_SOURCE
        if new == getattr(event, attribute):
            return None
        label = {
            "source": self.tr("Change source"),
            "author": self.tr("Change author"),
            "text": self.tr("Edit event text"),
        }[attribute]
        return field_edit(pm, event, attribute, new, label)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            column, order = COLUMN_TIME, Qt.SortOrder.AscendingOrder
        self.sort_column = column
        self.sort_order = order
        self._resync()

    # --- drag ------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def mimeTypes(self) -> list[str]:
        return [TIMELINE_EVENTS_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        events = self.events_at(indexes)
        if any(event.id is None for event in events):
            # Ids exist once saved; the receiving page looks events up by id.
            self.document.save()
        data = QMimeData()
        ids = [event.id for event in events if event.id is not None]
        data.setData(TIMELINE_EVENTS_MIME, json.dumps(ids).encode("utf-8"))
        data.setText(
            "\n".join(
                f"{format_time(e.occurred_at, self.zone_name)}  {e.author or e.source}: {e.text}"
                for e in events
            )
        )
        return data

    # --- helpers for the page ---------------------------------------------------
    def event_at(self, row: int) -> TimelineEvent:
        return self._rows[row]

    def events_at(
        self, indexes: Iterable[QModelIndex | QPersistentModelIndex]
    ) -> list[TimelineEvent]:
        """Distinct events of `indexes`, in row order."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return [self._rows[row] for row in rows]

    def row_of(self, event: TimelineEvent) -> int | None:
        if self._row_of is None:
            self._row_of = {id(e): row for row, e in enumerate(self._rows)}
        row = self._row_of.get(id(event))
        return row if row is not None and self._rows[row] is event else None

    def find_event(self, event_id: int) -> TimelineEvent | None:
        return next((e for e in self.postmortem.timeline_events if e.id == event_id), None)

    def visible_events(self) -> Sequence[TimelineEvent]:
        return self._rows

    def set_zone(self, zone_name: str) -> None:
        """Show times in another zone; stored times stay UTC."""
        zone_named(zone_name)  # raises for unknown names before anything changes
        if zone_name == self.zone_name:
            return
        self.zone_name = zone_name
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COLUMN_TIME, COLUMN_TIME)
        self._update_date_display()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COLUMN_TIME),
                self.index(len(self._rows) - 1, COLUMN_TIME),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
            )

    def set_query(self, query: str) -> None:
        """Show only events whose source, author or text contain every word.

        "source:slack", "author:priya", "text:reload" and "key:detected" narrow a
        word to one field.
        """
        if query == self.query:
            return
        self.query = query
        self._terms = _parse_query(query)
        self._pinned.clear()
        self._resync()

    def members_of(self, event: TimelineEvent) -> list[TimelineEvent]:
        """The events that corroborate `event` (the same moment from other sources)."""
        return list(self._members.get(id(event), ()))

    def corroborated(self, event: TimelineEvent) -> TimelineEvent | None:
        """The shown event that `event` corroborates, if it is in the timeline."""
        primary = event.corroborates
        return primary if primary is not None and id(primary) in self._present else None

    def is_expanded(self, event: TimelineEvent) -> bool:
        return id(event) in self._expanded

    def set_expanded(self, event: TimelineEvent, expanded: bool) -> None:
        """Show (or hide again) the events that corroborate `event` as rows of their own."""
        if expanded == self.is_expanded(event):
            return
        if expanded:
            self._expanded.add(id(event))
        else:
            self._expanded.discard(id(event))
        self._resync()

    def fact_count(self) -> int:
        """How many events the timeline shows without filters: corroborating ones aside."""
        return len(self._present) - sum(len(m) for m in self._members.values())

    def _source_text(self, event: TimelineEvent) -> str:
        members = self._members.get(id(event))
        if members:
            return self.tr("{source} +{count}").format(source=event.source, count=len(members))
        if self.corroborated(event) is not None:
            return f"↳ {event.source}"
        return event.source

    def set_errors_only(self, errors_only: bool) -> None:
        """Show only log lines of level error or worse (with the search, if any)."""
        if errors_only == self.errors_only:
            return
        self.errors_only = errors_only
        self._pinned.clear()
        self._resync()

    def pin(self, event: TimelineEvent) -> None:
        """Keep `event` visible whatever the search (a row just added by the user)."""
        self._pinned.add(id(event))

    # --- keeping in step with the document ----------------------------------------
    def _compute_rows(self) -> list[TimelineEvent]:
        events: list[TimelineEvent] = list(self.postmortem.timeline_events)
        self._present = {id(e) for e in events}
        self._members = members = {
            primary: group
            for primary, group in cluster_members(events).items()
            if primary in self._present
        }
        self._linked = {id(m) for group in members.values() for m in group}
        if members:
            # One row per moment; the evidence that corroborates it is added below it
            # when expanded (after filtering and sorting, which go by the moment).
            events = [e for e in events if id(e) not in self._linked]
        if self.errors_only:
            pinned = self._pinned

            def is_error(event: TimelineEvent) -> bool:
                return event.level in ERROR_LEVELS or any(
                    m.level in ERROR_LEVELS for m in members.get(id(event), ())
                )

            events = [e for e in events if id(e) in pinned or is_error(e)]
        if self._terms:
            terms = self._terms
            pinned = self._pinned
            events = [e for e in events if id(e) in pinned or _matches(self._haystack_of(e), terms)]
        # Stable sorts: time first, so equal keys of another column keep time order.
        events.sort(key=attrgetter("occurred_at"))
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        if self.sort_column != COLUMN_TIME:
            events.sort(key=_sort_key(self.sort_column), reverse=descending)
        elif descending:
            events.reverse()
        expanded = [e for e in events if id(e) in self._expanded and id(e) in members]
        if expanded:
            rows: list[TimelineEvent] = []
            for event in events:
                rows.append(event)
                if id(event) in self._expanded:
                    rows += sorted(members.get(id(event), ()), key=attrgetter("occurred_at"))
            return rows
        return events

    def _spans_days(self) -> bool:
        if not self._rows:
            return False
        if self.sort_column == COLUMN_TIME:
            first, last = self._rows[0].occurred_at, self._rows[-1].occurred_at
        else:
            times = [e.occurred_at for e in self._rows]
            first, last = min(times), max(times)
        return format_time(first, self.zone_name)[:10] != format_time(last, self.zone_name)[:10]

    def _update_date_display(self) -> None:
        shows_date = self._spans_days()
        if shows_date != self.shows_date:
            self.shows_date = shows_date
            self.time_format_changed.emit()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, COLUMN_TIME),
                    self.index(len(self._rows) - 1, COLUMN_TIME),
                    [Qt.ItemDataRole.DisplayRole],
                )

    def _haystack_of(self, event: TimelineEvent) -> tuple[str, str, str, str]:
        cached = self._haystacks.get(id(event))
        if cached is not None and cached[0] is event:
            return cached[1]
        hay = _haystack(event)
        self._haystacks[id(event)] = (event, hay)
        return hay

    def _resync(self) -> bool:
        """Bring the rows in line with the document, with the finest signals that fit.

        Returns:
            Whether any row was added, removed or moved.
        """
        old = self._rows
        new = self._compute_rows()
        if len(new) == len(old) and all(a is b for a, b in zip(old, new, strict=True)):
            return False
        blocks = _diff_blocks(old, new)
        if blocks is not None and len(blocks) <= 32:
            kind, spans = blocks
            if kind == "insert":
                for start, items in spans:
                    self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
                    self._rows[start:start] = items
                    self._row_of = None
                    self.endInsertRows()
            else:
                for start, count in reversed(spans):
                    self.beginRemoveRows(QModelIndex(), start, start + count - 1)
                    del self._rows[start : start + count]
                    self._row_of = None
                    self.endRemoveRows()
        elif len(new) == len(old) and {id(e) for e in new} == {id(e) for e in old}:
            self._relayout(new)
        else:
            self.beginResetModel()
            self._rows = new
            self._row_of = None
            self.endResetModel()
        self._update_date_display()
        self.rows_resynced.emit()
        return True

    def _relayout(self, new: list[TimelineEvent]) -> None:
        # Same events, new order: keep selection and current row via persistent indexes.
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        old_events = [self._rows[index.row()] for index in old_indexes]
        self._rows = new
        self._row_of = None
        new_indexes = []
        for index, event in zip(old_indexes, old_events, strict=True):
            row = self.row_of(event)
            new_indexes.append(
                self.index(row, index.column()) if row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _document_edited(self, touched: tuple[object, ...]) -> None:
        if any(
            isinstance(obj, TimelineEvent)
            and (obj.corroborates is not None or id(obj) in self._linked)
            for obj in touched
        ):
            # Evidence joined or left a cluster: rows appear or go, "+n" changes.
            if not self._resync():
                self.rows_resynced.emit()  # the count of moments changed all the same
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, COLUMN_SOURCE), self.index(len(self._rows) - 1, COLUMN_SOURCE)
                )
            return
        if any(obj is self.postmortem for obj in touched) and self._resync():
            # Rows were inserted, removed or reordered: the view repaints them all.
            for obj in touched:
                if isinstance(obj, TimelineEvent):
                    self._haystacks.pop(id(obj), None)
            return
        changed_rows = []
        needs_order_check = False
        for obj in touched:
            if isinstance(obj, TimelineEvent):
                self._haystacks.pop(id(obj), None)
                row = self.row_of(obj)
                if row is not None:
                    changed_rows.append(row)
                    needs_order_check = True
        for row in changed_rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        if changed_rows:
            self._update_date_display()
        if needs_order_check and not self._is_in_order(changed_rows):
            self._resync()

    def _is_in_order(self, rows: list[int]) -> bool:
        key = _sort_key(self.sort_column)
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        for row in rows:
            for before, after in ((row - 1, row), (row, row + 1)):
                if before < 0 or after >= len(self._rows):
                    continue
                a, b = key(self._rows[before]), key(self._rows[after])
                if (b < a) if not descending else (a < b):
                    return False
        return True


def _diff_blocks(
    old: list[TimelineEvent], new: list[TimelineEvent]
) -> tuple[str, list[tuple[int, Any]]] | None:
    """Contiguous insertions (new-list positions) or removals (old-list positions).

    None when the change is neither a pure insertion nor a pure removal.
    """
    if len(new) > len(old):
        spans: list[tuple[int, Any]] = []
        i = 0
        for j, event in enumerate(new):
            if i < len(old) and old[i] is event:
                i += 1
            elif spans and spans[-1][0] + len(spans[-1][1]) == j:
                spans[-1][1].append(event)
            else:
                spans.append((j, [event]))
        return ("insert", spans) if i == len(old) else None
    if len(new) < len(old):
        removed: list[tuple[int, Any]] = []
        j = 0
        for i, event in enumerate(old):
            if j < len(new) and new[j] is event:
                j += 1
            elif removed and removed[-1][0] + removed[-1][1] == i:
                removed[-1] = (removed[-1][0], removed[-1][1] + 1)
            else:
                removed.append((i, 1))
        return ("remove", removed) if j == len(new) else None
    return None
