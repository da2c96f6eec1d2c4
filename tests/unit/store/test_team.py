"""Where the team database is kept, and its password: never in a file of ours."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from pmdesk.errors import UserFacingError
from pmdesk.settings import Preferences, load_preferences, save_preferences
from pmdesk.store.team import (
    TeamDatabase,
    forget_password,
    keyring_available,
    remember_password,
    saved_password,
)

TEAM = TeamDatabase(
    host="db.example.org",
    database="postmortems",
    user="priya",
    port=5433,
    sslmode="verify-full",
    ca_file="/etc/pmdesk/team-ca.pem",
)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in memory: the library's plug-in interface, as
    the Keychain or the Secret Service implement it."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_the_kept_url_has_no_password_and_reads_back_the_same() -> None:
    assert "secret" not in TEAM.stored_url
    assert TeamDatabase.from_url(TEAM.stored_url) == TEAM
    assert "sslmode=verify-full" in TEAM.stored_url
    assert "connect_timeout" not in TEAM.stored_url
    assert ":secret@" in TEAM.url("secret")


def test_a_typed_url_with_a_password_keeps_everything_but_the_password() -> None:
    typed = "postgresql://priya:hunter2@db.example.org/postmortems?sslmode=require"
    team = TeamDatabase.from_url(typed)
    assert (team.user, team.host, team.port, team.sslmode) == (
        "priya",
        "db.example.org",
        5432,
        "require",
    )
    assert "hunter2" not in team.stored_url


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("sqlite:///team.sqlite", "PostgreSQL"),
        ("postgresql://db.example.org/postmortems", "user name"),
        ("postgresql://priya@db.example.org/x?sslmode=sometimes", "TLS mode"),
        ("not a url", "not a database URL"),
    ],
)
def test_a_url_that_is_no_team_database_is_said_plainly(url: str, complaint: str) -> None:
    with pytest.raises(UserFacingError, match=complaint):
        TeamDatabase.from_url(url)


def test_the_password_goes_to_the_keyring_and_only_there(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    assert keyring_available()
    assert remember_password(TEAM, "hunter2")
    assert saved_password(TEAM) == "hunter2"
    preferences_file = tmp_path / "preferences.json"
    save_preferences(preferences_file, replace(Preferences(), team_database=TEAM.stored_url))
    assert "hunter2" not in preferences_file.read_text()
    assert load_preferences(preferences_file)[0].team_database == TEAM.stored_url
    forget_password(TEAM)
    assert saved_password(TEAM) is None
    forget_password(TEAM)  # forgetting twice is no trouble
    assert memory_keyring.passwords == {}


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_nothing_is_kept_anywhere() -> None:
    assert not keyring_available()
    assert not remember_password(TEAM, "hunter2")
    assert saved_password(TEAM) is None


def test_the_preferences_file_is_json_with_the_url(tmp_path: Path) -> None:
    preferences_file = tmp_path / "preferences.json"
    save_preferences(preferences_file, replace(Preferences(), team_database=TEAM.stored_url))
    assert json.loads(preferences_file.read_text())["team_database"] == TEAM.stored_url
