"""Where pmdesk keeps its files, and the user's preferences."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

__all__ = [
    "PRIVATE_FILE_MODE",
    "PRIVATE_FOLDER_MODE",
    "Paths",
    "Preferences",
    "default_paths",
    "load_preferences",
    "make_private_folder",
    "private_opener",
    "save_preferences",
]

APP_NAME = "pmdesk"
# pmdesk's own folders and files are the user's alone: the database holds private
# facilitator notes, and the logs and backups hold what it holds.
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class Paths:
    """The folders pmdesk uses; tests pass their own."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "pmdesk.sqlite"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database_file}"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def preferences_file(self) -> Path:
        return self.config_dir / "preferences.json"

    @property
    def policy_file(self) -> Path:
        return self.config_dir / "policy.toml"


def make_private_folder(folder: Path) -> None:
    """Create `folder` for the user alone, or take the others' access away from it.

    Files that older versions left readable by everyone become unreachable with it.
    """
    folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    try:
        if folder.stat().st_mode & 0o777 != PRIVATE_FOLDER_MODE:
            folder.chmod(PRIVATE_FOLDER_MODE)
    except OSError as exc:  # not ours to change (a shared folder): use it as it is
        log.warning("Could not make %s private: %s", folder, exc.strerror or exc)


def private_opener(path: str, flags: int) -> int:
    """An `opener` for open(): a file it creates is readable by the user alone."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def default_paths() -> Paths:
    """The user's folders (platformdirs), or below $PMDESK_HOME when it is set."""
    home = os.environ.get("PMDESK_HOME")
    if home:
        # Absolute, so that a later chdir (or a file URI) does not change its meaning.
        root = Path(home).absolute()
        return Paths(root / "data", root / "config", root / "logs")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


@dataclass(frozen=True)
class Preferences:
    """User settings with their defaults; UI-only state lives in QSettings."""

    schema_version: int = 1
    keep_backups: int = 7
    organisation_name: str = ""
    logo_path: str = ""
    accent_color: str = "#2f5d8a"
    display_zone: str = "UTC"
    ui_language: str = "system"
    # "system", "light" or "dark": a facilitator may force light for screen sharing.
    theme: str = "system"
    agenda_minutes: tuple[int, ...] = (5, 20, 20, 10, 5)
    # Quiet "consider" hints of the linter (quoted blame, admissions); they never block.
    lint_hints: bool = True
    # The name the history shows for this person's changes; empty: the login name.
    author_name: str = ""
    # The team's PostgreSQL database, as a URL without a password (store.team).
    team_database: str = ""

    @property
    def meeting_minutes(self) -> int:
        """How long a review meeting takes: the agenda's timeboxes together."""
        return sum(self.agenda_minutes)


def load_preferences(path: Path) -> tuple[Preferences, str | None]:
    """Read preferences, tolerating problems.

    Returns:
        The preferences and, when the file was unusable, a notice for the user.
    """
    if not path.exists():
        return Preferences(), None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        log.warning("Preferences file %s is unusable: %s", path, exc)
        return Preferences(), f"The preferences in {path} could not be read; defaults are used."
    known = {f.name: f for f in fields(Preferences)}
    values: dict[str, Any] = {}
    defaults = Preferences()
    for name, value in raw.items():
        if name not in known:
            continue
        default = getattr(defaults, name)
        if isinstance(default, tuple) and isinstance(value, list):
            value = tuple(value)
        if type(value) is type(default):
            values[name] = value
    return replace(defaults, **values), None


def save_preferences(path: Path, preferences: Preferences) -> None:
    """Write atomically: a crash mid-write leaves the old file intact."""
    make_private_folder(path.parent)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)  # one left by a crash keeps its old mode
    with open(partial, "w", encoding="utf-8", opener=private_opener) as stream:
        stream.write(json.dumps(asdict(preferences), indent=2))
    os.replace(partial, path)
