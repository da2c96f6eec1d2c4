"""pmdesk as a desktop citizen: its application id, icon and file type, and the
freedesktop files (menu entry, icons, MIME type, AppStream metainfo) that put it in the
application menu and make a double-click on a ``.pmdesk.json`` file open it."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from pmdesk.errors import UserFacingError
from pmdesk.resource_files import resource

__all__ = [
    "APP_ID",
    "ICON_SIZES",
    "INTERCHANGE_SUFFIX",
    "MIME_TYPE",
    "desktop_data_home",
    "install_desktop_entry",
    "launch_command",
]

APP_ID = "io.github.pmdesk.pmdesk"
MIME_TYPE = "application/x-pmdesk-postmortem+json"
INTERCHANGE_SUFFIX = ".pmdesk.json"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Characters that make a desktop entry's Exec argument need quotes (Desktop Entry spec).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def desktop_data_home() -> Path:
    """Where the current user's desktop files go: $XDG_DATA_HOME, else ~/.local/share."""
    configured = Path(os.environ.get("XDG_DATA_HOME", ""))
    return configured if configured.is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this very pmdesk: its script, else ``python -m pmdesk``.

    Desktop sessions often lack ~/.local/bin (pipx) or a virtual environment on their
    PATH, so the entry names the program by its full path.
    """
    script = Path(sys.argv[0])
    if script.name.startswith("pmdesk") and script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [sys.executable, "-m", "pmdesk"]


def install_desktop_entry(data_home: Path, command: Sequence[str]) -> list[Path]:
    """Install the menu entry, icons, MIME type and metainfo below `data_home`.

    Args:
        data_home: the user's data folder (see `desktop_data_home`).
        command: what the entry runs, with the file to open appended.

    Returns:
        The files written.

    Raises:
        UserFacingError: not a freedesktop system, or a file could not be written.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise UserFacingError(
            "Desktop entries are for Linux and BSD desktops.",
            "On Windows and macOS, start pmdesk from the pmdesk-app program instead.",
        )
    entry = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_exec_argument(part) for part in command) + " %f"
    entry = entry.replace("\nExec=pmdesk %f\n", f"\nExec={exec_line}\n")
    files: dict[Path, bytes] = {
        data_home / "applications" / f"{APP_ID}.desktop": entry.encode("utf-8"),
        data_home / "mime" / "packages" / f"{APP_ID}.xml": _read("desktop", f"{APP_ID}.mime.xml"),
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml": _read(
            "desktop", f"{APP_ID}.metainfo.xml"
        ),
        data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": _read(
            "icons", "pmdesk.svg"
        ),
    }
    for size in ICON_SIZES:
        folder = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        files[folder / f"{APP_ID}.png"] = _read("icons", f"pmdesk-{size}.png")
    for path, content in files.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        except OSError as exc:
            raise UserFacingError(
                f"The desktop entry could not be written to {path} ({exc.strerror or exc})."
            ) from exc
    _refresh_caches(data_home)
    return list(files)


def _read(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def _exec_argument(argument: str) -> str:
    if not _RESERVED & set(argument):
        return argument
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    # The general string escaping of desktop entries applies on top of the quoting.
    return '"' + quoted.replace("\\", "\\\\") + '"'


def _refresh_caches(data_home: Path) -> None:
    """Tell the desktop about the new files, with whichever tools the system has."""
    # Here, not at the top: the app reads this module's names as it starts.
    import shutil
    import subprocess

    icons = data_home / "icons" / "hicolor"
    for command in (
        ["update-mime-database", str(data_home / "mime")],
        ["update-desktop-database", "--quiet", str(data_home / "applications")],
        ["gtk-update-icon-cache", "--quiet", "--ignore-theme-index", str(icons)],
    ):
        program = shutil.which(command[0])
        if program is not None:
            subprocess.run([program, *command[1:]], check=False, capture_output=True, timeout=60)
