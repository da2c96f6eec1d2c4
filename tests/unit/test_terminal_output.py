"""What the CLI prints for people never carries terminal control sequences from user text.

A title could otherwise recolour the terminal, set its window title, hide text with a
carriage return, or (OSC 52) write to the clipboard. JSON output keeps the text exact.
"""

from __future__ import annotations

import io
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmdesk.cli import run
from pmdesk.logs import configure_logging
from pmdesk.settings import Paths
from pmdesk.store.sample import sample_file

# Window title, colour, clipboard (OSC 52), a carriage return, a C1 CSI, a bell.
ESCAPES = "\x1b]0;owned\x07\x1b[31mred\x1b[0m\x1b]52;c;ZWNobyBoaQ==\x07\rover\x9b2J"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def pmdesk(paths: Paths, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), paths=paths, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def assert_clean(*texts: str) -> None:
    for text in texts:
        assert not CONTROL.search(text), repr(text)


@pytest.fixture
def hostile(paths: Paths) -> Path:
    """Interchange JSON of the sample with escape sequences in its texts."""
    document = json.loads(sample_file().read_text(encoding="utf-8"))
    pm = document["postmortem"]
    pm["title"] = f"Outage {ESCAPES}"
    pm["summary"] = f"Summary {ESCAPES}\nsecond line"
    pm["trigger_assessment"]["reasons"] = [f"Reason {ESCAPES}"]
    pm["trigger_assessment"].update(override_verdict="recommended", override_reason=ESCAPES)
    pm["action_items"][0].update(owner="", title=f"Fix {ESCAPES}")
    pm["lessons"][0]["text"] = f"Jonas messed up {ESCAPES}"
    path = paths.data_dir.parent / "hostile.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_commands_print_user_text_without_control_characters(paths: Paths, hostile: Path) -> None:
    status, out, err = pmdesk(paths, "load", str(hostile))
    assert status == 0, err
    assert_clean(out)
    assert "Outage ]0;owned[31mred[0m" in out
    for command in (["list"], ["show", "PM-0001"], ["trigger-check", "PM-0001"]):
        status, out, err = pmdesk(paths, *command)
        assert status == 0, err
        assert_clean(out, err)
        assert "owned" in out
    status, out, err = pmdesk(paths, "check", "PM-0001")
    assert_clean(out, err)
    assert "Fix ]0;owned" in out
    status, out, err = pmdesk(paths, "lint", "PM-0001")
    assert status == 1
    assert_clean(out, err)


def test_json_output_keeps_the_text_exact(paths: Paths, hostile: Path) -> None:
    pmdesk(paths, "load", str(hostile))
    status, out, _ = pmdesk(paths, "list", "--json")
    assert status == 0
    assert json.loads(out)[0]["title"] == f"Outage {ESCAPES}"


def test_errors_and_imported_lines_are_printed_clean(paths: Paths, tmp_path: Path) -> None:
    status, _, err = pmdesk(paths, "show", f"PM-9{ESCAPES}")
    assert status == 2
    assert_clean(err)
    assert "PM-9" in err

    notes = tmp_path / "notes.txt"
    notes.write_text(f"10:02 Ben: failover {ESCAPES}\n10:05 Ana: done\n", encoding="utf-8")
    status, out, err = pmdesk(
        paths, "import-timeline", str(notes), "--dry-run", "--tz", "UTC", "--date", "2023-06-14"
    )
    assert status == 0, err
    assert_clean(out, err)
    assert "failover ]0;owned" in out


@pytest.fixture
def stderr_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """Logging as the CLI sets it up; what it writes to stderr."""
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    before = list(logging.getLogger().handlers)
    configure_logging(None)
    try:
        yield stderr
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)


def test_warnings_on_stderr_are_printed_clean(stderr_logging: io.StringIO) -> None:
    logging.getLogger("pmdesk.test").warning("Preferences file %s is unusable", ESCAPES)
    err = stderr_logging.getvalue()
    assert "pmdesk: Preferences file" in err
    assert_clean(err)
