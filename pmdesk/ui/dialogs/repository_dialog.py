"""Where "Publish to repository…" commits: a clone of the docs or wiki repository, a
branch and a folder in it. The choices are remembered (QSettings) for the next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pmdesk.exporters.repository import RepositoryTarget, default_folder

__all__ = ["RepositoryDialog"]

# QSettings keys: the last repository, branch and folder published to.
_REPOSITORY = "publishToRepository/repository"
_BRANCH = "publishToRepository/branch"
_FOLDER = "publishToRepository/folder"


class RepositoryDialog(QDialog):
    """Asks for the clone, the branch (optional) and the folder (optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to repository"))
        settings = QSettings()
        self.repository = QLineEdit(str(settings.value(_REPOSITORY, "")), self)
        self.repository.setAccessibleName(self.tr("Repository folder"))
        self.repository.setPlaceholderText(self.tr("The folder of your clone"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.clicked.connect(self._choose_repository)
        repository_row = QHBoxLayout()
        repository_row.addWidget(self.repository, 1)
        repository_row.addWidget(self.choose_button)
        self.branch = QLineEdit(str(settings.value(_BRANCH, "")), self)
        self.branch.setAccessibleName(self.tr("Branch"))
        self.branch.setPlaceholderText(self.tr("The branch checked out"))
        self.folder = QLineEdit(str(settings.value(_FOLDER, "")), self)
        self.folder.setAccessibleName(self.tr("Folder in the repository"))
        note = QLabel(
            self.tr(
                "pmdesk writes the report as Markdown with an index of all published "
                "post-mortems into this folder and commits both in your clone. Pushing the "
                "commit is up to you."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.publish_button = self.buttons.addButton(
            self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.repository.textChanged.connect(self._repository_changed)

        # A row of a layout gets no buddy from QFormLayout: the label names the field.
        repository_label = QLabel(self.tr("&Repository"), self)
        repository_label.setBuddy(self.repository)
        form = QFormLayout(self)
        form.addRow(repository_label, repository_row)
        form.addRow(self.tr("&Branch"), self.branch)
        form.addRow(self.tr("&Folder"), self.folder)
        form.addRow(note)
        form.addRow(self.buttons)
        self._repository_changed(self.repository.text())
        self.resize(560, self.sizeHint().height())

    def target(self) -> RepositoryTarget:
        return RepositoryTarget(
            Path(self.repository.text().strip()).expanduser(),
            branch=self.branch.text().strip(),
            folder=self.folder.text().strip(),
        )

    def accept(self) -> None:
        if not self.repository.text().strip():
            return
        settings = QSettings()
        settings.setValue(_REPOSITORY, self.repository.text().strip())
        settings.setValue(_BRANCH, self.branch.text().strip())
        settings.setValue(_FOLDER, self.folder.text().strip())
        super().accept()

    def _choose_repository(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder of the repository"),
            self.repository.text().strip() or str(Path.home()),
        )
        if chosen:
            self.repository.setText(chosen)

    def _repository_changed(self, text: str) -> None:
        folder = Path(text.strip()).expanduser()
        self.publish_button.setEnabled(bool(text.strip()))
        # The folder the kind of site (MkDocs, Hugo, …) suggests, until one is typed.
        self.folder.setPlaceholderText(
            default_folder(folder) if text.strip() and folder.is_dir() else ""
        )
