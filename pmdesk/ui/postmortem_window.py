"""The window of one post-mortem: a step list beside the work area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.settings import Paths
from pmdesk.store import Database
from pmdesk.ui.document import PostmortemDocument
from pmdesk.ui.errors import show_error

__all__ = ["STEP_TITLES", "PostmortemWindow"]

STEP_TITLES = (
    "Overview",
    "1  Trigger check",
    "2  Timeline",
    "3  5 Whys",
    "4  Action items",
    "5  Publish",
)


class OverviewPage(QWidget):
    """Title, summary and customer impact, saved as you type."""

    def __init__(self, document: PostmortemDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        pm = document.postmortem
        self.title_edit = QLineEdit(pm.title, self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("What happened, in one line"))
        self.summary_edit = QPlainTextEdit(pm.summary, self)
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setPlaceholderText(
            self.tr("A few sentences: what happened, the impact, how it was resolved.")
        )
        self.impact_edit = QPlainTextEdit(pm.customer_impact, self)
        self.impact_edit.setAccessibleName(self.tr("Customer impact"))
        self.impact_edit.setPlaceholderText(self.tr("Who was affected, how, and for how long."))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Summary"), self.summary_edit)
        form.addRow(self.tr("Customer &impact"), self.impact_edit)

        self.title_edit.textEdited.connect(self._title_edited)
        self.summary_edit.textChanged.connect(self._summary_edited)
        self.impact_edit.textChanged.connect(self._impact_edited)

    def _title_edited(self, text: str) -> None:
        self.document.postmortem.title = text
        self.document.mark_changed()

    def _summary_edited(self) -> None:
        text = self.summary_edit.toPlainText()
        if text != self.document.postmortem.summary:
            self.document.postmortem.summary = text
            self.document.mark_changed()

    def _impact_edited(self) -> None:
        text = self.impact_edit.toPlainText()
        if text != self.document.postmortem.customer_impact:
            self.document.postmortem.customer_impact = text
            self.document.mark_changed()


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("{title} — coming in the wizard.").format(title=title), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


class PostmortemWindow(QMainWindow):
    """One post-mortem, step by step.

    Signals:
        closed: the window was closed and everything saved.
    """

    closed = Signal()

    def __init__(self, db: Database, postmortem_id: int, paths: Paths) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = PostmortemDocument(db, postmortem_id, self)
        self.paths = paths
        self.document.changed.connect(self._update_title)
        self.document.saved.connect(lambda: self.statusBar().showMessage(self.tr("Saved"), 1500))
        self.document.save_failed.connect(self.statusBar().showMessage)

        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setMaximumWidth(220)
        self.pages = QStackedWidget(self)
        self.overview = OverviewPage(self.document, self)
        self.pages.addWidget(self.overview)
        for title in STEP_TITLES:
            self.steps.addItem(QListWidgetItem(self.tr(title)))
        for title in STEP_TITLES[1:]:
            self.pages.addWidget(PlaceholderPage(title, self))
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.steps.setCurrentRow(0)

        splitter = QSplitter(self)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        for sequence, delta in (
            ("Ctrl+PgDown", 1),
            ("Ctrl+PgUp", -1),
            ("Alt+Right", 1),
            ("Alt+Left", -1),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(lambda d=delta: self.go_step(d))
        self.resize(1100, 720)
        self._update_title()

    def go_step(self, delta: int) -> None:
        row = max(0, min(self.steps.count() - 1, self.steps.currentRow() + delta))
        self.steps.setCurrentRow(row)

    def _update_title(self) -> None:
        pm = self.document.postmortem
        self.setWindowTitle(f"{pm.key} · {pm.title or self.tr('(untitled)')} — pmdesk")

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.document.close()
        except Exception as exc:  # the UI error boundary: never lose work silently
            show_error(self, exc)
            event.ignore()
            return
        self.closed.emit()
        super().closeEvent(event)
