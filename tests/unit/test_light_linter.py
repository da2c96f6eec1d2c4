"""`pmdesk lint` is the pre-commit hook: it runs on the standard library alone, without
the app extra, and starts as fast as a plain prose linter."""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from pmdesk.__main__ import APP_MODULES, INSTALL_POSTGRES, INSTALL_THE_APP

REPOSITORY = Path(__file__).resolve().parents[2]

WHAT_LINT_LOADS = """
import json, sys
from pmdesk.__main__ import main
before = set(sys.modules)
status = main(["lint", sys.argv[1]])
loaded = {name.split(".")[0] for name in set(sys.modules) - before}
import pmdesk.lint._rules as rules
print(json.dumps({
    "status": status,
    "outside_the_standard_library": sorted(loaded - set(sys.stdlib_module_names) - {"pmdesk"}),
    "languages_compiled": rules._bundled_pack.cache_info().currsize,
}))
"""

# As if the app extra had never been installed: importing any of its modules fails.
WITHOUT_THE_APP = """
import sys
for name in {modules!r}:
    sys.modules[name] = None
from pmdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _python(script: str, *argv: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={"PMDESK_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
        cwd=REPOSITORY,
    )


def _one_line(tmp_path: Path) -> Path:
    text = tmp_path / "one.md"
    text.write_text("The engineer forgot to restart the service.\n", encoding="utf-8")
    return text


def test_lint_loads_only_the_standard_library_and_one_language(tmp_path: Path) -> None:
    result = _python(WHAT_LINT_LOADS, str(_one_line(tmp_path)), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {
        "status": 1,
        "outside_the_standard_library": [],
        "languages_compiled": 1,
    }


def test_without_the_app_extra_lint_works_and_the_rest_says_what_to_install(
    tmp_path: Path,
) -> None:
    script = WITHOUT_THE_APP.format(modules=sorted(APP_MODULES))
    linted = _python(script, "lint", str(_one_line(tmp_path)), tmp_path=tmp_path)
    assert linted.returncode == 1, linted.stderr
    assert "one.md:1:14: person_failure" in linted.stdout
    for command in (["list"], [], ["lint", "PM-0001"], ["--help"]):
        result = _python(script, *command, tmp_path=tmp_path)
        assert (result.returncode, result.stderr) == (2, f"pmdesk: {INSTALL_THE_APP}\n")


# Modules a one-line file does not need: the bundled packs come assembled from the cache,
# the output is text, there is no participants file, an installed pmdesk reads its data
# folder directly.
NOT_FOR_ONE_FILE = ("csv", "importlib.resources", "json", "tomllib")

WHAT_AN_INSTALLED_LINT_LOADS = """
import sys
from pmdesk.__main__ import main
status = main(["lint", sys.argv[1]])
print(status, sorted(set({modules!r}) & set(sys.modules)))
"""


def test_an_installed_lint_loads_no_parser_or_reader_a_one_line_file_does_not_need(
    tmp_path: Path,
) -> None:
    # Laid out as the wheel installs it: the data folder is the package pmdesk.resources.
    site = tmp_path / "site-packages"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPOSITORY / "pmdesk", site / "pmdesk", ignore=ignore)
    shutil.copytree(REPOSITORY / "resources", site / "pmdesk" / "resources", ignore=ignore)
    script = WHAT_AN_INSTALLED_LINT_LOADS.format(modules=NOT_FOR_ONE_FILE)
    env = {"PYTHONPATH": str(site), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/bin"}

    def lint() -> str:
        return subprocess.run(
            [sys.executable, "-c", script, str(_one_line(tmp_path))],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
        ).stdout.splitlines()[-1]

    # The first start assembles the pack from TOML and converts the learned model from JSON.
    assert lint() == "1 ['json', 'tomllib']"
    assert lint() == "1 []"


def test_a_postgres_url_without_the_driver_says_what_to_install(tmp_path: Path) -> None:
    script = WITHOUT_THE_APP.format(modules=["psycopg"])
    url = "postgresql+psycopg://nobody@localhost/pmdesk"
    result = _python(script, "--database", url, "list", tmp_path=tmp_path)
    assert (result.returncode, result.stderr) == (2, f"pmdesk: {INSTALL_POSTGRES}\n")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_app_modules_are_those_of_the_app_extra() -> None:
    pyproject = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    extra = {
        _normalised(re.split(r"[\[<>=!~; ]", requirement)[0])
        for requirement in pyproject["project"]["optional-dependencies"]["app"]
    }
    installed = importlib.metadata.packages_distributions()
    provider = {
        module: {_normalised(name) for name in distributions}
        for module, distributions in installed.items()
    }
    assert all(provider[module] & extra for module in APP_MODULES)
    present = {_normalised(found.metadata["Name"]) for found in importlib.metadata.distributions()}
    # tzdata is data for zoneinfo, never imported by name.
    for distribution in (extra & present) - {"tzdata"}:
        assert any(distribution in provider[module] for module in APP_MODULES), distribution
