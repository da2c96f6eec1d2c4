"""Starting the app: QApplication, the database, the first window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QSettings,
    QSize,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from pmdesk.console import echo
from pmdesk.desktop import APP_ID, ICON_SIZES
from pmdesk.errors import UserFacingError
from pmdesk.resource_files import resource_path
from pmdesk.settings import Paths, load_preferences, make_private_folder
from pmdesk.store import Database
from pmdesk.store.location import open_app_database
from pmdesk.store.lock import DatabaseInUseError, DatabaseLock
from pmdesk.ui.errors import install_excepthook, show_error
from pmdesk.ui.garbage import collect_garbage_on_the_ui_thread, keep_start_up_objects
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.theme import apply_theme

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)
qt_log = logging.getLogger("pmdesk.qt")

__all__ = [
    "app_icon",
    "create_application",
    "install_translations",
    "run_app",
    "use_settings_folder",
]

EXIT_STARTUP_FAILED = 2
_SECOND_START_WAIT_MS = 1000
_WARM_UP_DELAY_MS = 500

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Harmless notices of the offscreen and xcb platform plugins.
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _forward_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = logging.DEBUG if message in _QT_NOISE else _QT_LEVELS.get(kind, logging.WARNING)
    qt_log.log(level, "%s", message)


def create_application(paths: Paths | None = None) -> QApplication:
    """The QApplication; window state (QSettings) goes to `paths.config_dir` when given."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("pmdesk")
    app.setOrganizationName("pmdesk")
    app.setApplicationDisplayName("pmdesk")
    # The desktop matches windows to the menu entry (and its icon) by this name.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    collect_garbage_on_the_ui_thread(app)
    if paths is not None:
        # The preferences live there, and on Linux the QSettings file too.
        make_private_folder(paths.config_dir)
    if paths is not None and os.environ.get("PMDESK_HOME"):
        use_settings_folder(paths.config_dir)
    return app


def app_icon() -> QIcon:
    """pmdesk's icon in every size the desktop may ask for."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"pmdesk-{size}.png")), QSize(size, size))
    return icon


def install_translations(app: QApplication, ui_language: str) -> str:
    """Translate the UI into `ui_language` ("en", "de", or "system" for the locale).

    Returns:
        The language in use.
    """
    language = QLocale.system().name().split("_")[0] if ui_language == "system" else ui_language
    if language == "en":
        return "en"
    translators: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"pmdesk_{language}.qm"))):
        translators.append(own)
    else:
        log.info("No pmdesk translation for %s; using English", language)
        return "en"
    # Qt's own strings (standard buttons, file dialogs).
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    # Numbers follow the language of the UI ("35,0 %" in German), in the system's
    # region when the system speaks that language too (de_CH keeps its own).
    system = QLocale.system()
    chosen = QLocale(language)
    QLocale.setDefault(system if system.language() == chosen.language() else chosen)
    return language


def use_settings_folder(folder: Path) -> None:
    """Keep QSettings (geometry, zoom, docks) as an INI file in `folder`."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def _warm_up() -> None:
    import importlib

    for module in (
        "pmdesk.models",
        "pmdesk.store.engine",
        "pmdesk.ui.postmortem_window",
        "pmdesk.ui.actions_window",
        "pmdesk.ui.trends_window",
    ):
        try:
            importlib.import_module(module)
        except Exception:  # a failed warm-up only costs time; the real import reports it
            log.debug("Warm-up import of %s failed", module, exc_info=True)


def _warm_up_in_background() -> None:
    threading.Thread(target=_warm_up, name="pmdesk-warm-up", daemon=True).start()


