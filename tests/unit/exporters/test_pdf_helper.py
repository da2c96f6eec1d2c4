"""The desktop app's PDF helper process: WeasyPrint never loads in the app's own process,
a helper that stops is replaced, and it never outlives the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from pmdesk.errors import UserFacingError
from pmdesk.exporters import pdf
from pmdesk.exporters.pdf import SafeUrlPolicy, render_pdf_bytes

ROOT = Path(__file__).resolve().parents[3]


def _text(data: bytes) -> str:
    import io

    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def helper(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The helper switched on for one test, with a helper process of its own."""
    monkeypatch.setattr(pdf, "_use_helper", True)
    monkeypatch.setattr(pdf, "_helper", None)
    yield
    if pdf._helper is not None:
        pdf._helper.shutdown(wait=True, cancel_futures=True)


def _helper_pid() -> int:
    assert pdf._helper is not None
    (pid,) = pdf._helper._processes
    return int(pid)


@pytest.mark.usefixtures("helper")
def test_the_helper_renders_and_reports_what_it_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really a picture")
    policy = SafeUrlPolicy()
    data = render_pdf_bytes(f'<p>Checkout latency</p><img src="{secret.as_uri()}">', policy=policy)
    assert "Checkout latency" in _text(data)
    assert policy.refused == [secret.as_uri()]
    assert _helper_pid() != os.getpid()


@pytest.mark.usefixtures("helper")
def test_a_helper_that_stopped_while_idle_is_replaced_without_a_word() -> None:
    render_pdf_bytes("<p>first</p>")
    first = _helper_pid()
    os.kill(first, signal.SIGKILL)
    time.sleep(0.5)  # the executor notices the lost process
    assert "second" in _text(render_pdf_bytes("<p>second</p>"))
    assert _helper_pid() != first


@pytest.mark.usefixtures("helper")
def test_a_helper_that_stops_during_a_render_is_one_clear_error_and_then_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    render_pdf_bytes("<p>warm</p>")
    pid = _helper_pid()
    # A render long enough to be interrupted: several hundred table rows.
    rows = "".join(f"<tr><td>{n}</td><td>{'word ' * 40}</td></tr>" for n in range(1500))
    killer = subprocess.Popen(
        [sys.executable, "-c", f"import os,time; time.sleep(0.6); os.kill({pid}, 9)"]
    )
    with pytest.raises(UserFacingError, match="stopped unexpectedly") as raised:
        render_pdf_bytes(f"<table>{rows}</table>")
    killer.wait()
    assert raised.value.hint is not None
    assert not pdf.is_warm()
    assert "again" in _text(render_pdf_bytes("<p>again</p>"))


APP_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from pmdesk.exporters import ExportOptions
    from pmdesk.exporters.pdf import is_warm
    from pmdesk.store.sample import sample_file
    from pmdesk.ui.background import OpContext
    from pmdesk.ui.steps.publish_step import prepare_rendering, render_snapshot
    import json
    snapshot = json.loads(sample_file().read_text(encoding="utf-8"))
    prepare_rendering(OpContext())
    (result,) = render_snapshot(snapshot, ("pdf",), ExportOptions(), OpContext())
    maps = open("/proc/self/maps").read()
    print(result.data[:5].decode(), is_warm(), "weasyprint" in sys.modules,
          "libpango" in maps, flush=True)
    if sys.argv[1:] == ["--linger"]:
        from pmdesk.exporters import pdf
        print(*pdf._helper._processes, flush=True)
        import time
        time.sleep(120)
    """
)


def test_the_app_renders_pdfs_without_loading_weasyprint_itself() -> None:
    done = subprocess.run(
        [sys.executable, "-c", APP_SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split() == ["%PDF-", "True", "False", "False"]


def test_the_helper_ends_when_the_app_is_killed() -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", APP_SCRIPT, "--linger"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().split()[0] == "%PDF-"
        helper_pid = int(app.stdout.readline())
    finally:
        app.kill()
        app.wait()
    deadline = time.monotonic() + 10
    while _is_running(helper_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _is_running(helper_pid)


def _is_running(pid: int) -> bool:
    """Whether `pid` runs (an exited process no one has reaped yet does not)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"
