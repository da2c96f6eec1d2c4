"""Build pmdesk as a one-folder bundle for people without Python, then smoke-test it.

    python scripts/build_bundle.py [--venv DIR] [--wheel FILE] [--dist DIR]

The bundle is built from the installed wheel (with the `bundle` extra: the app and
PyInstaller, pinned by constraints.txt), not from the checkout, so it holds what the wheel
holds. The smoke test runs the bundle with no Python on its path: it starts the app
offscreen on a fresh profile (which loads the sample), lints a file and exports the
sample as PDF. The result is DIST/pmdesk/ (default dist/pmdesk/); its `pmdesk` program is
the app and the whole command line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
SPEC = REPOSITORY / "scripts" / "bundle" / "pmdesk.spec"


def _program(environment: Path, name: str) -> Path:
    folder = environment / ("Scripts" if sys.platform == "win32" else "bin")
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def _run(*argv: str | Path) -> None:
    subprocess.run([str(part) for part in argv], check=True)


def _require(condition: bool, problem: str) -> None:
    if not condition:
        raise SystemExit(f"build_bundle: {problem}")


def prepare(environment: Path, wheel: Path | None) -> None:
    """A virtual environment with the wheel, the app and PyInstaller."""
    if not _program(environment, "python").exists():
        venv.create(environment, with_pip=True)
    python = _program(environment, "python")
    if wheel is None:
        with tempfile.TemporaryDirectory() as folder:
            _run(python, "-m", "pip", "install", "--quiet", "build")
            _run(python, "-m", "build", "--wheel", "--outdir", folder, REPOSITORY)
            (wheel,) = Path(folder).glob("pmdesk-*.whl")
            _install(python, wheel)
    else:
        _install(python, wheel)


def _install(python: Path, wheel: Path) -> None:
    constraints = REPOSITORY / "constraints.txt"
    _run(python, "-m", "pip", "install", "--quiet", "--constraint", constraints, f"{wheel}[bundle]")


def build(environment: Path, dist: Path) -> Path:
    """Run PyInstaller; returns the bundle's program."""
    with tempfile.TemporaryDirectory() as work:
        _run(
            _program(environment, "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
            SPEC,
        )
    return dist / "pmdesk" / ("pmdesk.exe" if sys.platform == "win32" else "pmdesk")


def smoke_test(program: Path) -> None:
    """Start the app, lint, export a PDF: each must work without a Python installation."""
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        environment.update(PMDESK_HOME=str(here / "home"), QT_QPA_PLATFORM="offscreen")

        def pmdesk(*argv: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(program), *argv],
                cwd=here,
                env=environment,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )

        if sys.platform.startswith("linux"):
            own = program.parent / "_internal" / "libpango-1.0.so.0"
            _require(own.is_file(), "the bundle does not carry Pango")
        started = pmdesk("--exit-when-ready")
        _require(started.returncode == 0, f"the app did not start: {started.stderr}")
        (here / "page.md").write_text("The engineer forgot the renewal.\n", encoding="utf-8")
        linted = pmdesk("lint", "page.md")
        _require(linted.returncode == 1, f"lint found nothing: {linted.stdout}{linted.stderr}")
        exported = pmdesk("export", "PM-0001", "--format", "pdf", "-o", "report.pdf")
        _require(exported.returncode == 0, f"the PDF export failed: {exported.stderr}")
        pdf = (here / "report.pdf").read_bytes()
        _require(pdf.startswith(b"%PDF-"), "the exported report is not a PDF")
        print(f"smoke test passed: started in {started.stdout.strip()} ms, linted, exported a PDF")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", type=Path, default=REPOSITORY / "build" / "bundle-venv")
    parser.add_argument("--wheel", type=Path, help="install this wheel (default: build one)")
    parser.add_argument("--dist", type=Path, default=REPOSITORY / "dist")
    args = parser.parse_args()
    prepare(args.venv, args.wheel)
    program = build(args.venv, args.dist)
    smoke_test(program)
    print(f"bundle: {program.parent}")


if __name__ == "__main__":
    main()