def run_app(args: argparse.Namespace, paths: Paths, *, log_file: Path | None) -> int:
    """Open the app; with --exit-when-ready, print the start-up time and quit."""
    started = time.perf_counter()
    app = create_application(paths)
    qInstallMessageHandler(_forward_qt_message)
    preferences, _notice = load_preferences(paths.preferences_file)
    install_translations(app, os.environ.get("PMDESK_LANGUAGE", preferences.ui_language))
    apply_theme(os.environ.get("PMDESK_THEME", preferences.theme))
    if args.exit_when_ready:
        _report_errors_on_stderr(app)
    else:
        install_excepthook(log_file)
    try:
        db = open_app_database(args.database, paths)
    except UserFacingError as exc:
        if args.exit_when_ready:
            echo(sys.stderr, f"pmdesk: {exc}")
        else:
            show_error(None, exc)
        return 2
    try:
        lock = _lock_database(db)
    except DatabaseInUseError as exc:
        db.close()
        if _bring_forward(db, args.file):
            sys.stderr.write(f"pmdesk: {exc.message} Its window was brought forward.\n")
            return 0
        if args.exit_when_ready:
            sys.stderr.write(f"pmdesk: {exc}\n")
        else:
            show_error(None, exc)
        return 2
    if db.is_new:
        from pmdesk.store.sample import ensure_sample

        with db.transaction() as session:
            ensure_sample(session)
    window = MainWindow(db, paths)
    window.show()
    keep_start_up_objects()
    if args.file is not None:
        window.open_interchange_file(args.file, ask=not args.exit_when_ready)
    # Opening a post-mortem, the Actions or the Trends window needs the ORM and their
    # modules: load them while the user looks at the list, not when they click; once
    # the window is drawn and its overdue count read, as the import holds the
    # interpreter most of its time.
    QTimer.singleShot(_WARM_UP_DELAY_MS, _warm_up_in_background)
    if args.exit_when_ready:

        def report() -> None:
            elapsed_ms = (time.perf_counter() - started) * 1000
            sys.stdout.write(f"{elapsed_ms:.0f}\n")
            sys.stdout.flush()
            app.quit()

        # A zero-time timer fires once the event loop has processed the show events.
        QTimer.singleShot(0, report)
    servers: list[QLocalServer] = []
    if lock is not None:
        # Once the window is up: QtNetwork is not loaded before it. A second start in
        # the meantime keeps knocking for a while (see `_bring_forward`).
        QTimer.singleShot(0, lambda: servers.append(_listen_for_second_starts(db, window)))
    status = app.exec()
    for server in servers:
        server.close()
    db.close()
    if lock is not None:
        lock.release()
    return status


def _report_errors_on_stderr(app: QApplication) -> None:
    """Errors go to stderr with a failing exit: nobody closes a dialog in an unattended run."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserFacingError):
            echo(sys.stderr, f"pmdesk: {value}")
        else:
            sys.__excepthook__(kind, value, tb)
        app.exit(EXIT_STARTUP_FAILED)

    sys.excepthook = hook


def _lock_database(db: Database) -> DatabaseLock | None:
    """Hold the database file for this process (SQLite files only)."""
    if db.sqlite_file is None:
        return None
    lock = DatabaseLock(db.sqlite_file)
    lock.acquire("Switch to that window, or close it first.")
    return lock


def _server_name(db: Database) -> str:
    import getpass
    import hashlib

    # One name per user and database file, short enough for a socket path.
    key = f"{getpass.getuser()}:{db.sqlite_file}".encode()
    return f"pmdesk-{hashlib.sha256(key).hexdigest()[:20]}"


def _listen_for_second_starts(db: Database, window: MainWindow) -> QLocalServer:
    """Bring `window` forward when pmdesk is started again on the same database."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(window)
    name = _server_name(db)
    QLocalServer.removeServer(name)  # a socket file left by a crashed run
    server.listen(name)

    def raise_window() -> None:
        connection = server.nextPendingConnection()
        named = ""
        if connection is not None:
            # A second `pmdesk FILE` sends the file's path, then hangs up.
            while connection.waitForReadyRead(_SECOND_START_WAIT_MS):
                pass
            named = bytes(connection.readAll().data()).decode("utf-8", "replace")
            connection.disconnectFromServer()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if named:
            window.open_interchange_file(Path(named))

    server.newConnection.connect(raise_window)
    return server


def _bring_forward(db: Database, file: Path | None) -> bool:
    """Ask the pmdesk that holds `db` to show its window, and open `file` if given;
    True if it answered.

    It listens once its window is up, so a start right after it (a double click that
    launched two) asks again until it answers or `_SECOND_START_WAIT_MS` have passed.
    """
    from PySide6.QtNetwork import QLocalSocket

    name = _server_name(db)
    deadline = time.monotonic() + _SECOND_START_WAIT_MS / 1000
    socket = QLocalSocket()
    socket.connectToServer(name)
    while not socket.waitForConnected(_SECOND_START_WAIT_MS):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
        socket.connectToServer(name)
    if file is not None:
        socket.write(str(file.absolute()).encode("utf-8"))
        socket.waitForBytesWritten(_SECOND_START_WAIT_MS)
    socket.disconnectFromServer()
    return True
