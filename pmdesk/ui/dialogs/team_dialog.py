"""Where the team database is, and its password (kept in the system keyring or asked
for each time; never written in a file): the connection dialog and the password prompt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
    QVBoxLayout,
    QWidget,
)

from pmdesk.errors import UserFacingError
from pmdesk.store.team import (
    SSL_MODES,
    PasswordNeededError,
    TeamDatabase,
    keyring_available,
    open_team_database,
    saved_password,
)
from pmdesk.ui.background import BackgroundOp, OpContext

__all__ = ["PasswordDialog", "TeamDatabaseDialog", "TeamLogin"]


class TeamLogin:
    """What the connection dialog or the password prompt gave: where, and how."""

    def __init__(self, team: TeamDatabase, password: str | None, remember: bool) -> None:
        self.team = team
        self.password = password
        self.remember = remember


def _remember_box(parent: QWidget) -> QCheckBox:
    box = QCheckBox(
        QCoreApplication.translate("TeamLogin", "Remember the password in the system keyring"),
        parent,
    )
    if keyring_available():
        box.setChecked(True)
    else:
        # Said where it is read, not only in a tooltip: the person should know they
        # will be asked again.
        box.setText(
            QCoreApplication.translate(
                "TeamLogin", "No system keyring here: the password is asked for each time"
            )
        )
        box.setToolTip(
            QCoreApplication.translate(
                "TeamLogin",
                "This system offers no keyring, so pmdesk asks for the password each time "
                "(it never writes it in a file).",
            )
        )
        box.setEnabled(False)
    return box


def _count_postmortems(team: TeamDatabase, password: str | None) -> int:
    from sqlalchemy import func, select

    from pmdesk.models import Postmortem

    database = open_team_database(team, password)
    try:
        with database.reading() as session:
            return int(session.scalar(select(func.count(Postmortem.id))) or 0)
    finally:
        database.close()


class TeamDatabaseDialog(QDialog):
    """Server, database, user, password and TLS of the team database, with a test."""

    def __init__(self, current: TeamDatabase | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team database"))
        self.setMinimumWidth(480)
        form = self._build_form()
        test_row = self._build_test_row()
        self._build_buttons()
        self._lay_out(form, test_row)
        self._probe: BackgroundOp[int] | None = None
        self._connect_signals()
        if current is not None:
            self._show(current)
        else:
            self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self._update_buttons()

    def _build_form(self) -> QFormLayout:
        """Where the team database is, and how to sign in to it."""
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText("postmortems")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = _remember_box(self)
        self.sslmode = QComboBox(self)
        for mode, text in self._ssl_texts().items():
            self.sslmode.addItem(text, mode)
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("The system's certificates"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("&Encryption:"), self.sslmode)
        # A row holding a layout gets no buddy by itself: the mnemonic needs one.
        ca_label = QLabel(self.tr("&CA certificate:"), self)
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        return form

    def _build_test_row(self) -> QHBoxLayout:
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)
        return test_row

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _lay_out(self, form: QFormLayout, test_row: QHBoxLayout) -> None:
        intro = QLabel(
            self.tr(
                "The PostgreSQL database your team shares its post-mortems in. "
                "Share and Update from the team exchange post-mortems with it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_buttons)

    def _ssl_texts(self) -> dict[str, str]:
        return {
            "disable": self.tr("Off (never encrypted)"),
            "allow": self.tr("Allow (encrypted only if the server insists)"),
            "prefer": self.tr("Prefer (encrypted when the server offers it)"),
            "require": self.tr("Require (always encrypted, server not checked)"),
            "verify-ca": self.tr("Verify CA (encrypted, certificate checked)"),
            "verify-full": self.tr("Verify full (encrypted, certificate and name checked)"),
        }

    def _show(self, team: TeamDatabase) -> None:
        self.host.setText(team.host)
        self.port.setValue(team.port)
        self.database.setText(team.database)
        self.user.setText(team.user)
        self.sslmode.setCurrentIndex(SSL_MODES.index(team.sslmode))
        self.ca_file.setText(team.ca_file)
        if saved_password(team) is not None:
            self.password.setPlaceholderText(self.tr("Kept in the system keyring"))

    def _choose_ca_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The CA certificate of the team's server"),
            str(Path(self.ca_file.text()).parent if self.ca_file.text() else Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if name:
            self.ca_file.setText(name)

    def _update_buttons(self) -> None:
        complete = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.save_button.setEnabled(complete)
        self.test_button.setEnabled(complete and self._probe is None)

    def team(self) -> TeamDatabase:
        return TeamDatabase(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def login(self) -> TeamLogin:
        """The settings as typed; an empty password keeps the one in the keyring."""
        team = self.team()
        typed = self.password.text()
        return TeamLogin(team, typed or saved_password(team), self.remember.isChecked())

    @classmethod
    def ask(cls, current: TeamDatabase | None, parent: QWidget | None) -> TeamLogin | None:
        """The settings saved, or None when the person cancelled (tests replace this)."""
        dialog = cls(current, parent)
        try:
            return dialog.login() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def test_connection(self) -> None:
        """Connect in the background and say how it went, below the form."""
        login = self.login()
        self.status.setText(self.tr("Connecting…"))

        def connected(count: int) -> None:
            self._probe = None
            self._update_buttons()
            self.status.setText(
                self.tr("Connected. Post-mortems in the team database: {count}.").format(
                    count=count
                )
            )

        def failed(exc: BaseException) -> None:
            self._probe = None
            self._update_buttons()
            if isinstance(exc, PasswordNeededError):
                self.password.setFocus()
            self.status.setText(str(exc) if isinstance(exc, UserFacingError) else repr(exc))

        def probe(_context: OpContext) -> int:
            return _count_postmortems(login.team, login.password)

        self._probe = BackgroundOp(self, probe).success(connected).failure(failed)
        self._update_buttons()
        self._probe.run_in_background()


class PasswordDialog(QDialog):
    """Asks for the team database's password (none was kept, or it was refused)."""

    def __init__(self, team: TeamDatabase, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team database password"))
        self._team = team
        label = QLabel(self.tr("{why}\nPassword of {name}:").format(why=why, name=team.name), self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.password)
        self.remember = _remember_box(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)

    def login(self) -> TeamLogin:
        return TeamLogin(self._team, self.password.text(), self.remember.isChecked())

    @classmethod
    def ask(cls, team: TeamDatabase, why: str, parent: QWidget | None) -> TeamLogin | None:
        """The password typed, or None when the person cancelled (tests replace this)."""
        dialog = cls(team, why, parent)
        return dialog.login() if dialog.exec() == QDialog.DialogCode.Accepted else None
