"""Bringing an archive into the library: many files and folders at once (Import…).

The core's `load_many` does the work, as for `pmdesk load`: every file is read, then all
are written in one transaction, each in a savepoint of its own. A file that cannot be
read or is refused is left out alone and the others are imported; Cancel leaves the
library as it was. The summary shows the core's own report of each file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.archive.batch import (
    LOADABLE_SUFFIXES,
    FileResult,
    LoadCancelledError,
    LoadSummary,
    Outcome,
    load_many,
)
from pmdesk.store.database import Database
from pmdesk.ui.background import BackgroundOp, OpContext
from pmdesk.ui.errors import show_error
from pmdesk.ui.itemmodels.roles import Role

__all__ = ["ArchiveImport", "ImportSummaryDialog"]

# Up to this many files the summary opens with every file's details unfolded.
_UNFOLDED_FILES = 12


class ArchiveImport(QObject):
    """Imports files and folders into the library off the UI thread, with a progress
    dialog and Cancel, then shows what happened to each file.

    Signals:
        imported(object): the `LoadSummary` of an import that was not cancelled, sent
            once the library holds what it imported and before the summary is shown.
        open_requested(str): the UUID of an imported post-mortem the user asked to open
            from the summary.
    """

    imported = Signal(object)
    open_requested = Signal(str)

    def __init__(self, parent: QMainWindow, db: Database) -> None:
        super().__init__(parent)
        self._parent = parent
        self._db = db
        self.op: BackgroundOp[LoadSummary] | None = None
        self.summary_dialog: ImportSummaryDialog | None = None

    @property
    def is_running(self) -> bool:
        return self.op is not None and self.op.is_running

    def ask_for_files(self) -> list[Path]:
        """The files the user picks (none when they cancel)."""
        patterns = " ".join(f"*{suffix}" for suffix in sorted(LOADABLE_SUFFIXES))
        names, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Import post-mortems"),
            str(Path.home()),
            ";;".join(
                [
                    self.tr("Post-mortems: pmdesk, Markdown, HTML ({patterns})").format(
                        patterns=patterns
                    ),
                    self.tr("All files (*)"),
                ]
            ),
        )
        return [Path(name) for name in names]

    def ask_for_folder(self) -> list[Path]:
        """The folder the user picks, as a list (empty when they cancel)."""
        name = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Import a folder of post-mortems"), str(Path.home())
        )
        return [Path(name)] if name else []

    def start(self, paths: Sequence[Path]) -> None:
        """Import `paths` (files and folders) in the background; one import at a time."""
        if not paths or self.is_running:
            return
        # Made here, on the UI thread, in the UI's language; filled in by the worker.
        reading = self.tr("Reading file {number} of {count}…")
        writing = self.tr("Importing file {number} of {count}…")
        db, chosen = self._db, list(paths)

        def work(context: OpContext) -> LoadSummary:
            def progress(done: int, total: int, _message: str) -> None:
                context.report(done, total)
                # The core reads every file (first half), then writes them (second half).
                files = total // 2
                if files and done < total:
                    template = reading if done < files else writing
                    context.set_message(template.format(number=done % files + 1, count=files))

            return load_many(db, chosen, progress=progress, cancelled=context.is_cancelled)

        self.op = (
            BackgroundOp(self._parent, work)
            .success(self._finished)
            .failure(self._failed)
            .with_progress_dialog(self.tr("Importing post-mortems…"))
            .run_in_background()
        )

    def _finished(self, summary: LoadSummary) -> None:
        self.imported.emit(summary)
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
        self.summary_dialog = ImportSummaryDialog(summary, self._parent)
        self.summary_dialog.open_requested.connect(self.open_requested)
        self.summary_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LoadCancelledError):
            self._parent.statusBar().showMessage(
                self.tr("The import was cancelled; nothing was imported."), 10_000
            )
            return
        show_error(self._parent, self._db.explain(exc) or exc)


class ImportSummaryDialog(QDialog):
    """What an import did with each file: imported as which key, what went where,
    what was kept as notes, what to check, what was skipped or not imported and why.

    Signals:
        open_requested(str): the UUID of the post-mortem whose file was double-clicked
            (or activated with Enter); the dialog closes.
    """

    open_requested = Signal(str)

    def __init__(self, summary: LoadSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import summary"))
        self.setObjectName("importSummary")

        self.headline = QLabel(self._headline(), self)
        self.headline.setObjectName("importHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)

        self.explanation = QLabel(self._explanation(), self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setVisible(bool(self.explanation.text()))

        self.files = QTreeWidget(self)
        self.files.setAccessibleName(self.tr("Imported files"))
        self.files.setToolTip(self.tr("Double-click a file to open its post-mortem."))
        self.files.setHeaderLabels([self.tr("File"), self.tr("What happened")])
        self.files.setWordWrap(True)
        self.files.setUniformRowHeights(False)
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.files.header().setStretchLastSection(True)
        items = [self._file_item(result) for result in summary.files]
        self.files.addTopLevelItems(items)
        if len(summary.files) <= _UNFOLDED_FILES:
            self.files.expandAll()
        self.files.itemActivated.connect(self._activated)
        # The whole text of the chosen line: a reason is often longer than its column.
        self.details = QLabel(self)
        self.details.setObjectName("importDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files.currentItemChanged.connect(
            lambda item, _previous: self.details.setText(item.text(1) if item else "")
        )
        # A file that could not be imported first: that is what needs doing.
        refused = [
            item
            for item, result in zip(items, summary.files, strict=True)
            if result.outcome is Outcome.REFUSED
        ]
        if items:
            self.files.setCurrentItem((refused or items)[0])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        # A detail line opens the post-mortem of its file.
        top = item.parent() or item
        result = top.data(0, Role.ITEM)
        if isinstance(result, FileResult) and result.uuid:
            self.accept()
            self.open_requested.emit(result.uuid)

    def result_text(self, result: FileResult) -> str:
        """What happened to one file, in one line."""
        if result.outcome is Outcome.CREATED:
            return self.tr("Imported as {key}: {title}").format(key=result.key, title=result.title)
        if result.outcome is Outcome.UPDATED:
            return self.tr("Updated {key}: {title}").format(key=result.key, title=result.title)
        if result.outcome is Outcome.SKIPPED:
            return self.tr("Skipped: {reason}").format(reason=result.sentence)
        return self.tr("Not imported: {reason}").format(reason=result.sentence)

    def _headline(self) -> str:
        count = self.summary.count
        return self.tr(
            "Imported {created} new and updated {updated}; skipped {skipped}; "
            "could not import {refused}."
        ).format(
            created=count(Outcome.CREATED),
            updated=count(Outcome.UPDATED),
            skipped=count(Outcome.SKIPPED),
            refused=count(Outcome.REFUSED),
        )

    def _explanation(self) -> str:
        if not self.summary.count(Outcome.REFUSED):
            return ""
        # The core's semantics (archive.batch), as `pmdesk load` without --all-or-nothing.
        return self.tr(
            "Each file that could not be imported was left out on its own; the other files "
            "are in the library. Correct those files and import them again: files imported "
            "before are skipped."
        )

    def _file_item(self, result: FileResult) -> QTreeWidgetItem:
        item = QTreeWidgetItem([result.path.name, self.result_text(result)])
        item.setToolTip(0, str(result.path))
        item.setToolTip(1, self.result_text(result))
        item.setIcon(0, self.style().standardIcon(_ICONS[result.outcome]))
        item.setData(0, Role.ITEM, result)
        self._details(item, self.tr("Mapped"), result.mapped)
        if result.notes:
            notes = ", ".join(f"“{heading}”" for heading in result.notes)
            self._details(item, self.tr("Kept as notes"), [notes])
        self._details(item, self.tr("Check"), result.warnings)
        return item

    @staticmethod
    def _details(item: QTreeWidgetItem, label: str, lines: Iterable[str]) -> None:
        for number, line in enumerate(lines):
            # The label once, on the first line of its group.
            child = QTreeWidgetItem(["" if number else label, line])
            child.setToolTip(1, line)
            item.addChild(child)


_ICONS = {
    Outcome.CREATED: QStyle.StandardPixmap.SP_DialogApplyButton,
    Outcome.UPDATED: QStyle.StandardPixmap.SP_BrowserReload,
    Outcome.SKIPPED: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Outcome.REFUSED: QStyle.StandardPixmap.SP_MessageBoxWarning,
}
