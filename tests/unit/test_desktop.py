"""pmdesk on the desktop: its menu entry, icons, file type and metainfo, and a
.pmdesk.json file opening in the app (at its start, or in the one already running)."""

from __future__ import annotations

import configparser
import io
import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from pmdesk.cli import run
from pmdesk.desktop import APP_ID, ICON_SIZES, MIME_TYPE, install_desktop_entry
from pmdesk.settings import Paths
from pmdesk.store import Database


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys as written: Exec, MimeType
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_names_this_pmdesk_and_the_file_type_reaches_the_mime_database(
    tmp_path: Path,
) -> None:
    data_home = tmp_path / "share"
    program = tmp_path / "my apps" / "pmdesk"
    written = install_desktop_entry(data_home, [str(program)])

    entry = _entry(data_home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{program}" %f'
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    for size in ICON_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon in written
        assert icon.read_bytes().startswith(b"\x89PNG")
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    metainfo = ET.parse(data_home / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.findtext("provides/mediatype") == MIME_TYPE
    screenshots = [image.text or "" for image in metainfo.iter("image")]
    assert screenshots
    assert all(url.startswith("https://") for url in screenshots)
    # update-mime-database ran: the desktop now knows the file type by its name.
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}:*.pmdesk.json" in globs


def test_the_command_installs_for_the_current_user(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    out, err = io.StringIO(), io.StringIO()
    status = run(["install-desktop-entry"], paths=paths, stdout=out, stderr=err)
    assert status == 0, err.getvalue()
    assert f"applications/{APP_ID}.desktop" in out.getvalue()
    assert (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").is_file()


def _colleagues_file(folder: Path, sample_document: dict[str, Any]) -> Path:
    sample_document["postmortem"]["uuid"] = "3f0e9c1a-5b7d-4e2f-8a6c-9d1b2e3f4a5c"
    sample_document["postmortem"]["title"] = "Queue backlog after a broker upgrade"
    path = folder / "from a colleague.pmdesk.json"
    path.write_text(json.dumps(sample_document), encoding="utf-8")
    return path


def _titles(paths: Paths) -> list[str]:
    out = io.StringIO()
    assert run(["list", "--json"], paths=paths, stdout=out, stderr=io.StringIO()) == 0
    return [item["title"] for item in json.loads(out.getvalue())]


def _environment(paths: Paths) -> dict[str, str]:
    return {
        **os.environ,
        "PMDESK_HOME": str(paths.data_dir.parent),
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_pmdesk_file_opens_the_app_with_the_post_mortem(
    paths: Paths, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    source = _colleagues_file(tmp_path, sample_document)
    started = subprocess.run(
        [sys.executable, "-m", "pmdesk", "--exit-when-ready", str(source)],
        env=_environment(paths),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    assert "Queue backlog after a broker upgrade" in _titles(paths)


def test_a_second_pmdesk_file_hands_the_file_to_the_running_app(
    paths: Paths, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    first = subprocess.Popen(
        [sys.executable, "-m", "pmdesk"],
        env=_environment(paths),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        owner = paths.database_file.with_name("pmdesk.sqlite.lock.owner")
        deadline = time.monotonic() + 60
        while not owner.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert owner.exists(), "the first app never took the database"
        # At once: the first app listens only once its window is up, and the second
        # keeps asking until it does.
        source = _colleagues_file(tmp_path, sample_document)
        second = subprocess.run(
            [sys.executable, "-m", "pmdesk", "--exit-when-ready", str(source)],
            env=_environment(paths),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "brought forward" in second.stderr
        deadline = time.monotonic() + 30
        while "Queue backlog after a broker upgrade" not in _titles(paths):
            assert time.monotonic() < deadline, "the running app never imported the file"
            time.sleep(0.2)
        assert first.poll() is None
    finally:
        first.kill()
        first.wait()


_LATE_LISTENER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer
app = QCoreApplication([])
print("started", flush=True)
time.sleep(float(sys.argv[2]))  # the first app still building its window
server = QLocalServer()
assert server.listen(sys.argv[1])
print("listening", flush=True)
server.waitForNewConnection(10_000)
"""


def test_a_second_start_waits_for_a_first_app_that_is_not_listening_yet(db: Database) -> None:
    # A double click that launched two: the second finds the database taken before
    # the first has put up its window and started listening.
    from pmdesk.ui.app import _bring_forward, _server_name

    first = subprocess.Popen(
        [sys.executable, "-c", _LATE_LISTENER, _server_name(db), "0.4"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "started"
        assert _bring_forward(db, None)
        assert first.stdout.readline().strip() == "listening"
    finally:
        first.kill()
        first.wait()
