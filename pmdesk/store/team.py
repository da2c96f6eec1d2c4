"""The team database: where it is, how to reach it safely, and its password.

A team shares its library on a PostgreSQL server. What the app remembers of it is a
`TeamDatabase` — host, port, database, user and the TLS settings — kept in the
preferences as a URL *without* a password. The password is never written in a file of
ours: it is kept in the operating system's keyring (the `keyring` library: Keychain,
Windows Credential Locker, Secret Service/KWallet), or libpq finds it in the user's
`~/.pgpass` or `$PGPASSWORD`, or the app asks for it each time.

TLS follows libpq's `sslmode`: `verify-full` (encrypted; the server's certificate is
checked against the CA file, and its name against the host) is what a team server
reached over a network should use; `require` encrypts without checking who answers;
`prefer` (libpq's default) encrypts when the server offers it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from pmdesk.errors import UserFacingError

if TYPE_CHECKING:
    from pmdesk.store.database import Database

log = logging.getLogger(__name__)

__all__ = [
    "SSL_MODES",
    "PasswordNeededError",
    "TeamDatabase",
    "connection_trouble",
    "forget_password",
    "keyring_available",
    "open_team_database",
    "remember_password",
    "saved_password",
]

# libpq's sslmode values, from the least to the most careful.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_KEYRING_SERVICE = "pmdesk team database"
_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 8


@dataclass(frozen=True)
class TeamDatabase:
    """How to reach the team's PostgreSQL database (never its password)."""

    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = "prefer"
    ca_file: str = ""

    @classmethod
    def from_url(cls, url: str) -> TeamDatabase:
        """Read a URL as kept in the preferences (or typed: any password is dropped).

        Raises:
            UserFacingError: not a PostgreSQL URL with a host, database and user.
        """
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise UserFacingError(
                f"{url!r} is not a database URL.",
                "Write it as postgresql://USER@HOST:PORT/DATABASE.",
            ) from exc
        if parsed.get_backend_name() != "postgresql":
            raise UserFacingError(
                "A team database is a PostgreSQL database.",
                "Write its URL as postgresql://USER@HOST:PORT/DATABASE.",
            )
        if not (parsed.host and parsed.database and parsed.username):
            raise UserFacingError(
                "The team database needs a server, a database name and a user name.",
                "Write its URL as postgresql://USER@HOST:PORT/DATABASE.",
            )
        query = parsed.query
        sslmode = str(query.get("sslmode", "prefer"))
        if sslmode not in SSL_MODES:
            raise UserFacingError(
                f"{sslmode!r} is not a TLS mode PostgreSQL knows.",
                f"Use one of: {', '.join(SSL_MODES)}.",
            )
        return cls(
            host=parsed.host,
            database=parsed.database,
            user=parsed.username,
            port=parsed.port or 5432,
            sslmode=sslmode,
            ca_file=str(query.get("sslrootcert", "")),
        )

    def url(self, password: str | None = None) -> str:
        """The URL to connect with; with `password` only for this process's memory."""
        return self._url(password, connect_timeout=CONNECT_TIMEOUT_S)

    def _url(self, password: str | None, *, connect_timeout: int | None = None) -> str:
        query: dict[str, str] = {"sslmode": self.sslmode}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        if connect_timeout is not None:
            # An unreachable server fails in seconds, not after the system's minutes.
            query["connect_timeout"] = str(connect_timeout)
        return URL.create(
            _DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        ).render_as_string(hide_password=False)

    @property
    def stored_url(self) -> str:
        """The URL as the preferences keep it: no password."""
        return self._url(None)

    @property
    def name(self) -> str:
        """How people name it: user@host:port/database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def is_verified(self) -> bool:
        """Whether the connection checks who answers (its certificate against a CA)."""
        return self.sslmode in ("verify-ca", "verify-full")


def _keyring() -> Any | None:
    """The keyring backend, or None when this system has none to offer."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    return backend


def keyring_available() -> bool:
    """Whether passwords can be kept in the system's keyring here."""
    return _keyring() is not None


def saved_password(team: TeamDatabase) -> str | None:
    """The password kept in the keyring for `team`, if any."""
    backend = _keyring()
    if backend is None:
        return None
    try:
        password = backend.get_password(_KEYRING_SERVICE, team.name)
    except Exception as exc:  # a locked or broken keyring: ask the person instead
        log.warning("The keyring could not be read (%s)", type(exc).__name__)
        return None
    return str(password) if password is not None else None


def remember_password(team: TeamDatabase, password: str) -> bool:
    """Keep `password` in the keyring; False when there is no keyring (nothing is
    written anywhere else)."""
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(_KEYRING_SERVICE, team.name, password)
    except Exception as exc:  # a locked or read-only keyring
        log.warning("The keyring could not keep the password (%s)", type(exc).__name__)
        return False
    return True


def forget_password(team: TeamDatabase) -> None:
    """Remove `team`'s password from the keyring, if it is there."""
    backend = _keyring()
    if backend is None:
        return
    try:
        backend.delete_password(_KEYRING_SERVICE, team.name)
    except Exception:  # not there (PasswordDeleteError), or the keyring is locked
        log.debug("No password to forget for %s", team.name)


class PasswordNeededError(UserFacingError):
    """The server wants a password, and none (or a wrong one) was given."""


def open_team_database(team: TeamDatabase, password: str | None) -> Database:
    """Open the team database (creating or migrating its tables as any database).

    Without `password`, libpq still finds one in ~/.pgpass or $PGPASSWORD.

    Raises:
        PasswordNeededError: the password is missing or wrong.
        UserFacingError: anything else, said plainly (unreachable, TLS, names).
    """
    from sqlalchemy.exc import OperationalError

    from pmdesk.store.database import open_database

    try:
        return open_database(team.url(password))
    except UserFacingError as exc:
        if isinstance(exc.__cause__, OperationalError):
            raise connection_trouble(exc.__cause__, team) from exc.__cause__
        raise


def connection_trouble(exc: BaseException, team: TeamDatabase) -> UserFacingError:
    """What went wrong connecting to `team`, in plain words."""
    detail = str(getattr(exc, "orig", None) or exc)
    lowered = detail.lower()
    if "no password supplied" in lowered or "password authentication failed" in lowered:
        return PasswordNeededError(
            f"The team database {team.name} did not accept the password.",
            "Type the password again.",
        )
    if "certificate" in lowered or "ssl" in lowered:
        return UserFacingError(
            f"A secure connection to {team.host} could not be made ({_first_line(detail)}).",
            "Check the TLS mode and the CA certificate file, or ask who runs the server.",
        )
    if "does not exist" in lowered:
        return UserFacingError(
            f"The server at {team.host} answered, but has no database or user "
            f"as named in {team.name}.",
            "Check the database and user names.",
        )
    return UserFacingError(
        f"The team database at {team.host}:{team.port} could not be reached.",
        "Check the server name and port, and that you are on the network it is on.",
    )


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line.removeprefix("connection failed: ")[:160]
