"""The team database on a real PostgreSQL server that asks for a password and speaks TLS:
connecting, the password never written in a file, and the certificate checked."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from pmdesk.errors import UserFacingError
from pmdesk.models import Postmortem
from pmdesk.settings import Paths, Preferences, load_preferences, save_preferences
from pmdesk.store.database import Database
from pmdesk.store.interchange import load_postmortem
from pmdesk.store.queries import create_postmortem
from pmdesk.store.team import PasswordNeededError, TeamDatabase, open_team_database
from pmdesk.ui.dialogs.team_dialog import PasswordDialog, TeamDatabaseDialog, TeamLogin
from pmdesk.ui.main_window import MainWindow
from tests.integration.conftest import running_postgres

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

PASSWORD = "correct horse battery staple"


def make_certificates(folder: Path, name: str) -> Path:
    """A certificate authority `name` in `folder`, and a server certificate it signed
    for localhost and 127.0.0.1; returns the CA's certificate."""
    folder.mkdir(parents=True, exist_ok=True)

    def openssl(*arguments: str) -> None:
        subprocess.run(["openssl", *arguments], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            f"/CN={name}", "-keyout", "ca.key", "-out", "ca.crt")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
            "-keyout", "server.key", "-out", "server.csr")  # fmt: skip
    (folder / "names.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "names.ext",
            "-out", "server.crt")  # fmt: skip
    return folder / "ca.crt"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The server's CA certificate, and another CA's."""
    root = tmp_path_factory.mktemp("certificates")
    return make_certificates(root / "team", "Team CA"), make_certificates(root / "other", "Other")


@pytest.fixture(scope="module")
def team_server(certificates: tuple[Path, Path]) -> Iterator[TeamDatabase]:
    """A server that asks for a password and offers TLS, as a team's would."""
    with running_postgres(password=PASSWORD, tls=certificates[0].parent) as url:
        parsed = make_url(url)
        yield TeamDatabase(
            host=str(parsed.host),
            port=int(parsed.port or 5432),
            database=str(parsed.database),
            user=str(parsed.username),
            sslmode="verify-full",
            ca_file=str(certificates[0]),
        )


_counter = iter(range(1_000_000))


@pytest.fixture
def sample_id(db: Database, sample_document: dict[str, Any]) -> int:
    """The sample post-mortem in the laptop's database; its id."""
    with db.transaction() as session:
        postmortem, _created = load_postmortem(session, sample_document)
        session.flush()
        return postmortem.id


@pytest.fixture
def team(team_server: TeamDatabase) -> Iterator[TeamDatabase]:
    """A new, empty database on the team's server for one test."""
    import psycopg

    name = f"team_{next(_counter)}"
    admin = {
        "host": team_server.host,
        "port": team_server.port,
        "user": team_server.user,
        "password": PASSWORD,
        "dbname": team_server.database,
        "sslmode": "require",
    }
    with psycopg.connect(autocommit=True, **admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield replace(team_server, database=name)
    with psycopg.connect(autocommit=True, **admin) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_without_the_password_the_server_asks_for_it(team_server: TeamDatabase) -> None:
    with pytest.raises(PasswordNeededError, match="did not accept the password"):
        open_team_database(team_server, None)
    with pytest.raises(PasswordNeededError):
        open_team_database(team_server, "wrong")


def test_with_the_password_and_the_right_ca_it_connects_encrypted(
    team_server: TeamDatabase,
) -> None:
    database = open_team_database(team_server, PASSWORD)
    try:
        with database.reading() as session:
            encrypted = session.connection().exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            )
            assert encrypted.scalar() is True
    finally:
        database.close()


def test_a_server_whose_certificate_another_ca_signed_is_refused(
    team_server: TeamDatabase, certificates: tuple[Path, Path]
) -> None:
    impostor_check = replace(team_server, ca_file=str(certificates[1]))
    with pytest.raises(UserFacingError, match="secure connection") as raised:
        open_team_database(impostor_check, PASSWORD)
    assert not isinstance(raised.value, PasswordNeededError)


def test_a_wrong_host_name_is_refused_under_verify_full(team_server: TeamDatabase) -> None:
    # The certificate names localhost and 127.0.0.1, not this address.
    elsewhere = replace(team_server, host="127.0.0.2")
    with pytest.raises(UserFacingError) as raised:
        open_team_database(elsewhere, PASSWORD)
    assert PASSWORD not in str(raised.value)


def test_an_unreachable_server_is_one_plain_sentence() -> None:
    nowhere = TeamDatabase(host="127.0.0.1", port=1, database="team", user="priya")
    with pytest.raises(UserFacingError, match="could not be reached"):
        open_team_database(nowhere, "x")


# --- the app ----------------------------------------------------------------------


