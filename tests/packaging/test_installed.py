"""pmdesk as people install it: the sdist and the wheel built from it, installed into a
fresh virtual environment outside the checkout and run from another folder; the
pre-commit hook, installed by pre-commit itself; and the one-folder bundle for people
without Python, built from that wheel and smoke-tested by scripts/build_bundle.py.

One environment serves the whole module: building and installing take a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
BLAMING = "# Review\n\nThe on-call engineer forgot to renew the certificate.\n"
HOOK_ENVIRONMENT_LIMIT_MB = 50


@dataclass(frozen=True)
class Installed:
    """The built distributions and a virtual environment with the wheel's app."""

    sdist: Path
    wheel: Path
    bin: Path
    elsewhere: Path

    def run(
        self, *argv: str, home: Path, check_status: int | None = 0
    ) -> subprocess.CompletedProcess[str]:
        """`pmdesk ARGV` from the installed environment, in a folder of its own."""
        environment = {
            key: value for key, value in os.environ.items() if not key.startswith("PYTHON")
        }
        environment.update(PMDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [str(self.bin / "pmdesk"), *argv],
            cwd=self.elsewhere,
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if check_status is not None:
            assert result.returncode == check_status, result.stderr
        return result


def _run(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("installed")
    # A copy of the checkout without its local build state; `build` makes the sdist and
    # then the wheel from the sdist, so the sdist must hold everything.
    source = root / "source"
    shutil.copytree(
        REPOSITORY,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv*", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
        ),
    )
    dist = root / "dist"
    _run(sys.executable, "-m", "build", "--outdir", dist, source, cwd=root)
    shutil.rmtree(source)
    (sdist,) = dist.glob("pmdesk-*.tar.gz")
    (wheel,) = dist.glob("pmdesk-*.whl")
    venv = root / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=root)
    _run(
        venv / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--constraint",
        REPOSITORY / "constraints.txt",
        f"{wheel}[app]",
        cwd=root,
    )
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    return Installed(sdist, wheel, venv / "bin", elsewhere)


def test_the_sdist_holds_the_sources_tests_data_and_licence(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "LICENSE",
        "README.md",
        "pyproject.toml",
        "setup.py",
        "constraints.txt",
        "resources/lint/en.toml",
        "resources/translations/pmdesk_de.ts",
        "tests/conftest.py",
        "tests/data/lint/dev_en.tsv",
        "pmdesk/store/migrations/versions/0001_initial_schema.py",
    ):
        assert needed in names, needed


