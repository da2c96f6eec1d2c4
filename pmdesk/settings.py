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

__all__ = ["Paths", "Preferences", "default_paths", "load_preferences", "save_preferences"]

APP_NAME = "pmdesk"


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
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(asdict(preferences), indent=2), encoding="utf-8")
    os.replace(partial, path)
