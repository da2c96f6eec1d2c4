"""Step 3, the 5 Whys: root-cause analysis as branching why-chains.

Keyboard first, in the tree editor:

    Enter            the next why under the current one (and type it)
    Ctrl+Enter       a branch: another answer to the same question
    Tab / Shift+Tab  indent / outdent (also Ctrl+→ / Ctrl+←)
    Alt+↑ / Alt+↓    move among its siblings
    Delete           delete the why and everything under it (undoable)
    Ctrl+R           mark / unmark as a root cause
    Menu key         the context menu, with the root cause's category
    Ctrl+E           link timeline events as evidence
    F2, or typing    edit the text

Every change is an `Edit` pushed on the document; the page re-reads the document on
`document.edited`, so undo and redo (from anywhere) show up here too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain import whys
from pmdesk.domain.edits import Compound, Edit
from pmdesk.domain.location import Location, LocationKind
from pmdesk.models import TimelineEvent, WhyNode
from pmdesk.ui.category_names import category_name
from pmdesk.ui.delegates.why_item_delegate import WhyItemDelegate
from pmdesk.ui.dialogs.evidence_picker import EvidencePicker
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.why_tree_model import (
    WhyTreeModel,
    person_prompt,
)
from pmdesk.ui.mime import TIMELINE_EVENTS_MIME
from pmdesk.ui.richtext import plain_label
from pmdesk.ui.steps import StepPage
from pmdesk.ui.widgets.evidence_chips import EvidenceChips
from pmdesk.ui.widgets.why_diagram import WhyDiagram

__all__ = ["WhyTreeView", "WhysStep"]


class WhyTreeView(QTreeView):
    """The tree with the step's keyboard commands.

    Signals:
        command_requested(str): "add", "branch", "indent", "outdent", "up", "down",
            "delete", "root_cause", "evidence".
    """

    command_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAllColumnsShowFocus(True)
        self.setAnimated(False)
        self.setIndentation(24)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(self.tr("Why-chains"))
        self.setToolTip(
            self.tr(
                "Enter: next why · Ctrl+Enter: branch · Tab/Shift+Tab: indent/outdent · "
                "Alt+↑/↓: move · Ctrl+R: root cause · Delete: delete · Ctrl+Tab: leave the tree"
            )
        )

    def _command_for(self, event: QKeyEvent) -> str | None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        alt = Qt.KeyboardModifier.AltModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        none = Qt.KeyboardModifier.NoModifier
        table: dict[tuple[Qt.Key, Qt.KeyboardModifier], str] = {
            (Qt.Key.Key_Return, none): "add",
            (Qt.Key.Key_Enter, none): "add",
            (Qt.Key.Key_Return, ctrl): "branch",
            (Qt.Key.Key_Enter, ctrl): "branch",
            (Qt.Key.Key_Tab, none): "indent",
            (Qt.Key.Key_Backtab, shift): "outdent",
            (Qt.Key.Key_Backtab, none): "outdent",
            (Qt.Key.Key_Tab, shift): "outdent",
            (Qt.Key.Key_Right, ctrl): "indent",
            (Qt.Key.Key_Left, ctrl): "outdent",
            (Qt.Key.Key_Up, alt): "up",
            (Qt.Key.Key_Down, alt): "down",
            (Qt.Key.Key_Delete, none): "delete",
            (Qt.Key.Key_R, ctrl): "root_cause",
            (Qt.Key.Key_E, ctrl): "evidence",
            (Qt.Key.Key_Return, ctrl | shift): "chain",
            (Qt.Key.Key_Enter, ctrl | shift): "chain",
        }
        return table.get((Qt.Key(key), modifiers))

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab indent here instead of moving the focus.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            command = self._command_for(event)
            if command is not None:
                self.command_requested.emit(command)
                return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and self._command_for(event) is not None
        ):
            # Ctrl+R, Delete and friends are ours while the tree has the focus.
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            # Enter that closed the editor bubbles up here: it must not add a why.
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Tab indents, so Ctrl+Tab is the way out of the tree (to the evidence).
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        command = self._command_for(event)
        if command is not None:
            self.command_requested.emit(command)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.tr(
                    "No why-chains yet. Press Enter (or “New chain”) and type the first "
                    "question, e.g. “Why did the failure occur?”, “Why did monitoring not "
                    "alert?”, “Why was there no automated backup?”"
                ),
            )
            painter.end()

    def relayout(self) -> None:
        """Measure rows again (wrapped text changed height)."""
        self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class PromptCard(QFrame):
    """A gentle prompt beside a chain whose last why stops at a person.

    Signals:
        ask_requested(object): "Ask one more why" was clicked for this leaf.
    """

    ask_requested = Signal(object)

    def __init__(self, ending: whys.PersonEnding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ending = ending
        self.setObjectName("promptCard")
        self.setStyleSheet(
            "#promptCard { background: palette(alternate-base); border-left: 4px solid"
            " rgb(60, 120, 200); border-radius: 6px; }"
        )
        quote = plain_label(f"“{ending.leaf.text}”", self)
        quote.setWordWrap(True)
        font = quote.font()
        font.setItalic(True)
        quote.setFont(font)
        prompt = QLabel(person_prompt(), self)
        prompt.setWordWrap(True)
        self.ask_button = QPushButton(self.tr("Ask one more why"), self)
        self.ask_button.setAccessibleName(self.tr("Ask one more why about this chain"))
        self.ask_button.clicked.connect(lambda: self.ask_requested.emit(self.ending.leaf))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(quote)
        layout.addWidget(prompt)
        layout.addWidget(self.ask_button, 0, Qt.AlignmentFlag.AlignLeft)


class WhysStep(StepPage):
    """The 5 Whys page: tree editor with evidence and prompts, and a diagram."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.model = WhyTreeModel(document, self)
        self.presenter_mode = False
        self._fresh: tuple[WhyNode, int, WhyNode | None] | None = None
        self.tree = WhyTreeView(self)
        self.delegate = WhyItemDelegate(self.tree, self.document)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self._build_toolbar()
        side_scroll = self._build_side_panel()
        self._build_tabs(side_scroll)
        self._lay_out()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setFocusProxy(self.tree)
        self._connect_signals()
        self.refresh()
        if self.model.rowCount() > 0:
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _build_toolbar(self) -> None:
        """The commands, as toolbar buttons and in the tree's context menu."""
        self.toolbar = QToolBar(self.tr("5 Whys"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, sequence, slot in (
            ("chain", self.tr("New chain"), "Ctrl+Shift+Return", self.new_chain),
            ("add", self.tr("Add why"), "Return", self.add_why),
            ("branch", self.tr("Add branch"), "Ctrl+Return", self.add_branch),
            ("indent", self.tr("Indent"), "Tab", self.indent),
            ("outdent", self.tr("Outdent"), "Shift+Tab", self.outdent),
            ("up", self.tr("Move up"), "Alt+Up", lambda: self.move_by(-1)),
            ("down", self.tr("Move down"), "Alt+Down", lambda: self.move_by(+1)),
            ("root_cause", self.tr("Root cause"), "Ctrl+R", self.toggle_root_cause),
            ("evidence", self.tr("Link evidence…"), "Ctrl+E", self.pick_evidence),
            ("delete", self.tr("Delete"), "Del", self.delete),
        ):
            action = QAction(text, self)
            shortcut = QKeySequence(sequence)
            # The tree handles these keys itself (see WhyTreeView); the shortcut is set
            # for the hints in the context menu and tooltips, and only ever applies
            # to the tree.
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            hint = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({hint})")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            # Linking evidence is the side panel's button, right beside the tree.
            if name != "evidence":
                self.toolbar.addAction(action)
            self.tree.addAction(action)
            self.actions_by_name[name] = action
        self.actions_by_name["root_cause"].setCheckable(True)
        self.new_chain_action = self.actions_by_name["chain"]
        self._make_category_menu()
        self._shorten_moves()

    def _shorten_moves(self) -> None:
        """The four moves show as arrows on the toolbar, so that every command fits
        beside the meeting's panels (German labels at 1280 px pushed three behind »);
        the context menu, tooltips and screen readers keep their words."""
        for name, arrow in (("indent", "⇥"), ("outdent", "⇤"), ("up", "↑"), ("down", "↓")):
            action = self.actions_by_name[name]
            action.setIconText(arrow)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text())

    def _build_side_panel(self) -> QScrollArea:
        """The evidence of the selected why, and prompts for chains that end at a person."""
        # The side panel: evidence of the selected why, prompts for person endings.
        self.evidence_title = plain_label(parent=self)
        self.evidence_title.setWordWrap(True)
        self.chips = EvidenceChips(self)
        self.link_button = QPushButton(self.tr("Link timeline events…"), self)
        self.link_button.setToolTip(self.tr("Choose the events that show this (Ctrl+E)"))
        self.prompts_title = QLabel(self.tr("<b>Ask one more why</b>"), self)
        self.prompts_box = QWidget(self)
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        self.prompts_layout.setContentsMargins(0, 0, 0, 0)
        self.prompt_cards: list[PromptCard] = []
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(self.tr("<b>Evidence</b>"), self))
        side_layout.addWidget(self.evidence_title)
        side_layout.addWidget(self.chips)
        side_layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addSpacing(16)
        side_layout.addWidget(self.prompts_title)
        side_layout.addWidget(self.prompts_box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea(self)
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setMinimumWidth(260)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Timeline events dropped on the panel become evidence for the selected why.
        side.setAcceptDrops(True)
        side.installEventFilter(self)
        self._side = side
        return side_scroll

    def _build_tabs(self, side_scroll: QScrollArea) -> None:
        """The editor (the tree beside the side panel) and the diagram, as two tabs."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(side_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 340])

        self.diagram = WhyDiagram(self.model, self)
        diagram_scroll = QScrollArea(self)
        diagram_scroll.setWidget(self.diagram)
        diagram_scroll.setWidgetResizable(True)
        self.diagram_scroll = diagram_scroll

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Editor"))
        self.tabs.addTab(diagram_scroll, self.tr("Diagram"))
        self.tabs.setTabToolTip(0, self.tr("Editor and diagram: Ctrl+Shift+D"))
        self.tabs.setTabToolTip(1, self.tr("Ctrl+Shift+D; Ctrl+wheel or +/− zooms, 0 fits"))
        self.toggle_view_shortcut = QShortcut(QKeySequence("Ctrl+Shift+D"), self)
        self.toggle_view_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.link_button.clicked.connect(self.pick_evidence)
        self.toggle_view_shortcut.activated.connect(self.toggle_view)
        self.tree.command_requested.connect(self.run_command)
        self.delegate.closeEditor.connect(self._editor_closed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.rowsMoved.connect(self._rows_moved)
        self.model.dataChanged.connect(lambda *_args: self.tree.relayout())
        self.model.modelReset.connect(self.tree.expandAll)
        self.diagram.node_clicked.connect(self.select)
        self.diagram.node_activated.connect(self._edit_from_diagram)
        self.diagram.events_dropped.connect(
            lambda node, mime: self.link_events(node, self.model.dropped_events(mime))
        )
        self.chips.event_clicked.connect(self._chip_clicked)
        self.delegate.chip_clicked.connect(self._chip_clicked)
        self.chips.remove_requested.connect(self._remove_evidence)
        self.document.edited.connect(self._document_edited)
        self.model.modelReset.connect(self.refresh)

    def _make_category_menu(self) -> None:
        """ "Category ▸": the root cause's category, in the context menu and the toolbar."""
        self.category_menu = QMenu(self.tr("Categor&y"), self)
        self.category_menu.setToolTip(self.tr("What kind of condition this root cause is"))
        group = QActionGroup(self)
        self.category_actions: dict[str | None, QAction] = {}
        for value in (None, *whys.ROOT_CAUSE_CATEGORIES):
            action = QAction(category_name(value) if value else self.tr("No category"), self)
            action.setCheckable(True)
            action.triggered.connect(partial(self.set_category, value))
            group.addAction(action)
            self.category_menu.addAction(action)
            self.category_actions[value] = action
            if value is None:
                self.category_menu.addSeparator()
        # A category pmdesk does not list (from an import or an older version) is shown
        # as it is, so choosing from the menu never loses it silently.
        self.other_category_action = QAction(self)
        self.other_category_action.setCheckable(True)
        group.addAction(self.other_category_action)
        self.category_menu.addAction(self.other_category_action)
        self.category_action = self.category_menu.menuAction()
        self.tree.insertAction(self.actions_by_name["evidence"], self.category_action)
        self.toolbar.insertAction(self.actions_by_name["delete"], self.category_action)
        button = self.toolbar.widgetForAction(self.category_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def toggle_view(self) -> None:
        """Switch between the editor and the diagram, keeping the focus useful."""
        showing_diagram = self.tabs.currentIndex() == 1
        self.tabs.setCurrentIndex(0 if showing_diagram else 1)
        (self.tree if showing_diagram else self.diagram).setFocus()

    # --- the current why -----------------------------------------------------------

    def current_why(self) -> WhyNode | None:
        return self.model.node(self.tree.currentIndex())

    def select(self, node: WhyNode) -> None:
        """Make `node` the current why, expanded into view."""
        index = self.model.index_of(node)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def edit_why(self, node: WhyNode) -> None:
        """Select `node` and open its text for typing."""
        self.tabs.setCurrentIndex(0)
        self.select(node)
        self.tree.setFocus()
        self.tree.edit(self.model.index_of(node))

    def _start_fresh(self, edit: Edit, node: WhyNode) -> None:
        """Add `node` and type it; Escape on it while still empty takes it back."""
        previous = self.current_why()
        self._push(edit)
        self._fresh = (node, self.document.undo_stack.index(), previous)
        self.edit_why(node)

    def _editor_closed(self, _editor: QWidget, hint: QStyledItemDelegate.EndEditHint) -> None:
        fresh, self._fresh = self._fresh, None
        if fresh is None or hint != QStyledItemDelegate.EndEditHint.RevertModelCache:
            return
        node, stack_index, previous = fresh
        stack = self.document.undo_stack
        # Only when nothing else happened since: then undo is exactly "un-add".
        if not node.text and stack.index() == stack_index and stack.canUndo():
            stack.undo()
            if previous is not None:
                self.select(previous)

    def _edit_from_diagram(self, node: WhyNode) -> None:
        self.edit_why(node)

    # --- commands ----------------------------------------------------------------

    def run_command(self, name: str) -> None:
        commands: dict[str, Callable[[], None]] = {
            "add": self.add_why,
            "branch": self.add_branch,
            "indent": self.indent,
            "outdent": self.outdent,
            "up": lambda: self.move_by(-1),
            "down": lambda: self.move_by(+1),
            "delete": self.delete,
            "root_cause": self.toggle_root_cause,
            "evidence": self.pick_evidence,
            "chain": self.new_chain,
        }
        commands[name]()

    def _push(self, edit: Edit | None, then_select: WhyNode | None = None) -> None:
        if edit is None:
            return
        self.document.push(edit)
        if then_select is not None:
            self.select(then_select)

    def new_chain(self) -> None:
        edit, node = whys.add_chain(self.document.postmortem)
        self._start_fresh(edit, node)

    def add_why(self) -> None:
        current = self.current_why()
        if current is None:
            self.new_chain()
            return
        edit, node = whys.add_why(self.document.postmortem, current)
        self._start_fresh(edit, node)

    def add_branch(self) -> None:
        current = self.current_why()
        if current is None:
            self.new_chain()
            return
        edit, node = whys.add_branch(self.document.postmortem, current)
        self._start_fresh(edit, node)

    def indent(self) -> None:
        current = self.current_why()
        if current is not None:
            self._push(whys.indent_why(self.document.postmortem, current), current)

    def outdent(self) -> None:
        current = self.current_why()
        if current is not None:
            self._push(whys.outdent_why(self.document.postmortem, current), current)

    def move_by(self, delta: int) -> None:
        current = self.current_why()
        if current is not None:
            self._push(whys.move_why_by(self.document.postmortem, current, delta), current)

    def delete(self) -> None:
        current = self.current_why()
        if current is None:
            return
        pm = self.document.postmortem
        siblings = whys.siblings_of(pm, current.parent)
        row = next(i for i, s in enumerate(siblings) if s is current)
        after: WhyNode | None = None
        if row + 1 < len(siblings):
            after = siblings[row + 1]
        elif row > 0:
            after = siblings[row - 1]
        else:
            after = current.parent
        self._push(whys.delete_why(pm, current), after)

    def toggle_root_cause(self) -> None:
        current = self.current_why()
        if current is not None:
            self._push(whys.toggle_root_cause(current), current)

    def set_category(self, category: str | None) -> None:
        """File the current root cause under `category` (None: no category)."""
        current = self.current_why()
        if current is not None and current.is_root_cause:
            self._push(whys.set_category(current, category), current)

    def pick_evidence(self) -> None:
        current = self.current_why()
        if current is None:
            return
        chosen = EvidencePicker.ask(self, self.document, current)
        if chosen is None:
            return
        edits: list[Edit] = []
        link = whys.link_evidence(current, chosen)
        if link is not None:
            edits.append(link)
        for event in list(current.evidence):
            if not any(event is c for c in chosen):
                edits.append(whys.unlink_evidence(current, event))
        if edits:
            self._push(Compound(tuple(edits), "Change evidence"), current)

    def link_events(self, node: WhyNode, events: list[TimelineEvent]) -> None:
        self._push(whys.link_evidence(node, events), node)

    def _remove_evidence(self, event: TimelineEvent) -> None:
        current = self.current_why()
        if current is not None and any(e is event for e in current.evidence):
            self._push(whys.unlink_evidence(current, event))

    def _chip_clicked(self, event: TimelineEvent) -> None:
        if event.id is not None:
            self.jump_requested.emit(Location.of_part(LocationKind.EVENT, event.id))

    # --- showing -----------------------------------------------------------------

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            self.tree.expand(parent)
        for row in range(first, last + 1):
            self.tree.expandRecursively(self.model.index(row, 0, parent))

    def _rows_moved(
        self, _source: QModelIndex, _start: int, _end: int, destination: QModelIndex, _row: int
    ) -> None:
        if destination.isValid():
            self.tree.expand(destination)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The chips under the current why change both rows' heights.
        self.tree.relayout()
        self.diagram.set_selected(self.model.node(current))
        self._show_evidence()
        self._update_actions()

    def _document_edited(self, touched: tuple[object, ...]) -> None:
        if whys.concerns_whys(self.document.postmortem, touched):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the side panel and the actions from the document."""
        self._show_evidence()
        self._show_prompts()
        self._update_actions()
        self.diagram.set_selected(self.current_why())

    def _show_evidence(self) -> None:
        node = self.current_why()
        if node is None:
            self.evidence_title.setText("")
            self.chips.set_events([], has_why=False)
        else:
            self.evidence_title.setText(
                self.tr("Cited for: {why}").format(why=node.text or self.tr("(empty why)"))
            )
            self.chips.set_events(list(node.evidence))
        self.link_button.setEnabled(node is not None)

    def _show_prompts(self) -> None:
        endings = whys.chains_ending_at_a_person(self.document.postmortem)
        for card in self.prompt_cards:
            self.prompts_layout.removeWidget(card)
            card.deleteLater()
        self.prompt_cards = []
        for ending in endings:
            card = PromptCard(ending, self.prompts_box)
            card.ask_requested.connect(self._ask_one_more)
            self.prompts_layout.addWidget(card)
            self.prompt_cards.append(card)
        self.prompts_title.setVisible(bool(endings))

    def _ask_one_more(self, leaf: WhyNode) -> None:
        self.select(leaf)
        self.add_why()

    def _update_actions(self) -> None:
        node = self.current_why()
        for name in ("add", "branch", "indent", "outdent", "up", "down", "delete", "evidence"):
            self.actions_by_name[name].setEnabled(node is not None)
        root_cause = self.actions_by_name["root_cause"]
        root_cause.setEnabled(node is not None)
        root_cause.setChecked(bool(node is not None and node.is_root_cause))
        is_root_cause = node is not None and node.is_root_cause
        self.category_action.setEnabled(is_root_cause)
        category = node.category if node is not None and is_root_cause else None
        listed = self.category_actions.get(category)
        self.other_category_action.setVisible(listed is None)
        if listed is None:
            self.other_category_action.setText(category or "")
            self.other_category_action.setChecked(True)
        else:
            listed.setChecked(True)

    # --- drops on the side panel ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._side and isinstance(
            event, QDragMoveEvent | QDragEnterEvent | QDropEvent
        ):
            mime = event.mimeData()
            node = self.current_why()
            if node is None or not mime.hasFormat(TIMELINE_EVENTS_MIME):
                return False
            event.acceptProposedAction()
            if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                self.link_events(node, self.model.dropped_events(mime))
            return True
        return super().eventFilter(watched, event)

    # --- StepPage ----------------------------------------------------------------

    def focus_location(self, location: Location) -> bool:
        if location.kind is not LocationKind.WHY or location.ident is None:
            return False
        node = self.model.find(location.ident)
        if node is None:
            return False
        self.tabs.setCurrentIndex(0)
        self.select(node)
        self.tree.setFocus()
        return True

    def set_presenter_mode(self, enabled: bool) -> None:
        self.presenter_mode = enabled
        self.tree.setIndentation(32 if enabled else 24)
        self._update_tree_font()
        self.diagram.set_presenter_mode(enabled)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The window zoomed: presenter mode's larger tree follows it.
            self._update_tree_font()

    def _update_tree_font(self) -> None:
        if self.presenter_mode:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.25)
            self.tree.setFont(font)
        else:
            # An empty font sets nothing: the tree inherits the window's font again.
            self.tree.setFont(QFont())
        self.tree.relayout()