def test_the_wheel_holds_the_data_and_the_licence(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for needed in (
        "pmdesk/resources/lint/en.toml",
        "pmdesk/resources/lint/de.toml",
        "pmdesk/resources/lint/learned_en.json",
        "pmdesk/resources/lint/learned_de.json",
        "pmdesk/resources/samples/database-failover.json",
        "pmdesk/resources/schema/postmortem.schema.json",
        "pmdesk/resources/templates/postmortem.html.j2",
        "pmdesk/resources/templates/site.css",
        "pmdesk/resources/templates/site.js",
        "pmdesk/resources/translations/pmdesk_de.qm",
        "pmdesk/resources/translations/pmdesk_export_de.mo",
        "pmdesk/resources/desktop/io.github.pmdesk.pmdesk.desktop",
        "pmdesk/resources/icons/pmdesk-256.png",
        "pmdesk-0.1.0.dist-info/licenses/LICENSE",
    ):
        assert needed in names, needed


def test_lint_load_check_and_every_export_run_from_the_installed_wheel(
    installed: Installed, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    page = installed.elsewhere / "review.md"
    page.write_text(BLAMING, encoding="utf-8")
    linted = installed.run("lint", page.name, home=home, check_status=1)
    assert "review.md:3:" in linted.stdout

    sample = installed.elsewhere / "sample.pmdesk.json"
    shutil.copyfile(REPOSITORY / "resources" / "samples" / "database-failover.json", sample)
    loaded = installed.run("load", sample.name, home=home)
    assert loaded.stdout.startswith("Created PM-0001")
    checked = installed.run("check", "PM-0001", home=home)
    assert "ready to publish" in checked.stdout
    for export_format, name, start in (
        ("pdf", "report.pdf", b"%PDF-"),
        ("html", "report.html", b"<!DOCTYPE html>"),
        ("md", "report.md", b"---\ntitle: Checkout partially unavailable"),
        ("actions-csv", "actions.csv", "\ufeffSummary,Description".encode()),
    ):
        installed.run("export", "PM-0001", "--format", export_format, "-o", name, home=home)
        written = (installed.elsewhere / name).read_bytes()
        assert written.startswith(start), (export_format, written[:40])
    installed.run(
        "export",
        "PM-0001",
        "--format",
        "html",
        "--profile",
        "public",
        "-o",
        "public.html",
        home=home,
    )
    assert "Priya Raman" not in (installed.elsewhere / "public.html").read_text("utf-8")


def test_the_app_starts_on_a_fresh_profile_and_speaks_german(
    installed: Installed, tmp_path: Path
) -> None:
    started = installed.run("--exit-when-ready", home=tmp_path / "fresh")
    assert int(started.stdout.strip()) > 0
    listed = installed.run("list", home=tmp_path / "fresh")
    assert "Checkout partially unavailable after a database failover" in listed.stdout
    german = subprocess.run(
        [
            str(installed.bin / "python"),
            "-c",
            "from pmdesk.ui.app import create_application, install_translations\n"
            "print(install_translations(create_application(), 'de'))",
        ],
        cwd=installed.elsewhere,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert german.stdout.strip() == "de"


def _pre_commit(
    *argv: str | Path, project: Path, home: Path
) -> tuple[subprocess.CompletedProcess[str], float]:
    """`pre-commit ARGV` in `project`; the result and the seconds it took."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PRE_COMMIT_HOME"] = str(home)
    program = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    assert program is not None
    started = time.perf_counter()
    result = subprocess.run(
        [program, *(str(part) for part in argv)],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return result, time.perf_counter() - started


def _git(*argv: str, cwd: Path) -> str:
    identity = ["-c", "user.name=pmdesk", "-c", "user.email=test@pmdesk.invalid"]
    return _run("git", *identity, *argv, cwd=cwd).stdout.strip()


def test_the_pre_commit_hook_installs_light_and_finds_blaming_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "postmortem.md").write_text(BLAMING, encoding="utf-8")
    _git("init", "-q", cwd=project)
    _git("add", "postmortem.md", cwd=project)

    # As the hook's authors try it: this working tree, uncommitted changes included.
    tried, _seconds = _pre_commit(
        "try-repo", REPOSITORY, "pmdesk-lint", "--all-files", project=project, home=tmp_path / "try"
    )
    assert tried.returncode == 1, tried.stdout + tried.stderr
    assert "postmortem.md:3:" in tried.stdout

    # As users install it, a repository at a revision: its environment stays, to be measured.
    hook_repository = tmp_path / "hook-repository"
    shutil.copytree(
        REPOSITORY,
        hook_repository,
        ignore=shutil.ignore_patterns(".git", ".venv*", "build", "*.egg-info", "__pycache__"),
    )
    _git("init", "-q", cwd=hook_repository)
    _git("add", "-A", cwd=hook_repository)
    _git("commit", "-q", "-m", "pmdesk", cwd=hook_repository)
    revision = _git("rev-parse", "HEAD", cwd=hook_repository)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repository}\n    rev: {revision}\n"
        "    hooks:\n      - id: pmdesk-lint\n",
        encoding="utf-8",
    )
    _git("add", ".pre-commit-config.yaml", cwd=project)
    home = tmp_path / "pre-commit-home"
    ran, seconds = _pre_commit("run", "--all-files", project=project, home=home)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "postmortem.md:3:" in ran.stdout

    (environment,) = home.glob("repo*/py_env-*")
    size_mb = sum(f.stat().st_size for f in environment.rglob("*") if f.is_file()) / 1e6
    with capsys.disabled():
        print(f"\npre-commit hook environment: {size_mb:.1f} MB, ready and run in {seconds:.0f} s")
    packages = environment.glob("lib/*/site-packages/*.dist-info")
    names = {package.name.split("-")[0].lower() for package in packages}
    assert not names & {"pyside6_essentials", "sqlalchemy", "weasyprint", "psycopg"}
    assert size_mb <= HOOK_ENVIRONMENT_LIMIT_MB


def test_the_bundle_starts_lints_and_exports_without_python(
    installed: Installed, tmp_path: Path
) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    script = REPOSITORY / "scripts" / "build_bundle.py"
    options = {"--venv": installed.bin.parent, "--wheel": installed.wheel, "--dist": tmp_path}
    built = subprocess.run(
        [sys.executable, str(script), *(str(part) for pair in options.items() for part in pair)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-4000:]
    assert "smoke test passed" in built.stdout
    assert (tmp_path / "pmdesk" / "pmdesk").is_file()
