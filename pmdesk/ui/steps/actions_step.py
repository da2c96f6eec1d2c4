"""Action items: the table of concrete work, and the root causes still without any."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.actions import (
    actions_missing_owner_or_due,
    new_action_item,
    root_causes_without_actions,
)
from pmdesk.domain.edits import InsertItem, MoveItem, RemoveItem
from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import (
    ActionItem,
    ActionStatus,
    ActionType,
    Priority,
    Verdict,
    WhyNode,
)
from pmdesk.ui.delegates.choice_delegate import ChoiceDelegate
from pmdesk.ui.delegates.due_date_delegate import DueDateDelegate
from pmdesk.ui.delegates.linted_text_delegate import LintedTextDelegate
from pmdesk.ui.delegates.owner_delegate import OwnerDelegate
from pmdesk.ui.dialogs.root_cause_picker import RootCausePicker
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.action_table_model import (
    ActionItemTableModel,
    action_status_label,
    action_type_label,
    priority_label,
)
from pmdesk.ui.itemmodels.roles import AnyIndex, Role
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.steps import LintableEditor, StepPage
from pmdesk.ui.steps.trigger_step import verdict_colors
from pmdesk.ui.widgets.action_follow_up import ActionFollowUp
from pmdesk.ui.widgets.fields import BoundPlainTextEdit, FieldBinding
from pmdesk.ui.widgets.flow_layout import FlowLayout

__all__ = ["ActionItemsStep", "ActionTableView"]


def _action_title(index: AnyIndex) -> tuple[Location | None, str, str] | None:
    item = index.data(Role.ITEM)
    if index.column() != ActionItemTableModel.TITLE or not isinstance(item, ActionItem):
        return None
    location = (
        Location.of_part(LocationKind.ACTION, item.id, "title") if item.id is not None else None
    )
    return location, item.title or "", "action_item"


class ActionTableView(QTableView):
    """The action items table: root causes open a picker; Ctrl+click opens a link.

    Signals:
        root_causes_edit_requested(int): the user wants to change a row's root causes.
        link_clicked(str): the user Ctrl+clicked a tracker link.
    """

    root_causes_edit_requested = Signal(int)
    link_clicked = Signal(str)

    def edit(  # type: ignore[override]
        self,
        index: AnyIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        if index.isValid() and index.column() == ActionItemTableModel.ROOT_CAUSES:
            # A checkable list in a dialog instead of an in-cell editor.
            if trigger in (
                QAbstractItemView.EditTrigger.DoubleClicked,
                QAbstractItemView.EditTrigger.EditKeyPressed,
                QAbstractItemView.EditTrigger.AllEditTriggers,
            ):
                self.root_causes_edit_requested.emit(index.row())
            return False
        return bool(super().edit(index, trigger, event))  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter starts editing the current cell (F2 works too), for a keyboard-only path.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            index.isValid()
            and index.column() == ActionItemTableModel.TRACKER
            and event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            url = str(index.data(Qt.ItemDataRole.EditRole) or "")
            if url:
                self.setCurrentIndex(index)
                self.link_clicked.emit(url)
                event.accept()
                return
        super().mousePressEvent(event)


class _RootCauseBanner(QFrame):
    """The warm banner listing root causes without an action item.

    Signals:
        add_requested(object): "Add action for this" was clicked for a WhyNode.
        show_requested(object): the user wants to see this WhyNode in the 5 Whys step.
        rebuilt: the rows (and their buttons) were replaced.
    """

    add_requested = Signal(object)
    show_requested = Signal(object)
    rebuilt = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("root_cause_banner")
        self.setAccessibleName(self.tr("Root causes without an action item"))
        self.title_label = QLabel(self)
        self.title_label.setObjectName("root_cause_banner_title")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title_label)
        layout.addLayout(self.rows_layout)
        self.add_buttons: list[QPushButton] = []
        self.show_buttons: list[QPushButton] = []
        self._shown: list[tuple[int, str]] = []
        self.verdict: Verdict | None = None

    def show_missing(self, title: str, nodes: Sequence[WhyNode], verdict: Verdict | None) -> None:
        self.title_label.setText(title)
        self.setAccessibleDescription(title)
        shown = [(id(node), node.text) for node in nodes]
        if shown != self._shown:
            self._shown = shown
            self._rebuild(nodes)
        self.verdict = verdict
        self.apply_colors()

    def _rebuild(self, nodes: Sequence[WhyNode]) -> None:
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.add_buttons = []
        self.show_buttons = []
        for number, node in enumerate(nodes, start=1):
            row = QWidget(self)
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            text = plain_label(f"{number}.  {node.text or self.tr('(no text)')}", row)
            text.setWordWrap(True)
            show = QPushButton(self.tr("Show in 5 Whys"), row)
            show.setFlat(True)
            show.setAccessibleName(self.tr("Show root cause {n} in 5 Whys").format(n=number))
            show.clicked.connect(lambda _c=False, n=node: self.show_requested.emit(n))
            add = QPushButton(self.tr("Add action for this"), row)
            add.setAccessibleName(self.tr("Add an action for root cause {n}").format(n=number))
            add.setToolTip(self.tr("Create an action item linked to this root cause and name it."))
            add.clicked.connect(lambda _c=False, n=node: self.add_requested.emit(n))
            row_layout.addWidget(text, 1)
            row_layout.addWidget(add)
            row_layout.addWidget(show)
            self.rows_layout.addWidget(row)
            self.add_buttons.append(add)
            self.show_buttons.append(show)
        self.rebuilt.emit()

    def apply_colors(self) -> None:
        # The window's palette, not our own: the style sheet below changes ours.
        background, edge, text = verdict_colors(self.verdict, self.window().palette())
        sheet = (
            f"QFrame#root_cause_banner {{ background: {background.name()}; "
            f"border: 1px solid {edge.name()}; border-left: 6px solid {edge.name()}; "
            f"border-radius: 6px; }}"
            f"QFrame#root_cause_banner QLabel {{ color: {text.name()}; background: transparent; }}"
        )
        # Re-polishing is costly, and this runs after every edit: only when it changed.
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)


class ActionItemsStep(StepPage):
    """The action items table with the root causes that still have none above it."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._build_table()
        self._build_notices()
        buttons = self._build_buttons()
        self._add_shortcuts()
        self._build_details()
        self._lay_out(buttons)
        self._set_tab_order()
        self._connect_signals()
        self.refresh()

    def _build_table(self) -> None:
        """The action items, each column with its editor."""
        self.model = ActionItemTableModel(self.document, self)
        self.table = ActionTableView(self)
        self.table.setObjectName("action_table")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table; while editing, Tab moves to the next cell.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionItemTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._size_columns()
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(
            ActionItemTableModel.TYPE,
            ChoiceDelegate([(action_type_label(t), t) for t in ActionType], self.table),
        )
        self.table.setItemDelegateForColumn(
            ActionItemTableModel.PRIORITY,
            ChoiceDelegate([(priority_label(p), p) for p in Priority], self.table),
        )
        self.table.setItemDelegateForColumn(
            ActionItemTableModel.STATUS,
            ChoiceDelegate([(action_status_label(s), s) for s in ActionStatus], self.table),
        )
        self.table.setItemDelegateForColumn(
            ActionItemTableModel.OWNER, OwnerDelegate(self.document, self.table)
        )
        self.due_delegate = DueDateDelegate(self.table)
        self.table.setItemDelegateForColumn(ActionItemTableModel.DUE, self.due_delegate)
        self.table.setItemDelegateForColumn(
            ActionItemTableModel.TITLE, LintedTextDelegate(self.table, self.document, _action_title)
        )

    def _build_notices(self) -> None:
        """The root causes without an action, and what the table still lacks."""
        self.banner = _RootCauseBanner(self)
        self.all_covered_label = QLabel(self)
        self.all_covered_label.setObjectName("all_covered")
        self.all_covered_label.setWordWrap(True)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missing_owner_or_due")
        self.missing_label.setWordWrap(True)
        # Why typed text was not taken; until the next change.
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("action_edit_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.hide()

    def _build_buttons(self) -> QWidget:
        self.add_button = QPushButton(self.tr("&Add action"), self)
        self.add_button.setToolTip(self.tr("Add an action item (Ctrl+Enter or Insert)"))
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected action item (Delete)"))
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.setToolTip(self.tr("Move the selected action item up (Ctrl+Shift+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.down_button.setToolTip(self.tr("Move the selected action item down (Ctrl+Shift+Down)"))
        self.root_causes_button = QPushButton(self.tr("&Root causes…"), self)
        self.root_causes_button.setToolTip(
            self.tr("Choose the root causes the selected action addresses (F2 on that column)")
        )
        self.link_button = QPushButton(self.tr("Open lin&k"), self)
        self.link_button.setToolTip(
            self.tr("Open the selected action's tracker link in the browser (Ctrl+click)")
        )
        # One row of buttons, wrapped onto two at a large zoom.
        buttons = QWidget(self)
        buttons_layout = FlowLayout(buttons, horizontal_spacing=6)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.root_causes_button,
            self.link_button,
        ):
            buttons_layout.addWidget(button)
        return buttons

    def _add_shortcuts(self) -> None:
        for keys, slot, widget in (
            (("Ctrl+Return", "Ctrl+Enter", "Insert"), self.add_action, self),
            (("Delete",), self.delete_action, self.table),
            (("Ctrl+Shift+Up",), lambda: self.move_action(-1), self),
            (("Ctrl+Shift+Down",), lambda: self.move_action(1), self),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), widget)
                shortcut.setContext(
                    Qt.ShortcutContext.WidgetShortcut
                    if widget is self.table
                    else Qt.ShortcutContext.WidgetWithChildrenShortcut
                )
                shortcut.activated.connect(lambda s=slot: s())

    def _build_details(self) -> None:
        """The selected action's longer description (Markdown) and its follow-up, below
        the table."""
        self.description_edit = BoundPlainTextEdit(
            FieldBinding(
                self.document, self.current_item, "description", self.tr("Edit action description")
            ),
            self,
        )
        self.description_edit.setAccessibleName(self.tr("Description of the selected action"))
        self.description_edit.setPlaceholderText(
            self.tr("Optional: what exactly to change, and how.")
        )
        self.description_edit.setMaximumHeight(5 * self.fontMetrics().lineSpacing() + 16)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.description_label.setBuddy(self.description_edit)
        self.follow_up = ActionFollowUp(self.document, self.current_item, self)

    def _lay_out(self, buttons: QWidget) -> None:
        intro = QLabel(
            self.tr(
                "Concrete work that addresses the root causes. Every action needs an owner "
                "(a team or a role) and a due date. Double-click or start typing to edit."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.follow_up.prompt)
        layout.addWidget(self.banner)
        layout.addWidget(self.all_covered_label)
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.follow_up.overdue_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description_edit)
        layout.addWidget(self.follow_up)

    def _set_tab_order(self) -> None:
        QWidget.setTabOrder(self.add_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.root_causes_button)
        QWidget.setTabOrder(self.root_causes_button, self.link_button)
        QWidget.setTabOrder(self.link_button, self.table)
        QWidget.setTabOrder(self.table, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.follow_up.criterion_edit)
        QWidget.setTabOrder(self.follow_up.criterion_edit, self.follow_up.review_edit)

    def _connect_signals(self) -> None:
        self.due_delegate.refused.connect(self._due_date_refused)
        self.table.root_causes_edit_requested.connect(self.edit_root_causes)
        self.table.link_clicked.connect(self.open_link)
        self.banner.add_requested.connect(self.add_action_for)
        self.banner.rebuilt.connect(self._order_banner_buttons)
        self.banner.show_requested.connect(
            lambda node: self.jump_requested.emit(Location.of_part(LocationKind.WHY, node.id))
        )
        self.add_button.clicked.connect(lambda: self.add_action())
        self.delete_button.clicked.connect(self.delete_action)
        self.up_button.clicked.connect(lambda: self.move_action(-1))
        self.down_button.clicked.connect(lambda: self.move_action(1))
        self.root_causes_button.clicked.connect(self._edit_current_root_causes)
        self.link_button.clicked.connect(self._open_current_link)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.document.edited.connect(self._document_edited)

    def _order_banner_buttons(self) -> None:
        # The banner's buttons come first in the tab order: they are the point of the page.
        buttons = [
            button
            for pair in zip(self.banner.add_buttons, self.banner.show_buttons, strict=True)
            for button in pair
        ]
        for first, second in itertools.pairwise([*buttons, self.add_button]):
            QWidget.setTabOrder(first, second)

    def _document_edited(self, touched: tuple[object, ...]) -> None:
        self.problem_label.hide()
        # Runs after every keystroke anywhere: only what can change the lists counts.
        pm = self.document.postmortem
        if any(isinstance(obj, ActionItem | WhyNode) for obj in touched) or (
            any(obj is pm for obj in touched) and self._signature() != self._shown_signature
        ):
            self.refresh()

    def _signature(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        pm = self.document.postmortem
        return tuple(map(id, pm.action_items)), tuple(map(id, pm.why_nodes))

    def _document_changed(self, *_args: object) -> None:
        self.refresh()

    def _due_date_refused(self, message: str) -> None:
        self.problem_label.setText(
            self.tr("{problem} The due date is unchanged.").format(problem=message)
        )
        self.problem_label.show()

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        pm = self.document.postmortem
        self._shown_signature = self._signature()
        missing = root_causes_without_actions(pm)
        if missing:
            title = (
                self.tr("1 root cause has no action item")
                if len(missing) == 1
                else self.tr("{n} root causes have no action item").format(n=len(missing))
            )
            self.banner.show_missing(title, missing, Verdict.RECOMMENDED)
            self.banner.show()
            self.all_covered_label.hide()
        elif not pm.root_causes:
            self.banner.show_missing(
                self.tr(
                    "No root causes are marked yet. Mark them in the 5 Whys step; "
                    "each one needs an action item."
                ),
                [],
                None,
            )
            self.banner.show()
            self.all_covered_label.hide()
        elif not pm.action_items:
            self.banner.hide()
            self.all_covered_label.hide()
        else:
            self.banner.hide()
            self.all_covered_label.setText(self.tr("✓ Every root cause has an action item."))
            self.all_covered_label.show()
        incomplete = actions_missing_owner_or_due(pm)
        if incomplete:
            text = (
                self.tr("1 action item needs an owner or a due date (marked “!”).")
                if len(incomplete) == 1
                else self.tr("{n} action items need an owner or a due date (marked “!”).").format(
                    n=len(incomplete)
                )
            )
            self.missing_label.setText(text)
            self.missing_label.show()
        else:
            self.missing_label.hide()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        item = self.current_item()
        has_item = item is not None
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has_item)
        self.root_causes_button.setEnabled(has_item)
        self.link_button.setEnabled(bool(item is not None and item.tracker_url))
        self.description_edit.setEnabled(has_item)
        if item is None:
            self.description_label.setText(self.tr("Descri&ption (select an action)"))
        else:
            row = self.table.currentIndex().row() + 1
            self.description_label.setText(self.tr("Descri&ption of action {n}").format(n=row))
        self.description_edit.refresh()
        self.follow_up.refresh()

    def lintable_editors(self) -> list[LintableEditor]:
        return [LintableEditor(self.description_edit, self._description_location, "action_item")]

    def _description_location(self) -> Location | None:
        item = self.current_item()
        if item is None or item.id is None:
            return None
        return Location.of_part(LocationKind.ACTION, item.id, "description")

    def current_item(self) -> ActionItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item: ActionItem = self.model.item(index.row())
        return item

    # -- editing --------------------------------------------------------------------------
    def add_action(self, root_causes: Sequence[WhyNode] = ()) -> ActionItem:
        """Add an action item after the selected one and start editing its title."""
        pm = self.document.postmortem
        current = self.table.currentIndex()
        index = current.row() + 1 if current.isValid() else len(pm.action_items)
        item = new_action_item(list(root_causes))
        self.document.push(InsertItem(pm, "action_items", item, index, self.tr("Add action item")))
        self.edit_cell(self.model.row_of(item), ActionItemTableModel.TITLE)
        return item

    def add_action_for(self, node: WhyNode) -> ActionItem:
        """Add an action item linked to root cause `node`, at the end, and name it."""
        self.table.setCurrentIndex(QModelIndex())
        return self.add_action([node])

    def delete_action(self) -> None:
        item = self.current_item()
        if item is None:
            return
        row = self.table.currentIndex().row()
        self.document.push(
            RemoveItem(
                self.document.postmortem, "action_items", item, self.tr("Delete action item")
            )
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(
                self.model.index(min(row, self.model.rowCount() - 1), ActionItemTableModel.TITLE)
            )

    def move_action(self, delta: int) -> None:
        item = self.current_item()
        if item is None:
            return
        current = self.table.currentIndex()
        target = current.row() + delta
        if not 0 <= target < self.model.rowCount():
            return
        self.document.push(
            MoveItem(
                self.document.postmortem, "action_items", item, target, self.tr("Move action item")
            )
        )
        self.table.setCurrentIndex(self.model.index(target, current.column()))

    def edit_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)
        self.table.edit(index)

    def edit_root_causes(self, row: int) -> None:
        item: ActionItem = self.model.item(row)
        pm = self.document.postmortem
        candidates = list(pm.root_causes)
        # Links to whys that are no longer marked as root causes can still be removed.
        candidates += [n for n in item.root_causes if not any(n is c for c in candidates)]
        chosen = RootCausePicker.ask(self, candidates, item.root_causes)
        if chosen is None:
            return
        self.model.setData(self.model.index(row, ActionItemTableModel.ROOT_CAUSES), chosen)

    def _edit_current_root_causes(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_root_causes(index.row())

    def open_link(self, url: str) -> None:
        """Open a tracker link the user explicitly asked for (web links only)."""
        link = QUrl(url.strip())
        if link.scheme() in ("http", "https"):
            QDesktopServices.openUrl(link)

    def _open_current_link(self) -> None:
        item = self.current_item()
        if item is not None and item.tracker_url:
            self.open_link(item.tracker_url)

    # -- the step contract ------------------------------------------------------------------
    def focus_location(self, location: Location) -> bool:
        """Handles an action item by id ("action:3.owner") or by row ("action[1].due_on")."""
        if location.kind is not LocationKind.ACTION:
            return False
        field = location.field or "title"
        if location.index is not None:
            row = location.index
        else:
            row = next(
                (
                    r
                    for r in range(self.model.rowCount())
                    if location.ident is not None and self.model.item(r).id == location.ident
                ),
                -1,
            )
        if not 0 <= row < self.model.rowCount():
            return False
        column = (
            ActionItemTableModel.COLUMNS.index(field)
            if field in ActionItemTableModel.COLUMNS
            else ActionItemTableModel.TITLE
        )
        index = self.model.index(row, column)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _size_columns(self) -> None:
        """Column widths and row height in characters and lines, so zooming keeps them."""
        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        for column, characters in (
            (ActionItemTableModel.TYPE, 17),
            (ActionItemTableModel.OWNER, 22),
            (ActionItemTableModel.PRIORITY, 9),
            (ActionItemTableModel.DUE, 13),
            (ActionItemTableModel.STATUS, 14),
            (ActionItemTableModel.TRACKER, 12),
            (ActionItemTableModel.ROOT_CAUSES, 34),
        ):
            self.table.setColumnWidth(column, characters * char)
        # Two lines per row: long titles wrap once, the tooltip has the rest.
        self.table.verticalHeader().setDefaultSectionSize(2 * metrics.lineSpacing() + 14)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.banner.apply_colors()
        elif event.type() == QEvent.Type.FontChange:
            self._size_columns()
