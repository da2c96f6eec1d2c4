"""The library's filters: severity, status, verdict, tags, services, facilitator,
the incident's dates and open action items, each "any" until chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QToolButton, QWidget

from pmdesk.store.library import Facets, LibraryFilter
from pmdesk.ui.widgets.date_edits import DayEdit
from pmdesk.ui.widgets.flow_layout import FlowLayout

__all__ = ["LibraryFilterBar"]


def _choice(combo: QComboBox) -> object:
    return combo.currentData()


def _day(edit: DayEdit) -> date | None:
    # A day half typed filters nothing yet.
    text = edit.text()
    return edit.value() if text.strip() and edit.reads(text) else None


class LibraryFilterBar(QWidget):
    """A row of filters; `changed` is emitted whenever one changes.

    Signals:
        changed(): `current()` is different now.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFilters")
        self._build_choices()
        self._build_dates()
        self._lay_out()

    def _build_choices(self) -> None:
        self.severity = self._combo(self.tr("Severity"))
        self.severity.addItem(self.tr("Any severity"), None)
        for level in range(1, 6):
            self.severity.addItem(f"SEV {level}", level)
        self.status = self._combo(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Draft"), "draft")
        self.status.addItem(self.tr("In review"), "in_review")
        self.status.addItem(self.tr("Published"), "published")
        self.verdict = self._combo(self.tr("Post-mortem"))
        self.verdict.addItem(self.tr("Any verdict"), None)
        self.verdict.addItem(self.tr("Mandatory"), "mandatory")
        self.verdict.addItem(self.tr("Recommended"), "recommended")
        self.verdict.addItem(self.tr("Not required"), "not_required")
        self.verdict.addItem(self.tr("Not assessed"), "")
        self.open_actions = self._combo(self.tr("Open action items"))
        self.open_actions.addItem(self.tr("Any action items"), None)
        self.open_actions.addItem(self.tr("With open action items"), True)
        self.open_actions.addItem(self.tr("Without open action items"), False)
        self.tag = self._names_combo(self.tr("Tag"), self.tr("Any tag"))
        self.service = self._names_combo(self.tr("Service"), self.tr("Any service"))
        self.facilitator = self._names_combo(self.tr("Facilitator"), self.tr("Any facilitator"))

    def _build_dates(self) -> None:
        """The incidents' date range, and the button that clears every filter."""
        self.since = DayEdit(date.today, self)
        self.since.setPlaceholderText(self.tr("From (any)"))
        self.since.setAccessibleName(self.tr("Incidents from"))
        self.until = DayEdit(date.today, self)
        self.until.setPlaceholderText(self.tr("To (any)"))
        self.until.setAccessibleName(self.tr("Incidents until"))
        for day in (self.since, self.until):
            day.setMaximumWidth(150)
            day.entered.connect(lambda _value: self.changed.emit())

        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

    def _lay_out(self) -> None:
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.severity,
            self.status,
            self.verdict,
            self.open_actions,
            self.tag,
            self.service,
            self.facilitator,
        ):
            layout.addWidget(widget)
        dates = QWidget(self)
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(QLabel(self.tr("Incident dates:"), dates))
        dates_layout.addWidget(self.since)
        dates_layout.addWidget(QLabel("–", dates))
        dates_layout.addWidget(self.until)
        layout.addWidget(dates)
        layout.addWidget(self.clear_button)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    def _names_combo(self, name: str, anything: str) -> QComboBox:
        # Typed with completion from the names in use; "" is any.
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = combo.lineEdit()
        completer = combo.completer()
        assert line is not None  # an editable combo box has both
        assert completer is not None
        line.setPlaceholderText(anything)
        line.setClearButtonEnabled(True)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.currentTextChanged.connect(lambda _text: self.changed.emit())
        return combo

    def set_facets(self, facets: Facets) -> None:
        """Offer the names in use; what is typed is kept."""
        for combo, names in (
            (self.tag, facets.tags),
            (self.service, facets.services),
            (self.facilitator, facets.facilitators),
        ):
            typed = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("")
            combo.addItems(names)
            combo.setCurrentText(typed)
            combo.blockSignals(False)

    def current(self) -> LibraryFilter:
        severity = _choice(self.severity)
        status = _choice(self.status)
        verdict = _choice(self.verdict)
        tag = self.tag.currentText().strip()
        service = self.service.currentText().strip()
        open_actions = _choice(self.open_actions)
        return LibraryFilter(
            severities=frozenset({severity}) if isinstance(severity, int) else frozenset(),
            statuses=frozenset({status}) if isinstance(status, str) else frozenset(),
            verdicts=frozenset({verdict}) if isinstance(verdict, str) else frozenset(),
            tags=frozenset({tag}) if tag else frozenset(),
            services=frozenset({service}) if service else frozenset(),
            facilitator=self.facilitator.currentText().strip(),
            since=_day(self.since),
            until=_day(self.until),
            has_open_actions=open_actions if isinstance(open_actions, bool) else None,
        )

    def apply(self, wanted: LibraryFilter) -> None:
        """Show `wanted` (one value of each part), emitting `changed` once."""
        self.blockSignals(True)
        try:
            for combo, values in (
                (self.severity, wanted.severities),
                (self.status, wanted.statuses),
                (self.verdict, wanted.verdicts),
            ):
                value = next(iter(values), None)
                found = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(found, 0))
            actions = wanted.has_open_actions
            self.open_actions.setCurrentIndex(0 if actions is None else 1 if actions else 2)
            self.tag.setCurrentText(next(iter(wanted.tags), ""))
            self.service.setCurrentText(next(iter(wanted.services), ""))
            self.facilitator.setCurrentText(wanted.facilitator)
            self.since.set_value(wanted.since)
            self.until.set_value(wanted.until)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.apply(LibraryFilter())