def _fill_in_the_connection_dialog(
    qtbot: QtBot, team: TeamDatabase
) -> Callable[[type[TeamDatabaseDialog], TeamDatabase | None, QWidget | None], TeamLogin]:
    """What a person does in the connection dialog: type, test, save."""

    def fill(
        cls: type[TeamDatabaseDialog], current: TeamDatabase | None, parent: QWidget | None
    ) -> TeamLogin:
        dialog = cls(current, parent)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.host, team.host)
        dialog.port.lineEdit().selectAll()
        qtbot.keyClicks(dialog.port, str(team.port))
        qtbot.keyClicks(dialog.database, team.database)
        qtbot.keyClicks(dialog.user, team.user)
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.sslmode, Qt.Key.Key_End)  # the most careful: verify-full
        qtbot.keyClicks(dialog.ca_file, team.ca_file)
        assert dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Connected"), timeout=30_000)
        return dialog.login()

    return fill


def open_library(qtbot: QtBot, db: Database, paths: Paths) -> MainWindow:
    library = MainWindow(db, paths)
    qtbot.addWidget(library)
    library.show()
    with qtbot.waitActive(library):
        library.activateWindow()
    library.table.setFocus()
    return library


def test_a_facilitator_shares_a_post_mortem_and_updates_it_from_the_team(
    qtbot: QtBot,
    db: Database,
    paths: Paths,
    sample_id: int,
    team: TeamDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        TeamDatabaseDialog, "ask", classmethod(_fill_in_the_connection_dialog(qtbot, team))
    )
    library = open_library(qtbot, db, paths)
    assert library.selected_row() is not None

    # Share: no team database yet, so the dialog comes first; then the copy is made.
    qtbot.keyClick(library.table, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: "team database now" in library.statusBar().currentMessage(), timeout=30_000
    )
    stored = paths.preferences_file.read_text()
    assert PASSWORD not in stored
    assert load_preferences(paths.preferences_file)[0].team_database == team.stored_url
    with db.reading() as session:
        uuid, summary = session.execute(
            select(Postmortem.uuid, Postmortem.summary).where(Postmortem.id == sample_id)
        ).one()
    team_db = open_team_database(team, PASSWORD)
    try:
        with team_db.transaction() as session:
            theirs = session.scalars(select(Postmortem).where(Postmortem.uuid == uuid)).one()
            assert theirs.summary == summary
            theirs.summary = summary + " The on-call engineer added the pager timeline."
            new_key = create_postmortem(session, "EU queue backlog").key
    finally:
        team_db.close()

    # Update from the team, with the post-mortem open: the window shows their words.
    library.open_postmortem(sample_id)
    window = library.open_windows[sample_id]
    qtbot.keyClick(library.table, Qt.Key.Key_U, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "team's changes came here" in library.statusBar().currentMessage())
    qtbot.waitUntil(lambda: "pager timeline" in window.document.postmortem.summary, timeout=5000)
    window.close()

    # Get from the team, by key.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: (new_key, True)))
    library.team.get_action.trigger()
    qtbot.waitUntil(lambda: "copied from the team database" in library.statusBar().currentMessage())
    selected = library.selected_row()
    assert selected is not None
    assert selected.title == "EU queue backlog"


def test_without_a_kept_password_the_app_asks_for_it(
    qtbot: QtBot,
    db: Database,
    paths: Paths,
    sample_id: int,
    team: TeamDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_preferences(paths.preferences_file, replace(Preferences(), team_database=team.stored_url))
    asked: list[str] = []

    def type_password(
        cls: type[PasswordDialog], team: TeamDatabase, why: str, parent: QWidget | None
    ) -> TeamLogin:
        asked.append(why)
        dialog = cls(team, why, parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.password, "wrong" if len(asked) == 1 else PASSWORD)
        return dialog.login()

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(type_password))
    library = open_library(qtbot, db, paths)
    qtbot.keyClick(library.table, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: "team database now" in library.statusBar().currentMessage(), timeout=30_000
    )
    # First no password, then a wrong one: each time the person was asked again.
    assert asked == [
        "The team database asks for a password.",
        f"The team database {team.name} did not accept the password.",
    ]
    assert PASSWORD not in paths.preferences_file.read_text()


def test_a_window_on_the_team_database_hears_others_with_any_password(
    team: TeamDatabase,
) -> None:
    # libpq's URL parser refuses a password with spaces; the watcher connects with
    # keywords, so live co-editing works whatever the password is.
    from pmdesk.store.live import ChangeWatcher

    database = open_team_database(team, PASSWORD)
    try:
        watcher = ChangeWatcher(database, 1)
        assert watcher.is_watching
        watcher.close()
    finally:
        database.close()


def test_push_without_a_url_goes_to_the_team_database_set_in_the_app(
    team: TeamDatabase,
    paths: Paths,
    sample_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from pmdesk.cli import run

    def push() -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = run(["push", "PM-0001"], paths=paths, stdout=out, stderr=err)
        return status, out.getvalue(), err.getvalue()

    status, _out, err = push()
    assert status == 2
    assert "No team database is set" in err
    save_preferences(paths.preferences_file, replace(Preferences(), team_database=team.stored_url))
    # No keyring here and no password given: said plainly, nothing else happens.
    status, _out, err = push()
    assert status == 2
    assert "did not accept the password" in err
    # libpq's own $PGPASSWORD is one of the places a password may come from.
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    status, out, err = push()
    assert (status, err) == (0, "")
    assert f"Pushed PM-0001 to {team.stored_url}" in out
    assert PASSWORD not in out
