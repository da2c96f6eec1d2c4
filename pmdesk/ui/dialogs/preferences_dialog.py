"""Preferences: the organisation's look for reports, the meeting agenda, language, backups."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from pmdesk.settings import Preferences

__all__ = ["AGENDA_STEPS", "PreferencesDialog"]

AGENDA_STEPS = (
    str(QT_TRANSLATE_NOOP("PreferencesDialog", "Trigger check")),
    str(QT_TRANSLATE_NOOP("PreferencesDialog", "Timeline")),
    str(QT_TRANSLATE_NOOP("PreferencesDialog", "5 Whys")),
    str(QT_TRANSLATE_NOOP("PreferencesDialog", "Action items")),
    str(QT_TRANSLATE_NOOP("PreferencesDialog", "Publish")),
)
# Each language's own name stays untranslated, so people find theirs.
LANGUAGES = (
    ("system", str(QT_TRANSLATE_NOOP("PreferencesDialog", "Same as the system"))),
    ("en", "English"),
    ("de", "Deutsch"),
)
THEME_CHOICES = (
    ("system", str(QT_TRANSLATE_NOOP("PreferencesDialog", "Same as the system"))),
    ("light", str(QT_TRANSLATE_NOOP("PreferencesDialog", "Light"))),
    ("dark", str(QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"))),
)
LOGO_FILTER = str(
    QT_TRANSLATE_NOOP("PreferencesDialog", "Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)")
)


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; `preferences()` returns the result."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._original = preferences
        self._accent = QColor(preferences.accent_color)
        logo_row = self._build_report_fields(preferences)
        language_note = self._build_appearance(preferences)
        agenda_row = self._build_agenda(preferences)
        self._build_hints_and_backups(preferences)
        self._lay_out(logo_row, language_note, agenda_row)

    def _build_report_fields(self, preferences: Preferences) -> QHBoxLayout:
        """How reports look: the organisation, its logo and accent colour."""
        self.organisation = QLineEdit(preferences.organisation_name, self)
        self.organisation.setPlaceholderText(self.tr("Shown on the cover and footer of reports"))
        self.logo = QLineEdit(preferences.logo_path, self)
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setAccessibleName(self.tr("Logo file"))
        choose_logo = QPushButton(self.tr("Choose…"), self)
        choose_logo.clicked.connect(self._choose_logo)
        clear_logo = QPushButton(self.tr("Remove"), self)
        clear_logo.clicked.connect(self.logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(clear_logo)

        self.accent_button = QPushButton(self)
        self.accent_button.setAccessibleName(self.tr("Accent colour"))
        self.accent_button.clicked.connect(self._choose_accent)
        self._show_accent()
        return logo_row

    def _build_appearance(self, preferences: Preferences) -> QLabel:
        """The language and theme; returns the note under the language."""
        self.language = QComboBox(self)
        for value, label in LANGUAGES:
            self.language.addItem(self.tr(label), value)
        self.language.setCurrentIndex(
            max(
                0,
                next((i for i, (v, _) in enumerate(LANGUAGES) if v == preferences.ui_language), 0),
            )
        )
        language_note = QLabel(self.tr("Takes effect when pmdesk starts again."), self)
        self.theme = QComboBox(self)
        for value, label in THEME_CHOICES:
            self.theme.addItem(self.tr(label), value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self.theme.setToolTip(self.tr("Light is easiest to read when you share your screen."))
        return language_note

    def _build_agenda(self, preferences: Preferences) -> QHBoxLayout:
        """The minutes of each agenda step of the review meeting."""
        self.agenda: list[QSpinBox] = []
        agenda_row = QHBoxLayout()
        minutes = list(preferences.agenda_minutes) + [5] * len(AGENDA_STEPS)
        for index, step in enumerate(AGENDA_STEPS):
            spin = QSpinBox(self)
            spin.setRange(1, 240)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(minutes[index])
            spin.setAccessibleName(self.tr("Minutes for {step}").format(step=self.tr(step)))
            spin.setToolTip(self.tr(step))
            self.agenda.append(spin)
            agenda_row.addWidget(QLabel(self.tr(step), self))
            agenda_row.addWidget(spin)
        return agenda_row

    def _build_hints_and_backups(self, preferences: Preferences) -> None:
        self.lint_hints = QCheckBox(self.tr("Show quiet “consider” &hints"), self)
        self.lint_hints.setChecked(preferences.lint_hints)
        self.lint_hints.setToolTip(
            self.tr(
                "Dotted underlines for quoted or reported blame and first-person admissions: "
                "worth a look, but they never block publishing."
            )
        )

        self.keep_backups = QSpinBox(self)
        self.keep_backups.setRange(1, 365)
        self.keep_backups.setValue(preferences.keep_backups)
        self.keep_backups.setSuffix(self.tr(" daily backups"))

    def _lay_out(
        self, logo_row: QHBoxLayout, language_note: QLabel, agenda_row: QHBoxLayout
    ) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self._buddy(self.tr("&Logo"), self.logo), logo_row)
        form.addRow(self.tr("&Accent colour"), self.accent_button)
        form.addRow(self._buddy(self.tr("Meeting &agenda"), self.agenda[0]), agenda_row)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow("", language_note)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Blameless language"), self.lint_hints)
        form.addRow(self.tr("&Keep"), self.keep_backups)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        # A row that holds a layout gets no automatic label buddy, so its mnemonic
        # would show as a literal "&".
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _show_accent(self) -> None:
        name = self._accent.name()
        text_colour = "#000" if self._accent.lightness() > 140 else "#fff"
        self.accent_button.setText(name)
        self.accent_button.setStyleSheet(f"background-color: {name}; color: {text_colour};")

    def _choose_accent(self) -> None:
        chosen = QColorDialog.getColor(self._accent, self, self.tr("Accent colour"))
        if chosen.isValid():
            self._accent = chosen
            self._show_accent()

    def _choose_logo(self) -> None:
        start = str(Path(self.logo.text()).parent) if self.logo.text() else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            start,
            QCoreApplication.translate("PreferencesDialog", LOGO_FILTER),
        )
        if path:
            self.logo.setText(path)

    def preferences(self) -> Preferences:
        return replace(
            self._original,
            organisation_name=self.organisation.text().strip(),
            logo_path=self.logo.text().strip(),
            accent_color=self._accent.name(),
            ui_language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            agenda_minutes=tuple(spin.value() for spin in self.agenda),
            keep_backups=self.keep_backups.value(),
            lint_hints=self.lint_hints.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, preferences: Preferences) -> Preferences | None:
        dialog = cls(preferences, parent)
        return dialog.preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
