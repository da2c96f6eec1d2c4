"""Incident & participants: what happened, when, who was there, and private notes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.edits import InsertItem, MoveItem, RemoveItem
from pmdesk.domain.limits import LINE_MAX_CHARS, TITLE_MAX_CHARS
from pmdesk.domain.location import Location, LocationKind
from pmdesk.domain.timeline import IncidentWindow, TimesTracker
from pmdesk.models import Participant, Status
from pmdesk.store.library import open_reader
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.itemmodels.participant_table_model import ParticipantTableModel, new_participant
from pmdesk.ui.steps import LintableEditor, StepPage
from pmdesk.ui.widgets.fields import (
    BoundComboBox,
    BoundDateTimeEdit,
    BoundLineEdit,
    BoundListEdit,
    BoundPlainTextEdit,
    FieldBinding,
)
from pmdesk.ui.widgets.list_completer import ListCompleter

__all__ = ["IncidentStep"]


def _now_to_the_minute() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


class IncidentStep(StepPage):
    """The incident's facts, the participants, and the facilitator's private notes."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._build_text_fields()
        self._build_choices()
        self._build_time_fields()
        self._describe_fields()
        incident = self._build_incident_form()
        participants = self._build_participants()
        self._build_notes()
        self._lay_out(incident, participants)
        self._set_tab_order()
        self._size_editors()
        self.times = TimesTracker(document.postmortem)
        self._connect_signals()
        self._update_times()

    def _bind(self, attribute: str, label: str, *, mergeable: bool = True) -> FieldBinding:
        return FieldBinding(
            self.document, self.document.postmortem, attribute, label, mergeable=mergeable
        )

    def _build_text_fields(self) -> None:
        """The editors of the incident's texts, each bound to its attribute."""
        self.title_edit = BoundLineEdit(
            self._bind("title", self.tr("Edit title")), self, max_chars=TITLE_MAX_CHARS
        )
        self.title_edit.setPlaceholderText(self.tr("What happened, in one line"))
        self.summary_edit = self._text_editor(
            "summary",
            self.tr("Edit summary"),
            self.tr("A few sentences: what happened, the impact, how it was resolved."),
        )
        self.impact_edit = self._text_editor(
            "customer_impact",
            self.tr("Edit customer impact"),
            self.tr("Who was affected, how, and for how long."),
        )
        self.facilitator_edit = BoundLineEdit(
            self._bind("facilitator", self.tr("Edit facilitator")), max_chars=LINE_MAX_CHARS
        )
        self.facilitator_edit.setPlaceholderText(self.tr("Who runs the review"))
        self.tags_edit = BoundListEdit(self._bind("tags", self.tr("Edit tags")), self)
        self.tags_edit.setPlaceholderText(self.tr("e.g. database, failover"))
        self.services_edit = BoundListEdit(self._bind("services", self.tr("Edit services")), self)
        self.services_edit.setPlaceholderText(self.tr("e.g. checkout, ledger"))
        # The names the library already uses, so one service is not written three ways.
        with open_reader(self.document.db) as reader:
            facets = reader.facets()
        self.tags_completer = ListCompleter(facets.tags, self.tags_edit)
        self.services_completer = ListCompleter(facets.services, self.services_edit)
        self.notes_edit = self._text_editor(
            "facilitator_notes",
            self.tr("Edit facilitator notes"),
            self.tr("Reminders for yourself: who to follow up with, what to ask next."),
        )

    def _build_choices(self) -> None:
        """Severity and review status."""
        self.severity_combo = BoundComboBox(
            self._bind("severity", self.tr("Change severity"), mergeable=False),
            [(self.tr("Not set"), None)]
            + [
                (self.tr("SEV {n}").format(n=n) + suffix, n)
                for n, suffix in (
                    (1, self.tr(" — most severe")),
                    (2, ""),
                    (3, ""),
                    (4, ""),
                    (5, self.tr(" — least severe")),
                )
            ],
            self,
        )
        # Published is set by publishing (Publish step), never chosen here; it is listed
        # so a published post-mortem shows it, and can be moved back to draft or review.
        self.status_combo = BoundComboBox(
            self._bind("status", self.tr("Change status"), mergeable=False),
            [
                (self.tr("Draft"), Status.DRAFT),
                (self.tr("In review"), Status.IN_REVIEW),
                (self.tr("Published"), Status.PUBLISHED),
            ],
            self,
        )
        status_items = self.status_combo.model()
        assert isinstance(status_items, QStandardItemModel)  # a plain QComboBox's own model
        status_items.item(self.status_combo.values.index(Status.PUBLISHED)).setEnabled(False)
        self.status_combo.setToolTip(
            self.tr(
                "Draft while the review is being written, In review once others may read "
                "it. Publishing, in the Publish step, makes it Published."
            )
        )

    def _build_time_fields(self) -> None:
        """The incident's start and end, and when the review meeting is."""
        self.start_edit = BoundDateTimeEdit(
            self._bind("incident_start", self.tr("Change incident start")),
            _now_to_the_minute,
            self.tr("Not set"),
            self,
        )
        self.end_edit = BoundDateTimeEdit(
            self._bind("incident_end", self.tr("Change incident end")),
            lambda: self.document.postmortem.incident_start or _now_to_the_minute(),
            self.tr("Not set"),
            self,
        )
        # When the team meets to go through the post-mortem: the calendar export books it.
        self.meeting_edit = BoundDateTimeEdit(
            self._bind("review_meeting_at", self.tr("Change review meeting")),
            _now_to_the_minute,
            self.tr("Not set"),
            self,
        )

    def _describe_fields(self) -> None:
        """What screen readers say for each field, and the tooltips."""
        for widget, name, description in (
            (self.title_edit, self.tr("Title"), ""),
            (self.summary_edit, self.tr("Summary"), self.tr("Markdown")),
            (self.impact_edit, self.tr("Customer impact"), self.tr("Markdown")),
            (self.severity_combo, self.tr("Severity"), self.tr("1 is the most severe")),
            (self.status_combo, self.tr("Review status"), ""),
            (self.start_edit.editor, self.tr("Incident start (UTC)"), ""),
            (self.end_edit.editor, self.tr("Incident end (UTC)"), ""),
            (
                self.meeting_edit.editor,
                self.tr("Review meeting (UTC)"),
                self.tr("When the team meets to go through this post-mortem"),
            ),
            (self.facilitator_edit, self.tr("Facilitator"), ""),
            (self.tags_edit, self.tr("Tags"), self.tr("Separate tags with commas")),
            (self.services_edit, self.tr("Services"), self.tr("Separate services with commas")),
            (
                self.notes_edit,
                self.tr("Facilitator notes (private)"),
                self.tr("Never exported; hidden in presenter mode"),
            ),
        ):
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)
        self.start_edit.clear_button.setAccessibleName(self.tr("Clear incident start"))
        self.end_edit.clear_button.setAccessibleName(self.tr("Clear incident end"))
        self.meeting_edit.clear_button.setAccessibleName(self.tr("Clear review meeting"))
        self.tags_edit.setToolTip(self.tr("Separate tags with commas."))
        self.services_edit.setToolTip(self.tr("Separate services with commas."))

    def _build_incident_form(self) -> QGroupBox:
        # -- the incident form --------------------------------------------------------
        incident = QGroupBox(self.tr("Incident"), self)
        form = QFormLayout(incident)
        # Text fields fill the width; the choice and time editors keep a readable size.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._buddy(self.tr("S&ummary"), self.summary_edit), self.summary_edit)
        form.addRow(self._buddy(self.tr("Customer &impact"), self.impact_edit), self.impact_edit)
        form.addRow(self._buddy(self.tr("Severit&y"), self.severity_combo), self.severity_combo)
        form.addRow(self._buddy(self.tr("Revie&w status"), self.status_combo), self.status_combo)
        form.addRow(
            self._buddy(self.tr("Incident st&art (UTC)"), self.start_edit.editor),
            self.start_edit,
        )
        # Once the timeline marks "Resolved", that moment is the end: shown here, changed
        # on the timeline. The end typed here stands in until then.
        self.resolved_end_label = QLabel(self)
        self.resolved_end_label.setObjectName("resolved_end")
        self.resolved_end_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        # Wraps rather than widening the column past the default window (1280x800).
        self.resolved_end_label.setWordWrap(True)
        self.show_resolved_button = QToolButton(self)
        self.show_resolved_button.setText(self.tr("Show in timeline"))
        self.show_resolved_button.setAutoRaise(True)
        self.show_resolved_button.setToolTip(
            self.tr("The incident ends with the event marked “Resolved”; change it there.")
        )
        end_row = QWidget(self)
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_edit)
        end_layout.addWidget(self.resolved_end_label, 1)
        end_layout.addWidget(self.show_resolved_button)
        self.end_label = self._buddy(self.tr("Incident e&nd (UTC)"), self.end_edit.editor)
        form.addRow(self.end_label, end_row)
        # Every letter of "Review meeting" is some other field's or menu's mnemonic.
        form.addRow(
            self._buddy(self.tr("Review meeting (UTC)"), self.meeting_edit.editor),
            self.meeting_edit,
        )
        form.addRow(
            self._buddy(self.tr("Faci&litator"), self.facilitator_edit), self.facilitator_edit
        )
        form.addRow(self._buddy(self.tr("Tag&s"), self.tags_edit), self.tags_edit)
        form.addRow(self._buddy(self.tr("Se&rvices"), self.services_edit), self.services_edit)
        self.duration_label = QLabel(self)
        self.duration_label.setAccessibleName(self.tr("Incident duration"))
        form.addRow("", self.duration_label)
        return incident

    def _build_participants(self) -> QGroupBox:
        # -- participants ---------------------------------------------------------------
        self.participant_model = ParticipantTableModel(self.document, self)
        self.participant_table = QTableView(self)
        self.participant_table.setObjectName("participant_table")
        self.participant_table.setModel(self.participant_model)
        self.participant_table.setAccessibleName(self.tr("Participants"))
        self.participant_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.participant_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participant_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table; while editing, Tab moves to the next cell.
        self.participant_table.setTabKeyNavigation(False)
        self.participant_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.participant_table.verticalHeader().setVisible(False)
        self.participant_table.setMinimumHeight(160)
        self.add_participant_button = QPushButton(self.tr("A&dd participant"), self)
        self.add_participant_button.setToolTip(self.tr("Add a participant (Insert)"))
        self.remove_participant_button = QPushButton(self.tr("Rem&ove"), self)
        self.remove_participant_button.setToolTip(
            self.tr("Remove the selected participant (Delete)")
        )
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_participant),
            (QKeySequence(Qt.Key.Key_Insert), self.add_participant),
            (QKeySequence("Ctrl+Shift+Up"), self._move_participant_up),
            (QKeySequence("Ctrl+Shift+Down"), self._move_participant_down),
        ):
            shortcut = QShortcut(key, self.participant_table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        participants = QGroupBox(self.tr("&Participants"), self)
        participants_layout = QVBoxLayout(participants)
        hint = QLabel(
            self.tr(
                "Everyone who took part in the incident or this review; co-authors of "
                "the review have the role “Author”. Double-click or start typing to edit; "
                "Insert adds, Delete removes, Ctrl+Shift+Up/Down reorders."
            ),
            self,
        )
        hint.setWordWrap(True)
        participants_layout.addWidget(hint)
        participants_layout.addWidget(self.participant_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_participant_button)
        buttons.addWidget(self.remove_participant_button)
        buttons.addStretch(1)
        participants_layout.addLayout(buttons)
        return participants

    def _build_notes(self) -> None:
        # -- private notes ----------------------------------------------------------------
        self.notes_box = QGroupBox(self.tr("Fa&cilitator notes"), self)
        self.notes_box.setObjectName("facilitator_notes_box")
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes_privacy_label = QLabel(
            self.tr("Private — never exported, hidden in presenter mode"), self
        )
        self.notes_privacy_label.setWordWrap(True)
        font = self.notes_privacy_label.font()
        font.setItalic(True)
        self.notes_privacy_label.setFont(font)
        self.notes_privacy_label.setBuddy(self.notes_edit)
        notes_layout.addWidget(self.notes_privacy_label)
        notes_layout.addWidget(self.notes_edit)
        self.notes_edit.setMinimumHeight(90)

    def _lay_out(self, incident: QGroupBox, participants: QGroupBox) -> None:
        """The title across the page; the incident form beside the participants and notes."""
        side = QVBoxLayout()
        side.addWidget(participants, 3)
        side.addWidget(self.notes_box, 2)

        # The title spans both columns: it is the line people read first, and at
        # 1280 px a column is too narrow for a typical title.
        title_row = QFormLayout()
        title_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title_row.addRow(self._buddy(self.tr("&Title"), self.title_edit), self.title_edit)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.addLayout(title_row, 0, 0, 1, 2)
        grid.addWidget(incident, 1, 0)
        grid.addLayout(side, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _set_tab_order(self) -> None:
        for first, second in (
            (self.title_edit, self.summary_edit),
            (self.summary_edit, self.impact_edit),
            (self.impact_edit, self.severity_combo),
            (self.severity_combo, self.status_combo),
            (self.status_combo, self.start_edit.editor),
            (self.start_edit.editor, self.start_edit.clear_button),
            (self.start_edit.clear_button, self.end_edit.editor),
            (self.end_edit.editor, self.end_edit.clear_button),
            (self.end_edit.clear_button, self.show_resolved_button),
            (self.show_resolved_button, self.meeting_edit.editor),
            (self.meeting_edit.editor, self.meeting_edit.clear_button),
            (self.meeting_edit.clear_button, self.facilitator_edit),
            (self.facilitator_edit, self.tags_edit),
            (self.tags_edit, self.services_edit),
            (self.services_edit, self.participant_table),
            (self.participant_table, self.add_participant_button),
            (self.add_participant_button, self.remove_participant_button),
            (self.remove_participant_button, self.notes_edit),
        ):
            QWidget.setTabOrder(first, second)

    def _size_editors(self) -> None:
        self.summary_edit.setMinimumHeight(140)
        self.impact_edit.setMinimumHeight(90)
        self.impact_edit.setMaximumHeight(200)
        self.start_edit.editor.setMinimumWidth(220)
        self.end_edit.editor.setMinimumWidth(220)
        self.meeting_edit.editor.setMinimumWidth(220)

    def _connect_signals(self) -> None:
        self.show_resolved_button.clicked.connect(self._show_resolved_event)
        self.add_participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.document.edited.connect(self._edited)

    def _text_editor(self, attribute: str, label: str, placeholder: str) -> BoundPlainTextEdit:
        editor = BoundPlainTextEdit(
            FieldBinding(self.document, self.document.postmortem, attribute, label), self
        )
        editor.setPlaceholderText(placeholder)
        return editor

    def lintable_editors(self) -> list[LintableEditor]:
        return [
            LintableEditor(self.title_edit, Location.of_field("title"), "title"),
            LintableEditor(self.summary_edit, Location.of_field("summary"), "summary"),
            LintableEditor(self.impact_edit, Location.of_field("customer_impact"), "summary"),
            LintableEditor(self.notes_edit, Location.of_field("facilitator_notes"), "prose"),
        ]

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- reacting to edits ---------------------------------------------------------------
    def _edited(self, touched: tuple[object, ...]) -> None:
        if self.times.update(touched):
            self._update_times()

    def _update_times(self) -> None:
        window = self.times.window
        is_resolved_on_timeline = window.resolved_event is not None
        self.end_edit.setVisible(not is_resolved_on_timeline)
        self.resolved_end_label.setVisible(is_resolved_on_timeline)
        self.show_resolved_button.setVisible(is_resolved_on_timeline)
        self.end_label.setBuddy(
            self.show_resolved_button if is_resolved_on_timeline else self.end_edit.editor
        )
        if window.resolved_event is not None and window.end is not None:
            self.resolved_end_label.setText(
                self.tr("{time} — the “Resolved” key moment").format(
                    time=window.end.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
                )
            )
        self._update_duration(window)

    def _update_duration(self, window: IncidentWindow) -> None:
        if window.duration is None:
            self.duration_label.setText(self.tr("Duration: set the start and the end."))
            return
        minutes = int(window.duration.total_seconds() // 60)
        if minutes < 0:
            self.duration_label.setText(self.tr("The end is before the start."))
            return
        hours, rest = divmod(minutes, 60)
        if hours:
            text = self.tr("Duration: {hours} h {minutes} min").format(hours=hours, minutes=rest)
        else:
            text = self.tr("Duration: {minutes} min").format(minutes=minutes)
        self.duration_label.setText(text)

    def _show_resolved_event(self) -> None:
        resolved = self.times.window.resolved_event
        if resolved is not None:
            self.jump_requested.emit(Location.of_part(LocationKind.EVENT, resolved.id))

    # -- participants ----------------------------------------------------------------------
    def add_participant(self) -> None:
        """Add an empty participant after the selected one and start editing its name."""
        pm = self.document.postmortem
        current = self.participant_table.currentIndex()
        index = current.row() + 1 if current.isValid() else len(pm.participants)
        participant = new_participant()
        self.document.push(
            InsertItem(pm, "participants", participant, index, self.tr("Add participant"))
        )
        row = self.participant_model.row_of(participant)
        self._edit_cell(row, ParticipantTableModel.NAME)

    def remove_participant(self) -> None:
        current = self.participant_table.currentIndex()
        if not current.isValid():
            return
        participant: Participant = self.participant_model.item(current.row())
        self.document.push(
            RemoveItem(
                self.document.postmortem,
                "participants",
                participant,
                self.tr("Remove participant"),
            )
        )

    def move_participant(self, delta: int) -> None:
        current = self.participant_table.currentIndex()
        if not current.isValid():
            return
        target = current.row() + delta
        if not 0 <= target < self.participant_model.rowCount():
            return
        participant = self.participant_model.item(current.row())
        self.document.push(
            MoveItem(
                self.document.postmortem,
                "participants",
                participant,
                target,
                self.tr("Move participant"),
            )
        )
        self.participant_table.setCurrentIndex(
            self.participant_model.index(target, current.column())
        )

    def _move_participant_up(self) -> None:
        self.move_participant(-1)

    def _move_participant_down(self) -> None:
        self.move_participant(1)

    def _edit_cell(self, row: int, column: int) -> None:
        index = self.participant_model.index(row, column)
        self.participant_table.setCurrentIndex(index)
        self.participant_table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.participant_table.setFocus()
        self.participant_table.edit(index)

    # -- the step contract -------------------------------------------------------------------
    def focus_location(self, location: Location) -> bool:
        # By the post-mortem's field each one edits.
        editors: dict[str, QWidget] = {
            "title": self.title_edit,
            "summary": self.summary_edit,
            "customer_impact": self.impact_edit,
            "severity": self.severity_combo,
            "status": self.status_combo,
            "incident_start": self.start_edit.editor,
            "incident_end": self.end_edit.editor
            if self.end_edit.isVisibleTo(self)
            else self.show_resolved_button,
            "review_meeting_at": self.meeting_edit.editor,
            "facilitator": self.facilitator_edit,
            "tags": self.tags_edit,
            "services": self.services_edit,
            "participants": self.participant_table,
        }
        if self.notes_box.isVisibleTo(self):
            editors["facilitator_notes"] = self.notes_edit
        if location.kind is LocationKind.PARTICIPANT:
            for row in range(self.participant_model.rowCount()):
                if location.ident is not None and (
                    self.participant_model.item(row).id == location.ident
                ):
                    index = self.participant_model.index(row, 0)
                    self.participant_table.setCurrentIndex(index)
                    self.participant_table.scrollTo(index)
                    self.participant_table.setFocus()
                    return True
            return False
        if location.kind is not LocationKind.FIELD:
            return False
        widget = editors.get(str(location.key))
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        return True

    def set_presenter_mode(self, enabled: bool) -> None:
        self.notes_box.setVisible(not enabled)
        if enabled and self.notes_edit.hasFocus():
            self.title_edit.setFocus()
