"""The library window's "Build site…": every published post-mortem as a static website.

Asks for a folder and for the version (internal or public), builds the site in the
background (`pmdesk.exporters.site`, the same as `pmdesk site`), and offers to open
its index page in the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pmdesk.domain.pseudonyms import ExportProfile
from pmdesk.settings import Paths, load_preferences
from pmdesk.store.database import Database
from pmdesk.ui.background import BackgroundOp, OpContext

__all__ = ["SiteBuilder"]

_LAST_FOLDER = "site/lastFolder"


class SiteBuilder(QObject):
    """Builds the site for the window `parent`; one build at a time."""

    def __init__(self, parent: QWidget, db: Database, paths: Paths) -> None:
        super().__init__(parent)
        self._window = parent
        self._db = db
        self._paths = paths
        self.op: BackgroundOp[object] | None = None

    def start(self) -> None:
        """Ask where and which version, then build in the background."""
        if self.op is not None and self.op.is_running:
            return
        last = QSettings().value(_LAST_FOLDER)
        chosen = QFileDialog.getExistingDirectory(
            self._window,
            self.tr("Choose a folder for the site"),
            str(last) if isinstance(last, str) and last else str(Path.home()),
        )
        if not chosen:
            return
        profile = self._ask_profile()
        if profile is None:
            return
        QSettings().setValue(_LAST_FOLDER, chosen)
        folder = Path(chosen)
        preferences, _notice = load_preferences(self._paths.preferences_file)
        status = self.tr("Writing the pages and the search index…")
        db = self._db

        def work(context: OpContext) -> object:
            from pmdesk.exporters.html import ExportOptions
            from pmdesk.exporters.site import build_site

            context.set_message(status)
            return build_site(
                db,
                folder,
                profile=profile,
                options=ExportOptions(
                    organisation_name=preferences.organisation_name,
                    logo_path=preferences.logo_path,
                    accent_color=preferences.accent_color,
                ),
                progress=context.report,
                cancelled=context.is_cancelled,
            )

        op: BackgroundOp[object] = BackgroundOp(self._window, work)
        self.op = (
            op.success(self._offer_to_open)
            .with_progress_dialog(self.tr("Building the site…"))
            .run_in_background()
        )

    def _ask_profile(self) -> ExportProfile | None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Build site"))
        box.setText(self.tr("Which version of the post-mortems should the site show?"))
        box.setInformativeText(
            self.tr(
                "The internal version names people and shows the whole timeline. The "
                "public version names people by their role, redacts what the public "
                "export redacts and leaves internal-only entries out."
            )
        )
        internal = box.addButton(self.tr("Internal version"), QMessageBox.ButtonRole.AcceptRole)
        public = box.addButton(self.tr("Public version"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(internal)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is internal:
            return ExportProfile.INTERNAL
        if clicked is public:
            return ExportProfile.PUBLIC
        return None

    def _offer_to_open(self, result: object) -> None:
        from pmdesk.exporters.site import SiteResult

        assert isinstance(result, SiteResult)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Build site"))
        box.setText(
            self.tr("The site of {count} published post-mortem(s) is in {folder}.").format(
                count=result.postmortems, folder=result.folder
            )
        )
        box.setInformativeText(
            self.tr(
                "{rendered} page(s) written, {kept} unchanged since the last build. Open "
                "index.html in a browser, or copy the folder to any web server."
            ).format(rendered=result.rendered, kept=result.kept)
        )
        open_site = box.addButton(self.tr("Open the site"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_site)
        box.exec()
        if box.clickedButton() is open_site:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.index)))
        box.deleteLater()
