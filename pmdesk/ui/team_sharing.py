"""Share with the team, Update from the team, Get from the team: the library window's
Team menu, moving post-mortems between this database and the team's (store.sync does
the work, with the same merge and conflict rules as `pmdesk push`/`pull`).

The team database is connected once per library window, in the background; its
password comes from the system keyring, from libpq's own files, or from the person,
who is asked when the server refuses (store.team).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton

from pmdesk.errors import UserFacingError
from pmdesk.settings import Preferences, load_preferences, save_preferences
from pmdesk.ui.background import BackgroundOp, OpContext
from pmdesk.ui.errors import show_error

if TYPE_CHECKING:
    # The store's modules load SQLAlchemy: imported when the Team menu is first used,
    # so that the library window opens without them (see store.library).
    from pmdesk.store.database import Database
    from pmdesk.store.sync import SyncResult
    from pmdesk.store.team import TeamDatabase
    from pmdesk.ui.dialogs.team_dialog import TeamLogin
    from pmdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["TeamSharing"]


def configured_team(preferences: Preferences) -> TeamDatabase | None:
    """The team database the preferences name, or None (none, or unreadable)."""
    if not preferences.team_database:
        return None
    from pmdesk.store.team import TeamDatabase

    try:
        return TeamDatabase.from_url(preferences.team_database)
    except UserFacingError:
        log.warning("The team database in the preferences is not a usable URL")
        return None


class TeamSharing(QObject):
    """The Team menu of one library window, and its connection to the team database."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._team_db: Database | None = None
        self._team: TeamDatabase | None = None
        self._password: str | None = None
        self.busy: BackgroundOp[object] | None = None

        def action(text: str, shortcut: str, slot: Callable[[], object], tip: str) -> QAction:
            act = QAction(text, window)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                tip = f"{tip} ({QKeySequence(shortcut).toString()})"
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            window.addAction(act)
            return act

        self.share_action = action(
            self.tr("Share with the team"),
            "Ctrl+Shift+S",
            self.share_selected,
            self.tr(
                "Put the selected post-mortem in the team database, or send it your "
                "changes and bring theirs here"
            ),
        )
        self.update_action = action(
            self.tr("Update from the team"),
            "Ctrl+Shift+U",
            self.update_selected,
            self.tr("Bring what the team changed in the selected post-mortem here"),
        )
        self.get_action = action(
            self.tr("Get from the team…"),
            "",
            self.get_from_team,
            self.tr("Copy a post-mortem from the team database here, by its key"),
        )
        self.settings_action = action(
            self.tr("Team database…"),
            "",
            self.edit_settings,
            self.tr("Where the team database is, its user and password, and encryption"),
        )
        self.menu = QMenu(window)
        for act in (self.share_action, self.update_action, self.get_action):
            self.menu.addAction(act)
        self.menu.addSeparator()
        self.menu.addAction(self.settings_action)
        self.button = QToolButton(window)
        self.button.setText(self.tr("Team"))
        self.button.setToolTip(self.tr("Share post-mortems with the team's database"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)

    # --- settings -------------------------------------------------------------------

    def _preferences(self) -> Preferences:
        preferences, _notice = load_preferences(self.window.paths.preferences_file)
        return preferences

    def team(self) -> TeamDatabase | None:
        return configured_team(self._preferences())

    def edit_settings(self) -> bool:
        """The connection dialog; True when the person saved settings."""
        from pmdesk.store.team import forget_password
        from pmdesk.ui.dialogs.team_dialog import TeamDatabaseDialog

        login = TeamDatabaseDialog.ask(self.team(), self.window)
        if login is None:
            return False
        preferences = self._preferences()
        previous = configured_team(preferences)
        if previous is not None and previous.name != login.team.name:
            forget_password(previous)
        save_preferences(
            self.window.paths.preferences_file,
            replace(preferences, team_database=login.team.stored_url),
        )
        self._keep_password(login)
        self.disconnect_team()
        self._password = login.password
        return True

    def _keep_password(self, login: TeamLogin) -> None:
        from pmdesk.store.team import forget_password, remember_password

        if login.remember and login.password:
            remember_password(login.team, login.password)
        elif not login.remember:
            forget_password(login.team)

    # --- the three commands ---------------------------------------------------------

    def _selected(self) -> tuple[int, str] | None:
        row = self.window.selected_row()
        if row is None:
            self.window.statusBar().showMessage(self.tr("Select a post-mortem first."), 5_000)
            return None
        open_window = self.window.open_windows.get(row.id)
        if open_window is not None:
            # What was typed in the last moments goes along.
            open_window.document.save()
        return row.id, row.key

    def share_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self._sync(selected[1], named_remotely=False, sharing=True)

    def update_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            self._sync(selected[1], named_remotely=False, sharing=False)

    def get_from_team(self) -> None:
        key, accepted = QInputDialog.getText(
            self.window,
            self.tr("Get from the team"),
            self.tr("Key (or UUID) of the post-mortem in the team database:"),
        )
        if accepted and key.strip():
            self._sync(key.strip(), named_remotely=True, sharing=False)

    def _sync(self, ident: str, *, named_remotely: bool, sharing: bool) -> None:
        from pmdesk.store.sync import sync

        local = self.window.db

        def work(team_db: Database) -> SyncResult:
            return sync(local, team_db, ident, named_remotely=named_remotely)

        def done(result: SyncResult) -> None:
            self.window.refresh()
            self.window.select_postmortem(result.key)
            self.window.statusBar().showMessage(self._describe(result, sharing), 15_000)

        self._with_team_database(work, done)

    def _describe(self, result: SyncResult, sharing: bool) -> str:
        if result.created_there:
            return self.tr("{key} is in the team database now (there as {remote}).").format(
                key=result.key, remote=result.remote_key
            )
        if result.created_here:
            return self.tr("{remote} was copied from the team database (here as {key}).").format(
                key=result.key, remote=result.remote_key
            )
        if result.sent and result.received:
            return self.tr(
                "{key}: your changes went to the team database and theirs came here; "
                "both are the same now."
            ).format(key=result.key)
        if result.sent:
            return self.tr("{key}: your changes went to the team database.").format(key=result.key)
        if result.received:
            return self.tr("{key}: the team's changes came here.").format(key=result.key)
        if sharing:
            return self.tr("{key} was already the same in the team database.").format(
                key=result.key
            )
        return self.tr("{key} is up to date with the team database.").format(key=result.key)

    # --- the connection -------------------------------------------------------------

    def _with_team_database(
        self, work: Callable[[Database], SyncResult], done: Callable[[SyncResult], None]
    ) -> None:
        """Connect if need be (asking for what is missing), then run `work` in the
        background and `done` with its result; any trouble is said in a message."""
        from pmdesk.store.team import PasswordNeededError, open_team_database, saved_password
        from pmdesk.ui.dialogs.team_dialog import PasswordDialog

        if self.busy is not None:
            return
        team = self.team()
        if team is None:
            if not self.edit_settings():
                return
            team = self.team()
            if team is None:
                return
        if self._team_db is not None and self._team == team:
            self._run(lambda _context: work(self._connected()), done)
            return
        self.disconnect_team()
        password = self._password or saved_password(team)

        def connect(_context: OpContext) -> SyncResult:
            database = open_team_database(team, password)
            self._team_db, self._team = database, team
            return work(database)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, PasswordNeededError):
                show_error(self.window, exc)
                return
            why = exc.message if password else self.tr("The team database asks for a password.")
            login = PasswordDialog.ask(team, why, self.window)
            if login is None:
                return
            self._password = login.password
            self._keep_password(login)
            self._with_team_database(work, done)

        self._run(connect, done, failed)

    def _connected(self) -> Database:
        assert self._team_db is not None
        return self._team_db

    def _run(
        self,
        work: Callable[[OpContext], SyncResult],
        done: Callable[[SyncResult], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def finished(result: SyncResult) -> None:
            self.busy = None
            done(result)

        def went_wrong(exc: BaseException) -> None:
            self.busy = None
            (failed or (lambda e: show_error(self.window, e)))(exc)

        op = BackgroundOp(self.window, work).success(finished).failure(went_wrong)
        op.with_progress_dialog(self.tr("Talking to the team database…"))
        self.busy = op  # type: ignore[assignment]
        op.run_in_background()

    def disconnect_team(self) -> None:
        """Close the connection (new settings, or the window closes)."""
        database, self._team_db = self._team_db, None
        if database is not None:
            database.close()
