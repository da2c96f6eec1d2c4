"""The data files are read through importlib.resources, so pmdesk runs from a zip too."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pmdesk.resource_files import resource, resource_path
from pmdesk.settings import Paths

REPOSITORY = Path(__file__).resolve().parents[2]
ZIPAPP_MAIN = "import sys\nfrom pmdesk.__main__ import main\nsys.exit(main())\n"


def _zipapp(target: Path) -> Path:
    """pmdesk as a zipapp, its data in pmdesk/resources as the wheel has it."""
    with zipfile.ZipFile(target, "w") as archive:
        for folder, prefix in (("pmdesk", "pmdesk"), ("resources", "pmdesk/resources")):
            for file in sorted((REPOSITORY / folder).rglob("*")):
                if file.is_file() and "__pycache__" not in file.parts:
                    name = f"{prefix}/{file.relative_to(REPOSITORY / folder).as_posix()}"
                    archive.write(file, name)
        archive.writestr("__main__.py", ZIPAPP_MAIN)
    return target


def test_lint_and_every_data_file_work_from_a_zipapp(paths: Paths, tmp_path: Path) -> None:
    app = _zipapp(tmp_path / "pmdesk.pyz")
    one_line = tmp_path / "one.md"
    one_line.write_text("The engineer forgot to restart the service.\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PMDESK_HOME": str(paths.data_dir.parent)}
    env.pop("PYTHONPATH", None)

    def pmdesk(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(app), *argv],
            capture_output=True,
            text=True,
            env=env,
            cwd=elsewhere,
            check=False,
            timeout=120,
        )

    linted = pmdesk("lint", str(one_line))
    assert linted.returncode == 1, linted.stderr
    assert "one.md:1:14: person_failure" in linted.stdout
    # Alembic needs its migrations as files, so the database commands need an unpacked
    # install; everything else reads its data straight from the archive.
    readers = pmdesk_python(
        env,
        app,
        "from pmdesk.exporters.html import TEMPLATES_DIR\n"
        "from pmdesk.resource_files import resource_path\n"
        "from pmdesk.store.interchange_check import read_document\n"
        "print(sorted(path.name for path in TEMPLATES_DIR.iterdir()))\n"
        "print(resource_path('translations', 'pmdesk_de.qm').stat().st_size > 0)\n"
        "sample = read_document(resource_path('samples', 'database-failover.json'))\n"
        "print(sample['postmortem']['title'])\n",
    )
    assert readers.splitlines() == [
        "['postmortem.css.j2', 'postmortem.html.j2', 'site-actions.html.j2', "
        "'site-index.html.j2', 'site-layout.html.j2', 'site-trends.html.j2', 'site.css', "
        "'site.js']",
        "True",
        "Checkout partially unavailable after a database failover",
    ]


def pmdesk_python(env: dict[str, str], app: Path, script: str) -> str:
    """Run `script` with only the zipapp's copy of pmdesk importable."""
    result = subprocess.run(
        [sys.executable, "-c", f"import sys\nsys.path.insert(0, {str(app)!r})\n{script}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=app.parent,
        check=True,
        timeout=120,
    )
    return result.stdout


def test_a_checkout_reads_its_own_data_folder() -> None:
    assert resource_path("lint", "en.toml") == REPOSITORY / "resources" / "lint" / "en.toml"
    assert resource("templates").is_dir()
