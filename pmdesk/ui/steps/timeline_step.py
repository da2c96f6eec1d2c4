"""Step 2 of the learning loop: the objective timeline.

A table of events (add, edit inline, delete, mark key moments), the metrics the
key moments give, and a to-scale strip of the whole incident. Every change is an
`Edit` pushed through the document, so it is undoable and autosaved.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import partial
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.corroboration import split_edit
from pmdesk.domain.edits import Compound, Edit, InsertItem, SetValue
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.moments import zone_named
from pmdesk.domain.timeline_edits import (
    citing_whys,
    delete_events_edit,
    new_manual_event,
    sorted_position,
)
from pmdesk.importers.store import remove_import_edit
from pmdesk.models import ImportBatch, KeyMoment, TimelineEvent
from pmdesk.ui.delegates.timeline_delegate import TimelineDelegate
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.timeline_table_model import (
    COLUMN_AUTHOR,
    COLUMN_KEY_MOMENT,
    COLUMN_LEVEL,
    COLUMN_SOURCE,
    COLUMN_TEXT,
    COLUMN_TIME,
    TimelineTableModel,
    key_moment_label,
    machine_zone_name,
    monospace_font,
)
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.steps import StepPage
from pmdesk.ui.widgets.flow_layout import FlowLayout
from pmdesk.ui.widgets.metrics_panel import MetricsPanel
from pmdesk.ui.widgets.timeline_strip import TimelineStrip

log = logging.getLogger(__name__)

__all__ = [
    "CLEAR_KEY_MOMENT_SHORTCUT",
    "KEY_MOMENT_SHORTCUTS",
    "TimelineStep",
    "ask_import_batch",
]

KEY_MOMENT_SHORTCUTS: dict[KeyMoment, str] = {
    KeyMoment.IMPACT_START: "Ctrl+1",
    KeyMoment.DETECTED: "Ctrl+2",
    KeyMoment.ACKNOWLEDGED: "Ctrl+3",
    KeyMoment.MITIGATED: "Ctrl+4",
    KeyMoment.RESOLVED: "Ctrl+5",
}
CLEAR_KEY_MOMENT_SHORTCUT = "Ctrl+Delete"
COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
)

KEY_MOMENT_WIDEST = "Acknowledged"

# Above this many events the search waits for a pause in typing.
LARGE_TIMELINE = 5_000
SEARCH_DELAY_MS = 250

# The screen's messages, together (style guide §10).
MSG_UNKNOWN_ZONE = str(
    QT_TRANSLATE_NOOP(
        "TimelineStep", '"{zone}" is not a time zone pmdesk knows. Type a name like Europe/Berlin.'
    )
)
MSG_DELETED = str(
    QT_TRANSLATE_NOOP("TimelineStep", "Events deleted: {count}. Ctrl+Z brings them back.")
)
MSG_DELETED_CITED = str(
    QT_TRANSLATE_NOOP(
        "TimelineStep",
        "Events deleted: {count}, and with them evidence links: {links}. Ctrl+Z brings them back.",
    )
)
MSG_IMPORTED = str(QT_TRANSLATE_NOOP("TimelineStep", "Events added from {file}: {count}."))
MSG_REMOVED_IMPORT = str(
    QT_TRANSLATE_NOOP(
        "TimelineStep", "Removed the import of {label} (events: {count}). Ctrl+Z brings it back."
    )
)
MSG_NO_IMPORTS = str(
    QT_TRANSLATE_NOOP("TimelineStep", "Nothing was imported into this timeline yet.")
)
MSG_SELECT_FIRST = str(QT_TRANSLATE_NOOP("TimelineStep", "Select an event first."))
MSG_SPLIT = str(
    QT_TRANSLATE_NOOP(
        "TimelineStep", "Events split off as separate moments: {count}. Ctrl+Z joins them again."
    )
)


def batch_label(batch: ImportBatch) -> str:
    when = batch.imported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    name = batch.file_name or batch.source_label
    return f"{name} ({batch.format}) — {batch.event_count:,} events, imported {when}"


def ask_import_batch(parent: QWidget, batches: Sequence[ImportBatch]) -> ImportBatch | None:
    """Let the user pick the import to remove (monkeypatched in tests)."""
    labels = [batch_label(batch) for batch in batches]
    choice, ok = QInputDialog.getItem(
        parent,
        parent.tr("Remove import"),
        parent.tr("Remove this import and all its events from the timeline:"),
        labels,
        0,
        False,
    )
    return batches[labels.index(choice)] if ok and choice in labels else None


class TimelineTableView(QTableView):
    """The table, with a context menu built by the page."""

    def __init__(self, page: TimelineStep) -> None:
        super().__init__(page)
        self.page = page

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
            self.selectRow(index.row())
        self.page.context_menu().exec(event.globalPos())


class TimelineStep(StepPage):
    """The Timeline step: table, metrics, strip, import."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("timeline_step")
        self.model = TimelineTableModel(document, self)
        self._presenter = False
        top = self._build_top_row()
        self._build_views()
        bottom = self._build_status_row()
        self._lay_out(top, bottom)
        self._make_actions()
        self._build_timers()
        self._connect_signals()
        self._refresh_overview()
        self._update_counts()

    def _build_top_row(self) -> QWidget:
        """The buttons, the filter and the time zone."""
        self.add_button = QPushButton(self.tr("&Add event"), self)
        self.add_button.setToolTip(self.tr("Add an event (Ctrl+Enter or Insert)"))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setToolTip(self.tr("Import events from chat exports and logs"))
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Filter by source, author or text (Ctrl+F) — e.g. source:slack reload")
        )
        self.search.setAccessibleName(self.tr("Filter events"))
        self.search.setClearButtonEnabled(True)
        self.errors_only = QCheckBox(self.tr("E&rrors only"), self)
        self.errors_only.setToolTip(
            self.tr("Show only log lines of level error or worse (chat messages have no level)")
        )
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.setAccessibleName(self.tr("Show times in time zone"))
        self.zone_combo.setToolTip(self.tr("Times are stored in UTC and shown in this zone"))
        self.zone_combo.setMinimumContentsLength(16)
        completer = QCompleter(sorted(available_timezones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        self._fill_zone_combo()
        zone_label = QLabel(self.tr("Show times in:"), self)
        zone_label.setBuddy(self.zone_combo)

        # The buttons, then the filter and the zone: one row, or two at a large zoom.
        top = QWidget(self)
        buttons = QWidget(top)
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.import_button, self.more_button):
            buttons_layout.addWidget(button)
        finding = QWidget(top)
        finding.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        finding_layout = QHBoxLayout(finding)
        finding_layout.setContentsMargins(0, 0, 0, 0)
        finding_layout.addWidget(self.search, 1)
        finding_layout.addWidget(self.errors_only)
        finding_layout.addSpacing(12)
        finding_layout.addWidget(zone_label)
        finding_layout.addWidget(self.zone_combo)
        top_layout = FlowLayout(top, horizontal_spacing=12)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(buttons)
        top_layout.addWidget(finding)
        return top

    def _build_views(self) -> None:
        """The metrics, the to-scale strip and the table of events."""
        self.metrics_panel = MetricsPanel(self)
        self.strip = TimelineStrip(self)
        self.table = TimelineTableView(self)
        self.table.setObjectName("timeline_table")
        self.table.setAccessibleName(self.tr("Timeline events"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(TimelineDelegate(self.table, self.document, self.context_menu))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(False)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COLUMN_TIME, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        self.table.setSortingEnabled(True)
        rows = self.table.verticalHeader()
        # Fixed row heights: the view never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setVisible(False)
        self._apply_row_metrics()

    def _build_status_row(self) -> QHBoxLayout:
        self.status = plain_label(parent=self)
        self.status.setObjectName("timeline_status")
        self.status.setWordWrap(True)
        self.count_label = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.count_label)
        return bottom

    def _lay_out(self, top: QWidget, bottom: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.metrics_panel)
        layout.addWidget(self.strip)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _build_timers(self) -> None:
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(8000)
        # With a large timeline each search pass takes a noticeable moment: wait for a
        # pause in typing instead of filtering on every keystroke.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _connect_signals(self) -> None:
        self._status_timer.timeout.connect(self.status.clear)
        self._search_timer.timeout.connect(self._apply_search)
        self.add_button.clicked.connect(self.add_event)
        self.import_button.clicked.connect(self.import_events)
        self.search.textChanged.connect(self._search_edited)
        self.errors_only.toggled.connect(self.model.set_errors_only)
        self.zone_combo.activated.connect(lambda _i: self._zone_entered())
        line = self.zone_combo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._zone_entered)
        self.model.edit_rejected.connect(self.show_message)
        self.model.rows_resynced.connect(self._update_counts)
        self.model.time_format_changed.connect(self._fit_columns)
        self.model.modelReset.connect(self._update_counts)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.strip.event_clicked.connect(self.select_event)
        self.metrics_panel.location_activated.connect(self._contradiction_activated)
        self.document.edited.connect(self._document_edited)

    # --- setup helpers ---------------------------------------------------------
    def _fill_zone_combo(self) -> None:
        zones = ["UTC", machine_zone_name()]
        for event in self.document.postmortem.timeline_events[:2000]:
            zone = event.source_zone
            if zone and "/" in zone and zone not in zones:
                try:
                    zone_named(zone)
                except (ValueError, KeyError):
                    continue
                zones.append(zone)
        zones += [z for z in COMMON_ZONES if z not in zones]
        self.zone_combo.addItems(list(dict.fromkeys(zones)))
        self.zone_combo.setCurrentIndex(0)

    def _apply_row_metrics(self) -> None:
        height = QFontMetrics(self.table.font()).height()
        # Presenter mode: two lines of text per row, wrapped, so the room reads it.
        self.table.verticalHeader().setDefaultSectionSize(
            int(height * (2.6 if self._presenter else 1.5))
        )
        self.table.setWordWrap(self._presenter)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Size the narrow columns from the font; the text column keeps at least 45 %."""
        fixed = monospace_font().resolve(self.table.font())
        sample = "2026-10-14 09:02:31" if self.model.shows_date else "09:02:31"
        time_width = QFontMetrics(fixed).horizontalAdvance(sample) + 36
        base = QFontMetrics(self.table.font()).horizontalAdvance("M")
        bold = QFont(self.table.font())
        bold.setBold(True)
        moment_width = QFontMetrics(bold).horizontalAdvance(KEY_MOMENT_WIDEST) + 24
        others = [moment_width, base * 15, base * 10, base * 7]
        available = self.table.viewport().width() or self.table.width()
        room = available * 0.55 - time_width
        if sum(others) > room > 0:
            others = [max(base * 4, int(width * room / sum(others))) for width in others]
        header = self.table.horizontalHeader()
        header.resizeSection(COLUMN_TIME, time_width)
        for column, width in zip(
            (COLUMN_KEY_MOMENT, COLUMN_SOURCE, COLUMN_AUTHOR, COLUMN_LEVEL), others, strict=True
        ):
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _make_actions(self) -> None:
        def action(
            text: str,
            shortcuts: Sequence[str | QKeySequence],
            slot: object,
            context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
            owner: QWidget = self,
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            owner.addAction(act)
            return act

        self.add_action = action(
            self.tr("Add event"), ("Ctrl+Return", "Ctrl+Enter", "Insert"), self.add_event
        )
        self.delete_action = action(
            self.tr("Delete"),
            (QKeySequence(QKeySequence.StandardKey.Delete),),
            self.delete_selected,
        )
        self.find_action = action(self.tr("Filter"), ("Ctrl+F",), self._focus_search)
        self.key_moment_actions: dict[KeyMoment, QAction] = {}
        for moment, shortcut in KEY_MOMENT_SHORTCUTS.items():
            self.key_moment_actions[moment] = action(
                key_moment_label(moment),
                (shortcut,),
                partial(self.mark_selected, moment),
            )
        # Not Ctrl+0: that is the window's "Reset zoom", and a view shortcut must
        # never change the post-mortem. Ctrl+Delete "clears", as for a due date; only
        # on the table itself, as in a text field (search, cell editor) it deletes a word.
        self.clear_moment_action = action(
            self.tr("No key moment"),
            (CLEAR_KEY_MOMENT_SHORTCUT,),
            partial(self.mark_selected, None),
            Qt.ShortcutContext.WidgetShortcut,
            self.table,
        )
        self.remove_import_action = QAction(self.tr("Remove import…"), self)
        self.remove_import_action.triggered.connect(self.remove_import)
        self.reset_zoom_action = QAction(self.tr("Show whole timeline in strip"), self)
        self.reset_zoom_action.triggered.connect(self.strip.reset_zoom)
        more = QMenu(self)
        more.addAction(self.remove_import_action)
        more.addAction(self.reset_zoom_action)
        self.more_button.setMenu(more)

    # --- StepPage ------------------------------------------------------------------
    def focus_location(self, location: Location) -> bool:
        if location.kind is not LocationKind.EVENT or location.ident is None:
            return False
        event = self.model.find_event(location.ident)
        if event is None:
            return False
        self.select_event(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_presenter_mode(self, enabled: bool) -> None:
        self._presenter = enabled
        self._apply_row_metrics()
        self.strip.set_large(enabled)

    def changeEvent(self, event: QEvent) -> None:
        # The window zooms by changing the font: rows and columns follow.
        if event.type() == QEvent.Type.FontChange:
            self._apply_row_metrics()
        super().changeEvent(event)

    # --- user intents --------------------------------------------------------------
    def add_event(self) -> None:
        """Add an event after the current one (or at the end of the incident) and edit it."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # commits the open editor
        pm = self.document.postmortem
        current = self._current_event()
        if current is not None:
            at = current.occurred_at
        elif pm.timeline_events:
            at = max(e.occurred_at for e in pm.timeline_events)
        else:
            now = datetime.now(UTC).replace(microsecond=0)
            at = pm.incident_end or pm.incident_start or now
        event = new_manual_event(pm, at)
        self.model.pin(event)
        position = sorted_position(pm, event.occurred_at)
        self.document.push(InsertItem(pm, "timeline_events", event, position, self.tr("Add event")))
        row = self.model.row_of(event)
        if row is not None:
            index = self.model.index(row, COLUMN_TEXT)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit(index)

    def delete_selected(self) -> None:
        events = self.selected_events()
        if not events:
            return
        # A row is one moment: its evidence from other sources goes with it, unless
        # it is shown (and selected, or not) as rows of its own.
        chosen = {id(e) for e in events}
        events += [
            member
            for event in list(events)
            if not self.model.is_expanded(event)
            for member in self.model.members_of(event)
            if id(member) not in chosen
        ]
        pm = self.document.postmortem
        links = sum(len(citing_whys(pm, e)) for e in events) if len(events) < 5000 else 0
        label = self.tr("Delete event") if len(events) == 1 else self.tr("Delete events")
        row = min(self.model.row_of(e) or 0 for e in events[:1000])
        self.document.push(delete_events_edit(pm, events, label))
        if links:
            self.show_message(self.tr(MSG_DELETED_CITED).format(count=len(events), links=links))
        else:
            self.show_message(self.tr(MSG_DELETED).format(count=len(events)))
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def mark_selected(self, moment: KeyMoment | None) -> None:
        """Mark the current event as `moment` (one event per moment), or clear its marker."""
        events = self.selected_events()
        if not events:
            self.show_message(self.tr(MSG_SELECT_FIRST))
            return
        pm = self.document.postmortem
        edits: list[Edit] = []
        if moment is None:
            label = self.tr("Clear key moment")
            edits = [SetValue(e, "key_moment", None, label) for e in events if e.key_moment]
        else:
            target = self._current_event() or events[0]
            label = self.tr("Mark as {moment}").format(moment=key_moment_label(moment))
            if target.key_moment is moment:
                edits = [SetValue(target, "key_moment", None, self.tr("Clear key moment"))]
            else:
                edits = [
                    SetValue(e, "key_moment", None, label)
                    for e in pm.timeline_events
                    if e.key_moment is moment and e is not target
                ]
                edits.append(SetValue(target, "key_moment", moment, label))
        if edits:
            self.document.push(edits[0] if len(edits) == 1 else Compound(tuple(edits), label))

    def import_events(self) -> None:
        from pmdesk.ui.dialogs.import_dialog import ImportDialog

        batch = ImportDialog.ask(self, self.document, zone_name=self.model.zone_name)
        if batch is not None:
            self.show_message(
                self.tr(MSG_IMPORTED).format(
                    count=f"{batch.event_count:,}", file=batch.file_name or batch.source_label
                )
            )

    def remove_import(self) -> None:
        pm = self.document.postmortem
        if not pm.import_batches:
            self.show_message(self.tr(MSG_NO_IMPORTS))
            return
        batch = ask_import_batch(self, list(pm.import_batches))
        if batch is None:
            return
        count = sum(1 for e in pm.timeline_events if e.import_batch is batch)
        self.document.push(remove_import_edit(pm, batch))
        self.show_message(
            self.tr(MSG_REMOVED_IMPORT).format(label=batch.file_name, count=f"{count:,}")
        )

    def select_event(self, event: TimelineEvent) -> None:
        """Select `event`'s row and scroll to it (clearing the filters if they hide it)."""
        row = self.model.row_of(event)
        if row is None and (self.search.text() or self.errors_only.isChecked()):
            self.search.clear()
            self.errors_only.setChecked(False)
            row = self.model.row_of(event)
        if row is None:
            return
        index = self.model.index(row, COLUMN_TEXT)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def set_display_zone(self, zone_name: str) -> bool:
        """Show times in `zone_name`; False (and a message) when it is not a known zone."""
        try:
            zone_named(zone_name)
        except (ValueError, KeyError):
            self.show_message(self.tr(MSG_UNKNOWN_ZONE).format(zone=zone_name))
            self.zone_combo.setCurrentText(self.model.zone_name)
            return False
        if self.zone_combo.currentText() != zone_name:
            self.zone_combo.setCurrentText(zone_name)
        self.model.set_zone(zone_name)
        self.strip.set_zone(zone_name)
        return True

    def selected_events(self) -> list[TimelineEvent]:
        rows = self.table.selectionModel().selectedRows()
        return self.model.events_at(rows)

    def show_message(self, message: str) -> None:
        self.status.setText(message)
        self._status_timer.start()

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.add_action)
        events = self.selected_events()
        if events:
            marks = menu.addMenu(self.tr("Mark as key moment"))
            for act in self.key_moment_actions.values():
                marks.addAction(act)
            marks.addSeparator()
            marks.addAction(self.clear_moment_action)
            current = self._current_event() or events[0]
            whys = citing_whys(self.document.postmortem, current)
            if whys:
                cited = menu.addMenu(self.tr("Cited as evidence by"))
                for why in whys:
                    text = why.text if len(why.text) <= 60 else why.text[:57] + "…"
                    act = cited.addAction(text)
                    act.triggered.connect(
                        partial(
                            self.jump_requested.emit, Location.of_part(LocationKind.WHY, why.id)
                        )
                    )
            self._add_cluster_actions(menu, current)
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.remove_import_action)
        return menu

    def _add_cluster_actions(self, menu: QMenu, event: TimelineEvent) -> None:
        """What the user can do with the same moment seen by several sources."""
        members = self.model.members_of(event)
        primary = self.model.corroborated(event)
        if not members and primary is None:
            return
        menu.addSeparator()
        if members:
            show = menu.addAction(self.tr("Show its other sources as rows"))
            show.setCheckable(True)
            show.setChecked(self.model.is_expanded(event))
            show.toggled.connect(partial(self.model.set_expanded, event))
            split_all = menu.addAction(self.tr("Split into separate events"))
            split_all.triggered.connect(partial(self.split_off, members))
        else:
            split = menu.addAction(self.tr("Split off as a separate event"))
            split.triggered.connect(partial(self.split_off, [event]))

    def split_off(self, events: Sequence[TimelineEvent]) -> None:
        """Make events that were taken for the same moment as another stand alone."""
        self.document.push(split_edit(events, self.tr("Split off events")))
        self.show_message(self.tr(MSG_SPLIT).format(count=len(events)))

    # --- reactions -----------------------------------------------------------------------
    def _zone_entered(self) -> None:
        text = self.zone_combo.currentText().strip()
        if text and text != self.model.zone_name:
            self.set_display_zone(text)

    def _search_edited(self, text: str) -> None:
        if len(self.document.postmortem.timeline_events) < LARGE_TIMELINE or not text:
            self._search_timer.stop()
            self.model.set_query(text)
        else:
            self._search_timer.start()

    def _apply_search(self) -> None:
        self.model.set_query(self.search.text())

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _current_event(self) -> TimelineEvent | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.event_at(index.row())
        return None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.strip.set_selected(self.selected_events())

    def _document_edited(self, touched: tuple[object, ...]) -> None:
        pm = self.document.postmortem
        if any(isinstance(obj, TimelineEvent) for obj in touched) or (
            # An edit of the post-mortem itself (its summary, say, on every keystroke)
            # only matters here when it replaced the events or moved its start or end.
            any(obj is pm for obj in touched)
            and self._overview_signature() != self._shown_signature
        ):
            self._refresh_overview()

    def _overview_signature(self) -> tuple[object, ...]:
        pm = self.document.postmortem
        events = pm.timeline_events
        shape = (len(events), id(events[0]), id(events[-1])) if events else (0,)
        return (*shape, pm.incident_start, pm.incident_end)

    def _refresh_overview(self) -> None:
        self._shown_signature = self._overview_signature()
        events = self.document.postmortem.timeline_events
        self.metrics_panel.update_from(self.document.postmortem)
        metrics = self.metrics_panel.metrics
        self.strip.set_events(events, metrics.moments if metrics is not None else None)

    def _contradiction_activated(self, link: str) -> None:
        # An event is on this page; the incident's start and end are on another.
        location = Location.parse(link)
        if location is not None and not self.focus_location(location):
            self.jump_requested.emit(location)

    def _update_counts(self) -> None:
        total = self.model.fact_count()
        shown = self.model.rowCount()
        if shown == total:
            text = (
                self.tr("1 event")
                if total == 1
                else self.tr("{total} events").format(total=f"{total:,}")
            )
        else:
            text = self.tr("Showing {shown} of {total}").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        self.count_label.setText(text)
